package org.accords;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The quick tier's watch: while {@code -Pquick} runs, an application that starts fails,
 * naming the tag that would leave its test out; in a full run it starts as ever.
 */
class QuickTierTests {

	@Test
	void anApplicationStartingInTheQuickTierFailsNamingTheTag() {
		assertThatIllegalStateException().isThrownBy(() -> new QuickTier(QuickTier.QUICK).starting(null))
			.withMessageContaining("@Tag(QuickTier.STARTS_APPLICATION)")
			.withMessageContaining("-Pquick");
	}

	@Test
	void anApplicationStartsInAFullRun() {
		assertThatNoException().isThrownBy(() -> new QuickTier((String) null).starting(null));
	}

	@Test
	void everyApplicationOfTheTestsIsWatched() {
		List<SpringApplicationRunListener> listeners = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(SpringApplicationRunListener.class,
					ArgumentResolver.of(SpringApplication.class, new SpringApplication())
						.and(String[].class, new String[0]));
		assertThat(listeners).hasAtLeastOneElementOfType(QuickTier.class);
	}

}
