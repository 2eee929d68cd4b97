package org.accords.seed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.accords.amount.Money;
import org.accords.evidence.Alias;
import org.accords.evidence.Claim;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.paging.NodeId;
import org.accords.seed.SeedValidator.ResolvedDate;
import org.accords.seed.SeedValidator.Role;
import org.jspecify.annotations.Nullable;

/**
 * The reports of one type of entity from every curated file, merged into one record per
 * entity: values that sources state alike merge with all their sources, values they state
 * differently are kept side by side as competing claims, lists are united item by item,
 * and ids retired by {@code sameAs} resolve to the entity they were merged into. Two
 * dates that share a day agree, as both may be true: one given less precisely that holds
 * a more precise one ("in November 2024", "on 4 November"), or a week that runs into a
 * month ("last week" on 6 November 2024, "in November 2024"). The more precise is served,
 * and neither competes. Two wordings of a role that name the same seat agree too; the
 * first reported is served. A value that its publisher corrects (every article stating it
 * is corrected by a later article that gives another value for the field) is withdrawn:
 * kept as a claim that names the correcting articles, never served while another value
 * stands, and competing with none. List items are united, not weighed: the reader of a
 * list says which of its items other sources dispute ({@code Merged.disputedItems}, a
 * participant's leaving). A list item or a whole fact that a correction names in
 * {@code withdraws} is withdrawn on the same rule as a value (every article stating it is
 * corrected by an article that withdraws it): left out of what is served, and kept as a
 * claim that names the correcting articles. A value that names a fact withdrawn whole (a
 * statement's or a commitment's agreement) is withdrawn whoever states it: another value
 * stated for the field is served in its place, or none.
 */
final class ReportMerger {

	private final String type;

	private final Map<String, Merged> byId = new LinkedHashMap<>();

	/** Retired node id to the node id of the entity it was merged into. */
	private final Map<String, String> retired = new LinkedHashMap<>();

	/**
	 * Ids of entries rejected for a problem already reported: references to them are
	 * silent.
	 */
	private final Set<String> broken = new LinkedHashSet<>();

	/** Node id of each corrected article to the articles that correct it. */
	private final Map<String, Set<String>> correctedBy;

	ReportMerger(String type) {
		this(type, Map.of());
	}

	/**
	 * @param correctedBy node id of each corrected article to the node ids of the
	 * articles that correct it; read when values are merged, so it may be filled later
	 */
	ReportMerger(String type, Map<String, Set<String>> correctedBy) {
		this.type = type;
		this.correctedBy = correctedBy;
	}

	String type() {
		return this.type;
	}

	/**
	 * The node id an id stands for: itself, or the survivor of a merge that retired it.
	 */
	String resolve(String id) {
		return this.retired.getOrDefault(id, id);
	}

	boolean known(String id) {
		return this.byId.containsKey(resolve(id));
	}

	/**
	 * The curated ids (keys) of the entities merged here and of those retired into them,
	 * as curated files refer to them.
	 */
	List<String> keys() {
		List<String> keys = new ArrayList<>(this.byId.size() + this.retired.size());
		this.byId.keySet().forEach((id) -> keys.add(NodeId.parse(id).key()));
		this.retired.keySet().forEach((id) -> keys.add(NodeId.parse(id).key()));
		return keys;
	}

	boolean broken(String id) {
		return this.broken.contains(id);
	}

	void markBroken(String id) {
		this.broken.add(id);
	}

	@Nullable Merged get(String id) {
		return this.byId.get(resolve(id));
	}

	/** The survivor of {@code retiredId}, if it was retired. */
	@Nullable String retiredInto(String retiredId) {
		return this.retired.get(retiredId);
	}

	/**
	 * Starts or continues the merge of entity {@code id}, first reported at
	 * {@code where}.
	 */
	Merged report(String id, String where, String file) {
		Merged merged = this.byId.computeIfAbsent(id, (k) -> new Merged(k, where, file, this.correctedBy));
		merged.files.add(file);
		return merged;
	}

	/** Retires {@code retiredId}: from now on it stands for {@code survivor}. */
	void retire(String retiredId, Merged survivor) {
		this.retired.put(retiredId, survivor.id);
		if (!survivor.retiredIds.contains(retiredId)) {
			survivor.retiredIds.add(retiredId);
		}
	}

