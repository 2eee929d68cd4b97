package org.accords.node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.accords.graphql.Suggestions;
import org.accords.paging.IdHint;
import org.accords.paging.NodeId;
import org.accords.store.Entity;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.accords.store.FactStore;
import org.bson.Document;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The node ids a value given where an id goes is the curated id of, in the version read
 * (the key of their node ids, as their pages' addresses and the curated files write it:
 * {@code kasciunas-joint-company}), which the id scheme gives: one store query per type
 * asked, on a refusal only. A value that is none's, where the id of a person, an
 * organization, an agreement or a cooperation area goes, is told the curated ids of those
 * types close to it ({@code kasciunas}: {@code laurynas-kasciunas}): these collections
 * are small, and their ids are read once per version (the store's query cache keeps
 * them); the large ones (statements, commitments) are never read whole for a refusal.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CuratedIdHint implements IdHint {

	/** The types whose curated ids a value that is none's is compared with. */
	static final Set<String> SUGGESTED = Set.of("Person", "Organization", "Agreement", "CooperationArea");

	/** At most this many ids of a type are compared; a larger collection is not. */
	static final int MAX_COMPARED = 20_000;

	/** At most this many close ids are named. */
	static final int MAX_NAMED = 5;

	private final FactStore store;

	CuratedIdHint(FactStore store) {
		this.store = store;
	}

	@Override
	public Hint hint(Asked asked) {
		String value = asked.value();
		if (value.isBlank() || NodeId.respelled(value) != null) {
			return Hint.NONE;
		}
		List<String> candidates = new ArrayList<>();
		for (String type : asked.types()) {
			if (EntityCatalog.ofType(type) != null) {
				candidates.add(NodeId.of(type, value));
			}
		}
		Map<String, Entity> found = this.store.nodes(asked.version(), candidates);
		if (asked.retiredIds()) {
			found = MergedIds.with(this.store, asked.version(), candidates, found);
		}
		List<String> meant = candidates.stream().filter(found::containsKey).toList();
		if (!meant.isEmpty()) {
			return new Hint(meant, "");
		}
		return new Hint(List.of(), close(asked));
	}

	/**
	 * {@code "; did you mean laurynas-kasciunas (Person <id>)?"}: the curated ids of the
	 * small types asked that are close to the value (a few edits from it, or holding its
	 * words whole: a surname for a person's id), closest first; empty when none is.
	 */
	private String close(Asked asked) {
		String given = asked.value().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
		if (given.length() < 3) {
			return "";
		}
		Map<String, String> ids = new LinkedHashMap<>();
		for (String type : asked.types()) {
			EntityCatalog catalog = EntityCatalog.ofType(type);
			if (catalog == null || !SUGGESTED.contains(type)) {
				continue;
			}
			List<Document> stored = this.store.fields(asked.version(), EntityType.any(catalog), new Criteria(),
					Sort.unsorted(), List.of("_id"), MAX_COMPARED + 1);
			if (stored.size() > MAX_COMPARED) {
				continue;
			}
			for (Document document : stored) {
				String id = document.getString("_id");
				if (id != null) {
					ids.putIfAbsent(id, NodeId.keyOr(id));
				}
			}
		}
		List<String> keys = ids.values().stream().distinct().toList();
		List<String> close = new ArrayList<>(Suggestions.close(given, keys));
		keys.stream()
			// a key shorter than the value cannot hold it (and a 100 KB value is not
			// copied once per key)
			.filter((key) -> key.length() >= given.length() && !close.contains(key) && holdsWords(key, given))
			.sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
			.forEach(close::add);
		if (close.isEmpty()) {
			return "";
		}
		List<String> named = new ArrayList<>();
		for (String key : close.subList(0, Math.min(MAX_NAMED, close.size()))) {
			ids.forEach((id, idKey) -> {
				if (idKey.equals(key)) {
					named.add(key + " (" + NodeId.parse(id).type() + " " + id + ")");
				}
			});
		}
		return "; did you mean " + Suggestions.either(named.subList(0, Math.min(MAX_NAMED, named.size()))) + "?";
	}

	/**
	 * Whether {@code key}'s words ({@code laurynas-kasciunas}) hold {@code given}'s
	 * ({@code kasciunas}) whole, one after another.
	 */
	static boolean holdsWords(String key, String given) {
		return ("-" + key.toLowerCase(Locale.ROOT) + "-").contains("-" + given + "-");
	}

}
