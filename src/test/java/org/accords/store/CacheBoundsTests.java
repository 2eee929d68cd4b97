package org.accords.store;

import java.util.UUID;

import org.accords.SmallCacheTest;
import org.accords.dataset.DatasetState;
import org.accords.statement.Statement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read caches are bounded by the bytes they hold, not by their number of entries:
 * queries keyed by unique long terms cannot fill the heap.
 */
@SmallCacheTest
class CacheBoundsTests {

	@Autowired
	FactStore store;

	@Autowired
	DatasetState state;

	@Test
	void uniqueLongSearchTermsStayWithinTheConfiguredBytes() {
		String version = this.state.current().version();
		// 4,000 terms of 200 characters (short enough for any term-length limit): about
		// 3 MB of keys alone, were they all kept
		for (int i = 0; i < 4000; i++) {
			String term = UUID.randomUUID() + "x".repeat(164);
			this.store.count(version, Statement.ENTITY, Criteria.where("text").is(term));
		}
		assertThat(this.store.cachedBytes()).isPositive().isLessThanOrEqualTo(1024 * 1024);
	}

	@Test
	void aLongTermWeighsAtLeastItsCharacters() {
		assertThat(Weights.of(java.util.List.of("x".repeat(10_000)))).isGreaterThan(20_000);
	}

}
