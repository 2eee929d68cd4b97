package org.accords.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.accords.AccordsApplication;
import org.accords.AccordsProperties;
import org.accords.QuickTier;
import org.accords.TestLogging;
import org.accords.dataset.DatasetState;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.accords.statement.Statement;
import org.accords.synthetic.SyntheticCorpus;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A disk that fills up while a new version is written to the embedded store's file: H2
 * then closes the store, and before, the instance served nothing more (every query "This
 * store is closed") while its log said it still served the version before. Now the load
 * fails naming the file and the cause, the file is opened again as it was at its last
 * complete write, the version before is served, and once there is room the new version
 * loads and a restart opens the file as it is (checked on a real full tmpfs too:
 * docs/operations.md).
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag(QuickTier.STARTS_APPLICATION)
class DiskFullTests {

	@TempDir
	Path folder;

	@BeforeAll
	static void fullDisk() {
		FullDisk.register();
	}

	@AfterEach
	void room() {
		FullDisk.limit = Long.MAX_VALUE;
	}

	/**
	 * The application's data file, opened through {@link FullDisk}. Not a configuration
	 * class: the application's scan must not find it.
	 */
	static class OnAFullDisk {

		@Bean
		EmbeddedDataFile embeddedDataFile(AccordsProperties properties) throws IOException {
			Path file = properties.store().embeddedPath().toAbsolutePath().normalize();
			Files.createDirectories(file.getParent());
			return EmbeddedDataFile.open(file, FullDisk.SCHEME + ":", Clock.systemUTC());
		}

	}

	static ConfigurableApplicationContext start(Path file, String seedLocation) {
		TestLogging.setUpPlain();
		return new SpringApplicationBuilder(AccordsApplication.class, OnAFullDisk.class).web(WebApplicationType.NONE)
			.run("--accords.store.embedded-path=" + file, "--accords.seed.location=" + seedLocation,
					"--spring.main.allow-bean-definition-overriding=true");
	}

	@Test
	void aStoreClosedByAFullDiskBeforeALoadIsOpenedAgainAndTheLoadFailsSayingSo() throws IOException {
		SeedFixture older = SeedFixture.copyOfRealSeed(Files.createDirectory(this.folder.resolve("older")));
		SeedFixture newer = SeedFixture.copyOfRealSeed(Files.createDirectory(this.folder.resolve("newer")))
			.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: news briefing");
		Path file = this.folder.resolve("data/accords.mv");
		try (ConfigurableApplicationContext context = start(file, older.location())) {
			DatasetState state = context.getBean(DatasetState.class);
			String served = state.version();
			// no room at all (even the file's own bytes cannot be written again, as on a
			// copy-on-write file system): a write before the load fails, and H2 closes
			// the
			// store
			FullDisk.limit = 0;
			context.getBean(MongoTemplate.class).save(new Document("_id", "anything"), "scratch");
			assertThatException().isThrownBy(() -> context.getBean(EmbeddedDataFile.class).commit());
			// readiness says so: the server still answers a ping, but no query
			HealthIndicator store = context.getBean("store", HealthIndicator.class);
			assertThat(store.health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(store.health().getDetails()).containsEntry("reason",
					"the embedded store's data file could not be written, and the store closed");
			assertThatException().isThrownBy(() -> context.getBean(SeedLoader.class).load(newer.location()))
				.withMessage("Loading the seed data failed (the embedded store's data file " + file
						+ " could not be written: No space left on device); nothing of it was written");
			assertThat(store.health().getStatus()).isEqualTo(Status.UP);
			state.refresh();
			assertThat(state.version()).isEqualTo(served);
			assertThat(statements(context, served)).isEqualTo(5);
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static long statements(ConfigurableApplicationContext context, String version) {
		return context.getBean(MongoTemplate.class)
			.getCollection(VersionedCollections.of(Statement.TYPE, version))
			.countDocuments();
	}

	@Test
	void aDiskThatFillsUpDuringALoadKeepsTheServedVersionServedAndTheFileWhole(CapturedOutput output)
			throws IOException {
		SeedFixture older = SeedFixture.copyOfRealSeed(Files.createDirectory(this.folder.resolve("older")));
		Path newer = this.folder.resolve("newer");
		SyntheticCorpus.write(newer, 300, 42);
		String newerLocation = "file:" + newer + "/";
		Path file = this.folder.resolve("data/accords.mv");
		String newerVersion;
		try (ConfigurableApplicationContext context = start(file, older.location())) {
			DatasetState state = context.getBean(DatasetState.class);
			String served = state.version();
			assertThat(context.getBean(EmbeddedDataFile.class).backend().getMvStore().getFileStore().getFileName())
				.as("the file opened through the full disk")
				.startsWith(FullDisk.SCHEME + ":");
			// room for a few writes, not for the new version
			FullDisk.limit = Files.size(file) + 256 * 1024;
			SeedLoader loader = context.getBean(SeedLoader.class);
			assertThatException().isThrownBy(() -> loader.load(newerLocation))
				.withMessageStartingWith("Writing dataset version ")
				.withMessageContaining(" to the store failed (the embedded store's data file " + file
						+ " could not be written: No space left on device); what was written of it ");
			// after H2's background writer had its turn at what was left to write
			sleep(Duration.ofSeconds(2));
			state.refresh();
			assertThat(state.version()).isEqualTo(served);
			assertThat(statements(context, served)).isEqualTo(5);
			// room again
			FullDisk.limit = Long.MAX_VALUE;
			assertThat(loader.load(newerLocation)).isEqualTo(SeedLoader.Outcome.PUBLISHED);
			newerVersion = state.version();
			assertThat(statements(context, newerVersion)).isEqualTo(300);
		}
		try (ConfigurableApplicationContext context = start(file, newerLocation)) {
			assertThat(context.getBean(DatasetState.class).version()).isEqualTo(newerVersion);
			assertThat(statements(context, newerVersion)).isEqualTo(300);
			// a restart checks the seed files once the version it serves is warmed up
			await()
				.until(() -> output.getOut().contains("Seed data unchanged, serving dataset version " + newerVersion));
		}
		assertThat(output).doesNotContain("lost its last writes", "damaged", "unreadable");
	}

}