	/**
	 * Drops what the reports said once the records are built, keeping only ids (for
	 * references from later sections): a large corpus is verified whole in memory.
	 */
	void release() {
		this.byId.values().forEach(Merged::release);
	}

	/** Every merged entity, in the order first reported. */
	List<Merged> all() {
		return List.copyOf(this.byId.values());
	}

	/**
	 * A list item that names a party (a participant, a leaving): a withdrawal names it by
	 * the party's id.
	 */
	interface PartyItem {

		String partyId();

	}

	/** The id a withdrawal names a list item by: a party's, or the item itself. */
	static String itemId(Object item) {
		return (item instanceof PartyItem party) ? party.partyId() : item.toString();
	}

	/**
	 * The articles that withdraw one list item, and whether the item goes whoever states
	 * it (it refers to a withdrawn fact, which is not served).
	 */
	private record ItemWithdrawal(Set<String> articleIds, boolean always) {
	}

	/** A value with the articles that state it and the file that stated it first. */
	static final class Stated {

		final Set<String> articleIds = new CompactSet<>();

		final String file;

		Stated(String file) {
			this.file = file;
		}

	}

	/** What the reports of one entity say so far. */
	static final class Merged {

		final String id;

		/** Where the entity was first reported: file and entry. */
		final String where;

		/** The file that reported it first. */
		final String file;

		final Set<String> files = new CompactSet<>();

		/** Each field's values, each with who states it: most fields have one value. */
		private final CompactMap<String, CompactMap<Object, Stated>> values = new CompactMap<>();

		private final CompactMap<String, CompactMap<Object, Stated>> lists = new CompactMap<>();

		private final List<Evidence> evidence = new ArrayList<>();

		private final Set<String> sourceIds = new CompactSet<>();

		private final CompactMap<String, Set<String>> names = new CompactMap<>();

		final Set<String> contradicts = new CompactSet<>();

		/**
		 * List items that sources dispute, by list: a participant's leaving days that
		 * cannot both be true, or a leaving that another source contradicts. Each is a
		 * competing claim, and they make the fact disputed.
		 */
		private final CompactMap<String, Set<Object>> disputedItems = new CompactMap<>();

		@Nullable String note;

		final List<String> retiredIds = new ArrayList<>();

		private final Map<String, Set<String>> correctedBy;

		/**
		 * The list items that corrections withdraw, by field and item id; null when none
		 * is withdrawn (the usual case), so that reading a list does no more work.
		 */
		private @Nullable Map<String, Map<String, ItemWithdrawal>> withdrawals;

		/** The articles that withdraw the whole fact; null when none does. */
		private @Nullable Set<String> withdrawing;

		/**
		 * Values that name a fact withdrawn whole (a statement's agreement), by field and
		 * value, each with the articles that withdrew the fact: withdrawn whoever states
		 * them; null when none is (the usual case).
		 */
		private @Nullable Map<String, Map<Object, Set<String>>> withdrawnValues;

		/**
		 * The value the fact shows in a field where its reader shows another than
		 * {@link #value(String)} (a commitment's obligor, when the one stated was
		 * withdrawn from its obligors); null when none does (the usual case).
		 */
		private @Nullable Map<String, Object> shown;

		/**
		 * The items the fact shows of a list whose reader chooses among them (of dates
		 * that share a day, the more precise; a spell's earliest leaving); a list not
		 * here shows every item that stands. Null when no reader chose (most facts).
		 */
		private @Nullable Map<String, Set<Object>> shownItems;

		/**
		 * Values that a later report's value outgrew, by field (a commitment's status
		 * before the report that it was fulfilled, a delivery in part before a larger
		 * one): each stays a claim, competes with none and is not served; null when none
		 * is (most facts).
		 */
		private @Nullable Map<String, Set<Object>> outgrown;

		Merged(String id, String where, String file) {
			this(id, where, file, Map.of());
		}

		Merged(String id, String where, String file, Map<String, Set<String>> correctedBy) {
			this.id = id;
			this.where = where;
			this.file = file;
			this.correctedBy = correctedBy;
		}

		void release() {
			this.values.clear();
			this.lists.clear();
			this.disputedItems.clear();
			this.withdrawals = null;
			this.withdrawnValues = null;
			this.shown = null;
			this.shownItems = null;
			this.outgrown = null;
			this.evidence.clear();
			this.names.clear();
		}

