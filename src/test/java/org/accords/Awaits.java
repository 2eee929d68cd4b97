package org.accords;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Awaitility as the tests wait: the condition is checked at once and then every 10 ms.
 * Awaitility's defaults wait 100 ms before the first check and between checks, which a
 * condition already true (most of the subscription tests' "none open" before each test)
 * pays in full, dozens of times in the suite.
 */
public final class Awaits {

	private Awaits() {
	}

	public static ConditionFactory await() {
		return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10));
	}

}
