package org.accords;

import org.junit.jupiter.api.Test;

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