		void source(String articleId) {
			this.sourceIds.add(articleId);
		}

		/** The articles that report the fact, in the order reported. */
		List<String> sourceIds() {
			return List.copyOf(this.sourceIds);
		}

		/**
		 * Article {@code articleId} withdraws the item of list {@code field} named
		 * {@code itemId}; withdrawn if every article stating it is corrected by one that
		 * withdraws it, or {@code always}.
		 */
		void withdrawItem(String field, String itemId, String articleId, boolean always) {
			if (this.withdrawals == null) {
				this.withdrawals = new LinkedHashMap<>();
			}
			this.withdrawals.computeIfAbsent(field, (k) -> new LinkedHashMap<>())
				.merge(itemId, new ItemWithdrawal(Set.of(articleId), always),
						(a, b) -> new ItemWithdrawal(union(a.articleIds(), b.articleIds()), a.always() || b.always()));
		}

		/**
		 * Article {@code articleId} withdraws exactly {@code item} of list {@code field}
		 * (a day of a party's change it re-dates), not every item naming its party;
		 * withdrawn if every article stating it is corrected by one that withdraws it.
		 */
		void withdrawExactItem(String field, Object item, String articleId) {
			withdrawItem(field, exactId(item), articleId, false);
		}

		/** The id an exact withdrawal names {@code item} by: never a party's id. */
		private static String exactId(Object item) {
			return "=" + item;
		}

		/** The articles that state an item of list {@code field} named {@code itemId}. */
		Set<String> itemStatedBy(String field, String itemId) {
			Set<String> by = new LinkedHashSet<>();
			CompactMap<Object, Stated> items = this.lists.get(field);
			if (items != null) {
				items.forEach((item, stated) -> {
					if (itemId(item).equals(itemId)) {
						by.addAll(stated.articleIds);
					}
				});
			}
			return by;
		}

		/**
		 * Every item of list {@code field} that {@code which} accepts, withdrawn or not,
		 * with the articles that state it.
		 */
		Map<Object, Set<String>> statedItems(String field, java.util.function.Predicate<Object> which) {
			Map<Object, Set<String>> stated = new LinkedHashMap<>();
			CompactMap<Object, Stated> items = this.lists.get(field);
			if (items != null) {
				items.forEach((item, s) -> {
					if (which.test(item)) {
						stated.put(item, Set.copyOf(s.articleIds));
					}
				});
			}
			return stated;
		}

		/**
		 * Withdraws each value of {@code field} that names a fact withdrawn whole (a key
		 * of {@code withdrawnFacts}, with the articles that withdrew it), whoever states
		 * it: it is kept as a claim naming those articles, and another value stated for
		 * the field is served in its place. Returns the articles that withdrew the values
		 * withdrawn; empty when none.
		 */
		Set<String> withdrawValues(String field, Map<String, Set<String>> withdrawnFacts) {
			CompactMap<Object, Stated> stated = this.values.get(field);
			Set<String> by = new LinkedHashSet<>();
			if (stated == null) {
				return by;
			}
			for (Object value : stated.keySet()) {
				Set<String> withdrawing = withdrawnFacts.get(value.toString());
				if (withdrawing != null) {
					if (this.withdrawnValues == null) {
						this.withdrawnValues = new LinkedHashMap<>();
					}
					this.withdrawnValues.computeIfAbsent(field, (k) -> new LinkedHashMap<>())
						.put(value, Set.copyOf(withdrawing));
					by.addAll(withdrawing);
				}
			}
			return by;
		}

		/** The values of {@code field} that name a withdrawn fact; empty when none. */
		private Map<Object, Set<String>> withdrawnValues(String field) {
			return (this.withdrawnValues != null) ? this.withdrawnValues.getOrDefault(field, Map.of()) : Map.of();
		}

		/** Article {@code articleId} withdraws the whole fact. */
		void withdraw(String articleId) {
			if (this.withdrawing == null) {
				this.withdrawing = new LinkedHashSet<>();
			}
			this.withdrawing.add(articleId);
		}

		/**
		 * The articles that withdraw the whole fact: each article that reports it is
		 * corrected by one that withdraws it. Empty when some report is not: the fact
		 * stands.
		 */
		Set<String> withdrawnBy() {
			return withdrawnBy(Set.of());
		}

