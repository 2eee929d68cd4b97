package org.accords.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.accords.dataset.Changelog;
import org.accords.dataset.ChangelogEntry;
import org.accords.dataset.ChangelogStore;
import org.accords.page.FactCards;
import org.accords.paging.PageLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The feeds list a version's first 100 entities (its summary in {@code changes.json}, the
 * Atom feed, {@code /data/changes/stream} and the {@code datasetPublished} event): they
 * read the changelog's parts that hold those 100, not every id the version changed. The
 * first version of a 100k corpus lists over 100k ids.
 */
class ChangesReadsTests {

	private final ChangelogStore store = new ChangelogStore();

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void aVersionsSummaryReadsThePartsOfTheEntitiesItListsOnly() {
		List<String> agreements = List.of("a1", "a2", "a3");
		List<String> statements = IntStream.range(0, 25_000).mapToObj((i) -> String.format("s%05d", i)).toList();
		this.store.record(
				new ChangelogEntry("v1", null, Instant.parse("2026-12-03T00:00:00Z"),
						List.of(new ChangelogEntry.Counts("Agreement", 3, 0, 0),
								new ChangelogEntry.Counts("Statement", statements.size(), 0, 0))),
				Map.of("Agreement", Map.of(Changelog.Change.ADDED, agreements), "Statement",
						Map.of(Changelog.Change.ADDED, statements)));
		Changes changes = new Changes(this.store.changelog(), mock(FactCards.class), mock(PageLimits.class));

		VersionSummary summary = changes.summary("v1");

		assertThat(summary).isNotNull();
		assertThat(summary.entities()).extracting(EntityChange::id)
			.containsExactlyElementsOf(
					java.util.stream.Stream.concat(agreements.stream(), statements.subList(0, 97).stream()).toList());
		assertThat(summary.more()).isEqualTo(3 + 25_000 - 100);
		assertThat(this.store.idsRead()).as("the agreements' part and the statements' first")
			.isEqualTo(3 + ChangelogStore.partSize());
	}

}
