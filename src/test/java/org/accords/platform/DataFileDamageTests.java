package org.accords.platform;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.accords.AccordsApplication;
import org.accords.QuickTier;
import org.accords.dataset.DatasetState;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A damaged data file of the embedded store is noticed and said in one line, and the
 * version it served is rebuilt from the seed data; never is an older or partial version
 * served silently.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag(QuickTier.STARTS_APPLICATION)
class DataFileDamageTests {

	/** A data folder that served the real seed's version, then a changed seed's. */
	@TempDir
	static Path prepared;

	static SeedFixture older;

	static SeedFixture newer;

	static String newerVersion;

	@TempDir
	Path folder;

	@BeforeAll
	static void loadTwoVersions() throws IOException {
		older = SeedFixture.copyOfRealSeed(Files.createDirectory(prepared.resolve("older")));
		newer = SeedFixture.copyOfRealSeed(Files.createDirectory(prepared.resolve("newer")))
			.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: news conference");
		Path file = prepared.resolve("data/accords.mv");
		// one application serves the older version, then loads and serves the newer one
		try (ConfigurableApplicationContext context = start(file, older.location(), true)) {
			DatasetState state = context.getBean(DatasetState.class);
			String olderVersion = state.version();
			assertThat(context.getBean(SeedLoader.class).load(newer.location()))
				.isEqualTo(SeedLoader.Outcome.PUBLISHED);
			newerVersion = state.version();
			assertThat(newerVersion).isNotEqualTo(olderVersion);
		}
	}

	static ConfigurableApplicationContext start(Path file, String seedLocation, boolean loadOnStartup) {
		// the store and the seed loader, without the web server: what is served is the
		// version the application holds (eight starts, so each is kept cheap)
		return new SpringApplicationBuilder(AccordsApplication.class).web(WebApplicationType.NONE)
			.run("--accords.store.embedded-path=" + file, "--accords.seed.location=" + seedLocation,
					"--accords.seed.load-on-startup=" + loadOnStartup);
	}

	static String served(Path file, String seedLocation, boolean loadOnStartup) {
		try (ConfigurableApplicationContext context = start(file, seedLocation, loadOnStartup)) {
			return context.getBean(DatasetState.class).version();
		}
	}

	/** A copy of the prepared data folder, to damage. */
	Path copy() throws IOException {
		return DataFolders.copy(prepared.resolve("data"), Files.createDirectories(this.folder.resolve("data")));
	}

	/**
	 * Starts an application on an intact copy of the prepared data folder, without
	 * loading; once it serves, drops the served version's statements and closes the store
	 * cleanly: the folder becomes the source of {@link #copyMissingDocuments()} (one
	 * application start both checks the intact file and prepares the damaged one).
	 * @return the version the application served
	 */
	static synchronized String serveIntactCopyThenDropItsStatements() throws IOException {
		Path folder = Files.createTempDirectory(prepared, "intact");
		Path file = DataFolders.copy(prepared.resolve("data"), folder);
		String served;
		try (ConfigurableApplicationContext context = start(file, newer.location(), false)) {
			served = context.getBean(DatasetState.class).version();
			context.getBean(MongoTemplate.class).dropCollection("Statement_" + newerVersion);
		}
		Path damaged = prepared.resolve("missing-documents");
		if (!Files.exists(damaged)) {
			Files.move(folder, damaged);
		}
		return served;
	}

	/**
	 * A copy of the prepared data folder whose served version lost its statements,
	 * dropped by an application that then closed the store cleanly.
	 */
	Path copyMissingDocuments() throws IOException {
		synchronized (DataFileDamageTests.class) {
			if (!Files.exists(prepared.resolve("missing-documents"))) {
				serveIntactCopyThenDropItsStatements();
			}
		}
		return DataFolders.copy(prepared.resolve("missing-documents"),
				Files.createDirectories(this.folder.resolve("data")));
	}

