package org.accords.platform;

import java.nio.file.Path;

import org.accords.AccordsApplication;
import org.accords.dataset.DatasetState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's file backend keeps the dataset across a restart.
 */
class EmbeddedStorePersistenceTests {

	@Test
	void datasetSurvivesARestart(@TempDir Path folder) {
		String file = "accords.store.embedded-path=" + folder.resolve("accords.mv");
		String version;
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(AccordsApplication.class)
			.run("--" + file, "--server.port=0")) {
			version = first.getBean(DatasetState.class).version();
		}
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AccordsApplication.class)
			.run("--" + file, "--server.port=0", "--accords.seed.load-on-startup=false")) {
			assertThat(second.getBean(DatasetState.class).version()).isEqualTo(version);
		}
	}

}
