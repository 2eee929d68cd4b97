package org.accords.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accords.dataset.Changelog;
import org.accords.dataset.ChangelogEntry;
import org.accords.paging.Connection;
import org.accords.paging.InvalidInputException;
import org.accords.paging.PageLimits;
import org.accords.paging.PageArguments;
import org.accords.page.FactCards;
import org.accords.store.EntityCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The changelog as a list of entity changes: which entities each version after a given
 * version or time added, changed or removed, paged without reading the ids of the
 * versions outside the page, with labels read from the version that holds each entity
 * (the new version for additions and changes, the previous one for removals).
 */
@Component
public class Changes {

	/** Entities listed per version in the feeds and webhooks; GraphQL pages the rest. */
	public static final int FEED_ENTITIES = 100;

	/** Versions in the feeds. */
	static final int FEED_VERSIONS = 50;

	private final Changelog changelog;

	private final FactCards cards;

	private final PageLimits limits;

	Changes(Changelog changelog, FactCards cards, PageLimits limits) {
		this.changelog = changelog;
		this.cards = cards;
		this.limits = limits;
	}

	/**
	 * The versions published after {@code since}, oldest first: since is a version in the
	 * changelog (the versions after it) or an ISO instant or date (the versions published
	 * after it).
	 */
	public List<ChangelogEntry> after(String since) {
		List<ChangelogEntry> entries = new ArrayList<>(this.changelog.entries());
		entries.sort(Comparator.comparing(ChangelogEntry::publishedAt));
		Instant from = null;
		for (ChangelogEntry entry : entries) {
			if (entry.version().equals(since)) {
				from = entry.publishedAt();
			}
		}
		if (from == null) {
			from = instant(since);
		}
		Instant after = from;
		return entries.stream().filter((entry) -> entry.publishedAt().isAfter(after)).toList();
	}

