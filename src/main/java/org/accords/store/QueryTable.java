package org.accords.store;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.DocumentComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The filterable and sortable fields of every document of one collection of one dataset
 * version, in the collection's natural (insertion) order, for the embedded server: a
 * query is answered here with that server's own matcher and comparator
 * ({@link DefaultQueryMatcher}, {@link DocumentComparator}), so that the ids it returns
 * are exactly those the server would, without the server deserializing and sorting the
 * whole collection. Only queries whose every field the table covers are answered.
 */
final class QueryTable {

	/** Marks a field a document leaves out (as opposed to one it sets to null). */
	static final Object ABSENT = new Object() {

		@Override
		public String toString() {
			return "ABSENT";
		}

	};

	/**
	 * Marks a gathered field ({@code evidence.articleId}) whose values one document holds
	 * in a form the column cannot (a reference that is not a text, or too long, or too
	 * many of them): that document alone is matched on itself, read from the server by
	 * its id ({@link #matches(Document, Set, BitSet)}), and the column still answers for
	 * every other document.
	 */
	static final Object UNGATHERED = new Object() {

		@Override
		public String toString() {
			return "UNGATHERED";
		}

	};

	private final String[] fields;

	private final Map<String, Integer> columns;

	/** Paths stored flattened below them ({@code provenance}): never covered whole. */
	private final Set<String> parents;

	/** Paths some document holds in a form the table does not keep. */
	private final Set<String> uncovered;

	/** Lists whose documents' texts are gathered. */
	private final Set<String> lists;

	private final Object[][] rows;

	private final int idColumn;

	/** Row numbers sorted by each order asked so far (order as JSON). */
	private final Cache<String, int[]> orders = Caffeine.newBuilder().maximumSize(32).build();

	QueryTable(List<String> fields, Set<String> parents, Set<String> uncovered, Object[][] rows) {
		this(fields, parents, uncovered, Set.of(), rows);
	}

	/**
	 * @param lists fields holding lists in every document that holds them, whose
	 * documents' texts are gathered into columns (see {@link #gathers})
	 */
	QueryTable(List<String> fields, Set<String> parents, Set<String> uncovered, Set<String> lists, Object[][] rows) {
		this.lists = Set.copyOf(lists);
		this.fields = fields.toArray(String[]::new);
		this.columns = new java.util.HashMap<>();
		for (int i = 0; i < this.fields.length; i++) {
			this.columns.put(this.fields[i], i);
		}
		this.parents = Set.copyOf(parents);
		this.uncovered = Set.copyOf(uncovered);
		this.rows = rows;
		Integer id = this.columns.get("_id");
		if (id == null && rows.length > 0) {
			throw new IllegalArgumentException("a query table needs the _id of every row");
		}
		this.idColumn = (id != null) ? id : -1;
	}

	int size() {
		return this.rows.length;
	}

	List<String> fields() {
		return List.of(this.fields);
	}

	Set<String> parents() {
		return this.parents;
	}

	Set<String> uncovered() {
		return this.uncovered;
	}

	Object[][] rows() {
		return this.rows;
	}

	/** Every row's id, in natural order. */
	List<String> ids() {
		List<String> ids = new ArrayList<>(this.rows.length);
		for (Object[] row : this.rows) {
			ids.add((String) row[this.idColumn]);
		}
		return ids;
	}

	/**
	 * Whether the value of {@code path} is known here for every document: stored, or left
	 * out by all of them (a field no document holds). A path below a stored value, or a
	 * whole flattened parent, is not.
	 */
	boolean covers(String path) {
		if (this.parents.contains(path)) {
			return false;
		}
		String prefix = path;
		while (true) {
			if (this.uncovered.contains(prefix)) {
				return false;
			}
			int dot = prefix.lastIndexOf('.');
			if (dot < 0) {
				return true;
			}
			prefix = prefix.substring(0, dot);
			if (this.columns.containsKey(prefix)) {
				return false;
			}
		}
	}

