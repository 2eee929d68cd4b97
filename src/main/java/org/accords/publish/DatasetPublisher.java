package org.accords.publish;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import org.accords.AccordsProperties;
import org.accords.dataset.Changelog;
import org.accords.dataset.ChangelogEntry;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetPointer;
import org.accords.graphql.Hashes;
import org.accords.store.VersionedCollections;
import org.accords.search.SearchIndex;
import org.accords.store.Entity;
import org.accords.store.Futures;
import org.accords.store.QueryTables;
import org.accords.store.ReplicationBarrier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Publishes a verified dataset as a new version, the one path by which a version becomes
 * served; {@code seed/SeedLoader} calls it once the seed files are read and verified,
 * under the store's {@code LoadLock} (one instance publishes at a time). Step by step:
 * <ol>
 * <li>{@link #publish} returns at once when the version is the one served (the
 * {@link DatasetPointer} names it); a version kept whole from before is reused as it
 * is;</li>
 * <li>each collection is written beside the served ones, as {@code <type>_<version>}
 * ({@code store/Collections}), in batches: on MongoDB with its indexes created first
 * ({@link NewVersion#indexes()}), on the embedded server with the query tables built on
 * the way ({@code store/QueryTables}) instead;</li>
 * <li>every entity's content hash is compared with the previous version's: added, changed
 * and removed ids go to the changelog ({@code dataset/Changelog});</li>
 * <li>the version's record ({@code dataset/DatasetInfo}: counts, seed files, content
 * date) is saved in {@code datasets};</li>
 * <li>on a replica set, every member has it all; on the embedded server, its file
 * ({@code store/ReplicationBarrier});</li>
 * <li>the pointer moves to the new version in one write: readers see the old version or
 * the new one, never a mix, on MongoDB and on the embedded server alike (no transactions
 * needed); each instance's {@code dataset/DatasetState} follows it within a refresh
 * interval;</li>
 * <li>versions beyond {@code accords.dataset.keep-versions} are deleted
 * ({@link OldVersions});</li>
 * <li>{@link DatasetPublished} is announced, once, by the publishing instance
 * ({@code webhook/WebhookDispatcher}); subscriptions and {@code /data/changes/stream}
 * hear of the version on every instance as its {@code DatasetState} follows the pointer
 * ({@code graphql/PublishedVersions}).</li>
 * </ol>
 * A write that fails half way is cleaned up by {@code seed/StoreIntegrity}; the version
 * served before stays served.
 */
@Component
public class DatasetPublisher {

	private static final Log logger = LogFactory.getLog(DatasetPublisher.class);

	/**
	 * Entities converted and inserted at a time: bounds the documents held besides the
	 * dataset itself, and keeps each insert far below the driver's message limit.
	 */
	private static final int BATCH = 1000;

	/**
	 * Fields left out of the content hash: type hints, derived search text, an
	 * agreement's countries taking part with their days (derived from its parties and
	 * participants, which the hash holds) and its suspensions (derived from its events),
	 * and a commitment's obligors' countries (derived from its obligors): so that the
	 * first publication by a release that derives one more does not list every fact as
	 * changed.
	 */
	private static final Set<String> NOT_CONTENT = Set.of("_class", "searchText", "takingPart", "suspensions",
			"obligorCountryIds");

	private final MongoTemplate mongo;

	private final Changelog changelog;

	private final Clock clock;

	private final ReplicationBarrier replication;

	private final OldVersions oldVersions;

	@Autowired
	DatasetPublisher(MongoTemplate mongo, Changelog changelog, ReplicationBarrier replication,
			AccordsProperties properties) {
		this(mongo, changelog, replication, properties.dataset().keepVersions());
	}

	/** A publisher built by hand (tests): keeps ten versions, announces nothing. */
	public DatasetPublisher(MongoTemplate mongo, Changelog changelog, ReplicationBarrier replication) {
		this(mongo, changelog, replication, 10);
	}

	DatasetPublisher(MongoTemplate mongo, Changelog changelog, ReplicationBarrier replication, int keepVersions) {
		this.mongo = mongo;
		this.changelog = changelog;
		this.replication = replication;
		this.clock = Clock.systemUTC();
		this.oldVersions = new OldVersions(mongo, keepVersions);
	}

	/**
	 * Who hears of a new version (webhooks); none where the publisher is built by hand.
	 */
	private @Nullable ApplicationEventPublisher events;

	@Autowired
	void setEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Stores each version's search index with it; none where built by hand. */
	private @Nullable SearchIndex search;

	@Autowired
	void setSearch(ObjectProvider<SearchIndex> search) {
		this.search = search.getIfAvailable();
	}

	/** The embedded store's query tables; none on MongoDB, whose indexes serve. */
	private @Nullable QueryTables tables;

	@Autowired
	void setTables(ObjectProvider<QueryTables> tables) {
		this.tables = tables.getIfAvailable();
	}

	/** The version the pointer names, read from the store; null before the first. */
	public @Nullable String currentVersion() {
		DatasetPointer pointer = this.mongo.findById(DatasetPointer.ID, DatasetPointer.class,
				VersionedCollections.DATASETS);
		return (pointer != null) ? pointer.version() : null;
	}

	/**
	 * Publishes {@code dataset} as its version; returns false if that version is already
	 * the one served.
	 */
	public boolean publish(NewVersion dataset) {
		String version = dataset.version();
		String current = currentVersion();
		if (version.equals(current)) {
			return false;
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		List<ChangelogEntry.Counts> changeCounts = new ArrayList<>();
		Map<String, Map<Changelog.Change, List<String>>> changes = new LinkedHashMap<>();
		// the embedded server keeps no secondary index (it accepts one and then reads the
		// whole collection twice for it at every start): there the query tables serve
		Map<String, List<List<String>>> indexes = (this.tables != null) ? Map.of() : dataset.indexes();
		QueryTables.Builder tables = (this.tables != null) ? new QueryTables.Builder() : null;
		// a kept version published again (the seed files went back to it) is served from
		// the collections it has: requests reading it meanwhile see it whole
		boolean kept = keptWhole(version, dataset);
		SearchIndex.Collector searched = (this.search != null && !kept) ? this.search.collector() : null;
		// the search index is built beside the writes, and stopped if they fail
		try {
			for (Map.Entry<String, List<? extends Entity>> entry : dataset.collections().entrySet()) {
				String type = entry.getKey();
				String name = VersionedCollections.of(type, version);
				if (!kept) {
					// a half-written copy of this version from an interrupted load is
					// replaced whole
					if (this.mongo.collectionExists(name)) {
						this.mongo.dropCollection(name);
					}
					this.mongo.createCollection(name);
					// indexes before documents: the embedded server builds an index added
					// later by reading back the whole collection, once per index
					for (List<String> fields : indexes.getOrDefault(type, List.of())) {
						Index index = new Index();
						fields.forEach((field) -> index.on(field, Sort.Direction.ASC));
						this.mongo.indexOps(name).createIndex(index);
					}
				}
				Map<String, String> previous = (current != null) ? hashes(VersionedCollections.of(type, current))
						: new HashMap<>();
				if (tables != null) {
					tables.type(type);
				}
				Map<String, List<Document>> documents = dataset.documents();
				List<Document> converted = (documents != null) ? documents.get(type) : null;
				Map<Changelog.Change, List<String>> changed = insert(entry.getValue(), converted, kept ? null : name,
						previous, (document) -> {
							if (tables != null) {
								tables.add(type, document);
							}
							if (searched != null) {
								searched.add(type, document);
							}
						});
				changes.put(type, changed);
				changeCounts.add(new ChangelogEntry.Counts(type,
						Objects.requireNonNull(changed.get(Changelog.Change.ADDED)).size(),
						Objects.requireNonNull(changed.get(Changelog.Change.CHANGED)).size(),
						Objects.requireNonNull(changed.get(Changelog.Change.REMOVED)).size()));
				counts.put(type, (long) entry.getValue().size());
				if (searched != null) {
					searched.complete(type);
				}
			}
			QueryTables served = this.tables;
			if (tables != null && served != null) {
				served.save(tables, version);
			}
			if (searched != null) {
				searched.save(version);
			}
		}
		finally {
			if (searched != null) {
				searched.close();
			}
		}
		Instant now = Instant.now(this.clock);
		this.mongo.save(new DatasetInfo.Stored(version, now, counts, dataset.files(), dataset.contentDate()),
				VersionedCollections.DATASETS);
		this.changelog.record(new ChangelogEntry(version, current, now, changeCounts), changes);
		// on a replica set, every member has the new collections before any reader can
		// follow the pointer to them from a secondary
		this.replication.awaitAllMembers();
		this.mongo.save(new DatasetPointer(DatasetPointer.ID, version, current), VersionedCollections.DATASETS);
		this.oldVersions.dropAllBut(version);
		logger.info("Published dataset version " + version + " " + counts);
		if (this.events != null) {
			this.events.publishEvent(new DatasetPublished(version));
		}
		return true;
	}

	/**
	 * Whether {@code version} is kept whole already: its record (written only once all
	 * its collections were) and a collection of the right size for every type.
	 */
	private boolean keptWhole(String version, NewVersion dataset) {
		if (this.mongo.findById(version, Document.class, VersionedCollections.DATASETS) == null) {
			return false;
		}
		for (Map.Entry<String, List<? extends Entity>> entry : dataset.collections().entrySet()) {
			String name = VersionedCollections.of(entry.getKey(), version);
			if (!this.mongo.collectionExists(name) || this.mongo.estimatedCount(name) != entry.getValue().size()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Inserts the entities in batches (none when {@code collection} is null: the version
	 * is stored already), hands each document written to {@code written} (the query
	 * tables), and sorts their ids into added and changed; whatever is left of
	 * {@code previous} was removed. The documents are {@code converted}'s, emptied as
	 * they are taken, or converted here when it is null.
	 */
	private Map<Changelog.Change, List<String>> insert(List<? extends Entity> entities,
			@Nullable List<Document> converted, @Nullable String collection, Map<String, String> previous,
			java.util.function.Consumer<Document> written) {
		if (converted != null && converted.size() != entities.size()) {
			throw new IllegalArgumentException(
					converted.size() + " documents converted for " + entities.size() + " entities");
		}
		Map<Changelog.Change, List<String>> changes = new EnumMap<>(Changelog.Change.class);
		for (Changelog.Change change : Changelog.Change.values()) {
			changes.put(change, new ArrayList<>());
		}
		// the store writes one batch while the next is converted: on two cores the
		// embedded server's inserts and this thread's conversions overlap
		try (BatchWriter writer = (collection != null) ? new BatchWriter(this.mongo.getCollection(collection)) : null) {
			List<Document> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < entities.size(); i++) {
				Entity entity = entities.get(i);
				// taken out of the list: once written, nothing keeps it
				Document document = (converted != null) ? Objects.requireNonNull(converted.set(i, null))
						: convert(entity);
				String before = previous.remove(entity.id());
				if (before == null) {
					Objects.requireNonNull(changes.get(Changelog.Change.ADDED)).add(entity.id());
				}
				else if (!before.equals(contentHash(document))) {
					Objects.requireNonNull(changes.get(Changelog.Change.CHANGED)).add(entity.id());
				}
				written.accept(document);
				if (writer == null) {
					continue;
				}
				batch.add(document);
				if (batch.size() == BATCH) {
					writer.insert(batch);
					batch = new ArrayList<>(BATCH);
				}
			}
			if (writer != null && !batch.isEmpty()) {
				writer.insert(batch);
			}
		}
		Objects.requireNonNull(changes.get(Changelog.Change.REMOVED)).addAll(previous.keySet());
		changes.values().forEach((ids) -> ids.sort(null));
		return changes;
	}

	/**
	 * Inserts batches into one collection on a thread of its own, one batch at a time:
	 * {@link #insert} waits for the batch before, and {@link #close} for the last, so a
	 * failure reaches the publisher, and no insert is still running when it returns or
	 * when a failed write is cleaned up.
	 */
	private static final class BatchWriter implements AutoCloseable {

		private final MongoCollection<Document> collection;

		private final ExecutorService thread = Executors.newSingleThreadExecutor((task) -> {
			Thread writer = new Thread(task, "dataset-writer");
			writer.setDaemon(true);
			return writer;
		});

		private @Nullable Future<?> inFlight;

		BatchWriter(MongoCollection<Document> collection) {
			this.collection = collection;
		}

		/** Starts writing {@code batch} once the batch before is written. */
		void insert(List<Document> batch) {
			awaitInFlight();
			this.inFlight = this.thread.submit(() -> this.collection.insertMany(batch));
		}

		private void awaitInFlight() {
			Future<?> previous = this.inFlight;
			this.inFlight = null;
			if (previous == null) {
				return;
			}
			Futures.await(previous, "Interrupted while a batch was written");
		}

		/**
		 * Waits for the last batch; a batch's failure is thrown unless one is already.
		 */
		@Override
		public void close() {
			try {
				awaitInFlight();
			}
			finally {
				this.thread.shutdown();
			}
		}

	}

	private Document convert(Entity entity) {
		Document document = new Document();
		this.mongo.getConverter().write(entity, document);
		return document;
	}

	/** Content hash by id of every entity of a collection; empty if it is gone. */
	private Map<String, String> hashes(String collection) {
		Map<String, String> hashes = new HashMap<>();
		if (this.mongo.collectionExists(collection)) {
			try (Stream<Document> documents = this.mongo.stream(new Query(), Document.class, collection)) {
				documents.forEach((document) -> hashes.put(document.getString("_id"), contentHash(document)));
			}
		}
		return hashes;
	}

	/**
	 * SHA-256 of the stored document's JSON without type hints and derived fields,
	 * shortened to 64 bits: plenty to tell versions of one entity apart.
	 */
	static String contentHash(Document document) {
		Document content = new Document(document);
		NOT_CONTENT.forEach(content::remove);
		byte[] digest = Hashes.sha256(content.toJson().getBytes(StandardCharsets.UTF_8));
		return Hashes.hex(java.util.Arrays.copyOf(digest, 8));
	}

}
