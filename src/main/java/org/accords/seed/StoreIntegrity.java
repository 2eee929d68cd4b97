package org.accords.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.accords.article.Article;
import org.accords.dataset.DatasetPointer;
import org.accords.store.VersionedCollections;
import org.accords.store.EmbeddedDataFile;
import org.accords.store.Entity;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps what the store serves whole: at startup it checks that the served version is the
 * one last served and that each of its collections holds every document; before a load it
 * refuses entities too large to be stored; after a failed write it removes what was
 * written, so the version served before stays served.
 */
@Component
class StoreIntegrity {

	private static final Log logger = LogFactory.getLog(StoreIntegrity.class);

	/** The largest document MongoDB stores (its {@code maxBsonObjectSize}). */
	static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

	private final MongoTemplate mongo;

	private final @Nullable EmbeddedDataFile dataFile;

	StoreIntegrity(MongoTemplate mongo, ObjectProvider<EmbeddedDataFile> dataFile) {
		this.mongo = mongo;
		this.dataFile = dataFile.getIfAvailable();
	}

	/**
	 * Whether the store lost the version it served, or holds it damaged, and the seed
	 * data must rebuild it; says so in one line. A damaged version is withdrawn: it is
	 * never served.
	 */
	boolean damaged(String seedLocation) {
		String rebuild = "; rebuilding it from the seed data at " + seedLocation;
		if (this.dataFile != null && this.dataFile.movedAside() != null) {
			// already said when the file was moved aside
			return true;
		}
		DatasetPointer pointer = this.mongo.findById(DatasetPointer.ID, DatasetPointer.class,
				VersionedCollections.DATASETS);
		String served = (pointer != null) ? pointer.version() : null;
		if (served != null) {
			String incomplete = incomplete(served);
			if (incomplete != null) {
				this.mongo.remove(new Query(Criteria.where("_id").is(DatasetPointer.ID)),
						VersionedCollections.DATASETS);
				logger.error("The store holds dataset version " + served + " damaged (" + incomplete
						+ "), not serving it" + rebuild);
				return true;
			}
		}
		String expected = (this.dataFile != null) ? this.dataFile.lastServed() : null;
		if (expected != null && !expected.equals(served)) {
			logger.error("The embedded store's data file " + Objects.requireNonNull(this.dataFile).file()
					+ " lost its last writes: it holds "
					+ ((served != null) ? "dataset version " + served : "no dataset") + ", but version " + expected
					+ " was served from it" + rebuild);
			return true;
		}
		return false;
	}

