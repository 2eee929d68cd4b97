package org.accords.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.accords.QuickTier;
import org.accords.StoppedClock;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application on a random port with the guards' settings the HTTP tests of the
 * transport, the limits and the rate limit check: one application context that those test
 * classes share. Origins are restricted to one partner; documents are limited to 3,000
 * characters and 1,000 tokens; three partners have budgets of their own, each spent by
 * one test class only ("small" by the rate-limit test, "newsroom" by the metrics test,
 * "archivist" and "curator" by the downloads' rate-limit test; the anonymous budget stays
 * the default), so that one class does not spend another's; executions are counted
 * ({@link ExecutionCounter}). The metrics test scrapes this application after a mixed
 * load of its own. The rate limiter's clock is stopped ({@link StoppedClock}): the tests
 * compare what budgets have left before and after requests, and a budget refilling over
 * an hour (a point every 3.6 s of "portal"'s 1,000) would now and then give one back
 * between them; nothing refills, so the classes' requests must stay within the budgets.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"accords.store.embedded-mode=memory", "accords.http.cors-allowed-origins=https://partner.example",
		"accords.limits.max-characters=3000", "accords.limits.max-tokens=1000",
		"accords.rate-limit.partners.portal.key=portal-secret-for-tests",
		"accords.rate-limit.partners.portal.capacity=1000", "accords.rate-limit.partners.portal.refill-period=1h",
		"accords.rate-limit.partners.small.key=small-secret-for-tests", "accords.rate-limit.partners.small.capacity=40",
		"accords.rate-limit.partners.small.refill-period=1h",
		"accords.rate-limit.partners.newsroom.key=newsroom-key-for-tests",
		"accords.rate-limit.partners.newsroom.capacity=300", "accords.rate-limit.partners.newsroom.refill-period=1h",
		"accords.rate-limit.partners.archivist.key=archivist-key-for-tests",
		"accords.rate-limit.partners.archivist.capacity=100", "accords.rate-limit.partners.archivist.refill-period=1h",
		"accords.rate-limit.partners.curator.key=curator-key-for-tests",
		"accords.rate-limit.partners.curator.capacity=100000",
		"accords.rate-limit.partners.curator.refill-period=10000h" })
@Import({ ExecutionCounter.class, StoppedClock.class })
@Tag(QuickTier.STARTS_APPLICATION)
public @interface GuardedHttpTest {

}
