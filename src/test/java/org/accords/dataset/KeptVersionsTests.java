package org.accords.dataset;

import java.time.Duration;

import org.accords.QuickTier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@link KeptVersionsContract} against the embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.dataset.keep-versions=2" })
@Tag(QuickTier.STARTS_APPLICATION)
class KeptVersionsTests extends KeptVersionsContract {

	@Test
	void fewerThanTwoKeptVersionsIsRefusedNamingTheSetting() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new org.accords.AccordsProperties.Dataset(Duration.ofSeconds(2), true, 1))
			.withMessageContaining("accords.dataset.keep-versions must be at least 2");
	}

}
