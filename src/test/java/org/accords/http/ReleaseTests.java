package org.accords.http;

import java.time.Instant;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.info.BuildProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release's tag in the ETags: the same for one build, address and default page size,
 * another for the next build, address or page size, or a run without build-info after a
 * restart.
 */
class ReleaseTests {

	private static final Instant STARTED = Instant.parse("2026-12-03T00:00:00Z");

	@Test
	void oneBuildAtOneAddressHasOneTagWhenEverItStarts() {
		Release one = new Release(build("2026-12-02T20:00:00Z"), "https://accords.example", 20, STARTED);
		Release again = new Release(build("2026-12-02T20:00:00Z"), "https://accords.example", 20,
				STARTED.plusSeconds(3600));
		assertThat(again.tag()).isEqualTo(one.tag()).matches("[0-9a-f]{8}");
	}

	@Test
	void anotherBuildOrAddressHasAnotherTag() {
		Release one = new Release(build("2026-12-02T20:00:00Z"), "https://accords.example", 20, STARTED);
		assertThat(new Release(build("2026-12-03T01:00:00Z"), "https://accords.example", 20, STARTED).tag())
			.isNotEqualTo(one.tag());
		assertThat(new Release(build("2026-12-02T20:00:00Z"), "https://data.accords.example", 20, STARTED).tag())
			.isNotEqualTo(one.tag());
	}

	@Test
	void anotherDefaultPageSizeHasAnotherTag() {
		// a connection read without first or last holds that many items: the same request
		// of the same version answers other bytes
		Release one = new Release(build("2026-12-02T20:00:00Z"), "https://accords.example", 20, STARTED);
		assertThat(new Release(build("2026-12-02T20:00:00Z"), "https://accords.example", 50, STARTED).tag())
			.isNotEqualTo(one.tag());
	}

	@Test
	void withoutBuildInfoEachStartHasItsOwnTag() {
		Release one = new Release(null, "https://accords.example", 20, STARTED);
		assertThat(new Release(null, "https://accords.example", 20, STARTED.plusSeconds(1)).tag())
			.isNotEqualTo(one.tag());
	}

	@Test
	void anETagNamesTheVersionTheTagAndTheVariant() {
		Release release = new Release(build("2026-12-02T20:00:00Z"), "https://accords.example", 20, STARTED);
		assertThat(release.etag("2024-11-05.1", "-json")).isEqualTo("\"2024-11-05.1~" + release.tag() + "-json\"");
		assertThat(release.etag("2024-11-05.1", "")).isEqualTo("\"2024-11-05.1~" + release.tag() + "\"");
	}

	private static BuildProperties build(String time) {
		Properties properties = new Properties();
		properties.setProperty("version", "0.1.0-SNAPSHOT");
		properties.setProperty("time", time);
		return new BuildProperties(properties);
	}

}