	private static Instant instant(String since) {
		try {
			return Instant.parse(since);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
			}
			catch (DateTimeParseException ex2) {
				throw new InvalidInputException("since: '" + since
						+ "' is neither a dataset version in the changelog nor an ISO time such as 2026-01-31T00:00:00Z or 2026-01-31");
			}
		}
	}

	/**
	 * A Relay page of the entity changes of the versions after {@code since}, for a
	 * request that reads dataset version {@code read} (its cursors carry it).
	 */
	public Connection<EntityChange> page(String since, String read, PageArguments request) {
		return page(after(since), read, request);
	}

	/**
	 * A Relay page of the entity changes of one version; empty if it is unknown. The list
	 * is that version's, whichever version a subscriber read when it subscribed: its
	 * cursors carry that version.
	 */
	public Connection<EntityChange> pageOf(String version, PageArguments request) {
		ChangelogEntry entry = this.changelog.entry(version);
		return page((entry != null) ? List.of(entry) : List.of(), version, request);
	}

	/**
	 * Refuses {@code request} as {@link #pageOf} would on {@code version} (its sizes, its
	 * cursors' form, list and version), without reading the changelog.
	 */
	void check(String version, PageArguments request) {
		request.slice(version, 0, this.limits);
	}

	private Connection<EntityChange> page(List<ChangelogEntry> entries, String read, PageArguments request) {
		List<Block> blocks = blocks(entries);
		long total = blocks.isEmpty() ? 0 : blocks.get(blocks.size() - 1).end();
		PageArguments.Slice slice = request.slice(read, total, this.limits);
		return slice.connection(changes(blocks, slice.start(), slice.end()));
	}

	/**
	 * The versions the feeds list, newest first: their counts, not yet their ids or
	 * labels.
	 */
	List<ChangelogEntry> recentEntries() {
		List<ChangelogEntry> entries = this.changelog.entries();
		return entries.subList(0, Math.min(FEED_VERSIONS, entries.size()));
	}

	/** The entities the feeds list for {@code entries}: at most 100 of each version. */
	static long listed(List<ChangelogEntry> entries) {
		long listed = 0;
		for (ChangelogEntry entry : entries) {
			long total = entry.collections()
				.stream()
				.mapToLong((counts) -> counts.added() + counts.changed() + counts.removed())
				.sum();
			listed += Math.min(total, FEED_ENTITIES);
		}
		return listed;
	}

	/** Each of {@code entries} with a title and its first entities. */
	List<VersionSummary> recent(List<ChangelogEntry> entries) {
		List<VersionSummary> summaries = new ArrayList<>();
		for (ChangelogEntry entry : entries) {
			summaries.add(summary(entry));
		}
		return summaries;
	}

	/** One version's summary, or null if the changelog does not know it. */
	public @Nullable VersionSummary summary(String version) {
		ChangelogEntry entry = this.changelog.entry(version);
		return (entry != null) ? summary(entry) : null;
	}

	VersionSummary summary(ChangelogEntry entry) {
		List<Block> blocks = blocks(List.of(entry));
		long total = blocks.isEmpty() ? 0 : blocks.get(blocks.size() - 1).end();
		List<EntityChange> entities = changes(blocks, 0, Math.min(total, FEED_ENTITIES));
		return new VersionSummary(entry.version(), entry.previousVersion(), entry.publishedAt(), title(entry, entities),
				entry.collections(), entities, total - entities.size());
	}

	/**
	 * "3 new statements, 1 new agreement: Lithuania–Ukraine memorandum": the counts, the
	 * weightiest collection first, and the label of the weightiest entity added.
	 */
	static String title(ChangelogEntry entry, List<EntityChange> entities) {
		List<ChangelogEntry.Counts> counts = new ArrayList<>(entry.collections());
		counts.sort(Comparator.comparingInt((c) -> rank(c.collection())));
		List<String> parts = new ArrayList<>();
		for (ChangelogEntry.Counts c : counts) {
			add(parts, c.added(), "new", c.collection());
		}
		for (ChangelogEntry.Counts c : counts) {
			add(parts, c.changed(), "changed", c.collection());
		}
		for (ChangelogEntry.Counts c : counts) {
			add(parts, c.removed(), "removed", c.collection());
		}
		if (parts.isEmpty()) {
			return "No changes";
		}
		String title = String.join(", ", parts);
		EntityChange headline = entities.stream()
			.filter((e) -> e.label() != null && e.change() != Changelog.Change.REMOVED)
			.min(Comparator.comparingInt((EntityChange e) -> rank(e.type())).thenComparing(EntityChange::change))
			.orElse(null);
		return (headline != null) ? title + ": " + headline.label() : title;
	}

	/**
	 * Where a collection is named in a title: in the catalog's order, the weightiest
	 * first.
	 */
	private static int rank(String collection) {
		EntityCatalog type = EntityCatalog.ofType(collection);
		return (type != null) ? type.ordinal() : EntityCatalog.values().length;
	}

	private static void add(List<String> parts, long count, String adjective, String collection) {
		if (count > 0) {
			EntityCatalog type = EntityCatalog.ofType(collection);
			String noun = (type == null) ? collection : (count == 1) ? type.singular() : type.plural();
			parts.add(count + " " + adjective + " " + noun);
		}
	}

	/**
	 * The run of one change to one collection in one version, at offsets
	 * {@code [start, end)} of the whole list.
	 */
	private record Block(ChangelogEntry entry, String collection, Changelog.Change change, long start, long end) {
	}

	private static List<Block> blocks(List<ChangelogEntry> entries) {
		List<Block> blocks = new ArrayList<>();
		long offset = 0;
		for (ChangelogEntry entry : entries) {
			for (ChangelogEntry.Counts counts : entry.collections()) {
				long[] sizes = { counts.added(), counts.changed(), counts.removed() };
				for (Changelog.Change change : Changelog.Change.values()) {
					long size = sizes[change.ordinal()];
					if (size > 0) {
						blocks.add(new Block(entry, counts.collection(), change, offset, offset + size));
						offset += size;
					}
				}
			}
		}
		return blocks;
	}

	/**
	 * The changes at offsets {@code [start, end)}: reads only the parts of the
	 * changelog's ids that hold them.
	 */
	private List<EntityChange> changes(List<Block> blocks, long start, long end) {
		List<Block> needed = blocks.stream().filter((b) -> b.end() > start && b.start() < end).toList();
		if (needed.isEmpty()) {
			return List.of();
		}
		// only the page's part of each block: a version that adds 100k entities has
		// 100k ids, of which a feed lists 100
		List<Changelog.Range> ranges = needed.stream()
			.map((b) -> new Changelog.Range(Changelog.key(b.entry().version(), b.collection()), b.change(),
					Math.max(start, b.start()) - b.start(), Math.min(end, b.end()) - b.start()))
			.toList();
		List<List<String>> ids = this.changelog.idsIn(ranges);
		// the page's ids with the version that holds each: the new one, or for a removal
		// the one before
		record Pick(Block block, String id, @Nullable String holder) {
		}
		List<Pick> picks = new ArrayList<>();
		for (int i = 0; i < needed.size(); i++) {
			Block block = needed.get(i);
			for (String id : ids.get(i)) {
				picks.add(new Pick(block, id, (block.change() == Changelog.Change.REMOVED)
						? block.entry().previousVersion() : block.entry().version()));
			}
		}
		Map<String, List<String>> byHolder = new LinkedHashMap<>();
		picks.stream()
			.filter((pick) -> pick.holder() != null)
			.forEach((pick) -> byHolder.computeIfAbsent(pick.holder(), (k) -> new ArrayList<>()).add(pick.id()));
		Map<String, Map<String, String>> labels = new HashMap<>();
		byHolder.forEach((version, list) -> labels.put(version, labels(version, list)));
		List<EntityChange> changes = new ArrayList<>();
		for (Pick pick : picks) {
			ChangelogEntry entry = pick.block().entry();
			String label = labels.getOrDefault(pick.holder(), Map.of()).get(pick.id());
			changes.add(new EntityChange(entry.version(), entry.publishedAt(), pick.block().collection(), pick.id(),
					pick.block().change(), label, this.cards.pageUrl(pick.id())));
		}
		return changes;
	}

	private Map<String, String> labels(String version, List<String> ids) {
		try {
			return this.cards.labels(version, ids);
		}
		catch (RuntimeException ex) {
			// a version whose collections are gone has no labels to give
			return Map.of();
		}
	}

}
