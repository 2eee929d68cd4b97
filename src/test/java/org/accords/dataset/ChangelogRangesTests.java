package org.accords.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A range of a version's changes is read from the parts that hold it, not from all the
 * version's ids: a version that adds 25,000 statements keeps them in three parts, and the
 * twenty ids either side of the first part's end are read from the first two.
 */
class ChangelogRangesTests {

	private final ChangelogStore store = new ChangelogStore();

	private final List<String> ids = IntStream.range(0, 25_000).mapToObj((i) -> String.format("s%05d", i)).toList();

	private final String key = Changelog.key("v1", "Statement");

	ChangelogRangesTests() {
		this.store.record(
				new ChangelogEntry("v1", null, Instant.parse("2026-12-03T00:00:00Z"),
						List.of(new ChangelogEntry.Counts("Statement", this.ids.size(), 0, 0))),
				Map.of("Statement", Map.of(Changelog.Change.ADDED, this.ids)));
	}

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void aRangeAcrossTwoPartsReadsThoseTwo() {
		List<List<String>> read = this.store.changelog()
			.idsIn(List.of(new Changelog.Range(this.key, Changelog.Change.ADDED, 9_990, 10_010)));
		assertThat(read).containsExactly(this.ids.subList(9_990, 10_010));
		assertThat(this.store.idsRead()).isEqualTo(2L * Changelog.PART_SIZE);
	}

	@Test
	void aRangeOfTheFirstIdsReadsTheFirstPartOnly() {
		List<List<String>> read = this.store.changelog()
			.idsIn(List.of(new Changelog.Range(this.key, Changelog.Change.ADDED, 0, 100)));
		assertThat(read).containsExactly(this.ids.subList(0, 100));
		assertThat(this.store.idsRead()).isEqualTo(Changelog.PART_SIZE);
	}

	@Test
	void aRangePastTheIdsIsCutShortAndAnEmptyOneReadsNothing() {
		Changelog changelog = this.store.changelog();
		assertThat(changelog.idsIn(List.of(new Changelog.Range(this.key, Changelog.Change.ADDED, 24_990, 30_000))))
			.containsExactly(this.ids.subList(24_990, 25_000));
		this.store.reset();
		assertThat(changelog.idsIn(List.of(new Changelog.Range(this.key, Changelog.Change.ADDED, 5, 5),
				new Changelog.Range(this.key, Changelog.Change.REMOVED, 0, 10))))
			.containsExactly(List.of(), List.of());
		assertThat(this.store.idsRead()).isZero();
	}

	@Test
	void theWholeListIsStillReadWhole() {
		assertThat(Changelog.idsOf(this.store.changelog().ids(List.of(this.key)), this.key, Changelog.Change.ADDED))
			.isEqualTo(this.ids);
		assertThat(this.store.idsRead()).isEqualTo(this.ids.size());
	}

}