		/**
		 * The articles that withdraw the whole fact, which {@code alsoGivenBy} give too
		 * (the reports of an agreement's signatories, areas and commitments give the
		 * agreement): empty when some article that gives it is not corrected by one that
		 * withdraws it.
		 */
		Set<String> withdrawnBy(Set<String> alsoGivenBy) {
			if (this.withdrawing == null) {
				return Set.of();
			}
			if (alsoGivenBy.isEmpty()) {
				return correctedAmong(this.sourceIds, this.withdrawing);
			}
			Set<String> giving = new LinkedHashSet<>(this.sourceIds);
			giving.addAll(alsoGivenBy);
			return correctedAmong(giving, this.withdrawing);
		}

		/**
		 * The articles among {@code correcting} that correct each of {@code stating};
		 * empty when one of them is corrected by none.
		 */
		private Set<String> correctedAmong(Set<String> stating, Set<String> correcting) {
			Set<String> by = new LinkedHashSet<>();
			for (String article : stating) {
				Set<String> correctors = this.correctedBy.getOrDefault(article, Set.of());
				boolean corrected = false;
				for (String correction : correcting) {
					if (correctors.contains(correction)) {
						by.add(correction);
						corrected = true;
					}
				}
				if (!corrected) {
					return Set.of();
				}
			}
			return by;
		}

		/**
		 * The articles that withdraw {@code item} of list {@code field}; empty if none.
		 */
		private Set<String> withdrawnBy(String field, Object item, Stated stated) {
			if (this.withdrawals == null) {
				return Set.of();
			}
			Map<String, ItemWithdrawal> byItem = this.withdrawals.get(field);
			ItemWithdrawal withdrawal = (byItem != null) ? byItem.get(itemId(item)) : null;
			ItemWithdrawal exact = (byItem != null) ? byItem.get(exactId(item)) : null;
			Set<String> by = (withdrawal == null) ? Set.of() : withdrawal.always() ? withdrawal.articleIds()
					: correctedAmong(stated.articleIds, withdrawal.articleIds());
			return (!by.isEmpty() || exact == null) ? by : correctedAmong(stated.articleIds, exact.articleIds());
		}

		/**
		 * The items of list {@code field} that corrections withdraw, by item, each with
		 * the articles that withdraw it; empty when none is.
		 */
		Map<String, Set<String>> withdrawnItems(String field) {
			CompactMap<Object, Stated> items = this.lists.get(field);
			if (this.withdrawals == null || items == null || !this.withdrawals.containsKey(field)) {
				return Map.of();
			}
			Map<String, Set<String>> withdrawn = new LinkedHashMap<>();
			items.forEach((item, stated) -> {
				Set<String> by = withdrawnBy(field, item, stated);
				if (!by.isEmpty()) {
					withdrawn.put(item.toString(), by);
				}
			});
			return withdrawn;
		}

		private static Set<String> union(Set<String> a, Set<String> b) {
			Set<String> union = new LinkedHashSet<>(a);
			union.addAll(b);
			return union;
		}

		/** A value this article states for {@code field}; null states nothing. */
		void value(String field, @Nullable Object value, String articleId, String file) {
			if (value != null) {
				this.values.computeIfAbsent(field, (k) -> new CompactMap<>())
					.computeIfAbsent(value, (k) -> new Stated(file)).articleIds.add(articleId);
			}
		}

		/**
		 * Each value stated for {@code field}, with the articles that state it, in the
		 * order reported; empty when none is.
		 */
		Map<Object, Set<String>> valueSources(String field) {
			CompactMap<Object, Stated> stated = this.values.get(field);
			Map<Object, Set<String>> sources = new LinkedHashMap<>();
			if (stated != null) {
				stated.forEach((value, s) -> sources.put(value, s.articleIds));
			}
			return sources;
		}

		/**
		 * The value that another file states for {@code field} and that differs from
		 * {@code value}.
		 */
		Map.@Nullable Entry<Object, Stated> other(String field, @Nullable Object value) {
			CompactMap<Object, Stated> stated = this.values.get(field);
			if (value == null || stated == null) {
				return null;
			}
			for (Map.Entry<Object, Stated> entry : stated.entrySet()) {
				if (!entry.getKey().equals(value)) {
					return entry;
				}
			}
			return null;
		}

