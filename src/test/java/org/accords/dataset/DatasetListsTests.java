package org.accords.dataset;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changelog's bounds for the query cost, without a store: the most of each of its
 * lists over every version.
 */
class DatasetListsTests {

	@Test
	void theChangelogIsBoundedByItsVersionsAndTheMostIdsOfOneChangeToOneCollection() {
		ChangelogEntry first = new ChangelogEntry("a", null, Instant.parse("2026-01-01T00:00:00Z"),
				List.of(new ChangelogEntry.Counts("Statement", 20_000, 0, 0),
						new ChangelogEntry.Counts("Agreement", 300, 0, 0)));
		ChangelogEntry second = new ChangelogEntry("b", "a", Instant.parse("2026-02-01T00:00:00Z"),
				List.of(new ChangelogEntry.Counts("Statement", 12, 40, 7)));
		assertThat(DatasetLists.changelogBounds(List.of(second, first))).containsEntry("Dataset.changelog", 2L)
			.containsEntry("VersionChanges.collections", 2L)
			.containsEntry("CollectionChanges.added", 20_000L)
			.containsEntry("CollectionChanges.changed", 40L)
			.containsEntry("CollectionChanges.removed", 7L);
		// before any version is published every list is empty
		assertThat(DatasetLists.changelogBounds(List.of())).containsEntry("Dataset.changelog", 0L)
			.containsEntry("CollectionChanges.added", 0L);
	}

}
