package org.accords.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.accords.graphql.DatasetShape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The sizes of the dataset's own lists for the query cost, without a store: what the
 * changelog's lists return in one answer over all their parents, and the versions kept.
 */
class DatasetListsTests {

	@Test
	void theChangelogReturnsEveryVersionEveryCollectionOfEachAndEveryIdOnce() {
		ChangelogEntry first = new ChangelogEntry("a", null, Instant.parse("2026-01-01T00:00:00Z"),
				List.of(new ChangelogEntry.Counts("Statement", 20_000, 0, 0),
						new ChangelogEntry.Counts("Agreement", 300, 0, 0)));
		ChangelogEntry second = new ChangelogEntry("b", "a", Instant.parse("2026-02-01T00:00:00Z"),
				List.of(new ChangelogEntry.Counts("Statement", 12, 40, 7)));
		ChangelogEntry third = new ChangelogEntry("c", "b", Instant.parse("2026-03-01T00:00:00Z"), List.of());
		Map<String, DatasetShape.Total> totals = DatasetLists.changelogTotals(List.of(third, second, first));
		assertThat(totals).containsEntry("Dataset.changelog", new DatasetShape.Total(3, 0))
			// 2 + 1 + 0 collections; the third version lists none
			.containsEntry("VersionChanges.collections", new DatasetShape.Total(3, 1))
			// the ids of every change, summed, not the most of one change
			.containsEntry("CollectionChanges.added", new DatasetShape.Total(20_312, 0))
			.containsEntry("CollectionChanges.changed", new DatasetShape.Total(40, 2))
			.containsEntry("CollectionChanges.removed", new DatasetShape.Total(7, 2));
		// before any version is published the changelog is one empty list
		assertThat(DatasetLists.changelogTotals(List.of()))
			.containsEntry("Dataset.changelog", new DatasetShape.Total(0, 1))
			.containsEntry("CollectionChanges.added", new DatasetShape.Total(0, 0));
	}

	@Test
	void datasetVersionsHoldsTheVersionsKept() {
		DatasetState state = mock(DatasetState.class);
		Instant now = Instant.parse("2026-03-01T00:00:00Z");
		when(state.kept()).thenReturn(List.of(new DatasetState.KeptVersion("c", now, Map.of(), true),
				new DatasetState.KeptVersion("b", now, Map.of(), false),
				new DatasetState.KeptVersion("a", now, Map.of(), false)));
		assertThat(new DatasetLists(state, mock(Changelog.class)).bound("a", "Query.datasetVersions")).isEqualTo(3);
	}

}
