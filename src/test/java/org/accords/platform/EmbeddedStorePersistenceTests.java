package org.accords.platform;

import java.nio.file.Path;

import org.accords.AccordsApplication;
import org.accords.dataset.DatasetState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
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

}