		/**
		 * The value served for {@code field}: the first one reported that is as precise
		 * as any value agreeing with it (a day rather than the month that holds it, a
		 * week rather than the month it runs into). A date no source gives, such as the
		 * days a week and a month share, is never served.
		 */
		@Nullable Object value(String field) {
			CompactMap<Object, Stated> stated = this.values.get(field);
			if (stated == null) {
				return null;
			}
			Set<Object> standing = standing(field, stated);
			if (!standing.isEmpty()) {
				// one value, or a first that is no date or sum (only a date or a bound
				// is coarser than another): the first stands, with no scan of the others
				// (this is read for each field of each fact, most with one value)
				Object first = standing.iterator().next();
				if (standing.size() == 1 || !(first instanceof ResolvedDate || first instanceof Money)) {
					return first;
				}
			}
			for (Object value : standing) {
				if (standing.stream().noneMatch((other) -> coarser(value, other))) {
					return value;
				}
			}
			if (!standing.isEmpty()) {
				return standing.iterator().next();
			}
			// every value corrected: the first reported, unless it names a withdrawn fact
			Map<Object, Set<String>> withdrawn = withdrawnValues(field);
			return stated.keySet().stream().filter((value) -> !withdrawn.containsKey(value)).findFirst().orElse(null);
		}

		/**
		 * The articles that correct {@code value}: each article that states it is
		 * corrected by an article that states a value disagreeing with it. Empty when
		 * some article stating it is not so corrected: the value stands.
		 */
		private Set<String> correctedBy(String field, Object value, CompactMap<Object, Stated> stated) {
			Set<String> withdrawn = withdrawnValues(field).get(value);
			if (withdrawn != null) {
				// it names a fact withdrawn whole: withdrawn whoever states it
				return withdrawn;
			}
			Stated states = stated.get(value);
			if (this.correctedBy.isEmpty() || states == null) {
				return Set.of();
			}
			Set<String> by = new LinkedHashSet<>();
			for (String article : states.articleIds) {
				Set<String> correcting = this.correctedBy.getOrDefault(article, Set.of());
				Set<String> giving = new LinkedHashSet<>();
				stated.forEach((other, s) -> {
					if (!agree(value, other) || replacesConversion(value, other)) {
						s.articleIds.stream().filter(correcting::contains).forEach(giving::add);
					}
				});
				if (giving.isEmpty()) {
					return Set.of();
				}
				by.addAll(giving);
			}
			return by;
		}

		/**
		 * The values of {@code field} that a later report outgrew: an earlier stage of
		 * what the fact records (a commitment promised, then fulfilled), not a
		 * disagreement. Each stays a claim that competes with none and is not served.
		 */
		void outgrown(String field, Collection<?> values) {
			if (!values.isEmpty()) {
				if (this.outgrown == null) {
					this.outgrown = new LinkedHashMap<>();
				}
				this.outgrown.computeIfAbsent(field, (k) -> new LinkedHashSet<>()).addAll(values);
			}
		}

		private Set<Object> outgrown(String field) {
			return (this.outgrown != null) ? this.outgrown.getOrDefault(field, Set.of()) : Set.of();
		}

		/**
		 * The values stated for a field that no correction withdraws and no later report
		 * outgrew, in the order reported.
		 */
		private Set<Object> standing(String field, CompactMap<Object, Stated> stated) {
			if (this.correctedBy.isEmpty() && this.withdrawnValues == null && this.outgrown == null) {
				// no article of the corpus corrects another (the usual case): every value
				// stands, with no set built for each field of each fact at each read
				return stated.keySet();
			}
			Set<Object> outgrown = outgrown(field);
			Set<Object> standing = new LinkedHashSet<>();
			for (Object value : stated.keySet()) {
				if (!outgrown.contains(value) && correctedBy(field, value, stated).isEmpty()) {
					standing.add(value);
				}
			}
			return standing;
		}

		/**
		 * Whether {@code value} is a date less precise than {@code other} that shares a
		 * day with it: it holds it, or overlaps it.
		 */
		private static boolean coarser(Object value, Object other) {
			return (value instanceof ResolvedDate date && other instanceof ResolvedDate day && date.coarser(day))
					|| (value instanceof Money bound && other instanceof Money sum && bound.coarser(sum));
		}

