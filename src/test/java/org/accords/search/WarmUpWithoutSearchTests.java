package org.accords.search;

import org.accords.dataset.DatasetState;
import org.accords.store.QueryTables;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code accords.dataset.search-warm-up=false} the one warm-up of a served version
 * ({@link VersionWarmUp}) still reads its query tables, which every page needs, and
 * leaves its search index to the first search.
 */
@SpringBootTest(properties = { "accords.store.embedded-mode=memory", "accords.dataset.refresh-interval=1h",
		"accords.dataset.search-warm-up=false" })
class WarmUpWithoutSearchTests {

	@Autowired
	SearchIndex search;

	@Autowired
	DatasetState state;

	@Autowired
	QueryTables tables;

	@Test
	void theQueryTablesAreReadAndTheIndexIsNot() throws InterruptedException {
		String version = this.state.version();
		for (int wait = 0; wait < 300 && !this.tables.holds(version); wait++) {
			Thread.sleep(100);
		}
		assertThat(this.tables.holds(version)).isTrue();
		// the warm-up reads the tables first: had it gone on to the index, it would hold
		// it
		// by now or within a second
		Thread.sleep(1000);
		assertThat(this.search.holds(version)).isFalse();
	}

}
