package org.accords.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The history of published dataset versions: one {@link ChangelogEntry} per version, and
 * the ids behind its counts in parts of at most {@value #PART_SIZE}, so that a version
 * that adds a million entities stays far below MongoDB's 16 MB document limit. Neither
 * collection name has a version suffix, so the history outlives the versions it
 * describes.
 */
@Component
public class Changelog {

	/** One document per published version. */
	static final String ENTRIES = "changelog";

	/** The ids of each entry, in parts. */
	static final String PARTS = "changelogIds";

	static final int PART_SIZE = 10_000;

	/** What can happen to an entity from one version to the next. */
	public enum Change {

		/** a new id */
		ADDED,
		/** the same id with different content */
		CHANGED,
		/** an id that is gone */
		REMOVED

	}

	/**
	 * Up to {@value #PART_SIZE} ids of one change to one collection in one version.
	 *
	 * @param id {@code version/collection/change/part}
	 * @param key {@code version/collection}, to fetch a collection's parts in one query
	 * @param change which change
	 * @param part position of this part, from 0
	 * @param ids node ids, sorted
	 */
	record Part(@Id String id, String key, Change change, int part, List<String> ids) {
	}

	private final MongoTemplate mongo;

	Changelog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Records the changes of a version; {@code ids} maps collection to change to ids. */
	public void record(ChangelogEntry entry, Map<String, Map<Change, List<String>>> ids) {
		// parts first: an entry is only visible once all its ids are there
		this.mongo.remove(
				Query.query(Criteria.where("key").regex("^" + java.util.regex.Pattern.quote(entry.version() + "/"))),
				PARTS);
		ids.forEach((collection, changes) -> changes.forEach((change, list) -> {
			for (int from = 0, part = 0; from < list.size(); from += PART_SIZE, part++) {
				String key = key(entry.version(), collection);
				this.mongo.save(new Part(partId(key, change, part), key, change, part,
						list.subList(from, Math.min(list.size(), from + PART_SIZE))), PARTS);
			}
		}));
		this.mongo.save(entry, ENTRIES);
	}

	/** Every version's entry, newest first. */
	public List<ChangelogEntry> entries() {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "publishedAt")), ChangelogEntry.class,
				ENTRIES);
	}

	public @Nullable ChangelogEntry entry(String version) {
		return this.mongo.findById(version, ChangelogEntry.class, ENTRIES);
	}

	/**
	 * The ids behind the counts of several (version, collection) pairs, in one query.
	 * @return by {@link #key} and change, the sorted ids
	 */
	public Map<String, Map<Change, List<String>>> ids(Collection<String> keys) {
		Map<String, Map<Change, List<String>>> result = new LinkedHashMap<>();
		keys.forEach((key) -> result.put(key, emptyChanges()));
		Query query = Query.query(Criteria.where("key").in(keys)).with(Sort.by("key", "change", "part"));
		try (Stream<Part> parts = this.mongo.stream(query, Part.class, PARTS)) {
			parts.forEach((part) -> idsOf(result, part.key(), part.change()).addAll(part.ids()));
		}
		return result;
	}

	/**
	 * The ids at positions {@code [from, to)} of one change to one collection in one
	 * version.
	 *
	 * @param key {@link #key}
	 * @param change which change
	 * @param from first position, from 0
	 * @param to position after the last
	 */
	public record Range(String key, Change change, long from, long to) {

		/** The ids of the parts that hold the range, first to last; none when empty. */
		List<String> partIds() {
			List<String> partIds = new ArrayList<>();
			for (long part = this.from / PART_SIZE; this.from < this.to && part * PART_SIZE < this.to; part++) {
				partIds.add(partId(this.key, this.change, part));
			}
			return partIds;
		}

	}

	/** The id of the {@code part}th part of one change's ids ({@link #key}). */
	private static String partId(String key, Change change, long part) {
		return key + "/" + change + "/" + part;
	}

	/**
	 * The ids of several ranges, in one query that reads only the parts holding them: a
	 * page of a version's changes reads at most a part more than it lists, not every id
	 * of the version. A range past the ids stored is cut short.
	 * @return the ids of each range, in the order of {@code ranges}
	 */
	public List<List<String>> idsIn(List<Range> ranges) {
		Set<String> partIds = new LinkedHashSet<>();
		ranges.forEach((range) -> partIds.addAll(range.partIds()));
		Map<String, List<String>> parts = new HashMap<>();
		if (!partIds.isEmpty()) {
			try (Stream<Part> found = this.mongo.stream(Query.query(Criteria.where("_id").in(partIds)), Part.class,
					PARTS)) {
				found.forEach((part) -> parts.put(part.id(), part.ids()));
			}
		}
		List<List<String>> result = new ArrayList<>();
		for (Range range : ranges) {
			List<String> ids = new ArrayList<>();
			range.partIds().forEach((partId) -> ids.addAll(parts.getOrDefault(partId, List.of())));
			long first = range.from() / PART_SIZE;
			int from = (int) Math.min(ids.size(), range.from() - first * PART_SIZE);
			int to = (int) Math.min(ids.size(), range.to() - first * PART_SIZE);
			result.add(List.copyOf(ids.subList(from, Math.max(from, to))));
		}
		return result;
	}

	/** Identifies one collection's changes in one version. */
	public static String key(String version, String collection) {
		return version + "/" + collection;
	}

	/**
	 * The ids of one change of one key in an answer of {@link #ids}, which holds every
	 * key asked for with every change.
	 */
	public static List<String> idsOf(Map<String, Map<Change, List<String>>> ids, String key, Change change) {
		return Objects.requireNonNull(Objects.requireNonNull(ids.get(key)).get(change));
	}

	private static Map<Change, List<String>> emptyChanges() {
		Map<Change, List<String>> changes = new LinkedHashMap<>();
		for (Change change : Change.values()) {
			changes.put(change, new ArrayList<>());
		}
		return changes;
	}

}
