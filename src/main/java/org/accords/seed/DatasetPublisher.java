package org.accords.seed;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetPointer;
import org.accords.store.Collections;
import org.accords.store.Entity;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Writes a verified dataset as a new version beside the one being served, then moves the
 * pointer to it in one write: readers see the old version or the new one, never a mix, on
 * MongoDB and on the embedded server alike (no transactions needed).
 */
@Component
class DatasetPublisher {

	private static final Log logger = LogFactory.getLog(DatasetPublisher.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	DatasetPublisher(MongoTemplate mongo) {
		this.mongo = mongo;
		this.clock = Clock.systemUTC();
	}

	@Nullable String currentVersion() {
		DatasetPointer pointer = this.mongo.findById(DatasetPointer.ID, DatasetPointer.class, Collections.DATASETS);
		return (pointer != null) ? pointer.version() : null;
	}

	/**
	 * Publishes the dataset as {@code version}; returns false if that version is already
	 * the one served.
	 */
	boolean publish(String version, SeedDataset dataset, List<DatasetInfo.SourceFile> files) {
		String current = currentVersion();
		if (version.equals(current)) {
			return false;
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		Map<String, List<List<String>>> indexes = SeedDataset.indexes();
		for (Map.Entry<String, List<? extends Entity>> entry : dataset.collections().entrySet()) {
			String name = Collections.of(entry.getKey(), version);
			// a half-written copy of this version from an interrupted load is replaced
			// whole
			if (this.mongo.collectionExists(name)) {
				this.mongo.dropCollection(name);
			}
			this.mongo.createCollection(name);
			if (!entry.getValue().isEmpty()) {
				this.mongo.insert(entry.getValue(), name);
			}
			for (List<String> fields : indexes.getOrDefault(entry.getKey(), List.of())) {
				Index index = new Index();
				fields.forEach((field) -> index.on(field, Sort.Direction.ASC));
				this.mongo.indexOps(name).createIndex(index);
			}
			counts.put(entry.getKey(), (long) entry.getValue().size());
		}
		this.mongo.save(new DatasetInfo(version, Instant.now(this.clock), counts, files), Collections.DATASETS);
		this.mongo.save(new DatasetPointer(DatasetPointer.ID, version, current), Collections.DATASETS);
		dropOtherVersions((current != null) ? Set.of(version, current) : Set.of(version));
		logger.info("Published dataset version " + version + " " + counts);
		return true;
	}

	/** Keeps the new version and the one before it (for requests still in flight). */
	private void dropOtherVersions(Set<String> keep) {
		for (String name : this.mongo.getCollectionNames()) {
			String version = Collections.versionOf(name);
			if (version != null && !keep.contains(version)) {
				this.mongo.dropCollection(name);
			}
		}
	}

}
