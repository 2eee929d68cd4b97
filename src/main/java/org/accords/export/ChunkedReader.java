package org.accords.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.accords.store.FactStore;
import org.accords.store.VersionedCollections;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads a whole versioned collection straight from the store, a chunk at a time, never
 * through the read caches and never all at once.
 *
 * <p>
 * A cursor over the ids ({@link MongoTemplate#stream}, closed whatever happens) drives
 * lookups of {@value #CHUNK} documents by {@code _id}. A plain cursor over whole
 * documents would do on MongoDB, but the embedded server materialises every query's
 * result before its cursor hands out the first batch: 100k statements would all sit in
 * the heap. Ids alone are a twentieth of that, and lookups by {@code _id} use the unique
 * index on both stores. No sort is asked for, for the same reason: rows come in stored
 * order, the order of the seed files. On the embedded store the ids come from the
 * version's query tables instead ({@link FactStore#storedIds}): the server would read
 * every document to list them, holding the collection from every page meanwhile.
 */
@Component
class ChunkedReader {

	static final int CHUNK = 500;

	/** Receives one chunk of documents, in stored order. */
	interface ChunkConsumer {

		void accept(List<Document> chunk) throws IOException;

	}

	private final MongoTemplate mongo;

	private final FactStore store;

	/** Whether only the version served is read ({@link #ofServedOnly()}). */
	private final boolean servedOnly;

	@Autowired
	ChunkedReader(MongoTemplate mongo, FactStore store) {
		this(mongo, store, false);
	}

	private ChunkedReader(MongoTemplate mongo, FactStore store, boolean servedOnly) {
		this.mongo = mongo;
		this.store = store;
		this.servedOnly = servedOnly;
	}

	/**
	 * A reader for an instance's own work in the background ({@link DownloadSizes}): it
	 * reads the query tables of the version served only
	 * ({@link FactStore#storedIdsIfServed}), and a read of a version no longer served
	 * stops with a {@link java.util.concurrent.CancellationException} instead of loading
	 * them as an older version's, which would spend the one such load per 10 s that
	 * clients reading a kept version are allowed.
	 */
	ChunkedReader ofServedOnly() {
		return new ChunkedReader(this.mongo, this.store, true);
	}

	void read(String type, String version, ChunkConsumer consumer) throws IOException {
		String collection = VersionedCollections.of(type, version);
		EntityCatalog catalog = EntityCatalog.ofType(type);
		List<String> stored = null;
		if (catalog != null) {
			stored = this.servedOnly ? this.store.storedIdsIfServed(version, EntityType.any(catalog))
					: this.store.storedIds(version, EntityType.any(catalog));
		}
		if (stored != null) {
			for (int from = 0; from < stored.size(); from += CHUNK) {
				consumer.accept(fetch(collection, stored.subList(from, Math.min(from + CHUNK, stored.size()))));
			}
			return;
		}
		Query ids = new Query();
		ids.fields().include("_id");
		try (Stream<Document> stream = this.mongo.stream(ids, Document.class, collection)) {
			Iterator<Document> cursor = stream.iterator();
			List<String> chunk = new ArrayList<>(CHUNK);
			while (cursor.hasNext()) {
				chunk.add(cursor.next().getString("_id"));
				if (chunk.size() == CHUNK) {
					consumer.accept(fetch(collection, chunk));
					chunk.clear();
				}
			}
			if (!chunk.isEmpty()) {
				consumer.accept(fetch(collection, chunk));
			}
		}
	}

	/** Documents by id, from any collection of the version, with only some fields. */
	List<Document> byIds(String collection, Collection<String> ids, String... fields) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		for (String field : fields) {
			query.fields().include(field);
		}
		return this.mongo.find(query, Document.class, collection);
	}

	/**
	 * The ids of the documents of {@code collection} whose list {@code field} names each
	 * id, in the order {@code sort} gives them: one query, for the back-references of a
	 * table whose referring documents are few (the corrections among the articles). Only
	 * the documents whose list is not empty are read, and of them only the id, the list
	 * and the sort's fields.
	 */
	Map<String, List<String>> referrers(String collection, String field, Sort sort) {
		Query query = Query.query(Criteria.where(field + ".0").exists(true)).with(sort);
		query.fields().include("_id", field);
		sort.forEach((order) -> query.fields().include(order.getProperty()));
		Map<String, List<String>> referrers = new HashMap<>();
		for (Document document : this.mongo.find(query, Document.class, collection)) {
			for (Object id : document.getList(field, Object.class, List.of())) {
				referrers.computeIfAbsent(String.valueOf(id), (k) -> new ArrayList<>()).add(document.getString("_id"));
			}
		}
		return referrers;
	}

	private List<Document> fetch(String collection, List<String> ids) {
		Map<String, Document> found = new HashMap<>();
		for (Document document : byIds(collection, ids)) {
			found.put(document.getString("_id"), document);
		}
		if (found.size() != ids.size()) {
			// only when two newer versions were published while this one was being read:
			// better a broken download than one that silently lacks rows
			throw new IllegalStateException(collection + " changed while it was being exported");
		}
		List<Document> ordered = new ArrayList<>(ids.size());
		ids.forEach((id) -> ordered.add(found.get(id)));
		return ordered;
	}

}
