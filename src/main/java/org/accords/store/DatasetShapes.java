package org.accords.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.accords.graphql.DatasetShape;
import org.accords.graphql.DatasetVersionSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Measures a dataset version's {@link DatasetShape} by reading each of its collections
 * once: the size of every stored list, how many entities refer back to one parent, the
 * longest value of every text. Kept per version (a version never changes once published).
 */
@Component
class DatasetShapes implements DatasetShape.Source {

	private static final Log logger = LogFactory.getLog(DatasetShapes.class);

	/**
	 * Lists resolved by looking for the entities that refer back to the parent: the
	 * GraphQL field, and the collection and field that hold the reference.
	 */
	static final Map<String, String> BACK_REFERENCES = Map.of("Agreement.statements", "Statement.agreementId",
			"Agreement.signatories", "Signatory.agreementId", "Agreement.cooperationAreas",
			"CooperationArea.agreementId", "Agreement.commitments", "Commitment.agreementId", "Person.statements",
			"Statement.speakerId", "CooperationArea.statements", "Statement.areaIds", "CooperationArea.commitments",
			"Commitment.areaIds");

	/** Root lists that hold a whole collection. */
	static final Map<String, String> WHOLE_COLLECTIONS = Map.of("Query.countries", "Country");

	/** GraphQL types of the documents embedded in lists, by the list's stored name. */
	private static final Map<String, String> EMBEDDED = Map.of("evidence", "Evidence", "posts", "Post");

	private final MongoTemplate mongo;

	private final DatasetVersionSource versions;

	private final Cache<String, DatasetShape> shapes = Caffeine.newBuilder().maximumSize(4).build();

	DatasetShapes(MongoTemplate mongo, DatasetVersionSource versions) {
		this.mongo = mongo;
		this.versions = versions;
	}

	/**
	 * The shape of {@code version}; while the store cannot be read,
	 * {@link DatasetShape#UNKNOWN} (not kept), and the request fails at the store anyway.
	 */
	@Override
	public DatasetShape shape(String version) {
		try {
			return this.shapes.get(version, this::measure);
		}
		catch (RuntimeException ex) {
			logger.debug("Cannot measure dataset version " + version, ex);
			return DatasetShape.UNKNOWN;
		}
	}

	/** Measures a newly served version before its first request has to. */
	@Scheduled(fixedDelayString = "${accords.dataset.refresh-interval:2s}")
	void measureServedVersion() {
		String version = this.versions.currentVersion();
		if (version != null) {
			shape(version);
		}
	}

	private DatasetShape measure(String version) {
		long started = System.nanoTime();
		Measure measure = new Measure();
		String suffix = "_" + version;
		for (String name : this.mongo.getCollectionNames()) {
			if (!name.endsWith(suffix) || name.startsWith(Collections.DATASETS)) {
				continue;
			}
			String type = name.substring(0, name.length() - suffix.length());
			long count = 0;
			for (Document document : this.mongo.getCollection(name).find()) {
				measure.document(type, document);
				count++;
			}
			measure.counts.put(type, count);
		}
		Map<String, Long> bounds = new HashMap<>(measure.lists);
		BACK_REFERENCES.forEach((field, reference) -> bounds.put(field, measure.mostReferences(reference)));
		WHOLE_COLLECTIONS.forEach((field, type) -> bounds.put(field, measure.counts.getOrDefault(type, 0L)));
		DatasetShape shape = new DatasetShape(bounds, measure.texts);
		logger.info("Measured dataset version " + version + " in " + (System.nanoTime() - started) / 1_000_000
				+ " ms: list bounds " + new java.util.TreeMap<>(bounds));
		return shape;
	}

	/** What the walk over a version's documents found so far. */
	private static final class Measure {

		final Map<String, Long> lists = new HashMap<>();

		final Map<String, Integer> texts = new HashMap<>();

		final Map<String, Long> counts = new HashMap<>();

		/** For each stored reference field, how many documents refer to each id. */
		final Map<String, Map<Object, Long>> references = new HashMap<>();

		void document(String type, Document document) {
			for (Map.Entry<String, Object> entry : document.entrySet()) {
				String field = entry.getKey();
				String key = type + "." + field;
				Object value = entry.getValue();
				if (value instanceof String text) {
					this.texts.merge(key, text.length(), Math::max);
					if (field.endsWith("Id")) {
						reference(key, text);
					}
				}
				else if (value instanceof List<?> list) {
					this.lists.merge(type + "." + graphQlName(field), (long) list.size(), Math::max);
					List<Object> ids = new ArrayList<>();
					for (Object item : list) {
						if (item instanceof Document embedded) {
							document(EMBEDDED.getOrDefault(field, field), embedded);
						}
						else if (field.endsWith("Ids") && !ids.contains(item)) {
							ids.add(item);
							reference(key, item);
						}
					}
				}
			}
		}

		private void reference(String key, Object id) {
			this.references.computeIfAbsent(key, (k) -> new HashMap<>()).merge(id, 1L, Long::sum);
		}

		long mostReferences(String key) {
			return this.references.getOrDefault(key, Map.of())
				.values()
				.stream()
				.mapToLong(Long::longValue)
				.max()
				.orElse(0);
		}

		/**
		 * {@code areaIds} is served as {@code areas}, {@code partyIds} as
		 * {@code parties}.
		 */
		static String graphQlName(String field) {
			if (!field.endsWith("Ids")) {
				return field;
			}
			String base = field.substring(0, field.length() - 3);
			return base.endsWith("y") ? base.substring(0, base.length() - 1) + "ies" : base + "s";
		}

	}

}
