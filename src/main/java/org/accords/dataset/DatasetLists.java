package org.accords.dataset;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.accords.graphql.DatasetShape;
import org.accords.graphql.VersionNotKeptException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Bounds of the lists the {@code dataset} query answers from the version's record and
 * from the changelog, for the query cost: a version's seed files, and the changelog's
 * versions, collections and ids, each as many as the store holds (the ids of a first
 * version list every entity). The changelog grows as versions are published, by any
 * instance: its bounds are read again after {@link #FRESH}.
 */
@Component
class DatasetLists implements DatasetShape.Lists {

	/** How long the changelog's bounds are reused before they are read again. */
	static final Duration FRESH = Duration.ofSeconds(2);

	private final DatasetState state;

	private final Changelog changelog;

	private final Cache<String, Map<String, Long>> changelogBounds = Caffeine.newBuilder()
		.expireAfterWrite(FRESH)
		.maximumSize(1)
		.build();

	DatasetLists(DatasetState state, Changelog changelog) {
		this.state = state;
		this.changelog = changelog;
	}

	@Override
	public @Nullable Long bound(String version, String field) {
		if ("Dataset.sources".equals(field)) {
			try {
				return (long) this.state.sources(version).size();
			}
			catch (VersionNotKeptException ex) {
				// refused when it runs, with the versions kept
				return null;
			}
		}
		if (field.startsWith("Dataset.changelog") || field.startsWith("VersionChanges.")
				|| field.startsWith("CollectionChanges.")) {
			return this.changelogBounds.get("", (key) -> changelogBounds(this.changelog.entries())).get(field);
		}
		return null;
	}

	/**
	 * The most items each list of the changelog holds for one parent: its versions, one
	 * version's collections, and the ids of one change to one collection in one version.
	 */
	static Map<String, Long> changelogBounds(List<ChangelogEntry> entries) {
		long collections = 0;
		long added = 0;
		long changed = 0;
		long removed = 0;
		for (ChangelogEntry entry : entries) {
			collections = Math.max(collections, entry.collections().size());
			for (ChangelogEntry.Counts counts : entry.collections()) {
				added = Math.max(added, counts.added());
				changed = Math.max(changed, counts.changed());
				removed = Math.max(removed, counts.removed());
			}
		}
		Map<String, Long> bounds = new HashMap<>();
		bounds.put("Dataset.changelog", (long) entries.size());
		bounds.put("VersionChanges.collections", collections);
		bounds.put("CollectionChanges.added", added);
		bounds.put("CollectionChanges.changed", changed);
		bounds.put("CollectionChanges.removed", removed);
		return bounds;
	}

}
