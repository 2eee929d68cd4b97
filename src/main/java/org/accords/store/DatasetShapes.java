package org.accords.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.accords.graphql.DatasetShape;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Measures a dataset version's {@link DatasetShape} by reading each of its collections
 * once: the size of every stored list, how many entities refer back to one parent, the
 * longest value of every text. Measured when the first query of a version is priced (not
 * in the background at startup, where it would compete with the other first reads of a
 * busy store) and kept per version: a version never changes once published.
 */
@Component
class DatasetShapes implements DatasetShape.Source {

	private static final Log logger = LogFactory.getLog(DatasetShapes.class);

	/**
	 * Lists resolved by looking for the entities that refer back to the parent: the
	 * GraphQL field, and the collection and field that hold the reference.
	 */
	static final Map<String, String> BACK_REFERENCES = Map.ofEntries(
			Map.entry("Agreement.statements", "Statement.agreementId"),
			Map.entry("Agreement.signatories", "Signatory.agreementId"),
			Map.entry("Agreement.cooperationAreas", "CooperationArea.agreementId"),
			Map.entry("Agreement.commitments", "Commitment.agreementId"),
			Map.entry("Person.statements", "Statement.speakerId"),
			Map.entry("CooperationArea.statements", "Statement.areaIds"),
			Map.entry("CooperationArea.commitments", "Commitment.areaIds"),
			Map.entry("Agreement.linkedFrom", "Agreement.linkTargetIds"),
			Map.entry("Programme.agreements", "Agreement.programmeId"),
			Map.entry("Event.statements", "Statement.eventId"), Map.entry("Event.agreements", "Agreement.signedAtId"),
			Map.entry("Article.correctedBy", "Article.corrects"));

	/** Root lists that hold a whole collection. */
	static final Map<String, String> WHOLE_COLLECTIONS = Map.of("Query.countries", "Country");

	/** GraphQL types of the documents embedded in lists, by the list's stored name. */
	private static final Map<String, String> EMBEDDED = Map.of("evidence", "Evidence", "posts", "Post", "aliases",
			"Alias", "claims", "Claim", "events", "LifecycleEvent", "participants", "Participant", "links",
			"AgreementLink", "leftEvidence", "Evidence", "withdraws", "Claim", "periods", "ParticipationPeriod");

	/** GraphQL types of single embedded documents, by the field's stored name. */
	private static final Map<String, String> EMBEDDED_OBJECTS = Map.of("amount", "Money", "value", "Money", "funding",
			"Money", "quantity", "Quantity", "delivered", "Quantity", "fundingSource", "FundingSource", "condition",
			"Condition", "agreement", "WithdrawnAgreement");

	/** Fields every fact answers from its stored provenance (evidence/Reported). */
	private static final List<String> REPORTED = List.of("sources", "claims", "competingValues", "competingFacts",
			"mergedIds");

	/** Documents read at a time. */
	static final int CHUNK = 500;

	private final MongoTemplate mongo;

	private final Cache<String, DatasetShape> shapes = Caffeine.newBuilder().maximumSize(4).build();