	/** What is missing from a version's collections, or null if they are whole. */
	private @Nullable String incomplete(String version) {
		// the counts alone: the record's list of source files (one per seed file, 10,000
		// for a 100k-statement corpus) is not needed here
		Document info = this.mongo.getCollection(VersionedCollections.DATASETS)
			.find(Filters.eq("_id", version))
			.projection(Projections.include("counts"))
			.first();
		if (info == null) {
			return "its record is missing";
		}
		Document counts = info.get("counts", Document.class);
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, Object> expected : ((counts != null) ? counts : new Document()).entrySet()) {
			String name = VersionedCollections.of(expected.getKey(), version);
			long count = this.mongo.collectionExists(name) ? count(name) : 0;
			long want = ((Number) expected.getValue()).longValue();
			if (count != want) {
				missing.add(expected.getKey() + ": " + count + " of " + want + " documents");
			}
		}
		return missing.isEmpty() ? null : String.join(", ", missing);
	}

	private long count(String collection) {
		// the embedded server answers an estimate from the collection's size at once, and
		// it is exact there; counting documents would read them all. MongoDB's estimate
		// may be off after an unclean shutdown, so there it counts
		return (this.dataFile != null) ? this.mongo.getCollection(collection).estimatedDocumentCount()
				: this.mongo.getCollection(collection).countDocuments();
	}

	/**
	 * After a failed load has released its lock: the release, too, is written now, not in
	 * the background, where a full disk would close the store again.
	 */
	void settle() {
		commitOrReopen();
	}

	/**
	 * Records the version served, so that the next start can tell if the file lost it.
	 */
	void served(@Nullable String version) {
		if (this.dataFile != null && version != null) {
			this.dataFile.served(version);
		}
	}

	/**
	 * Converts every entity to the document the store keeps, and refuses entities larger
	 * than a stored document may be, naming the file (articles) or the entity and the
	 * limit.
	 * @return each collection's documents, in the order of its entities: the publisher
	 * writes them as they are, so that no entity is converted twice
	 * @throws SeedException listing each
	 */
	Map<String, List<Document>> checkStorable(SeedDataset dataset) {
		// every entity is converted once here, before anything is written: on both cores
		// (the converter and codecs are thread-safe), in the order of the collections, so
		// the problems are listed as the files are
		Map<String, List<Document>> documents = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, List<? extends Entity>> collection : dataset.collections().entrySet()) {
			List<Storable> storable = collection.getValue().parallelStream().map(this::storable).toList();
			List<Document> converted = new ArrayList<>(storable.size());
			for (Storable each : storable) {
				converted.add(each.document());
				if (each.problem() != null) {
					problems.add(each.problem());
				}
			}
			documents.put(collection.getKey(), converted);
		}
		if (!problems.isEmpty()) {
			throw new SeedException(problems);
		}
		return documents;
	}

	/**
	 * An entity as stored.
	 *
	 * @param document the document the store keeps
	 * @param problem why it cannot be stored; null when it fits in a document
	 */
	private record Storable(Document document, @Nullable String problem) {
	}

	private Storable storable(Entity entity) {
		Document document = new Document();
		this.mongo.getConverter().write(entity, document);
		// the exact size only when the bound does not show at once that it fits: most
		// documents are a few KiB, and encoding each took as long as converting it
		long bound = BsonSize.bound(document);
		long size = (bound >= 0 && bound <= MAX_DOCUMENT_BYTES) ? bound : encodedSize(document);
		if (size <= MAX_DOCUMENT_BYTES) {
			return new Storable(document, null);
		}
		String what = (entity instanceof Article article) ? "articles/" + article.file() + ": the article"
				: entity.getClass().getSimpleName() + " '" + entity.id() + "'";
		return new Storable(document, what + " takes " + megabytes(size) + " when stored, over the "
				+ megabytes(MAX_DOCUMENT_BYTES) + " a MongoDB document may hold; split it into parts");
	}

	private long encodedSize(Document document) {
		try (BasicOutputBuffer buffer = new BasicOutputBuffer();
				BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
			this.mongo.getConverter()
				.getCodecRegistry()
				.get(Document.class)
				.encode(writer, document, EncoderContext.builder().build());
			return buffer.getPosition();
		}
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/**
	 * After a failed write of {@code version}: removes its collections and record unless
	 * it is served (or kept for requests in flight), and says what happened.
	 */
	LoadFailedException failedWrite(String version, RuntimeException failure) {
		// a write that failed to reach the embedded store's file closed the store: it is
		// opened again, as it was at its last complete write, and the file and the cause
		// are named (the driver's message says only that a FileChannel failed)
		String cause = firstLine(failure);
		String cleanup;
		try {
			String notWritten = reopenIfWriteFailed();
			if (notWritten != null) {
				cause = notWritten;
			}
			DatasetPointer pointer = this.mongo.findById(DatasetPointer.ID, DatasetPointer.class,
					VersionedCollections.DATASETS);
			if (pointer != null && (version.equals(pointer.version()) || version.equals(pointer.previous()))) {
				cleanup = "";
			}
			else {
				for (String name : this.mongo.getCollectionNames()) {
					if (version.equals(VersionedCollections.versionOf(name))) {
						this.mongo.dropCollection(name);
					}
				}
				this.mongo.remove(new Query(Criteria.where("_id").is(version)), VersionedCollections.DATASETS);
				// written now, not in the background, where a full disk would close the
				// store again
				String notRemoved = commitOrReopen();
				cleanup = (notRemoved != null)
						? "; what was written of it could not be removed either, and is replaced at the next load"
						: "; what was written of it is removed";
			}
		}
		catch (RuntimeException ex) {
			cleanup = "; what was written of it could not be removed (" + firstLine(ex) + ")";
		}
		return new LoadFailedException(
				"Writing dataset version " + version + " to the store failed (" + cause + ")" + cleanup, failure);
	}

	/**
	 * After a load failed before it wrote (its lock not taken): if a write to the
	 * embedded store's file had failed, closing the store, opens it again and says so;
	 * nothing is removed, since the lock is another's or none.
	 * @return the exception to throw
	 */
	RuntimeException failedBeforeWriting(RuntimeException failure) {
		String notWritten = reopenIfWriteFailed();
		if (notWritten == null) {
			return failure;
		}
		return new LoadFailedException("Loading the seed data failed (" + notWritten + "); nothing of it was written",
				failure);
	}

	private static String firstLine(RuntimeException ex) {
		String message = Objects.toString(ex.getMessage(), ex.getClass().getSimpleName());
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	/** The embedded store's file opened again if a write to it failed; null otherwise. */
	private @Nullable String reopenIfWriteFailed() {
		return (this.dataFile != null) ? this.dataFile.reopenIfWriteFailed() : null;
	}

	/** The embedded store's changes written now; why they could not be, or null. */
	private @Nullable String commitOrReopen() {
		return (this.dataFile != null) ? this.dataFile.commitOrReopen() : null;
	}

}
