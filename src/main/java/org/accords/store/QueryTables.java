package org.accords.store;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The embedded server's answer to "it ignores indexes": for each collection of a dataset
 * version, a {@link QueryTable} of the fields filters and orders use, computed when the
 * version is published (from the documents being written, so no second read) and stored
 * with the version in {@code querytables_<version>}. A page is then resolved to ids here
 * (with the server's own matcher and comparator) and fetched by {@code _id}, which the
 * server answers from its unique index, instead of the server reading, decoding and
 * sorting every document of the collection. Queries the tables cannot answer exactly (a
 * field they do not cover, an operator they do not know) go to the server as before. Only
 * the embedded store has this bean; on MongoDB the indexes do this work.
 */
public final class QueryTables {

	private static final Log logger = LogFactory.getLog(QueryTables.class);

	/** Base name of the versioned collection the tables are stored in. */
	public static final String COLLECTION = "querytables";

	/** Rows per stored document. */
	static final int CHUNK = 2000;

	/**
	 * Longer strings are left out: ids, dates, codes and names fit; prose does not (it is
	 * searched through the search index), and would cost memory for every row.
	 */
	static final int LONGEST_TEXT = 64;

	/** Longer lists are left out. */
	static final int LONGEST_LIST = 64;

	/**
	 * At most this many documents whose gathered references the table could not hold are
	 * read and matched one by one for a query; past it the server answers the whole query
	 * (reading a few thousand documents by id costs less than the server's reading of a
	 * whole collection, but not much less).
	 */
	static final int MOST_UNGATHERED = 2000;

	/**
	 * Operators whose operands the table holds as the server would ({@code $elemMatch} on
	 * a list of scalars, or of the flat documents a table keeps).
	 */
	private static final Set<String> OPERATORS = Set.of("$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin",
			"$all", "$exists", "$not", "$size", "$elemMatch");

	private final MongoTemplate mongo;

	private final QueryMapper mapper;

	/**
	 * The tables of the version served, pinned, and of one older version; an older
	 * version's are read at most once per 10 seconds ({@link VersionSlots}).
	 */
	private final VersionSlots<Map<String, QueryTable>> versions;

	/**
	 * Matched rows by version, collection and mapped query, of the queries on fields the
	 * tables hold: the filters and orders of pages, a few of them asked often.
	 */
	private final Cache<List<String>, BitSet> matches = Caffeine.newBuilder().maximumSize(256).recordStats().build();

	/**
	 * The same for queries on a gathered reference ({@code evidence.articleId}: the facts
	 * citing one article, for its view and its source page): one per article, each asked
	 * rarely, thousands of them; kept apart, and few, so that they do not push the
	 * matches of pages asked often out of {@link #matches}.
	 */
	private final Cache<List<String>, BitSet> referenceMatches = Caffeine.newBuilder()
		.maximumSize(32)
		.recordStats()
		.build();

	/**
	 * Whether pages are answered from the tables; when not, they are still stored at
	 * publishing (to compare both paths on one data file).
	 */
	private final boolean used;

	private final java.util.function.Supplier<@Nullable String> current;

	/** Pages being resolved from the tables now, waiting for their read included. */
	private final java.util.concurrent.atomic.AtomicInteger resolving = new java.util.concurrent.atomic.AtomicInteger();

	public QueryTables(MongoTemplate mongo, boolean used) {
		this(mongo, used, () -> null);
	}

	/**
	 * @param current the version served now, whose tables stay held
	 */
	public QueryTables(MongoTemplate mongo, boolean used, java.util.function.Supplier<@Nullable String> current) {
		this.mongo = mongo;
		this.used = used;
		this.current = current;
		this.mapper = new QueryMapper(mongo.getConverter());
		this.versions = new VersionSlots<>("the query tables", current, java.time.Duration.ofSeconds(10));
	}

	/**
	 * Returns once the tables of {@code version} are held: read here, or by the read in
	 * progress. A newly served version's warm-up ({@code search/VersionWarmUp}) calls it
	 * before it reads the search index, so that on one core a start reads what every page
	 * needs before what only searches need. A read that fails is left to the first page
	 * to retry.
	 */
	public void awaitHeld(String version) {
		if (!this.used) {
			return;
		}
		try {
			this.versions.get(version, this::read);
		}
		catch (RuntimeException ex) {
			// the first page reads them, or reports why it cannot
		}
	}

	/**
	 * Reads the tables of {@code version} before it is served
	 * ({@code dataset/DatasetState} switches to a new version only once they are held):
	 * at 100k statements their read takes seconds of a core, which every page of the
	 * version would otherwise wait for, long enough under load to time out. A read that
	 * fails is logged, and the version's pages are sorted by the embedded server.
	 */
	public void prepare(String version) {
		if (this.used) {
			this.versions.prepare(version, this::read);
		}
	}

	/**
	 * Stores the tables of {@code version} collected while it was published, and holds
	 * them as a read would return them, so that the version this instance publishes is
	 * served without reading them back (seconds at 100k statements).
	 */
	public void save(Builder built, String version) {
		Map<String, QueryTable> written = built.save(this.mongo, version);
		if (this.used) {
			this.versions.prepare(version, (v) -> written);
		}
	}

	/**
	 * Whether a page is being resolved from the tables now (or waits for their read): a
	 * newly served version's warm-up lets such pages finish before it reads the search
	 * index, which would otherwise share the core with a start's first page.
	 */
	public boolean resolving() {
		return this.resolving.get() > 0;
	}

	/**
	 * Runs {@code resolve} counted among the pages being resolved ({@link #resolving()}).
	 */
	private <T> @Nullable T resolving(java.util.function.Supplier<@Nullable T> resolve) {
		this.resolving.incrementAndGet();
		try {
			return resolve.get();
		}
		finally {
			this.resolving.decrementAndGet();
		}
	}

	/** Whether the tables of {@code version} are held in memory. */
	public boolean holds(String version) {
		return this.versions.holds(version);
	}

	/**
	 * The ids of a page of {@code find(criteria, sort, skip, limit)} on the collection,
	 * exactly as the server would list them; null when the tables cannot tell (then ask
	 * the server).
	 */
	@Nullable List<String> ids(String version, String collection, Class<?> type, Criteria criteria, Sort sort, long skip,
			int limit) {
		return resolving(() -> resolveIds(version, collection, type, criteria, sort, skip, limit));
	}

	private @Nullable List<String> resolveIds(String version, String collection, Class<?> type, Criteria criteria,
			Sort sort, long skip, int limit) {
		QueryTable table = table(version, collection);
		if (table == null) {
			return null;
		}
		MongoPersistentEntity<?> entity = entity(type);
		Plan plan = plan(table, mapped(Query.query(criteria).getQueryObject(), entity));
		de.bwaldvogel.mongo.bson.Document orderBy = orderBy(table, sort, entity);
		if (plan == null || orderBy == null) {
			return null;
		}
		BitSet matched = matches(version, collection, table, plan);
		return (matched != null) ? table.ids(matched, orderBy, orderBy.keySet(), skip, limit) : null;
	}

	/**
	 * {@code sort} as the server's own order document (empty when unsorted); null when
	 * the table does not hold every key or a key is not a plain direction.
	 */
	private de.bwaldvogel.mongo.bson.@Nullable Document orderBy(QueryTable table, Sort sort,
			@Nullable MongoPersistentEntity<?> entity) {
		Document mappedSort = this.mapper.getMappedSort(new Query().with(sort).getSortObject(), entity);
		de.bwaldvogel.mongo.bson.Document orderBy = new de.bwaldvogel.mongo.bson.Document();
		for (Map.Entry<String, Object> entry : mappedSort.entrySet()) {
			if (entry.getKey().startsWith("$") || !(entry.getValue() instanceof Integer direction)
					|| Math.abs(direction) != 1 || !table.covers(entry.getKey())) {
				return null;
			}
			orderBy.put(entry.getKey(), direction);
		}
		return orderBy;
	}

	/**
	 * Every id of the collection in natural order, as a query without a sort lists them;
	 * null when the tables cannot tell.
	 */
	@Nullable List<String> ids(String version, String collection) {
		QueryTable table = table(version, collection);
		return (table != null) ? table.ids() : null;
	}

	/**
	 * {@link #ids(String, String)} for an instance's own work in the background: reads
	 * the tables of the version served only ({@link VersionSlots#getIfServed}), never an
	 * older version's, which would spend the one older version's load per 10 s that
	 * clients' requests are allowed.
	 * @throws CancellationException when {@code version} is no longer the one served
	 */
	@Nullable List<String> idsIfServed(String version, String collection) {
		if (!this.used) {
			return null;
		}
		Map<String, QueryTable> tables = this.versions.getIfServed(version, this::read);
		if (tables == null) {
			throw new CancellationException("Dataset version " + version + " is no longer the one served");
		}
		QueryTable table = tables.get(collection);
		return (table != null) ? table.ids() : null;
	}

	/**
	 * The values of {@code paths} of the documents matching {@code criteria}, in
	 * {@code sort} order (natural order when unsorted), at most {@code limit}, as a query
	 * projecting those paths would return them; null when the tables cannot tell (a path,
	 * sort key or condition they do not hold).
	 */
	@Nullable List<Document> fields(String version, String collection, Class<?> type, Criteria criteria, Sort sort,
			List<String> paths, int limit) {
		return resolving(() -> resolveFields(version, collection, type, criteria, sort, paths, limit));
	}

	private @Nullable List<Document> resolveFields(String version, String collection, Class<?> type, Criteria criteria,
			Sort sort, List<String> paths, int limit) {
		QueryTable table = table(version, collection);
		if (table == null || !table.coversAll(paths)) {
			return null;
		}
		MongoPersistentEntity<?> entity = entity(type);
		Plan plan = plan(table, mapped(Query.query(criteria).getQueryObject(), entity));
		de.bwaldvogel.mongo.bson.Document orderBy = orderBy(table, sort, entity);
		BitSet matched = (plan != null && orderBy != null) ? matches(version, collection, table, plan) : null;
		return (matched != null) ? table.documents(matched, Objects.requireNonNull(orderBy), paths, limit) : null;
	}

	/**
	 * How many documents of the collection match, as the server would count them; null
	 * when the tables cannot tell.
	 */
	@Nullable Long count(String version, String collection, Criteria criteria) {
		return resolving(() -> resolveCount(version, collection, criteria));
	}

	private @Nullable Long resolveCount(String version, String collection, Criteria criteria) {
		QueryTable table = table(version, collection);
		if (table == null) {
			return null;
		}
		Plan plan = plan(table, mapped(Query.query(criteria).getQueryObject(), null));
		BitSet matched = (plan != null) ? matches(version, collection, table, plan) : null;
		return (matched != null) ? (long) matched.cardinality() : null;
	}

	/** Hits and misses of the matches of queries on the fields the tables hold. */
	com.github.benmanes.caffeine.cache.stats.CacheStats matchStats() {
		return this.matches.stats();
	}

	/** Hits and misses of the matches of queries on a gathered reference. */
	com.github.benmanes.caffeine.cache.stats.CacheStats referenceMatchStats() {
		return this.referenceMatches.stats();
	}

	/** How many matches of queries on a gathered reference are held. */
	long referenceMatchesHeld() {
		this.referenceMatches.cleanUp();
		return this.referenceMatches.estimatedSize();
	}

	private @Nullable BitSet matches(String version, String collection, QueryTable table, Plan plan) {
		// a text filter's ids are keyed by their name, not written out
		String query = IdList.holdsAny(plan.query()) ? "named " + IdList.shortened(plan.query())
				: plan.query().toString();
		Cache<List<String>, BitSet> cache = table.coversAll(plan.paths()) ? this.matches : this.referenceMatches;
		return cache.get(List.of(version, collection, query), (key) -> resolve(version, collection, table, plan));
	}

	/**
	 * The rows a query matches: from the table, and for the documents whose gathered
	 * references it could not hold ({@link QueryTable#UNGATHERED}), from those documents
	 * read by id and matched with the server's own matcher, so that the answer is the
	 * server's; null (the server answers the whole query) past {@link #MOST_UNGATHERED}
	 * such documents, or when one cannot be read as the server holds it.
	 */
	private @Nullable BitSet resolve(String version, String collection, QueryTable table, Plan plan) {
		BitSet marked = new BitSet();
		BitSet matched = table.matches(plan.query(), plan.paths(), marked);
		if (marked.isEmpty()) {
			return matched;
		}
		if (marked.cardinality() > MOST_UNGATHERED) {
			return null;
		}
		Map<String, de.bwaldvogel.mongo.bson.Document> documents = stored(version, collection, table.ids(marked),
				plan.paths());
		return (documents != null && table.matchDocuments(matched, marked, plan.query(), documents)) ? matched : null;
	}

	/**
	 * The documents of {@code ids} with the top-level fields of {@code paths}, as the
	 * server's own document type by id; null if a value is of a type the conversion does
	 * not know ({@link #serverValue}).
	 */
	private @Nullable Map<String, de.bwaldvogel.mongo.bson.Document> stored(String version, String collection,
			List<String> ids, Set<String> paths) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include("_id");
		for (String path : paths) {
			int dot = path.indexOf('.');
			query.fields().include((dot < 0) ? path : path.substring(0, dot));
		}
		Map<String, de.bwaldvogel.mongo.bson.Document> documents = new HashMap<>();
		for (Document document : this.mongo.find(query, Document.class, VersionedCollections.of(collection, version))) {
			if (!(serverValue(document) instanceof de.bwaldvogel.mongo.bson.Document converted)
					|| !(document.get("_id") instanceof String id)) {
				return null;
			}
			documents.put(id, converted);
		}
		return documents;
	}

	/** Marks where an id list stood while its query is mapped. */
	private static final String PLACEHOLDER = "\0ids ";

	/**
	 * The query as the server receives it: mapped as the template maps it, except that an
	 * {@link IdList} of plain string ids (which mapping leaves as they are) is kept whole
	 * rather than mapped, and copied, id by id.
	 */
	private Document mapped(Document query, @Nullable MongoPersistentEntity<?> entity) {
		List<IdList> lists = new ArrayList<>();
		Object stripped = strip(query, lists);
		if (lists.isEmpty()) {
			return this.mapper.getMappedObject(query, entity);
		}
		int[] restored = { 0 };
		Object mapped = restore(this.mapper.getMappedObject((Document) Objects.requireNonNull(stripped), entity), lists,
				restored);
		// mapping moved a placeholder where it cannot be found: map the ids too
		return (restored[0] == lists.size()) ? (Document) Objects.requireNonNull(mapped)
				: this.mapper.getMappedObject(query, entity);
	}

	private static @Nullable Object strip(@Nullable Object value, List<IdList> lists) {
		if (value instanceof IdList list && list.plain()) {
			lists.add(list);
			return new ArrayList<>(List.of(PLACEHOLDER + (lists.size() - 1)));
		}
		if (value instanceof Document document) {
			Document copy = new Document();
			document.forEach((key, item) -> copy.put(key, strip(item, lists)));
			return copy;
		}
		if (value instanceof List<?> items) {
			List<Object> copy = new ArrayList<>(items.size());
			items.forEach((item) -> copy.add(strip(item, lists)));
			return copy;
		}
		return value;
	}

	private static @Nullable Object restore(@Nullable Object value, List<IdList> lists, int[] restored) {
		if (value instanceof List<?> items && items.size() == 1 && items.get(0) instanceof String text
				&& text.startsWith(PLACEHOLDER)) {
			restored[0]++;
			return lists.get(Integer.parseInt(text.substring(PLACEHOLDER.length())));
		}
		if (value instanceof Document document) {
			Document copy = new Document();
			document.forEach((key, item) -> copy.put(key, restore(item, lists, restored)));
			return copy;
		}
		if (value instanceof List<?> items) {
			List<Object> copy = new ArrayList<>(items.size());
			items.forEach((item) -> copy.add(restore(item, lists, restored)));
			return copy;
		}
		return value;
	}

	private @Nullable MongoPersistentEntity<?> entity(Class<?> type) {
		MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> context = this.mongo.getConverter()
			.getMappingContext();
		return context.hasPersistentEntityFor(type) ? context.getPersistentEntity(type) : null;
	}

	/** A mapped query in the server's own document type, and the paths it reads. */
	private record Plan(de.bwaldvogel.mongo.bson.Document query, Set<String> paths) {
	}

	/** The query as the server would receive it, if the table covers all it reads. */
	private static @Nullable Plan plan(QueryTable table, Document mapped) {
		Set<String> paths = new LinkedHashSet<>();
		if (!paths(mapped, paths)) {
			return null;
		}
		for (String path : paths) {
			if (!table.covers(path) && !(table.gathers(path) && textEquality(mapped, path))) {
				return null;
			}
		}
		Object query = serverValue(mapped);
		return (query instanceof de.bwaldvogel.mongo.bson.Document document) ? new Plan(document, paths) : null;
	}

	/**
	 * Whether every condition of {@code query} on {@code path} is equality to a text
	 * ({@code $eq} or {@code $in} of texts), the only conditions a gathered field
	 * answers.
	 */
	private static boolean textEquality(Document query, String path) {
		for (Map.Entry<String, Object> entry : query.entrySet()) {
			Object value = entry.getValue();
			if (entry.getKey().startsWith("$")) {
				if (value instanceof List<?> parts) {
					for (Object part : parts) {
						if (part instanceof Document document && !textEquality(document, path)) {
							return false;
						}
					}
				}
			}
			else if (entry.getKey().equals(path) && !(value instanceof String)) {
				if (!(value instanceof Document operators) || operators.isEmpty()) {
					return false;
				}
				for (Map.Entry<String, Object> operator : operators.entrySet()) {
					boolean text = switch (operator.getKey()) {
						case "$eq" -> operator.getValue() instanceof String;
						case "$in" -> operator.getValue() instanceof java.util.Collection<?> options
								&& !options.isEmpty() && options.stream().allMatch(String.class::isInstance);
						default -> false;
					};
					if (!text) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/**
	 * Collects the field paths a query reads; false if it uses anything beyond plain
	 * comparisons combined with {@code $and}, {@code $or} and {@code $nor}.
	 */
	private static boolean paths(Document query, Set<String> paths) {
		for (Map.Entry<String, Object> entry : query.entrySet()) {
			String key = entry.getKey();
			Object value = entry.getValue();
			if (key.startsWith("$")) {
				if (!Set.of("$and", "$or", "$nor").contains(key) || !(value instanceof List<?> parts)) {
					return false;
				}
				for (Object part : parts) {
					if (!(part instanceof Document document) || !paths(document, paths)) {
						return false;
					}
				}
			}
			else {
				if (value instanceof Document operators && !operators(operators)) {
					return false;
				}
				paths.add(key);
			}
		}
		return true;
	}

	/**
	 * Whether a field's condition is a known operator document, or a plain value (no keys
	 * starting with {@code $}).
	 */
	private static boolean operators(Document condition) {
		boolean anyOperator = false;
		boolean anyField = false;
		for (Map.Entry<String, Object> entry : condition.entrySet()) {
			if (entry.getKey().startsWith("$")) {
				anyOperator = true;
				if (!OPERATORS.contains(entry.getKey())) {
					return false;
				}
				if (entry.getValue() instanceof Document nested && !operators(nested)) {
					return false;
				}
			}
			else {
				anyField = true;
			}
		}
		return !(anyOperator && anyField);
	}

	/**
	 * A value as the server decodes it from the wire: documents as its own document type;
	 * null for types the table does not hold (the query then goes to the server).
	 */
	private static @Nullable Object serverValue(@Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
				|| value instanceof Double || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Document document) {
			de.bwaldvogel.mongo.bson.Document converted = new de.bwaldvogel.mongo.bson.Document();
			for (Map.Entry<String, Object> entry : document.entrySet()) {
				Object item = serverValue(entry.getValue());
				if (item == null && entry.getValue() != null) {
					return null;
				}
				converted.put(entry.getKey(), item);
			}
			return converted;
		}
		if (value instanceof IdList) {
			// strings only, which the server decodes as they are
			return value;
		}
		if (value instanceof List<?> list) {
			List<Object> converted = new ArrayList<>(list.size());
			for (Object item : list) {
				Object convertedItem = serverValue(item);
				if (convertedItem == null && item != null) {
					return null;
				}
				converted.add(convertedItem);
			}
			return converted;
		}
		return null;
	}

	/** The table of one collection of a version; null if none was stored. */
	@Nullable QueryTable table(String version, String collection) {
		if (!this.used) {
			return null;
		}
		return this.versions.get(version, this::read).get(collection);
	}

	/**
	 * The stored tables of a version; none if they cannot be read (its pages are then
	 * answered by the server, as without tables).
	 */
	private Map<String, QueryTable> read(String version) {
		try {
			return load(version);
		}
		catch (RuntimeException ex) {
			logger.warn("Query tables of dataset version " + version + " cannot be read (" + ex
					+ "): its pages are sorted by the embedded server");
			return Map.of();
		}
	}

	/** Reads the stored tables of a version, a chunk document at a time. */
	private Map<String, QueryTable> load(String version) {
		long started = System.nanoTime();
		String name = VersionedCollections.of(COLLECTION, version);
		Query ids = new Query();
		ids.fields().include("_id");
		List<String> chunkIds = new ArrayList<>();
		for (Document document : this.mongo.find(ids, Document.class, name)) {
			chunkIds.add(document.getString("_id"));
		}
		Map<String, List<Document>> chunks = new LinkedHashMap<>();
		for (String id : chunkIds) {
			Document chunk = this.mongo.findById(id, Document.class, name);
			if (chunk != null && chunk.getString("type") != null) {
				chunks.computeIfAbsent(chunk.getString("type"), (k) -> new ArrayList<>()).add(chunk);
			}
		}
		Map<String, QueryTable> tables = new HashMap<>();
		Map<Object, Object> interned = new HashMap<>();
		long rowCount = 0;
		for (Map.Entry<String, List<Document>> entry : chunks.entrySet()) {
			List<Document> parts = entry.getValue();
			parts.sort(java.util.Comparator.comparing((Document part) -> part.getInteger("chunk")));
			Document first = parts.get(0);
			List<Object[]> rows = new ArrayList<>();
			// ids are not shared between rows: not worth looking up among the strings
			int idColumn = first.getList("fields", String.class).indexOf("_id");
			for (Document part : parts) {
				RowCodec.decode(part.get("rows", org.bson.types.Binary.class).getData(), rows, interned, idColumn);
			}
			rowCount += rows.size();
			tables.put(entry.getKey(), new QueryTable(first.getList("fields", String.class),
					new HashSet<>(first.getList("parents", String.class)),
					new HashSet<>(first.getList("uncovered", String.class)),
					new HashSet<>(first.getList("lists", String.class, List.of())), rows.toArray(Object[][]::new)));
		}
		if (tables.isEmpty()) {
			logger.info("Dataset version " + version
					+ " has no query tables (published before they existed): its pages are sorted by the embedded server");
		}
		else {
			logger.info("Query tables of dataset version " + version + ": " + rowCount + " rows of " + tables.size()
					+ " collections, read in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		}
		return tables;
	}

	/** Stored name of the tables of a version. */
	static String collection(String version) {
		return VersionedCollections.of(COLLECTION, version);
	}

	/**
	 * Collects the tables of a version while it is published, from the documents written;
	 * {@link #save} stores them with the version.
	 */
	public static final class Builder {

		private final Map<String, TableBuilder> tables = new LinkedHashMap<>();

		private final DatasetShapes.Measure shape = new DatasetShapes.Measure();

		/** Starts the table of {@code type}, which may stay empty. */
		public void type(String type) {
			this.tables.computeIfAbsent(type, (k) -> new TableBuilder());
			this.shape.counts.putIfAbsent(type, 0L);
		}

		/** Adds a document of {@code type}, in the order documents are inserted. */
		public void add(String type, Document document) {
			this.tables.computeIfAbsent(type, (k) -> new TableBuilder()).add(document);
			this.shape.document(type, document);
			this.shape.counts.merge(type, 1L, Long::sum);
		}

		/** The tables built so far, by type. */
		Map<String, QueryTable> tables() {
			Map<String, QueryTable> built = new LinkedHashMap<>();
			this.tables.forEach((type, builder) -> {
				QueryTable table = builder.build();
				if (table != null) {
					built.put(type, table);
				}
			});
			return built;
		}

		/**
		 * Writes the tables (and the version's shape, see {@link DatasetShapes}) to the
		 * version's {@code querytables} collection, replacing any left by an interrupted
		 * load; returns them as a read of what was written returns them (each row decoded
		 * from the bytes stored, its values shared as a read shares them).
		 */
		Map<String, QueryTable> save(MongoTemplate mongo, String version) {
			String name = collection(version);
			if (mongo.collectionExists(name)) {
				mongo.dropCollection(name);
			}
			mongo.createCollection(name);
			Map<String, QueryTable> written = new HashMap<>();
			Map<Object, Object> interned = new HashMap<>();
			for (Map.Entry<String, QueryTable> entry : tables().entrySet()) {
				QueryTable table = entry.getValue();
				Object[][] rows = table.rows();
				int width = table.fields().size();
				List<Object[]> decoded = new ArrayList<>(rows.length);
				for (int start = 0, chunk = 0; start < rows.length || chunk == 0; start += CHUNK, chunk++) {
					// one binary value per chunk: the embedded server stores documents
					// with
					// Java serialization, which is slow for many small values and fast
					// for
					// one array of bytes
					byte[] stored = RowCodec.encode(rows, start, Math.min(rows.length, start + CHUNK), width);
					RowCodec.decode(stored, decoded, interned, table.fields().indexOf("_id"));
					Document document = new Document("_id", entry.getKey() + "/" + chunk).append("type", entry.getKey())
						.append("chunk", chunk)
						.append("rows", new org.bson.types.Binary(stored));
					if (chunk == 0) {
						document.append("fields", table.fields())
							.append("parents", List.copyOf(table.parents()))
							.append("uncovered", List.copyOf(table.uncovered()))
							.append("lists", List.copyOf(table.lists()));
					}
					else {
						document.append("fields", List.of())
							.append("parents", List.of())
							.append("uncovered", List.of());
					}
					mongo.getCollection(name).insertOne(document);
				}
				written.put(entry.getKey(),
						new QueryTable(table.fields(), new HashSet<>(table.parents()), new HashSet<>(table.uncovered()),
								new HashSet<>(table.lists()), decoded.toArray(Object[][]::new)));
			}
			mongo.getCollection(name).insertOne(DatasetShapes.toDocument(DatasetShapes.shapeOf(this.shape)));
			return written;
		}

	}

	/** The columns of one collection, collected document by document. */
	private static final class TableBuilder {

		private final Map<String, Integer> columns = new LinkedHashMap<>();

		private final Set<String> parents = new HashSet<>();

		private final Set<String> uncovered = new HashSet<>();

		/**
		 * Lists whose documents' text fields are gathered into columns ({@link #gather}).
		 */
		private final Set<String> listParents = new HashSet<>();

		/** Fields some document holds as a single value (neither list nor document). */
		private final Set<String> scalars = new HashSet<>();

		private final List<Object[]> rows = new ArrayList<>();

		private final Map<Object, Object> interned = new HashMap<>();

		/** Marks a value the table does not hold. */
		private static final Object UNSTORABLE = new Object();

		void add(Document document) {
			Map<String, Object> row = new LinkedHashMap<>();
			// the paths gathered from this document's lists
			Set<String> gathered = new HashSet<>();
			for (Map.Entry<String, Object> entry : document.entrySet()) {
				String key = entry.getKey();
				Object value = entry.getValue();
				if ("_class".equals(key)) {
					// a type hint, the same in every document, and never filtered on
					this.uncovered.add(key);
				}
				else if (value instanceof Map<?, ?> nested) {
					if (this.columns.containsKey(key)) {
						this.uncovered.add(key);
					}
					this.parents.add(key);
					for (Map.Entry<?, ?> field : nested.entrySet()) {
						String path = key + "." + field.getKey();
						if (field.getValue() instanceof Map<?, ?>) {
							// one level of nesting is flattened; deeper is not kept
							this.uncovered.add(path);
						}
						else {
							row.put(path, field.getValue());
						}
					}
				}
				else {
					if (this.parents.contains(key)) {
						this.uncovered.add(key);
					}
					row.put(key, value);
					if (value instanceof List<?> list) {
						gather(key, list, row, gathered);
					}
					else if (value != null) {
						// a field a list in some documents and a value in others: its
						// gathered texts would not tell
						this.scalars.add(key);
					}
				}
			}
			Object[] values = new Object[0];
			for (Map.Entry<String, Object> entry : row.entrySet()) {
				if (this.uncovered.contains(entry.getKey())) {
					// a column left out already: its values are not looked at again (a
					// list of evidence is not copied for each of 100k statements)
					continue;
				}
				// every id is kept, however long: the tables answer with ids
				Object stored = ("_id".equals(entry.getKey()) && entry.getValue() instanceof String id) ? id
						: storable(entry.getValue(), true);
				if (stored == UNSTORABLE && gathered.contains(entry.getKey())) {
					// more references, or a longer one, than a column keeps: this
					// document alone is matched on itself, the column stays
					stored = QueryTable.UNGATHERED;
				}
				if (stored == UNSTORABLE) {
					this.uncovered.add(entry.getKey());
					continue;
				}
				int column = this.columns.computeIfAbsent(entry.getKey(), (k) -> this.columns.size());
				if (values.length <= column) {
					int old = values.length;
					values = java.util.Arrays.copyOf(values, this.columns.size());
					java.util.Arrays.fill(values, old, values.length, QueryTable.ABSENT);
				}
				values[column] = stored;
			}
			this.rows.add(values);
		}

		/**
		 * Gathers the references (text fields named {@code …Id}) of a list's documents
		 * into one list per field, kept as column {@code key.field}
		 * ({@code evidence.articleId}: the ids of the articles a fact's evidence quotes),
		 * beside the list itself, which prose keeps out of the table. The server matches
		 * {@code evidence.articleId} equal to a text against a list of documents as
		 * against the list of their texts, so these columns answer equality and
		 * {@code $in} with texts, and nothing else ({@link QueryTable#gathers}). A
		 * reference one document holds as something else than a text (a number, a
		 * document, a list) marks that document's value {@link QueryTable#UNGATHERED}: it
		 * is matched on itself, and the column answers for every other document.
		 * @param gathered where the paths gathered are added
		 */
		private void gather(String key, List<?> list, Map<String, Object> row, Set<String> gathered) {
			this.listParents.add(key);
			if (list.isEmpty()) {
				return;
			}
			Map<String, Object> values = new LinkedHashMap<>();
			gatherInto(key, list, values);
			values.forEach(row::put);
			gathered.addAll(values.keySet());
		}

		/**
		 * Gathers into {@code gathered}, going down lists in the documents too (a
		 * person's {@code posts.evidence.articleId}: the server matches a path through
		 * lists of lists against every text it reaches, as against one list of them).
		 * Each path's value is a list of texts, or {@link QueryTable#UNGATHERED}.
		 */
		@SuppressWarnings("unchecked")
		private void gatherInto(String key, List<?> list, Map<String, Object> gathered) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> document) {
					for (Map.Entry<?, ?> field : document.entrySet()) {
						String path = key + "." + field.getKey();
						if (field.getValue() instanceof List<?> inner
								&& inner.stream().allMatch((x) -> x instanceof Map<?, ?>)) {
							gatherInto(path, inner, gathered);
						}
						else if (field.getKey() instanceof String name && name.endsWith("Id")) {
							if (field.getValue() instanceof String text) {
								if (gathered.computeIfAbsent(path, (k) -> new ArrayList<>()) instanceof List<?> texts) {
									((List<Object>) texts).add(text);
								}
							}
							else if (field.getValue() != null) {
								// equal to no text, nor is null (which needs no mark)
								gathered.put(path, QueryTable.UNGATHERED);
							}
						}
						else {
							this.uncovered.add(path);
						}
					}
				}
			}
		}

		/**
		 * The value as the table keeps it: a scalar (a short text), or a short list of
		 * them or of flat documents of them (an agreement's {@code takingPart}, which
		 * {@code $elemMatch} reads); {@link #UNSTORABLE} otherwise.
		 * @param listAllowed whether a list may be kept here (not inside a list)
		 */
		private @Nullable Object storable(@Nullable Object value, boolean listAllowed) {
			if (value == null || value instanceof Integer || value instanceof Long || value instanceof Double
					|| value instanceof Boolean) {
				return value;
			}
			if (value instanceof String text) {
				return (text.length() <= LONGEST_TEXT) ? this.interned.computeIfAbsent(text, (k) -> k) : UNSTORABLE;
			}
			if (listAllowed && value instanceof List<?> list && list.size() <= LONGEST_LIST) {
				List<Object> items = new ArrayList<>(list.size());
				for (Object item : list) {
					Object stored = (item instanceof Map<?, ?> document) ? flat(document) : storable(item, false);
					if (stored == UNSTORABLE) {
						return UNSTORABLE;
					}
					items.add(stored);
				}
				return items;
			}
			return UNSTORABLE;
		}

		/**
		 * A document in a list, as the server's matcher reads it, if every value of it is
		 * a scalar the table keeps; {@link #UNSTORABLE} otherwise.
		 */
		private Object flat(Map<?, ?> document) {
			de.bwaldvogel.mongo.bson.Document kept = new de.bwaldvogel.mongo.bson.Document();
			for (Map.Entry<?, ?> entry : document.entrySet()) {
				Object value = (entry.getValue() instanceof List<?> || entry.getValue() instanceof Map<?, ?>)
						? UNSTORABLE : storable(entry.getValue(), false);
				if (value == UNSTORABLE || !(entry.getKey() instanceof String key)) {
					return UNSTORABLE;
				}
				kept.put((String) this.interned.computeIfAbsent(key, (k) -> k), value);
			}
			return kept;
		}

		/** The table, or null if some document has no string id (none is kept then). */
		@Nullable QueryTable build() {
			if (this.uncovered.contains("_id") || (!this.rows.isEmpty() && !this.columns.containsKey("_id"))) {
				return null;
			}
			// columns some document holds in a form not kept are left out altogether
			List<String> fields = new ArrayList<>();
			List<Integer> kept = new ArrayList<>();
			this.columns.forEach((field, column) -> {
				if (!this.uncovered.contains(field) && !this.parents.contains(field) && !underUncovered(field)) {
					fields.add(field);
					kept.add(column);
				}
			});
			Object[][] rows = new Object[this.rows.size()][];
			for (int i = 0; i < rows.length; i++) {
				Object[] values = this.rows.get(i);
				Object[] row = new Object[kept.size()];
				for (int j = 0; j < row.length; j++) {
					int column = kept.get(j);
					row[j] = (column < values.length) ? values[column] : QueryTable.ABSENT;
				}
				rows[i] = row;
			}
			Set<String> lists = new HashSet<>(this.listParents);
			lists.removeAll(this.parents);
			lists.removeAll(this.scalars);
			return new QueryTable(fields, this.parents, this.uncovered, lists, rows);
		}

		private boolean underUncovered(String field) {
			int dot = field.indexOf('.');
			if (dot < 0) {
				return false;
			}
			String parent = field.substring(0, dot);
			// a field gathered from a list is kept though the list is not; one some
			// documents hold as a list and others as a document is not kept at all
			return this.listParents.contains(parent) ? this.parents.contains(parent) : this.uncovered.contains(parent);
		}

	}

}