	@Test
	@Order(1)
	void anIntactFileIsServedAsItIsAndNothingIsSaid(CapturedOutput output) throws IOException {
		assertThat(serveIntactCopyThenDropItsStatements()).isEqualTo(newerVersion);
		assertThat(output).contains("unchanged since it was closed")
			.doesNotContain("lost its last writes", "damaged", "unreadable");
	}

	@Test
	void aDataFileDeletedOnPurposeIsRebuiltWithoutAlarm(CapturedOutput output) throws IOException {
		Path file = copy();
		Files.delete(file);
		assertThat(served(file, newer.location(), true)).isEqualTo(newerVersion);
		assertThat(output).doesNotContain("lost its last writes", "damaged", "unreadable");
	}

	@Test
	void aTruncatedFileIsNoticedAndTheVersionItServedIsRebuilt(CapturedOutput output) throws IOException {
		Path file = copy();
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(raf.length() / 2);
		}
		assertThat(served(file, newer.location(), false)).isEqualTo(newerVersion);
		assertThat(output).containsAnyOf("The embedded store's data file " + file + " lost its last writes",
				"The embedded store's data file " + file + " is unreadable");
		assertThat(output).contains("rebuil").doesNotContain("\tat org.h2");
	}

	@Test
	void aFileWithItsTailZeroedIsNoticedAndTheVersionItServedIsStillServed(CapturedOutput output) throws IOException {
		Path file = copy();
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.seek(raf.length() - 8192);
			raf.write(new byte[8192]);
		}
		assertThat(served(file, newer.location(), false)).isEqualTo(newerVersion);
		// depending on what the tail held: nothing live (the file reads back whole), the
		// last chunks (H2 falls back to an older state) or pages still in use
		assertThat(output).containsAnyOf("The embedded store's data file " + file + " lost its last writes",
				"The embedded store's data file " + file + " is unreadable",
				"The embedded store's data file " + file + " changed since this application closed it");
		assertThat(output).doesNotContain("\tat org.h2");
	}

	@Test
	void anUnreadableFileIsMovedAsideNamedOnceAndRebuilt(CapturedOutput output) throws IOException {
		// noise over both file headers: H2 cannot open the file at all (noise elsewhere
		// either breaks a page, found when the file is read through, or makes H2 fall
		// back
		// to an older state, found by the record of the version served)
		Path file = copy();
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			byte[] noise = new byte[64 * 1024];
			new Random(9).nextBytes(noise);
			raf.write(noise);
		}
		assertThat(served(file, newer.location(), false)).isEqualTo(newerVersion);
		List<Path> aside;
		try (Stream<Path> files = Files.list(file.getParent())) {
			aside = files.filter((f) -> f.getFileName().toString().startsWith("accords.mv.damaged-")).toList();
		}
		assertThat(aside).hasSize(1);
		assertThat(output)
			.containsOnlyOnce("The embedded store's data file " + file + " is unreadable (Store header is corrupt")
			.contains("moved it to " + aside.get(0))
			.doesNotContain("\tat org.h2");
	}

	@Test
	void aVersionMissingDocumentsIsNotServedAndIsRebuilt(CapturedOutput output) throws IOException {
		Path file = copyMissingDocuments();
		assertThat(served(file, newer.location(), false)).isEqualTo(newerVersion);
		assertThat(output).contains("The store holds dataset version " + newerVersion
				+ " damaged (Statement: 0 of 5 documents), not serving it; rebuilding it from the seed data");
	}

	@Test
	void aVersionMissingDocumentsIsNotServedWithoutSeedsToRebuildIt(CapturedOutput output) throws IOException {
		Path file = copyMissingDocuments();
		String noSeeds = this.folder.resolve("no-seeds").toUri().toString();
		assertThatException().isThrownBy(() -> served(file, noSeeds, false));
		assertThat(output).contains("damaged (Statement: 0 of 5 documents), not serving it", "no article files");
	}

}
