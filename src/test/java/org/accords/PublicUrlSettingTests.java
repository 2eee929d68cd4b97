package org.accords;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code accords.public-url} is an absolute http(s) URL, kept without a trailing slash so
 * that links join cleanly.
 */
class PublicUrlSettingTests {

	static AccordsProperties withPublicUrl(String url) {
		return new AccordsProperties(null, null, null, null, null, null, null, null, null, null, url);
	}

	@Test
	void theDefaultIsLocal() {
		assertThat(new AccordsProperties(null, null, null, null, null, null, null, null, null, null).publicUrl())
			.isEqualTo("http://localhost:8080");
	}

	/**
	 * {@code accords.public-url} as the application's own settings file binds it, with
	 * these command-line arguments (and no environment variables).
	 */
	static String bound(String... args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return Binder.get(environment).bindOrCreate("accords", AccordsProperties.class).publicUrl();
	}

	@Test
	void unsetItFollowsThePortTheServerIsGiven() {
		assertThat(bound()).isEqualTo("http://localhost:8080");
		assertThat(bound("--server.port=9091")).isEqualTo("http://localhost:9091");
		assertThat(bound("--PORT=9092")).isEqualTo("http://localhost:9092");
		// a random port is no address to link to
		assertThat(bound("--server.port=0")).isEqualTo("http://localhost:8080");
		assertThat(bound("--server.port=9091", "--accords.public-url=https://accords.example.org/"))
			.isEqualTo("https://accords.example.org");
	}

	@Test
	void aTrailingSlashIsDropped() {
		assertThat(withPublicUrl("https://accords.example.org/api/").publicUrl())
			.isEqualTo("https://accords.example.org/api");
	}

	@Test
	void anythingButAnAbsoluteHttpUrlIsRefused() {
		for (String url : new String[] { "accords.example.org", "ftp://accords.example.org", "https://x.example/?a=b",
				"http://" }) {
			assertThatIllegalArgumentException().as(url)
				.isThrownBy(() -> withPublicUrl(url))
				.withMessageContaining("accords.public-url");
		}
	}

}