		/**
		 * Whether two values of a field agree: they are equal, dates that share a day (a
		 * month and a day in it, a week and a month it runs into), or roles worded to
		 * name the same seat ("Minister for Strategic Industries", "Minister of Strategic
		 * Industries"), or sums that may both be true ("more than 50 million euros" and
		 * "62 million euros").
		 */
		private static boolean agree(Object value, Object other) {
			return value.equals(other)
					|| (value instanceof ResolvedDate date && other instanceof ResolvedDate day && date.overlaps(day))
					|| (value instanceof Role role && other instanceof Role same && role.sameSeat(same))
					|| (value instanceof Money sum && other instanceof Money another && sum.overlaps(another));
		}

		/**
		 * Whether {@code value} is a sum the reporter converted and {@code other} another
		 * sum: a conversion agrees with every sum, yet its publisher's correction giving
		 * another one ("about 28 million dollars, not 27 million") withdraws it.
		 */
		private static boolean replacesConversion(Object value, Object other) {
			return value instanceof Money sum && sum.converted() && other instanceof Money another
					&& !sum.equals(another);
		}

		/** Whether another value stated for the field disagrees with {@code value}. */
		private static boolean competes(Object value, Set<Object> stated) {
			return stated.stream().anyMatch((other) -> !agree(value, other));
		}

		/** An item this article states for the list {@code field}. */
		void item(String field, Object item, String articleId, String file) {
			this.lists.computeIfAbsent(field, (k) -> new CompactMap<>())
				.computeIfAbsent(item, (k) -> new Stated(file)).articleIds.add(articleId);
		}

		/**
		 * The articles that state {@code item} of the list {@code field}; empty when none
		 * does.
		 */
		Set<String> itemSources(String field, Object item) {
			CompactMap<Object, Stated> items = this.lists.get(field);
			Stated stated = (items != null) ? items.get(item) : null;
			return (stated != null) ? stated.articleIds : Set.of();
		}

		/**
		 * The fact shows {@code value} in {@code field}, not {@link #value(String)}: its
		 * claim is the one marked served.
		 */
		void shows(String field, @Nullable Object value) {
			if (value != null && !value.equals(value(field))) {
				if (this.shown == null) {
					this.shown = new LinkedHashMap<>();
				}
				this.shown.put(field, value);
			}
		}

		/**
		 * The fact shows these items of the list {@code field} (added to those named
		 * before), and none of its other items: their claims are the ones marked served.
		 */
		void showsItems(String field, Collection<?> items) {
			if (this.shownItems == null) {
				this.shownItems = new LinkedHashMap<>();
			}
			this.shownItems.computeIfAbsent(field, (k) -> new LinkedHashSet<>()).addAll(items);
		}

		/** The value the fact shows in {@code field}. */
		private @Nullable Object shown(String field) {
			Object value = (this.shown != null) ? this.shown.get(field) : null;
			return (value != null) ? value : value(field);
		}

		/**
		 * Whether the fact shows {@code item} of the list {@code field}: every item that
		 * stands, unless the reader chose among them.
		 */
		private boolean showsItem(String field, Object item, Set<String> withdrawnBy) {
			Set<Object> shown = (this.shownItems != null) ? this.shownItems.get(field) : null;
			return (shown != null) ? shown.contains(item) : withdrawnBy.isEmpty();
		}

		/**
		 * Marks items of the list {@code field} as disputed by other sources: competing
		 * claims, which make the fact disputed.
		 */
		void disputedItems(String field, Set<?> items) {
			if (!items.isEmpty()) {
				this.disputedItems.computeIfAbsent(field, (k) -> new LinkedHashSet<>()).addAll(items);
			}
		}

		/** The items of list {@code field} that stand: none a correction withdraws. */
		@SuppressWarnings("unchecked")
		<T> List<T> items(String field) {
			CompactMap<Object, Stated> items = this.lists.get(field);
			if (items == null) {
				return List.of();
			}
			if (this.withdrawals == null || !this.withdrawals.containsKey(field)) {
				return (List<T>) List.copyOf(items.keySet());
			}
			List<Object> standing = new ArrayList<>();
			items.forEach((item, stated) -> {
				if (withdrawnBy(field, item, stated).isEmpty()) {
					standing.add(item);
				}
			});
			return (List<T>) List.copyOf(standing);
		}

