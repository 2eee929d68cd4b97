package org.accords;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Awaitility as the tests wait: the condition is checked at once and then every 10 ms.
 * Awaitility's defaults wait 100 ms before the first check and between checks, which a
 * condition already true (most of the subscription tests' "none open" before each test)
 * pays in full, dozens of times in the suite. A wait gives up after {@link #HUNG}: the
 * waits time nothing, they only keep a condition that never comes true from hanging the
 * suite, and a bound of seconds (Awaitility's default is 10 s) failed now and then on a
 * machine busy with other builds.
 */
public final class Awaits {

	/**
	 * How long a wait that only guards against a hang lasts before the test fails: far
	 * longer than anything the tests wait for takes on a loaded machine.
	 */
	public static final Duration HUNG = Duration.ofMinutes(2);

	private Awaits() {
	}

	public static ConditionFactory await() {
		return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).atMost(HUNG);
	}

}
