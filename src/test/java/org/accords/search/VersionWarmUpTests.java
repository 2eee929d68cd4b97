package org.accords.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.accords.Awaits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The index's read of a newly served version waits for the pages being resolved from its
 * query tables, so that a start's first page does not share the core with it, but not for
 * ever: a server never idle still gets its index.
 */
class VersionWarmUpTests {

	@Test
	void theIndexWaitsForThePagesBeingResolved() {
		AtomicInteger asked = new AtomicInteger();
		// a page in flight for the first five checks
		assertThat(VersionWarmUp.pagesFirst(() -> asked.incrementAndGet() <= 5, Duration.ofSeconds(30))).isTrue();
		assertThat(asked.get()).isEqualTo(6);
	}

	@Test
	void theIndexWaitsNoLongerThanItsLimit() {
		long started = System.nanoTime();
		// a wait past its limit never ends: it fails after Awaits.HUNG (a bound of
		// seconds
		// fails now and then on a machine busy with other builds)
		assertThat(assertTimeoutPreemptively(Awaits.HUNG,
				() -> VersionWarmUp.pagesFirst(() -> true, Duration.ofMillis(200))))
			.isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void noPageNoWait() {
		AtomicInteger asked = new AtomicInteger();
		assertThat(VersionWarmUp.pagesFirst(() -> asked.incrementAndGet() < 0, Duration.ofSeconds(30))).isTrue();
		assertThat(asked.get()).isEqualTo(1);
	}

}
