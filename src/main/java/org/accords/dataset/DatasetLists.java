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
 * Sizes of the lists the {@code dataset} query answers from the version's record and from
 * the changelog, and of {@code datasetVersions}, for the query cost: a version's seed
 * files, the versions kept, and the changelog's versions, collections and ids, each as
 * many as the store holds (the ids of a first version list every entity). The changelog
 * grows as versions are published, by any instance: its sizes are read again after
 * {@link #FRESH}.
 */
@Component
class DatasetLists implements DatasetShape.Lists {

	/** How long the changelog's sizes are reused before they are read again. */
	static final Duration FRESH = Duration.ofSeconds(2);

	private final DatasetState state;

	private final Changelog changelog;

	private final Cache<String, Map<String, DatasetShape.Total>> changelogTotals = Caffeine.newBuilder()
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
		if ("Query.datasetVersions".equals(field)) {
			return (long) this.state.kept().size();
		}
		return null;
	}

	@Override
	public DatasetShape.@Nullable Total total(String version, String field) {
		if (field.startsWith("Dataset.changelog") || field.startsWith("VersionChanges.")
				|| field.startsWith("CollectionChanges.")) {
			return this.changelogTotals.get("", (key) -> changelogTotals(this.changelog.entries())).get(field);
		}
		return null;
	}

	/**
	 * What each list of the changelog returns in one answer: every version (of the one
	 * dataset asked), every version's collections, and the ids of every change to every
	 * collection in every version; with how many parents return none.
	 */
	static Map<String, DatasetShape.Total> changelogTotals(List<ChangelogEntry> entries) {
		long collections = 0;
		long versionsWithout = 0;
		long[] ids = new long[3];
		long[] without = new long[3];
		for (ChangelogEntry entry : entries) {
			collections += entry.collections().size();
			versionsWithout += entry.collections().isEmpty() ? 1 : 0;
			for (ChangelogEntry.Counts counts : entry.collections()) {
				long[] each = { counts.added(), counts.changed(), counts.removed() };
				for (int i = 0; i < each.length; i++) {
					ids[i] += each[i];
					without[i] += (each[i] == 0) ? 1 : 0;
				}
			}
		}
		Map<String, DatasetShape.Total> totals = new HashMap<>();
		totals.put("Dataset.changelog", new DatasetShape.Total(entries.size(), entries.isEmpty() ? 1 : 0));
		totals.put("VersionChanges.collections", new DatasetShape.Total(collections, versionsWithout));
		totals.put("CollectionChanges.added", new DatasetShape.Total(ids[0], without[0]));
		totals.put("CollectionChanges.changed", new DatasetShape.Total(ids[1], without[1]));
		totals.put("CollectionChanges.removed", new DatasetShape.Total(ids[2], without[2]));
		return totals;
	}

}