		void evidence(List<Evidence> evidence) {
			for (Evidence e : evidence) {
				if (!this.evidence.contains(e)) {
					this.evidence.add(e);
				}
			}
		}

		List<Evidence> evidence() {
			return List.copyOf(this.evidence);
		}

		/** A name under which this article writes the entity. */
		void name(@Nullable String name, String articleId) {
			if (name != null && !name.isBlank()) {
				this.names.computeIfAbsent(name.trim(), (k) -> new CompactSet<>()).add(articleId);
			}
		}

		/** The display name: the first name reported. */
		@Nullable String name() {
			return this.names.firstKey();
		}

		/** Every other name, each with the articles that write it. */
		List<Alias> aliases() {
			List<Alias> aliases = new ArrayList<>();
			this.names.forEach((name, articles) -> {
				if (!name.equals(name())) {
					aliases.add(new Alias(name, List.copyOf(articles)));
				}
			});
			return aliases;
		}

		/** Every name, display name first. */
		List<String> names() {
			return List.copyOf(this.names.keySet());
		}

		boolean competing() {
			return this.values.entrySet().stream().anyMatch((entry) -> {
				Set<Object> standing = standing(entry.getKey(), entry.getValue());
				return standing.stream().anyMatch((value) -> competes(value, standing));
			});
		}

		/**
		 * The provenance record: sources, the competing claims (and, for an entity with
		 * several sources, every list item with its sources; the items marked
		 * {@link #disputedItems} compete), disputes and report date.
		 * @param publishedOn publication date of each article, by node id
		 * @param label how a value is written in a claim
		 */
		Provenance provenance(Map<String, String> publishedOn, java.util.function.Function<Object, String> label) {
			List<Claim> claims = new ArrayList<>();
			this.values.forEach((field, stated) -> {
				if (stated.size() > 1 || !withdrawnValues(field).isEmpty()) {
					// a month beside the day it holds (or the week it shares days
					// with) is a claim of its own, not a competing one; a value its
					// publisher corrected, or one naming a withdrawn fact, competes with
					// none
					Set<Object> standing = standing(field, stated);
					// the value the fact's field shows, marked so that its page and
					// Claim.served say which
					Object served = shown(field);
					Set<Object> outgrown = outgrown(field);
					stated.forEach((value, s) -> {
						Set<String> by = correctedBy(field, value, stated);
						claims.add(new Claim(field, label.apply(value), List.copyOf(s.articleIds),
								by.isEmpty() && !outgrown.contains(value) && competes(value, standing),
								Provenance.orNull(List.copyOf(by)), value.equals(served)));
					});
				}
			});
			// every item of a fact reported by several sources is a claim; an item other
			// sources dispute is a competing one, whatever the number of sources; where a
			// correction withdraws items, every item is a claim, the withdrawn ones
			// naming
			// the corrections
			this.lists.forEach((field, stated) -> {
				Set<Object> disputed = this.disputedItems.getOrDefault(field, Set.of());
				stated.forEach((value, s) -> {
					Set<String> by = withdrawnBy(field, value, s);
					if (this.sourceIds.size() > 1 || this.withdrawals != null || disputed.contains(value)) {
						claims.add(new Claim(field, label.apply(value), List.copyOf(s.articleIds),
								disputed.contains(value), by.isEmpty() ? null : List.copyOf(by),
								showsItem(field, value, by)));
					}
				});
			});
			String reportedOn = this.sourceIds.stream()
				.map(publishedOn::get)
				.filter(Objects::nonNull)
				.min(String::compareTo)
				.orElse(null);
			List<String> evidenceArticles = this.evidence.stream().map(Evidence::articleId).distinct().toList();
			boolean disputed = competing() || !this.contradicts.isEmpty() || !this.disputedItems.isEmpty();
			return new Provenance(
					evidenceArticles.equals(List.copyOf(this.sourceIds)) ? null : List.copyOf(this.sourceIds),
					this.sourceIds.size(), disputed ? Boolean.TRUE : null, Provenance.orNull(claims),
					Provenance.orNull(List.copyOf(this.contradicts)), this.note, reportedOn,
					Provenance.orNull(this.retiredIds));
		}

	}

}
