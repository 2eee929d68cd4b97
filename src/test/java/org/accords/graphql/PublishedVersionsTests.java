package org.accords.graphql;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscriptions' event source: a stop ends the open subscriptions, and a start after
 * it (Spring's test contexts are stopped and started again between tests) carries events
 * again.
 */
class PublishedVersionsTests {

	@Test
	void stopCompletesTheStreamAndStartingAgainCarriesNewVersions() {
		AtomicReference<String> served = new AtomicReference<>("v1");
		PublishedVersions versions = new PublishedVersions(served::get);
		versions.start();
		List<String> before = new CopyOnWriteArrayList<>();
		AtomicReference<Boolean> completed = new AtomicReference<>(false);
		versions.versions().subscribe(before::add, (ex) -> {
		}, () -> completed.set(true));
		served.set("v2");
		versions.poll();
		assertThat(before).containsExactly("v2");

		versions.stop();
		assertThat(completed.get()).as("open subscriptions end on stop").isTrue();

		versions.start();
		List<String> after = new CopyOnWriteArrayList<>();
		Disposable subscription = versions.versions().subscribe(after::add);
		served.set("v3");
		versions.poll();
		await().untilAsserted(() -> assertThat(after).containsExactly("v3"));
		subscription.dispose();
	}

}
