package org.accords.search;

import org.accords.QuickTier;
import org.accords.dataset.DatasetState;
import org.accords.store.QueryTables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served version's search index is read as soon as the application is ready, not one
 * refresh interval later (an hour here), so that the first search does not wait for it.
 */
@SpringBootTest(properties = { "accords.store.embedded-mode=memory", "accords.dataset.refresh-interval=1h" })
@Tag(QuickTier.STARTS_APPLICATION)
class WarmUpAtStartTests {

	@Autowired
	SearchIndex search;

	@Autowired
	DatasetState state;

	@Autowired
	QueryTables tables;

	@Test
	void theServedVersionsIndexIsHeldBeforeAnySearch() throws InterruptedException {
		// its assertions wait for the index (a hang fails after Awaits.HUNG)
		servedIndexHeld();
	}

	@Test
	void theQueryTablesAreReadBeforeTheSearchIndex() throws InterruptedException {
		// every page needs the tables and only searches the index: the index's warm-up
		// waits for the tables, so whenever it holds a version the tables hold it too
		String version = servedIndexHeld();
		assertThat(this.tables.holds(version)).isTrue();
	}

	/**
	 * The served version, once its index is held (waiting for the warm-up: as long as a
	 * loaded machine takes, up to {@link org.accords.Awaits#HUNG}).
	 */
	private String servedIndexHeld() throws InterruptedException {
		String version = this.state.version();
		assertThat(version).isNotNull();
		await().until(() -> this.search.holds(version));
		return version;
	}

}