	DatasetShapes(MongoTemplate mongo) {
		this.mongo = mongo;
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

	private DatasetShape measure(String version) {
		DatasetShape stored = stored(version);
		return (stored != null) ? stored : measured(version);
	}

	/** Measures the shape by reading every document of the version. */
	DatasetShape measured(String version) {
		long started = System.nanoTime();
		Measure measure = new Measure();
		String suffix = "_" + version;
		for (String name : this.mongo.getCollectionNames()) {
			if (!name.endsWith(suffix) || name.startsWith(VersionedCollections.DATASETS)
					|| name.startsWith(QueryTables.COLLECTION + "_")
					|| name.startsWith(VersionedCollections.SEARCH_INDEX + "_")) {
				continue;
			}
			String type = name.substring(0, name.length() - suffix.length());
			measure.counts.put(type, read(name, (document) -> measure.document(type, document)));
		}
		DatasetShape shape = shapeOf(measure);
		logger.info("Measured dataset version " + version + " in " + (System.nanoTime() - started) / 1_000_000
				+ " ms: list bounds " + new java.util.TreeMap<>(shape.listBounds()));
		return shape;
	}

	/**
	 * The shape measured when the version was published (on the embedded store, with its
	 * query tables); null if none was stored.
	 */
	@Nullable DatasetShape stored(String version) {
		Document document = this.mongo.findById(SHAPE_ID, Document.class, QueryTables.collection(version));
		if (document == null) {
			return null;
		}
		Map<String, Long> bounds = new HashMap<>();
		for (Document entry : document.getList("listBounds", Document.class)) {
			bounds.put(entry.getString("field"), entry.get("bound", Number.class).longValue());
		}
		Map<String, Integer> texts = new HashMap<>();
		for (Document entry : document.getList("textLengths", Document.class)) {
			texts.put(entry.getString("field"), entry.get("length", Number.class).intValue());
		}
		return new DatasetShape(bounds, texts);
	}

	/** Id of the stored shape among a version's query tables. */
	static final String SHAPE_ID = "shape";

	/**
	 * A shape as stored: field names hold dots, which stored documents may not use as
	 * keys, so entries are listed.
	 */
	static Document toDocument(DatasetShape shape) {
		List<Document> bounds = new ArrayList<>();
		new java.util.TreeMap<>(shape.listBounds())
			.forEach((field, bound) -> bounds.add(new Document("field", field).append("bound", bound)));
		List<Document> texts = new ArrayList<>();
		new java.util.TreeMap<>(shape.textLengths())
			.forEach((field, length) -> texts.add(new Document("field", field).append("length", length)));
		return new Document("_id", SHAPE_ID).append("listBounds", bounds).append("textLengths", texts);
	}

	/** The shape of what a walk over every document of a version found. */
	static DatasetShape shapeOf(Measure measure) {
		Map<String, Long> bounds = new HashMap<>(measure.lists);
		BACK_REFERENCES.forEach((field, reference) -> bounds.put(field, measure.mostReferences(reference)));
		WHOLE_COLLECTIONS.forEach((field, type) -> bounds.put(field, measure.counts.getOrDefault(type, 0L)));
		// what a fact answers from its provenance is bounded by what was stored; a field
		// no document of this version fills is bounded by 0 (each list's own bound
		// already covers its items)
		for (String type : measure.counts.keySet()) {
			for (String field : REPORTED) {
				bounds.putIfAbsent(type + "." + field, 0L);
			}
			// another fact may name this one as contradicting it
			bounds.merge(type + ".competingFacts", measure.contradicting.getOrDefault(type, 0L), Long::sum);
		}
		// a list no document of this version holds (an embedded type it has none of, or
		// a list recorded after the version was stored, which reads as empty) serves none
		for (String field : List.of("Alias.articles", "Claim.sources", "Claim.correctedBy", "Source.evidence",
				"Money.evidence", "Quantity.evidence", "FundingSource.evidence", "Condition.evidence",
				"LifecycleEvent.evidence", "Participant.evidence", "Participant.leftEvidence", "Participant.periods",
				"ParticipationPeriod.evidence", "AgreementLink.evidence", "Agreement.links", "Event.participants",
				"Event.evidence", "Event.sources", "Programme.evidence", "Programme.sources", "Article.corrects",
				"Article.editions", "Article.withdraws", "Person.aliases", "Organization.aliases", "Country.aliases",
				"Statement.onBehalfOfEvidence", "WithdrawnAgreement.parties", "Commitment.obligorCountries")) {
			bounds.putIfAbsent(field, 0L);
		}
		// the agreements an article withdraws whole are some of the facts it withdraws
		bounds.put("Article.withdrawnAgreements", bounds.get("Article.withdraws"));
		// commitmentTotals: the groups a grouping can have are the distinct
		// (currency, obligor, beneficiary) combinations of the version's commitments,
		// for each grouping; any filter's groups are some of them
		// ("Query.commitmentTotals"
		// alone is by currency; the grouping's keys follow, sorted)
		measure.totals.forEach((grouping, groups) -> bounds.put(grouping, (long) groups.size()));
		bounds.putIfAbsent(TOTALS, 0L);
		return new DatasetShape(bounds, measure.texts);
	}

	/**
	 * Reads every document of a collection, {@value #CHUNK} at a time by id, and returns
	 * how many there were: the embedded server materialises a query's whole result before
	 * its cursor hands out the first batch (as {@code export/ChunkedReader} explains),
	 * and an instance with a small heap serving a large version must not hold it all.
	 */
	private long read(String collection, Consumer<Document> consumer) {
		Query ids = new Query();
		ids.fields().include("_id");
		long count = 0;
		try (Stream<Document> stream = this.mongo.stream(ids, Document.class, collection)) {
			Iterator<Document> cursor = stream.iterator();
			List<Object> chunk = new ArrayList<>(CHUNK);
			while (cursor.hasNext()) {
				chunk.add(cursor.next().get("_id"));
				if (chunk.size() == CHUNK || !cursor.hasNext()) {
					for (Document document : this.mongo.find(Query.query(Criteria.where("_id").in(chunk)),
							Document.class, collection)) {
						consumer.accept(document);
						count++;
					}
					chunk.clear();
				}
			}
		}
		return count;
	}

	/** What the walk over a version's documents found so far. */
	/** The list bound of commitmentTotals grouped by currency alone. */
	static final String TOTALS = "Query.commitmentTotals";

	static final class Measure {

		final Map<String, Long> lists = new HashMap<>();

		final Map<String, Integer> texts = new HashMap<>();

		final Map<String, Long> counts = new HashMap<>();

		/** For each stored reference field, how many documents refer to each id. */
		final Map<String, Map<Object, Long>> references = new HashMap<>();

		/** For each type, how many of its documents name facts they contradict. */
		final Map<String, Long> contradicting = new HashMap<>();

		/** The distinct groups of each commitmentTotals grouping. */
		final Map<String, java.util.Set<String>> totals = new HashMap<>();

		/**
		 * Adds a commitment's groups: one per obligor (a joint commitment counts under
		 * each), for each grouping by obligor, beneficiary, both or neither.
		 */
		private void totals(Document document) {
			if (!(document.get("amount") instanceof Document amount) || amount.getString("currency") == null) {
				return;
			}
			String currency = amount.getString("currency");
			List<?> obligors = (document.get("obligorIds") instanceof List<?> ids && !ids.isEmpty()) ? ids
					: java.util.Collections.singletonList(null);
			Object beneficiary = document.get("beneficiaryId");
			for (Object obligor : obligors) {
				group(TOTALS, currency);
				group(TOTALS + ".OBLIGOR", currency + "|" + obligor);
				group(TOTALS + ".BENEFICIARY", currency + "|" + beneficiary);
				group(TOTALS + ".BENEFICIARY.OBLIGOR", currency + "|" + obligor + "|" + beneficiary);
			}
		}

		private void group(String grouping, String group) {
			this.totals.computeIfAbsent(grouping, (key) -> new java.util.HashSet<>()).add(group);
		}

		void document(String type, Document document) {
			if ("Commitment".equals(type)) {
				totals(document);
			}
			if (document.get("provenance") instanceof Document provenance) {
				provenance(type, document, provenance);
			}
			else if ("Post".equals(type) && document.get("evidence") instanceof List<?> evidence) {
				// a fact without provenance (a post) answers its sources from its
				// evidence:
				// at most one source per excerpt
				this.lists.merge(type + ".sources", (long) evidence.size(), Math::max);
				this.lists.merge("Source.evidence", (long) evidence.size(), Math::max);
			}
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
				else if (value instanceof Document embedded && EMBEDDED_OBJECTS.containsKey(field)) {
					document(EMBEDDED_OBJECTS.get(field), embedded);
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

		/**
		 * Bounds of the fields a fact answers from its provenance: its sources (at most
		 * its source count, or its evidence when that is larger), each source's evidence,
		 * its claims, the ids merged into it and the facts it contradicts.
		 */
		private void provenance(String type, Document document, Document provenance) {
			long evidence = (document.get("evidence") instanceof List<?> list) ? list.size() : 0;
			long sourceIds = (provenance.get("sourceIds") instanceof List<?> list) ? list.size() : 0;
			long sources = Math.max(Math.max(evidence, sourceIds),
					(provenance.get("sourceCount") instanceof Number count) ? count.longValue() : 0);
			this.lists.merge(type + ".sources", sources, Math::max);
			this.lists.merge("Source.evidence", evidence, Math::max);
			long claims = (provenance.get("claims") instanceof List<?> list) ? list.size() : 0;
			this.lists.merge(type + ".claims", claims, Math::max);
			this.lists.merge(type + ".competingValues", claims, Math::max);
			if (provenance.get("claims") instanceof List<?> list) {
				for (Object claim : list) {
					if (claim instanceof Document embedded && embedded.get("sourceIds") instanceof List<?> ids) {
						this.lists.merge("Claim.sources", (long) ids.size(), Math::max);
					}
					if (claim instanceof Document embedded && embedded.get("correctedBy") instanceof List<?> ids) {
						this.lists.merge("Claim.correctedBy", (long) ids.size(), Math::max);
					}
				}
			}
			long retired = (provenance.get("retiredIds") instanceof List<?> list) ? list.size() : 0;
			this.lists.merge(type + ".mergedIds", retired, Math::max);
			long contradicts = (provenance.get("contradicts") instanceof List<?> list) ? list.size() : 0;
			this.lists.merge(type + ".competingFacts", contradicts, Math::max);
			if (contradicts > 0) {
				this.contradicting.merge(type, 1L, Long::sum);
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
