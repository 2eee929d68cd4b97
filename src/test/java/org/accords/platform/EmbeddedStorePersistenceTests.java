package org.accords.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.accords.AccordsApplication;
import org.accords.dataset.DatasetState;
import org.accords.seed.SeedFixture;
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
 * serves what it holds, and warms it up, before it checks the seed files.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStorePersistenceTests {

	@Test
	void datasetSurvivesARestart(@TempDir Path folder) {
		String file = "accords.store.embedded-path=" + folder.resolve("accords.mv");
		String version;
		// the store and the seed loader, without the web server: what is served is the
		// version the application holds
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(AccordsApplication.class)
			.web(WebApplicationType.NONE)
			.run("--" + file)) {
			version = first.getBean(DatasetState.class).version();
		}
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AccordsApplication.class)
			.web(WebApplicationType.NONE)
			.run("--" + file, "--accords.seed.load-on-startup=false")) {
			assertThat(second.getBean(DatasetState.class).version()).isEqualTo(version);
		}
	}

	@Test
	void aRestartServesTheStoredVersionAtOnceAndPublishesAChangedSeedAfter(@TempDir Path folder,
			CapturedOutput output) {
		SeedFixture seed = SeedFixture.copyOfRealSeed(folder.resolve("seed"));
		String[] arguments = { "--accords.store.embedded-path=" + folder.resolve("accords.mv"),
				"--accords.seed.location=" + seed.location() };
		String stored;
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(AccordsApplication.class)
			.web(WebApplicationType.NONE)
			.run(arguments)) {
			stored = first.getBean(DatasetState.class).version();
		}
		seed.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: news conference");
		int restart = output.getOut().length();
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AccordsApplication.class)
			.web(WebApplicationType.NONE)
			.run(arguments)) {
			DatasetState state = second.getBean(DatasetState.class);
			await().atMost(Duration.ofSeconds(30))
				.alias("the changed seed, published after the restart")
				.until(() -> !stored.equals(state.version()));
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
