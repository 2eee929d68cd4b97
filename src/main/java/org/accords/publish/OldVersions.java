package org.accords.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.accords.dataset.DatasetPointer;
import org.accords.store.VersionedCollections;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The last step of publishing: deletes the versions beyond
 * {@code accords.dataset.keep-versions}, records first, then collections.
 */
final class OldVersions {

	/** Under the publisher's name: deleting is a step of publishing. */
	private static final Log logger = LogFactory.getLog(DatasetPublisher.class);

	private final MongoTemplate mongo;

	/**
	 * How many of the latest versions are kept ({@code accords.dataset.keep-versions}).
	 */
	private final int keepVersions;

	OldVersions(MongoTemplate mongo, int keepVersions) {
		this.mongo = mongo;
		this.keepVersions = keepVersions;
	}

	/**
	 * Keeps the last {@code accords.dataset.keep-versions} versions published, the new
	 * one included (the one before it also serves the requests still in flight), and
	 * deletes the others: their records first, so that no instance resolves a request to
	 * a version while its collections go, then their collections (and those of any
	 * version without a record, left by an interrupted load).
	 */
	void dropAllBut(String published) {
		Query newestFirst = new Query(Criteria.where("_id").ne(DatasetPointer.ID))
			.with(Sort.by(Sort.Direction.DESC, "loadedAt"));
		newestFirst.fields().include("_id");
		Set<String> stored = new HashSet<>();
		for (String name : this.mongo.getCollectionNames()) {
			String version = VersionedCollections.versionOf(name);
			if (version != null) {
				stored.add(version);
			}
		}
		Set<String> keep = new LinkedHashSet<>();
		keep.add(published);
		List<String> dropped = new ArrayList<>();
		for (Document record : this.mongo.find(newestFirst, Document.class, VersionedCollections.DATASETS)) {
			String version = record.getString("_id");
			if (version == null || keep.contains(version)) {
				continue;
			}
			// a record whose collections are gone (deleted before versions were kept by
			// number) takes no place
			if (keep.size() < this.keepVersions && stored.contains(version)) {
				keep.add(version);
			}
			else {
				dropped.add(version);
			}
		}
		if (!dropped.isEmpty()) {
			this.mongo.remove(Query.query(Criteria.where("_id").in(dropped)), VersionedCollections.DATASETS);
		}
		for (String name : this.mongo.getCollectionNames()) {
			String version = VersionedCollections.versionOf(name);
			if (version != null && !keep.contains(version)) {
				this.mongo.dropCollection(name);
			}
		}
		dropped.retainAll(stored);
		if (!dropped.isEmpty()) {
			logger.info("Deleted dataset versions older than the last " + this.keepVersions + ": " + dropped);
		}
	}

}
