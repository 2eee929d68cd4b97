package org.accords;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock that does not move, for the rate limiter: its budgets refill continuously (a
 * partner's 1,000 points an hour is one point every 3.6 s), so a test that compares what
 * two requests left would otherwise see a point come back between them now and then. As a
 * bean, the application's ({@code @Import(StoppedClock.class)}); nothing then refills,
 * the anonymous budget included.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StoppedClock {

	public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

	@Bean
	Clock stoppedClock() {
		return CLOCK;
	}

}
