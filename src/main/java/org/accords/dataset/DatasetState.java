package org.accords.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.accords.graphql.DatasetVersionSource;
import org.accords.graphql.VersionNotKeptException;
import org.accords.store.QueryTables;
import org.accords.store.VersionedCollections;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dataset version this instance serves, and the older versions the store keeps
 * ({@code accords.dataset.keep-versions}) that a request may ask for. It follows the
 * pointer in the store, so when another instance loads a new version this one switches
 * within one refresh interval; the versions kept change only with a new version, so they
 * are read again only then.
 */
@Component
public class DatasetState implements DatasetVersionSource {

	private static final Log logger = LogFactory.getLog(DatasetState.class);

	private final MongoTemplate mongo;

	private volatile @Nullable DatasetInfo current;

	private volatile boolean storeFailing;

	/** The embedded store's query tables; none on MongoDB, whose indexes serve. */
	private final ObjectProvider<QueryTables> tables;

	/** A version whose query tables are being read before it is served. */
	private volatile @Nullable String preparing;

	/** The versions kept, newest first, as last read from the store. */
	private volatile List<KeptVersion> kept = List.of();

	/** Records of versions other than the current one that requests asked for. */
	private final Cache<String, DatasetInfo> older = Caffeine.newBuilder().maximumSize(4).build();

	/**
	 * The seed files of the versions whose files requests asked for: few, as a version
	 * lists every seed file.
	 */
	private final Cache<String, List<DatasetInfo.SourceFile>> sources = Caffeine.newBuilder().maximumSize(2).build();

	/**
	 * A version the store keeps.
	 *
	 * @param version the version
	 * @param publishedAt when it was published (its record's {@code loadedAt})
	 * @param counts entities per collection
	 * @param current whether it is the version served by default
	 */
	public record KeptVersion(String version, Instant publishedAt, Map<String, Long> counts, boolean current) {
	}

	public DatasetState(MongoTemplate mongo, ObjectProvider<QueryTables> tables) {
		this.mongo = mongo;
		this.tables = tables;
	}

	/** The served version's record; fails when none is loaded. */
	public DatasetInfo current() {
		DatasetInfo info = this.current;
		if (info == null) {
			throw new NoDatasetException("No dataset is loaded yet");
		}
		return info;
	}

	public @Nullable DatasetInfo currentOrNull() {
		return this.current;
	}

	@Override
	public @Nullable String currentVersion() {
		DatasetInfo info = this.current;
		return (info != null) ? info.version() : null;
	}

	public String version() {
		return current().version();
	}

	/**
	 * The record of the version a request asks for: the current one when
	 * {@code requested} is null.
	 * @throws NoDatasetException when no version is served yet
	 * @throws VersionNotKeptException when {@code requested} is not kept
	 */
	public DatasetInfo info(@Nullable String requested) {
		DatasetInfo current = current();
		if (requested == null || requested.equals(current.version())) {
			return current;
		}
		List<String> versions = keptVersions();
		if (!versions.contains(requested)) {
			throw new VersionNotKeptException(requested, versions);
		}
		DatasetInfo info = this.older.get(requested, this::record);
		if (info == null) {
			// deleted by a newer publication this instance has not seen yet
			throw new VersionNotKeptException(requested, versions);
		}
		return info;
	}

	@Override
	public @Nullable String resolve(@Nullable String requested) {
		if (this.current == null) {
			return null;
		}
		return info(requested).version();
	}

	/** The versions kept, newest first; at least the current one once one is served. */
	public List<KeptVersion> kept() {
		List<KeptVersion> versions = this.kept;
		DatasetInfo info = this.current;
		if (versions.isEmpty() && info != null) {
			return List.of(new KeptVersion(info.version(), info.loadedAt(), info.counts(), true));
		}
		return versions;
	}

	@Override
	public List<String> keptVersions() {
		return kept().stream().map(KeptVersion::version).toList();
	}

