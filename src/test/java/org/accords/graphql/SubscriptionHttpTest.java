package org.accords.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.accords.QuickTier;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a random port with the subscription settings the subscription tests
 * check, over HTTP and in the browser: one application context those test classes share.
 * Versions are looked for every 500 ms; at most 3 subscriptions are open, 2 per client;
 * keep-alives every 100 ms on both transports (a closed stream is found sooner); requests
 * time out after the default 10 s, as GraphiQL's schema request in the browser test must
 * not under load (that a subscription outlives the timeout is checked where it is 500 ms,
 * {@code ExecutionFaultTests}). Three partners: "subscriber" (the default budget),
 * "refused" and "listener" (budgets of 1,000 and 6 points an hour, each spent by one test
 * only). Each test waits until no subscription of an earlier one is open.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"accords.dataset.refresh-interval=500ms", "accords.subscriptions.max=3",
		"spring.graphql.http.sse.keep-alive=100ms", "spring.graphql.websocket.keep-alive=100ms",
		"accords.subscriptions.max-per-client=2", "accords.rate-limit.partners.subscriber.key=subscriber-key-for-tests",
		"accords.rate-limit.partners.refused.key=refused-key-for-tests",
		"accords.rate-limit.partners.refused.capacity=1000", "accords.rate-limit.partners.refused.refill-period=1h",
		"accords.rate-limit.partners.listener.key=listener-key-for-tests",
		"accords.rate-limit.partners.listener.capacity=6", "accords.rate-limit.partners.listener.refill-period=1h" })
@Tag(QuickTier.STARTS_APPLICATION)
public @interface SubscriptionHttpTest {

}
