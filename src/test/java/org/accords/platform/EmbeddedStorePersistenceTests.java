package org.accords.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.accords.AccordsApplication;
import org.accords.QuickTier;
import org.accords.dataset.DatasetState;
import org.accords.seed.SeedFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's file backend keeps the dataset across a restart, and a restart
 * serves what it holds, and warms it up, before it checks the seed files. One application
 * stores the version both tests restart on (each on a copy of its data folder).
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag(QuickTier.STARTS_APPLICATION)
class EmbeddedStorePersistenceTests {

	/** The data folder an application closed after serving the seed's version. */
	@TempDir
	static Path prepared;

	/** The seed that application loaded (a copy of the real one). */
	static SeedFixture seed;

	/** The version that application served. */
	static String stored;

	@BeforeAll
	static void storeAVersion() {
		seed = SeedFixture.copyOfRealSeed(prepared.resolve("seed"));
		// the store and the seed loader, without the web server: what is served is the
		// version the application holds
		try (ConfigurableApplicationContext first = start(
				"--accords.store.embedded-path=" + prepared.resolve("data/accords.mv"),
				"--accords.seed.location=" + seed.location())) {
			stored = first.getBean(DatasetState.class).version();
		}
	}

	static ConfigurableApplicationContext start(String... arguments) {
		return new SpringApplicationBuilder(AccordsApplication.class).web(WebApplicationType.NONE).run(arguments);
	}

	/** A copy of the prepared data folder in {@code folder}; its data file. */
	static Path copyOfStored(Path folder) throws IOException {
		return DataFolders.copy(prepared.resolve("data"), Files.createDirectories(folder.resolve("data")));
	}

	@Test
	void datasetSurvivesARestart(@TempDir Path folder) throws IOException {
		Path file = copyOfStored(folder);
		try (ConfigurableApplicationContext second = start("--accords.store.embedded-path=" + file,
				"--accords.seed.load-on-startup=false")) {
			assertThat(second.getBean(DatasetState.class).version()).isEqualTo(stored);
		}
	}

	@Test
	void aRestartServesTheStoredVersionAtOnceAndPublishesAChangedSeedAfter(@TempDir Path folder, CapturedOutput output)
			throws IOException {
		// the seed the version was stored from, changed (no other test loads it)
		seed.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: news conference");
		String[] arguments = { "--accords.store.embedded-path=" + copyOfStored(folder),
				"--accords.seed.location=" + seed.location() };
		int restart = output.getOut().length();
		try (ConfigurableApplicationContext second = start(arguments)) {
			DatasetState state = second.getBean(DatasetState.class);
			await().alias("the changed seed, published after the restart").until(() -> !stored.equals(state.version()));
			String log = output.getOut().substring(restart);
			assertThat(log).as("the restart's log")
				.contains("Serving dataset version " + stored)
				.contains("Published dataset version " + state.version());
			int published = log.indexOf("Published dataset version " + state.version());
			assertThat(log.indexOf("Serving dataset version " + stored))
				.as("the stored version served before the changed seed is published")
				.isLessThan(published);
			assertThat(log.indexOf("Search index of dataset " + stored + ": "))
				.as("the stored version warmed up (its search index read) before the seed is checked")
				.isPositive()
				.isLessThan(published);
		}
	}

}
