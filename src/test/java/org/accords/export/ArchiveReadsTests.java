package org.accords.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.accords.dataset.Changelog;
import org.accords.dataset.ChangelogEntry;
import org.accords.dataset.ChangelogStore;
import org.accords.dataset.DatasetInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * An archive's download reads the changelog once: the entries it is charged for (one
 * point per id its {@code changelog.json} lists) are the ones it writes, where the
 * download read them for the charge and then again for the archive.
 */
class ArchiveReadsTests {

	private final ChangelogStore store = new ChangelogStore();

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void theChangelogChargedForIsTheOneWrittenReadOnce() throws IOException {
		this.store.record(
				new ChangelogEntry("v1", null, Instant.parse("2026-12-01T00:00:00Z"),
						List.of(new ChangelogEntry.Counts("Agreement", 2, 0, 0))),
				Map.of("Agreement", Map.of(Changelog.Change.ADDED, List.of("a1", "a2"))));
		this.store.record(
				new ChangelogEntry("v2", "v1", Instant.parse("2026-12-02T00:00:00Z"),
						List.of(new ChangelogEntry.Counts("Agreement", 1, 1, 0))),
				Map.of("Agreement",
						Map.of(Changelog.Change.ADDED, List.of("a3"), Changelog.Change.CHANGED, List.of("a1"))));
		DatasetInfo info = new DatasetInfo("v2", Instant.parse("2026-12-02T00:00:00Z"), Map.of(), null);
		Metadata metadata = new Metadata(this.store.changelog());
		Archive archive = new Archive(mock(TableWriter.class), metadata);
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		archive.write(info, read);
		this.store.reset();

		List<ChangelogEntry> changelog = metadata.changelogEntriesUpTo(info.version());
		long cost = DownloadController.archiveCost(info, changelog);
		ByteArrayOutputStream given = new ByteArrayOutputStream();
		archive.write(info, changelog, given);

		assertThat(this.store.entriesRead()).as("each version's entry, once").isEqualTo(2);
		assertThat(this.store.idsRead()).as("each id, once").isEqualTo(4);
		assertThat(cost).isEqualTo(DownloadController.archiveCost(info, metadata.changelogEntries()));
		assertThat(given.toByteArray()).isEqualTo(read.toByteArray());
	}

}
