package org.accords;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A mistyped {@code ACCORDS_*} environment variable stops startup, naming it; the
 * settings' own names, in both of Spring's spellings, pass.
 */
class EnvironmentCheckTests {

	@Test
	void aMistypedVariableIsNamed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> EnvironmentCheck.check(List.of("PATH", "ACCORDS_HTTP_CORS_ALLOWED_ORIGIN")))
			.withMessageContaining("ACCORDS_HTTP_CORS_ALLOWED_ORIGIN")
			.withMessageContaining("Unknown environment variable");
		assertThatIllegalStateException().isThrownBy(() -> EnvironmentCheck.check(List.of("ACCORDS_NOPE")));
		assertThatIllegalStateException()
			.isThrownBy(() -> EnvironmentCheck.check(List.of("ACCORDS_RATE_LIMIT_PARTNERS_PORTAL_SECRET")));
	}

	@Test
	void everySettingsNamePasses() {
		assertThatNoException().isThrownBy(() -> EnvironmentCheck.check(List.of("ACCORDS_API_MAX_PAGE_SIZE",
				"ACCORDS_API_MAXPAGESIZE", "ACCORDS_STORE_EMBEDDED_PATH", "ACCORDS_HTTP_CORS_ALLOWED_ORIGINS",
				"ACCORDS_HTTP_CORS_ALLOWED_ORIGINS_0", "ACCORDS_HTTP_PERSISTED_QUERIES_ALLOWLIST_ONLY",
				"ACCORDS_RATE_LIMIT_PARTNERS_PORTAL_KEY", "ACCORDS_RATE_LIMIT_PARTNERS_PORTAL_REFILL_PERIOD",
				"ACCORDS_PUBLIC_URL", "ACCORDS_CACHE_MAX_BYTES", "MONGODB_URI", "accords_seed_location")));
	}

}
