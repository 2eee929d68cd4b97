package org.accords.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.accords.graphql.DatasetVersionSource;
import org.accords.store.EntityCatalog;
import org.accords.store.Futures;
import org.accords.store.IdList;
import org.accords.store.VersionSlots;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The full-text index of each dataset version, in memory: built from the store's entities
 * on the first search of a version (versions are immutable, so it never needs updating)
 * and kept for the version served and one older version ({@link VersionSlots}). Works the
 * same over MongoDB and the embedded server, as it reads the entities and needs nothing
 * from the store's own text features.
 */
@Component
public class SearchIndex implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/**
	 * Memory the index writer buffers before it writes a segment: small, as the build
	 * runs beside requests in whatever heap serves them (an instance serving 25k
	 * statements with 96 MB of heap must still stream its downloads meanwhile).
	 */
	private static final double RAM_BUFFER_MB = 8;

	private static final int CHUNK = 500;

	/** The stored fields an index document is made of. */
	private static final List<String> FIELDS = List.of("name", "aliases.name", "title", "summary", "description",
			"text", "occasion", "speakerId", "speakerOrganizationId", "saidOn", "signedOn", "provenance.reportedOn",
			"place", "date");

	static final String ID = "id";

	static final String TYPE = "type";

	static final String DATE = "date";

	private final MongoTemplate mongo;

	private final Analyzer names = Analyzers.names();

	private final Analyzer prose = Analyzers.prose();

	private final Analyzer perField = Analyzers.perField();

	/**
	 * The index of the version served, pinned, and of one older version; an older version
	 * is loaded at most once per {@link #OLDER_INTERVAL}.
	 */
	private final VersionSlots<VersionIndex> versions;

	/** The least time between loading the indexes of two older versions. */
	static final java.time.Duration OLDER_INTERVAL = java.time.Duration.ofSeconds(10);

	private volatile @Nullable Timer queries;

	private volatile @Nullable Timer builds;

	public SearchIndex(MongoTemplate mongo, DatasetVersionSource served) {
		this.mongo = mongo;
		this.versions = new VersionSlots<>("the search index", served::currentVersion, OLDER_INTERVAL);
	}

	/** Whether the index of {@code version} is held in memory. */
	boolean holds(String version) {
		return this.versions.holds(version);
	}

	/** Forgets every index held (tests: the next search reads or builds it again). */
	void forget() {
		this.versions.clear();
	}

	/**
	 * {@code accords_search_query_seconds} (index time of a search or a filter's id
	 * lookup, with its median and 90th percentile) and
	 * {@code accords_search_build_seconds} (index builds).
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		this.queries = Timer.builder("accords.search.query")
			.description("Time in the search index per search or filter lookup")
			.publishPercentiles(0.5, 0.9)
			.register(registry);
		this.builds = Timer.builder("accords.search.build")
			.description("Time to build the search index of a dataset version")
			.register(registry);
	}

	/**
	 * The search text as a query over {@code version}; empty when nothing in it can be
	 * matched. The version's index is read only for a word matched fuzzily.
	 */
	SearchQuery parse(String version, String text) {
		return SearchQuery.parse(text, this.names, this.prose, this.perField,
				(word) -> index(version).names().oneEdit(word));
	}

	/** One page of hits, best first or newest first, with the number of all hits. */
	public Page search(String version, String text, boolean newest, int offset, int limit) {
		SearchQuery query = parse(version, text);
		if (query.isEmpty()) {
			return new Page(0, List.of());
		}
		VersionIndex index = index(version);
		long started = System.nanoTime();
		try {
			return index.search(query, newest, offset, limit, this.perField);
		}
		finally {
			record(this.queries, started);
		}
	}

	/**
	 * Ids of the entities of {@code type} that {@code text} matches, the filter of a
	 * connection's {@code text:} or name argument; null (no condition) for a null text.
	 * At most every entity of the type: the store then narrows to {@code _id in ids}.
	 */
	public @Nullable List<String> ids(String version, String type, @Nullable String text) {
		if (text == null) {
			return null;
		}
		SearchQuery query = parse(version, text);
		if (query.isEmpty()) {
			return null;
		}
		VersionIndex index = index(version);
		long started = System.nanoTime();
		try {
			// named by what they are, so that the store keys its caches by the name
			// rather than by thousands of ids
			return new IdList("search " + version + " " + type + " " + text, index.ids(typed(query.query(), type)));
		}
		finally {
			record(this.queries, started);
		}
	}

	private static void record(@Nullable Timer timer, long started) {
		if (timer != null) {
			timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}
	}

	static Query typed(Query query, String type) {
		return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
			.add(new TermInSetQuery(TYPE, List.of(new BytesRef(type))), BooleanClause.Occur.FILTER)
			.build();
	}

	/** A page of hits and the number of all hits. */
	public record Page(long total, List<SearchHit> hits) {
	}

	VersionIndex index(String version) {
		return this.versions.get(version, this::build);
	}

	/**
	 * The index of a version: the one stored when it was published (read back in a
	 * fraction of a second), else built from its collections (a version published before
	 * indexes were stored, or whose stored index cannot be read).
	 */
	private VersionIndex build(String version) {
		VersionIndex stored = stored(version);
		if (stored != null) {
			return stored;
		}
		long started = System.nanoTime();
		ByteBuffersDirectory directory = write((type) -> () -> flatten(chunks(type.collection(version))));
		VersionIndex index = open(directory);
		log.info("Search index of dataset {}: {} entities, {} KiB, built in {} ms", version,
				index.searcher().getIndexReader().numDocs(), index.bytes() / 1024,
				(System.nanoTime() - started) / 1_000_000);
		record(this.builds, started);
		return index;
	}

	private static Iterator<org.bson.Document> flatten(Iterable<List<org.bson.Document>> chunks) {
		return java.util.stream.StreamSupport.stream(chunks.spliterator(), false).flatMap(List::stream).iterator();
	}

	/**
	 * Writes the index of the entities {@code source} gives for each searched type, in
	 * the catalog's search order (people and organizations before the statements they
	 * speak).
	 */
	private ByteBuffersDirectory write(java.util.function.Function<EntityCatalog, Iterable<org.bson.Document>> source) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(this.perField).setRAMBufferSizeMB(RAM_BUFFER_MB))) {
			Map<String, List<String>> speakers = new HashMap<>();
			for (EntityCatalog type : EntityCatalog.searched()) {
				for (org.bson.Document entity : source.apply(type)) {
					if (type == EntityCatalog.PERSON || type == EntityCatalog.ORGANIZATION) {
						// a statement's speaker: a person, or an organization that speaks
						speakers.put(entity.getString("_id"), names(entity));
					}
					writer.addDocument(document(type, entity, speakers));
				}
			}
			writer.forceMerge(1);
			writer.commit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static VersionIndex open(ByteBuffersDirectory directory) {
		try {
			DirectoryReader reader = DirectoryReader.open(directory);
			long bytes = 0;
			for (String file : directory.listAll()) {
				bytes += directory.fileLength(file);
			}
			IndexSearcher searcher = new IndexSearcher(reader);
			// no query cache: every search expands its own words, so a cached clause
			// is seldom asked again, and the cache's bookkeeping (and the bit sets it
			// builds for the clauses it takes) was paid at every search
			// (docs/benchmarks.md)
			searcher.setQueryCache(null);
			return new VersionIndex(searcher, NameTerms.of(reader), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Base name of the versioned collection a version's index files are stored in. */
	public static final String COLLECTION = org.accords.store.VersionedCollections.SEARCH_INDEX;

	/**
	 * Bytes of an index file per stored document: under half of G1's 1 MB region at a 1
	 * GB heap, so that no part (nor its copies in the driver and the embedded server) is
	 * a humongous object; 4 MB parts left too few free regions in a row at 100k
	 * statements, and the embedded store's write of them then failed for want of memory
	 * (docs/operations.md#loading-a-large-corpus).
	 */
	static final int FILE_CHUNK = 256 * 1024;

	/** Marks a stored index as whole: written last. */
	private static final String COMPLETE = "complete";

	/**
	 * Indexes the searched entities of a version while it is published, from the
	 * documents written (only the fields indexed), and stores its index with the version,
	 * so that no instance has to read the collections back to build it. Close it when the
	 * publication ends, whether it saved the index or failed.
	 */
	public Collector collector() {
		return new Collector();
	}

	/**
	 * Builds a version's index on a thread of its own as its documents are written,
	 * rather than after: each searched type is indexed in the catalog's search order (the
	 * documents of the same index as when built from the collections), as soon as its
	 * documents come; a type is done once {@link #complete} says so. The documents wait
	 * in a queue meanwhile.
	 */
	public final class Collector implements AutoCloseable {

		/** Ends the documents of a type in its queue. */
		private static final org.bson.Document END = new org.bson.Document();

		private final Map<EntityCatalog, BlockingQueue<org.bson.Document>> arriving = new EnumMap<>(
				EntityCatalog.class);

		private final ExecutorService thread = Executors.newSingleThreadExecutor((task) -> {
			Thread indexer = new Thread(task, "search-index");
			indexer.setDaemon(true);
			return indexer;
		});

		private final Future<ByteBuffersDirectory> built;

		private final long started = System.nanoTime();

		/**
		 * CPU time of the build in nanoseconds, once it is done: its own work, whatever
		 * the writes beside it took.
		 */
		private long buildCpu;

		private Collector() {
			for (EntityCatalog type : EntityCatalog.searched()) {
				this.arriving.put(type, new LinkedBlockingQueue<>());
			}
			this.built = this.thread.submit(() -> {
				ThreadMXBean threads = ManagementFactory.getThreadMXBean();
				long cpu = threads.getCurrentThreadCpuTime();
				ByteBuffersDirectory directory = write((type) -> () -> arrivals(type));
				this.buildCpu = threads.getCurrentThreadCpuTime() - cpu;
				return directory;
			});
		}

		/** A document of collection {@code type}, as it is written. */
		public void add(String type, org.bson.Document document) {
			EntityCatalog entry = EntityCatalog.ofType(type);
			BlockingQueue<org.bson.Document> queue = (entry != null) ? this.arriving.get(entry) : null;
			if (queue != null) {
				queue.add(indexed(document));
			}
		}

		/** Every document of collection {@code type} was added. */
		public void complete(String type) {
			EntityCatalog entry = EntityCatalog.ofType(type);
			BlockingQueue<org.bson.Document> queue = (entry != null) ? this.arriving.get(entry) : null;
			if (queue != null) {
				queue.add(END);
			}
		}

		/** The documents of {@code type} as they come, until it is complete. */
		private Iterator<org.bson.Document> arrivals(EntityCatalog type) {
			BlockingQueue<org.bson.Document> queue = Objects.requireNonNull(this.arriving.get(type));
			return new Iterator<>() {

				private org.bson.Document next = take();

				@Override
				public boolean hasNext() {
					return this.next != END;
				}

				@Override
				public org.bson.Document next() {
					if (this.next == END) {
						throw new NoSuchElementException();
					}
					org.bson.Document current = this.next;
					this.next = take();
					return current;
				}

				private org.bson.Document take() {
					try {
						return queue.take();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException("The search index's build was stopped", ex);
					}
				}

			};
		}

		/**
		 * Waits for the index of every document added and stores it in
		 * {@code searchindex_<version>}.
		 */
		public void save(String version) {
			// a type the version has none of is complete too
			this.arriving.values().forEach((queue) -> queue.add(END));
			ByteBuffersDirectory directory = Futures.await(this.built, "Interrupted while the search index was built");
			long storing = System.nanoTime();
			String name = org.accords.store.VersionedCollections.of(COLLECTION, version);
			if (SearchIndex.this.mongo.collectionExists(name)) {
				SearchIndex.this.mongo.dropCollection(name);
			}
			long bytes = 0;
			try {
				List<String> files = List.of(directory.listAll());
				for (String file : files) {
					long length = directory.fileLength(file);
					bytes += length;
					try (org.apache.lucene.store.IndexInput in = directory.openInput(file,
							org.apache.lucene.store.IOContext.READONCE)) {
						int chunk = 0;
						for (long at = 0; at < length || chunk == 0; at += FILE_CHUNK, chunk++) {
							byte[] part = new byte[(int) Math.min(FILE_CHUNK, length - at)];
							in.readBytes(part, 0, part.length);
							SearchIndex.this.mongo.getCollection(name)
								.insertOne(new org.bson.Document("_id", file + "/" + chunk).append("file", file)
									.append("chunk", chunk)
									.append("bytes", new org.bson.types.Binary(part)));
						}
					}
				}
				SearchIndex.this.mongo.getCollection(name)
					.insertOne(new org.bson.Document("_id", COMPLETE).append("files", files));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			// the time of its own work (bench/run.sh reads this line): the build's CPU
			// time
			// (it shares the cores with the writes), then storing it
			long now = System.nanoTime();
			log.info(
					"Search index of dataset {}: built and stored with it in {} ms, {} KiB (built beside the writes"
							+ " in {} ms of CPU, stored in {} ms; {} ms from the first write)",
					version, (this.buildCpu + now - storing) / 1_000_000, bytes / 1024, this.buildCpu / 1_000_000,
					(now - storing) / 1_000_000, (now - this.started) / 1_000_000);
		}

		/** Stops the build if it still runs (the publication failed), and its thread. */
		@Override
		public void close() {
			this.built.cancel(true);
			this.thread.shutdown();
		}

	}

	/** The fields of a document the index reads, nested as stored. */
	private static org.bson.Document indexed(org.bson.Document document) {
		org.bson.Document kept = new org.bson.Document("_id", document.get("_id"));
		for (String field : FIELDS) {
			int dot = field.indexOf('.');
			String top = (dot < 0) ? field : field.substring(0, dot);
			Object value = document.get(top);
			if (value == null || kept.containsKey(top)) {
				continue;
			}
			if (dot < 0) {
				kept.put(top, value);
			}
			else if (value instanceof org.bson.Document nested) {
				kept.put(top, new org.bson.Document(field.substring(dot + 1), nested.get(field.substring(dot + 1))));
			}
			else if (value instanceof List<?> items) {
				String inner = field.substring(dot + 1);
				kept.put(top,
						items.stream()
							.filter(org.bson.Document.class::isInstance)
							.map((item) -> new org.bson.Document(inner, ((org.bson.Document) item).get(inner)))
							.toList());
			}
		}
		return kept;
	}

	/** The index stored with a version when it was published; null if none is whole. */
	private @Nullable VersionIndex stored(String version) {
		String name = org.accords.store.VersionedCollections.of(COLLECTION, version);
		try {
			long started = System.nanoTime();
			org.bson.Document complete = this.mongo.findById(COMPLETE, org.bson.Document.class, name);
			if (complete == null) {
				return null;
			}
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			for (String file : complete.getList("files", String.class)) {
				try (org.apache.lucene.store.IndexOutput out = directory.createOutput(file,
						org.apache.lucene.store.IOContext.DEFAULT)) {
					// each part by its id: the embedded server answers that from its id
					// index, where a query on the file name would read (and decode)
					// every part of every file
					for (int chunk = 0;; chunk++) {
						// a stop interrupts the warm-up: the read ends at the next part,
						// whether or not the store's client checks the interrupt on its
						// way
						if (Thread.currentThread().isInterrupted()) {
							throw new java.io.InterruptedIOException("interrupted");
						}
						org.bson.Document part = this.mongo.findById(file + "/" + chunk, org.bson.Document.class, name);
						if (part == null) {
							break;
						}
						byte[] bytes = part.get("bytes", org.bson.types.Binary.class).getData();
						out.writeBytes(bytes, bytes.length);
					}
				}
			}
			VersionIndex index = open(directory);
			log.info("Search index of dataset {}: {} entities, {} KiB, read from the store in {} ms", version,
					index.searcher().getIndexReader().numDocs(), index.bytes() / 1024,
					(System.nanoTime() - started) / 1_000_000);
			return index;
		}
		catch (IOException | RuntimeException ex) {
			if (Thread.currentThread().isInterrupted()) {
				// the instance is stopping (the warm-up's thread is interrupted): neither
				// damage nor a reason to read every collection
				throw new java.util.concurrent.CancellationException(
						"Reading the search index of dataset " + version + " was interrupted");
			}
			log.warn("Search index stored with dataset {} cannot be read ({}); building it from the collections",
					version, ex.toString());
			return null;
		}
	}

	/**
	 * The documents of a collection, {@value #CHUNK} at a time, with only the fields
	 * indexed: a cursor over the ids drives lookups by id, since the embedded server
	 * materialises a query's whole result before handing out its first batch (as
	 * {@code export/ChunkedReader} does, for the same reason). Stored order, no sort.
	 */
	private Iterable<List<org.bson.Document>> chunks(String collection) {
		org.springframework.data.mongodb.core.query.Query ids = new org.springframework.data.mongodb.core.query.Query();
		ids.fields().include("_id");
		List<String> all = new ArrayList<>();
		try (Stream<org.bson.Document> stream = this.mongo.stream(ids, org.bson.Document.class, collection)) {
			stream.forEach((doc) -> all.add(doc.getString("_id")));
		}
		List<List<String>> parts = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			parts.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return () -> parts.stream().map((part) -> {
			org.springframework.data.mongodb.core.query.Query query = org.springframework.data.mongodb.core.query.Query
				.query(Criteria.where("_id").in(part));
			FIELDS.forEach((field) -> query.fields().include(field));
			return this.mongo.find(query, org.bson.Document.class, collection);
		}).iterator();
	}

	/** Memory held by the index of {@code version}, building it if needed. */
	public long bytes(String version) {
		return index(version).bytes();
	}

	private static List<String> names(org.bson.Document entity) {
		List<String> names = new ArrayList<>();
		String name = entity.getString("name");
		if (name != null) {
			names.add(name);
		}
		for (String alias : aliases(entity)) {
			if (!names.contains(alias)) {
				names.add(alias);
			}
		}
		return names;
	}

	private static List<String> aliases(org.bson.Document entity) {
		List<String> aliases = new ArrayList<>();
		Object list = entity.get("aliases");
		if (list instanceof List<?> items) {
			for (Object item : items) {
				if (item instanceof org.bson.Document alias && alias.getString("name") != null) {
					aliases.add(alias.getString("name"));
				}
			}
		}
		return aliases;
	}

	private static Document document(EntityCatalog type, org.bson.Document entity, Map<String, List<String>> speakers) {
		EntityCatalog.Search search = Objects.requireNonNull(type.search());
		Document doc = new Document();
		String id = entity.getString("_id");
		doc.add(new StringField(ID, id, Field.Store.YES));
		doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
		doc.add(new StringField(TYPE, type.typeName(), Field.Store.YES));
		String name = (search.nameField() != null) ? entity.getString(search.nameField()) : null;
		text(doc, Analyzers.NAME, name);
		for (String alias : aliases(entity)) {
			if (!alias.equals(name)) {
				text(doc, Analyzers.ALIAS, alias);
			}
		}
		for (String field : List.of("summary", "description", "text", "occasion", "place")) {
			text(doc, Analyzers.TEXT, entity.getString(field));
		}
		if (type == EntityCatalog.STATEMENT) {
			String speakerId = (entity.getString("speakerId") != null) ? entity.getString("speakerId")
					: entity.getString("speakerOrganizationId");
			for (String speaker : speakers.getOrDefault(speakerId, List.of())) {
				text(doc, Analyzers.SPEAKER, speaker);
			}
		}
		String date = (search.dateField() != null) ? entity.getString(search.dateField()) : null;
		if (date == null && entity.get("provenance") instanceof org.bson.Document provenance) {
			date = provenance.getString("reportedOn");
		}
		if (date != null) {
			doc.add(new SortedDocValuesField(DATE, new BytesRef(date)));
		}
		return doc;
	}

	private static void text(Document doc, String field, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			doc.add(new TextField(field, value, Field.Store.YES));
		}
	}

	static Term term(String field, String value) {
		return new Term(field, value);
	}

}