	/**
	 * Reads the pointer from the store; called after a load and on a schedule, one call
	 * at a time (a start's and the schedule's first calls met, and each switched to the
	 * version once the other's read of its tables ended).
	 */
	@Scheduled(fixedDelayString = "${accords.dataset.refresh-interval:2s}",
			initialDelayString = "${accords.dataset.refresh-interval:2s}")
	public synchronized void refresh() {
		try {
			DatasetPointer pointer = this.mongo.findById(DatasetPointer.ID, DatasetPointer.class,
					VersionedCollections.DATASETS);
			DatasetInfo known = this.current;
			if (pointer != null && (known == null || !known.version().equals(pointer.version()))) {
				DatasetInfo info = record(pointer.version());
				if (info != null) {
					prepare(info.version());
					this.kept = readKept(info.version());
					this.current = info;
					this.older.asMap().keySet().retainAll(keptVersions());
					logger.info("Serving dataset version " + info.version() + " " + info.counts() + "; versions kept: "
							+ keptVersions());
				}
			}
			if (this.storeFailing) {
				logger.info("Store reachable again");
				this.storeFailing = false;
			}
		}
		catch (RuntimeException ex) {
			if (!this.storeFailing) {
				logger.warn("Cannot read the dataset pointer from the store: " + ex.getMessage());
				this.storeFailing = true;
			}
		}
	}

	/**
	 * Reads what every page of a new version needs before the version is served: the
	 * previous version (if any) is served meanwhile, and a start is not ready until then
	 * ({@link DatasetHealthIndicator}), rather than ready with pages waiting seconds.
	 */
	private void prepare(String version) {
		QueryTables held = this.tables.getIfAvailable();
		if (held == null || held.holds(version)) {
			return;
		}
		this.preparing = version;
		try {
			held.prepare(version);
		}
		finally {
			this.preparing = null;
		}
	}

	/** A version whose query tables are being read before it is served; null if none. */
	public @Nullable String preparing() {
		return this.preparing;
	}

	/**
	 * The record of a version, without its list of seed files (10,000 for a
	 * 100k-statement corpus, which a start used to read and map); null if there is none.
	 */
	private @Nullable DatasetInfo record(String version) {
		Query query = new Query(Criteria.where("_id").is(version));
		query.fields().exclude(DatasetInfo.SOURCES);
		return this.mongo.findOne(query, DatasetInfo.class, VersionedCollections.DATASETS);
	}

	/**
	 * The seed files a kept version was built from, with their hashes, read when asked
	 * for.
	 * @throws VersionNotKeptException when the store no longer holds its record
	 */
	public List<DatasetInfo.SourceFile> sources(String version) {
		return this.sources.get(version, (key) -> {
			Query query = new Query(Criteria.where("_id").is(key));
			query.fields().include(DatasetInfo.SOURCES);
			DatasetInfo.Stored record = this.mongo.findOne(query, DatasetInfo.Stored.class,
					VersionedCollections.DATASETS);
			if (record == null) {
				throw new VersionNotKeptException(key, keptVersions());
			}
			return (record.sources() != null) ? record.sources() : List.of();
		});
	}

	/**
	 * The versions whose record and collections are both in the store, newest first,
	 * {@code current} first whatever the clocks of the instances that published them say.
	 */
	private List<KeptVersion> readKept(String current) {
		Set<String> stored = new HashSet<>();
		for (String name : this.mongo.getCollectionNames()) {
			String version = VersionedCollections.versionOf(name);
			if (version != null) {
				stored.add(version);
			}
		}
		// without the seed file list, which is long for a large corpus
		Query query = new Query(Criteria.where("_id").ne(DatasetPointer.ID))
			.with(Sort.by(Sort.Direction.DESC, "loadedAt"));
		query.fields().include("_id", "loadedAt", "counts");
		List<KeptVersion> versions = new ArrayList<>();
		for (Document record : this.mongo.find(query, Document.class, VersionedCollections.DATASETS)) {
			String version = record.getString("_id");
			if (version == null || !stored.contains(version)
					|| !(record.get("loadedAt") instanceof java.util.Date at)) {
				continue;
			}
			Map<String, Long> counts = new LinkedHashMap<>();
			if (record.get("counts") instanceof Document byType) {
				byType.forEach((type, count) -> counts.put(type, (count instanceof Number n) ? n.longValue() : 0L));
			}
			KeptVersion kept = new KeptVersion(version, at.toInstant(), counts, version.equals(current));
			if (kept.current()) {
				versions.add(0, kept);
			}
			else {
				versions.add(kept);
			}
		}
		return List.copyOf(versions);
	}

}
