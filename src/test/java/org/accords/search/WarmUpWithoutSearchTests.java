package org.accords.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.accords.Awaits;
import org.accords.QuickTier;
import org.accords.dataset.DatasetState;
import org.accords.store.QueryTables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.util.ReflectionTestUtils;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code accords.dataset.search-warm-up=false} the one warm-up of a served version
 * ({@link VersionWarmUp}) still reads its query tables, which every page needs, and
 * leaves its search index to the first search.
 */
@SpringBootTest(properties = { "accords.store.embedded-mode=memory", "accords.dataset.refresh-interval=1h",
		"accords.dataset.search-warm-up=false" })
@Tag(QuickTier.STARTS_APPLICATION)
class WarmUpWithoutSearchTests {

	@Autowired
	SearchIndex search;

	@Autowired
	DatasetState state;

	@Autowired
	QueryTables tables;

	@Autowired
	VersionWarmUp warmUp;

	@Test
	void theQueryTablesAreReadAndTheIndexIsNot() throws Exception {
		String version = this.state.version();
		await().until(() -> this.tables.holds(version));
		// the warm-up reads the tables first: had it gone on to the index, it would hold
		// it once the warm-up's task is done (queued when the application was ready, on
		// the warm-up's one thread: a task queued after it runs after it)
		ExecutorService reader = (ExecutorService) ReflectionTestUtils.getField(this.warmUp, "reader");
		assertThat(reader).isNotNull();
		reader.submit(() -> {
		}).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
		assertThat(this.search.holds(version)).isFalse();
	}

}