	/**
	 * Whether {@code path} is a field gathered from a list's documents (the texts of
	 * {@code evidence.articleId}): a list of each document's texts, which answers a
	 * condition of equality to a text as the documents would, and no other.
	 */
	boolean gathers(String path) {
		int dot = path.indexOf('.');
		if (dot < 0 || !this.lists.contains(path.substring(0, dot)) || this.parents.contains(path.substring(0, dot))) {
			return false;
		}
		// a text field no document of the list holds (no column) matches no text
		for (String prefix = path; prefix.indexOf('.') > 0; prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
			if (this.uncovered.contains(prefix)) {
				return false;
			}
		}
		return true;
	}

	Set<String> lists() {
		return this.lists;
	}

	boolean coversAll(Collection<String> paths) {
		for (String path : paths) {
			if (!covers(path)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The rows {@code query} matches, as the server's matcher decides.
	 * @throws IllegalStateException when a row's value of a gathered field the query
	 * reads is {@link #UNGATHERED} (those are matched on their documents:
	 * {@link #matches(Document, Set, BitSet)})
	 */
	BitSet matches(Document query, Set<String> paths) {
		BitSet marked = new BitSet();
		BitSet matched = matches(query, paths, marked);
		if (!marked.isEmpty()) {
			throw new IllegalStateException(marked.cardinality() + " rows hold gathered fields of " + paths
					+ " the table could not gather: match them on their documents");
		}
		return matched;
	}

	/**
	 * The rows {@code query} matches, as the server's matcher decides, except the rows
	 * whose value of a gathered field the query reads is {@link #UNGATHERED}: those are
	 * set in {@code marked} instead, for {@link #matchDocuments} to match on their stored
	 * documents.
	 */
	BitSet matches(Document query, Set<String> paths, BitSet marked) {
		BitSet matched = new BitSet(this.rows.length);
		if (query.isEmpty()) {
			matched.set(0, this.rows.length);
			return matched;
		}
		int[] columns = columns(paths);
		// only gathered columns hold the mark; most queries read none
		int[] gathered = columns(paths.stream().filter(this::gathers).collect(java.util.stream.Collectors.toSet()));
		DefaultQueryMatcher matcher = new DefaultQueryMatcher();
		// a list of ids (a text filter's matches from the search index: tens of
		// thousands) is looked up in a set, not compared with every row one by one; the
		// whole query is still checked by the server's matcher on the rows it admits
		Set<?> ids = idsIn(query);
		Document rest = (ids != null) ? withoutIds(query) : query;
		// plain comparisons are decided here for the rows whose values tell for sure;
		// every other row is asked of the server's matcher
		Condition fast = rest.isEmpty() ? null : condition(rest);
		for (int row = 0; row < this.rows.length; row++) {
			if (ids != null && !ids.contains(this.rows[row][this.idColumn])) {
				continue;
			}
			if (gathered.length > 0 && ungathered(this.rows[row], gathered)) {
				marked.set(row);
				continue;
			}
			int decided = (fast != null) ? fast.test(this.rows[row]) : UNKNOWN;
			if (rest.isEmpty() || decided == MATCH
					|| (decided == UNKNOWN && matcher.matches(document(row, columns), rest))) {
				matched.set(row);
			}
		}
		return matched;
	}

	private static boolean ungathered(Object[] row, int[] columns) {
		for (int column : columns) {
			if (column < row.length && row[column] == UNGATHERED) {
				return true;
			}
		}
		return false;
	}

	/** The ids of the given rows, in natural order. */
	List<String> ids(BitSet rows) {
		List<String> ids = new ArrayList<>(rows.cardinality());
		for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
			ids.add((String) this.rows[row][this.idColumn]);
		}
		return ids;
	}

	/**
	 * Sets in {@code matched} the rows of {@code marked} whose stored documents (by id,
	 * as the server's own type, holding at least the fields the query reads) the server's
	 * matcher matches with {@code query}: what the server answers for them. False, and
	 * nothing set, when a marked row's document is not among them.
	 */
	boolean matchDocuments(BitSet matched, BitSet marked, Document query, Map<String, Document> documents) {
		DefaultQueryMatcher matcher = new DefaultQueryMatcher();
		BitSet found = new BitSet(this.rows.length);
		for (int row = marked.nextSetBit(0); row >= 0; row = marked.nextSetBit(row + 1)) {
			Document document = documents.get((String) this.rows[row][this.idColumn]);
			if (document == null) {
				return false;
			}
			if (matcher.matches(document, query)) {
				found.set(row);
			}
		}
		matched.or(found);
		return true;
	}

	/** The rows {@code query} matches, every row asked of the server's matcher. */
	BitSet matchesByServer(Document query, Set<String> paths) {
		BitSet matched = new BitSet(this.rows.length);
		int[] columns = columns(paths);
		DefaultQueryMatcher matcher = new DefaultQueryMatcher();
		for (int row = 0; row < this.rows.length; row++) {
			if (matcher.matches(document(row, columns), query)) {
				matched.set(row);
			}
		}
		return matched;
	}

	private static final int MATCH = 1;

	private static final int NO_MATCH = 0;

	private static final int UNKNOWN = -1;

	/**
	 * A condition on a row: {@link #MATCH} or {@link #NO_MATCH} where the row's values
	 * decide it beyond doubt, else {@link #UNKNOWN} (the server's matcher decides).
	 */
	@FunctionalInterface
	private interface Condition {

		int test(Object[] row);

	}

	/**
	 * The query as a condition decided here where it can be: fields compared with
	 * {@code $eq}, {@code $ne}, {@code $gt}, {@code $gte}, {@code $lt}, {@code $lte} to a
	 * string, boolean or int, combined with {@code $and}; null for anything else.
	 */
	private @Nullable Condition condition(Document query) {
		List<Condition> all = new ArrayList<>();
		for (Map.Entry<String, Object> entry : query.entrySet()) {
			String key = entry.getKey();
			Object value = entry.getValue();
			if (key.equals("$and") && value instanceof List<?> parts) {
				for (Object part : parts) {
					Condition condition = (part instanceof Document document) ? condition(document) : null;
					if (condition == null) {
						return null;
					}
					all.add(condition);
				}
			}
			else if (key.startsWith("$")) {
				return null;
			}
			else if (value instanceof Document operators) {
				for (Map.Entry<String, Object> operator : operators.entrySet()) {
					Condition condition = comparison(key, operator.getKey(), operator.getValue());
					if (condition == null) {
						return null;
					}
					all.add(condition);
				}
			}
			else {
				Condition condition = comparison(key, "$eq", value);
				if (condition == null) {
					return null;
				}
				all.add(condition);
			}
		}
		Condition[] conditions = all.toArray(Condition[]::new);
		return (row) -> {
			int result = MATCH;
			for (Condition condition : conditions) {
				int one = condition.test(row);
				if (one == NO_MATCH) {
					return NO_MATCH;
				}
				if (one == UNKNOWN) {
					result = UNKNOWN;
				}
			}
			return result;
		};
	}

	/**
	 * One field is one of the strings: decided for a missing field, a string and a list
	 * of strings and other scalars (only strings equal strings); otherwise unknown.
	 */
	private Condition in(String path, Set<?> options) {
		Integer column = this.columns.get(path);
		return (row) -> {
			Object value = (column != null && column < row.length) ? row[column] : ABSENT;
			if (value == ABSENT) {
				return NO_MATCH;
			}
			if (value instanceof String text) {
				return options.contains(text) ? MATCH : NO_MATCH;
			}
			if (value instanceof List<?> items) {
				for (Object item : items) {
					if (item instanceof String text && options.contains(text)) {
						return MATCH;
					}
				}
				return NO_MATCH;
			}
			return UNKNOWN;
		};
	}

	/**
	 * One field compared to a value: decided for a missing field, for a value of the
	 * operand's own class, and (equality) for a list holding the operand; otherwise
	 * unknown. Null for operators and operands not handled here.
	 */
	private @Nullable Condition comparison(String path, String operator, @Nullable Object operand) {
		if (operator.equals("$in") && operand instanceof java.util.Collection<?> options
				&& options.stream().allMatch(String.class::isInstance)) {
			return in(path, set(options));
		}
		if (!(operand instanceof String || operand instanceof Boolean || operand instanceof Integer)
				|| !Set.of("$eq", "$ne", "$gt", "$gte", "$lt", "$lte").contains(operator)) {
			return null;
		}
		Integer column = this.columns.get(path);
		Class<?> type = operand.getClass();
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Comparable<Object> bound = (Comparable) operand;
		return (row) -> {
			Object value = (column != null && column < row.length) ? row[column] : ABSENT;
			if (value == ABSENT) {
				// a missing field equals and compares with no value but null
				return operator.equals("$ne") ? MATCH : NO_MATCH;
			}
			if (value != null && value.getClass() == type) {
				int cmp = bound.compareTo(value);
				boolean holds = switch (operator) {
					case "$eq" -> cmp == 0;
					case "$ne" -> cmp != 0;
					case "$gt" -> cmp < 0;
					case "$gte" -> cmp <= 0;
					case "$lt" -> cmp > 0;
					default -> cmp >= 0;
				};
				return holds ? MATCH : NO_MATCH;
			}
			if (value instanceof List<?> items && operator.equals("$eq") && !(operand instanceof Integer)) {
				// a list equals a scalar when an item does; strings and booleans equal
				// only their own kind
				for (Object item : items) {
					if (operand.equals(item)) {
						return MATCH;
					}
				}
				return NO_MATCH;
			}
			return UNKNOWN;
		};
	}

	/** The query without the id list {@link #idsIn} found. */
	private static Document withoutIds(Document query) {
		boolean topLevel = isIdList(query.get("_id"));
		Document rest = new Document();
		for (Map.Entry<String, Object> entry : query.entrySet()) {
			if (entry.getKey().equals("_id") && isIdList(entry.getValue())) {
				continue;
			}
			if (!topLevel && entry.getKey().equals("$and") && entry.getValue() instanceof List<?> parts) {
				List<Object> kept = new ArrayList<>();
				boolean removed = false;
				for (Object part : parts) {
					if (!removed && part instanceof Document document && document.size() == 1
							&& isIdList(document.get("_id"))) {
						removed = true;
						continue;
					}
					kept.add(part);
				}
				if (!kept.isEmpty()) {
					rest.put("$and", kept);
				}
				continue;
			}
			rest.put(entry.getKey(), entry.getValue());
		}
		return rest;
	}

	private static boolean isIdList(@Nullable Object condition) {
		return condition instanceof Document document && document.size() == 1
				&& document.get("$in") instanceof java.util.Collection<?>;
	}

	/**
	 * The ids a query requires ({@code _id: {$in: [...]}} at its top or in its top
	 * {@code $and}), as a set; null when it requires none.
	 */
	private static @Nullable Set<?> idsIn(Document query) {
		List<Object> clauses = new ArrayList<>();
		clauses.add(query);
		if (query.get("$and") instanceof List<?> parts) {
			clauses.addAll(parts);
		}
		// the first id list withoutIds removes: the top-level one, else one alone in an
		// $and clause
		if (isIdList(query.get("_id"))) {
			return set((java.util.Collection<?>) java.util.Objects
				.requireNonNull(((Document) java.util.Objects.requireNonNull(query.get("_id"))).get("$in")));
		}
		for (Object clause : clauses.subList(1, clauses.size())) {
			if (clause instanceof Document document && document.size() == 1 && isIdList(document.get("_id"))) {
				return set((java.util.Collection<?>) java.util.Objects
					.requireNonNull(((Document) java.util.Objects.requireNonNull(document.get("_id"))).get("$in")));
			}
		}
		return null;
	}

	/** The ids as a set: an {@link IdList}'s own, made once. */
	private static Set<?> set(java.util.Collection<?> ids) {
		return (ids instanceof IdList list) ? list.set() : new java.util.HashSet<>(ids);
	}

	/**
	 * Ids of the matched rows in {@code orderBy} order (natural order when empty), from
	 * {@code skip}, at most {@code limit} of them (0: all).
	 */
	List<String> ids(BitSet matched, Document orderBy, Set<String> sortPaths, long skip, int limit) {
		int[] order = order(orderBy, sortPaths);
		List<String> ids = new ArrayList<>();
		long seen = 0;
		for (int i = 0; i < this.rows.length; i++) {
			int row = (order != null) ? order[i] : i;
			if (!matched.get(row)) {
				continue;
			}
			if (seen++ < skip) {
				continue;
			}
			ids.add((String) this.rows[row][this.idColumn]);
			if (limit > 0 && ids.size() == limit) {
				break;
			}
		}
		return ids;
	}

	/**
	 * The values of {@code paths} of the matched rows, in {@code orderBy} order (natural
	 * order when empty), at most {@code limit} of them: each row as the document a query
	 * projecting those paths would return (missing values left out, flattened paths
	 * nested again).
	 */
	List<org.bson.Document> documents(BitSet matched, Document orderBy, List<String> paths, int limit) {
		int[] columns = columns(new LinkedHashSet<>(paths));
		int[] order = order(orderBy, orderBy.keySet());
		List<org.bson.Document> documents = new ArrayList<>();
		for (int i = 0; i < this.rows.length && documents.size() < limit; i++) {
			int row = (order != null) ? order[i] : i;
			if (!matched.get(row)) {
				continue;
			}
			org.bson.Document document = nested(row, columns, org.bson.Document::new);
			document.replaceAll((key, value) -> driverValue(value));
			documents.add(document);
		}
		return documents;
	}

	/**
	 * A stored value as the driver reads it: the documents of a list (held as the
	 * server's type for its matcher) as the driver's; flattened parents' values as they
	 * are (scalars).
	 */
	private static @Nullable Object driverValue(@Nullable Object value) {
		if (value instanceof List<?> items && items.stream().anyMatch(Document.class::isInstance)) {
			return items.stream()
				.map((item) -> (item instanceof Document document) ? new org.bson.Document(document) : item)
				.toList();
		}
		return value;
	}

	/**
	 * Every row sorted as the server sorts a result: a stable sort with its comparator,
	 * so rows that compare equal keep their natural order; null for natural order.
	 */
	private int @Nullable [] order(Document orderBy, Set<String> paths) {
		if (orderBy.isEmpty()) {
			return null;
		}
		return this.orders.get(orderBy.toString(), (key) -> sort(orderBy));
	}

	/**
	 * The server's comparator compares key by key, each key by its values alone: so each
	 * key's distinct values are ranked once with it, the ranks of all keys are combined
	 * into one rank per row, and rows are then sorted by that rank and their natural
	 * position (a stable sort, as the server's), on primitive arrays.
	 */
	private int[] sort(Document orderBy) {
		List<String> keys = new ArrayList<>(orderBy.keySet());
		int[] combined = new int[this.rows.length];
		for (int k = 0; k < keys.size(); k++) {
			int[] rank = ranks(keys.get(k), java.util.Objects.requireNonNull(orderBy.get(keys.get(k))));
			combined = (k == 0) ? rank : combine(combined, rank);
		}
		long[] keyed = new long[this.rows.length];
		for (int row = 0; row < keyed.length; row++) {
			keyed[row] = ((long) combined[row] << 32) | row;
		}
		java.util.Arrays.sort(keyed);
		int[] sorted = new int[keyed.length];
		for (int i = 0; i < keyed.length; i++) {
			sorted[i] = (int) keyed[i];
		}
		return sorted;
	}

	/**
	 * One rank per row for two keys compared one after the other: dense ranks (0, 1, ...)
	 * of the pairs (first rank, second rank).
	 */
	private static int[] combine(int[] first, int[] second) {
		long width = 0;
		for (int rank : second) {
			width = Math.max(width, rank + 1L);
		}
		long[] pairs = new long[first.length];
		for (int row = 0; row < pairs.length; row++) {
			pairs[row] = first[row] * width + second[row];
		}
		long[] distinct = java.util.Arrays.stream(pairs).sorted().distinct().toArray();
		int[] ranks = new int[pairs.length];
		for (int row = 0; row < pairs.length; row++) {
			ranks[row] = java.util.Arrays.binarySearch(distinct, pairs[row]);
		}
		return ranks;
	}

	/** Each row's rank under the server's comparator for one sort key. */
	private int[] ranks(String path, Object direction) {
		Integer column = this.columns.get(path);
		Map<Object, Integer> distinct = new java.util.HashMap<>();
		List<Object> values = new ArrayList<>();
		int[] valueOfRow = new int[this.rows.length];
		boolean strings = true;
		for (int row = 0; row < this.rows.length; row++) {
			Object[] cells = this.rows[row];
			Object value = (column != null && column < cells.length) ? cells[column] : ABSENT;
			strings &= value instanceof String;
			valueOfRow[row] = distinct.computeIfAbsent(new Value(value), (k) -> {
				values.add(value);
				return values.size() - 1;
			});
		}
		java.util.Comparator<Integer> comparator = (strings && direction instanceof Integer sign && Math.abs(sign) == 1)
				? strings(values, sign) : server(values, path, direction);
		Integer[] order = new Integer[values.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, comparator);
		int[] rankOfValue = new int[values.size()];
		int rank = 0;
		for (int i = 0; i < order.length; i++) {
			if (i > 0 && comparator.compare(order[i - 1], order[i]) != 0) {
				rank++;
			}
			rankOfValue[order[i]] = rank;
		}
		int[] ranks = new int[this.rows.length];
		for (int row = 0; row < ranks.length; row++) {
			ranks[row] = rankOfValue[valueOfRow[row]];
		}
		return ranks;
	}

	/**
	 * Distinct values (by index) compared as the server's comparator compares them, in a
	 * document holding the value at {@code path} (none for a missing value).
	 */
	private static java.util.Comparator<Integer> server(List<Object> values, String path, Object direction) {
		Document[] documents = new Document[values.size()];
		for (int i = 0; i < documents.length; i++) {
			documents[i] = new Document();
			if (values.get(i) != ABSENT) {
				put(documents[i], path, values.get(i));
			}
		}
		DocumentComparator comparator = new DocumentComparator(new Document(path, direction));
		return (a, b) -> comparator.compare(documents[a], documents[b]);
	}

	/**
	 * Distinct values (by index) that are all strings, compared as the server compares
	 * strings ({@link String#compareTo}), reversed for a descending key: the same order
	 * without a document per value.
	 */
	private static java.util.Comparator<Integer> strings(List<Object> values, int sign) {
		String[] texts = values.toArray(String[]::new);
		return (a, b) -> sign * texts[a].compareTo(texts[b]);
	}

	/**
	 * A stored value as a map key: equal when equal and of the same class (1 and 1.0 stay
	 * apart; the comparator gives them one rank if it finds them equal).
	 */
	private record Value(@Nullable Object value) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Value that && java.util.Objects.equals(this.value, that.value)
					&& (this.value == null || (that.value != null && this.value.getClass() == that.value.getClass()));
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hashCode(this.value);
		}

	}

	private static void put(Document document, String path, @Nullable Object value) {
		int dot = path.indexOf('.');
		if (dot < 0) {
			document.put(path, value);
		}
		else {
			Document parent = (Document) document.computeIfAbsent(path.substring(0, dot), (k) -> new Document());
			parent.put(path.substring(dot + 1), value);
		}
	}

	private int[] columns(Set<String> paths) {
		Set<Integer> columns = new LinkedHashSet<>();
		for (String path : paths) {
			Integer column = this.columns.get(path);
			if (column != null) {
				columns.add(column);
			}
		}
		return columns.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * The row as a document holding the given columns, flattened paths nested again as
	 * the stored document nests them.
	 */
	private Document document(int row, int[] columns) {
		return nested(row, columns, Document::new);
	}

	/**
	 * The row's values of the given columns in a new document of either document type
	 * (the server's, or the driver's), flattened paths nested again.
	 */
	@SuppressWarnings("unchecked")
	private <M extends Map<String, Object>> M nested(int row, int[] columns, java.util.function.Supplier<M> empty) {
		M document = empty.get();
		Object[] values = this.rows[row];
		for (int column : columns) {
			Object value = (column < values.length) ? values[column] : ABSENT;
			if (value == ABSENT) {
				continue;
			}
			// a flattened parent's field one level down, a gathered field (posts'
			// evidence.articleId) maybe more
			M parent = document;
			String path = this.fields[column];
			int dot;
			while ((dot = path.indexOf('.')) >= 0) {
				parent = (M) parent.computeIfAbsent(path.substring(0, dot), (k) -> empty.get());
				path = path.substring(dot + 1);
			}
			parent.put(path, value);
		}
		return document;
	}

}
