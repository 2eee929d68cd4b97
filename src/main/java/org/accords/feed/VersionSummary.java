package org.accords.feed;

import java.time.Instant;
import java.util.List;

import org.accords.dataset.ChangelogEntry;
import org.jspecify.annotations.Nullable;

/**
 * What one version changed, for people: a title such as "3 new statements, 1 new
 * agreement: …", the counts, and the first entities it changed.
 *
 * @param version the version
 * @param previousVersion the version it replaced
 * @param publishedAt when it was published
 * @param title a one-line summary
 * @param collections counts per collection
 * @param entities the entities changed, at most {@link Changes#FEED_ENTITIES}
 * @param more how many more entities it changed than are listed
 */
public record VersionSummary(String version, @Nullable String previousVersion, Instant publishedAt, String title,
		List<ChangelogEntry.Counts> collections, List<EntityChange> entities, long more) {
}
