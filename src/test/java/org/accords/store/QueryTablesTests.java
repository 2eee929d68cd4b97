package org.accords.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accords.SmallCacheTest;
import org.accords.agreement.Agreement;
import org.accords.commitment.Commitment;
import org.accords.dataset.DatasetState;
import org.accords.paging.Connection;
import org.accords.paging.PageArguments;
import org.accords.paging.PagedList;
import org.accords.seed.SeedLoader;
import org.accords.statement.Statement;
import org.accords.synthetic.SyntheticCorpus;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded store, pages and counts resolved through the query tables are exactly
 * what the server answers for the plain query: the same ids in the same order (ties,
 * missing values, offsets past the end included) and the same counts, for every kind of
 * condition {@link Where} builds; queries the tables cannot answer are left to the
 * server.
 */
@SmallCacheTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryTablesTests {

	/** The list the pages here belong to; their cursors are not used. */
	private static final PagedList STATEMENTS = PagedList.of("statements", List.of("filter", "orderBy"), Map.of(),
			null);

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	QueryTables tables;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	FactStore store;

	@Autowired
	DatasetShapes shapes;

	@TempDir
	static Path folder;

	String version;

	@BeforeAll
	void loadACorpusWithTiesAndMissingValues() {
		// a quarter of synthetic statements have no saidOn, and twenty share an article
		// (and so a date): sorts meet ties and missing values
		SyntheticCorpus.write(folder, 1500, 42);
		assertThat(this.loader.load(folder.toUri().toString())).isEqualTo(SeedLoader.Outcome.PUBLISHED);
		this.version = this.state.version();
	}

	@AfterAll
	void restoreRealSeed() {
		this.loader.load("classpath:seed-data/");
	}

	private static final List<Sort> SORTS = List.of(Sort.by("saidOn", "_id"),
			Sort.by(Sort.Direction.DESC, "saidOn", "_id"), Sort.by("saidOn"), Sort.by(Sort.Direction.DESC, "saidOn"),
			Sort.by(Sort.Direction.DESC, "provenance.reportedOn").and(Sort.by("_id")), Sort.by("occasion"),
			Sort.by(Sort.Direction.DESC, "_id"), Sort.unsorted());

	private static final long[][] SLICES = { { 0, 20 }, { 7, 5 }, { 0, 0 }, { 1490, 20 }, { 5000, 10 } };

	@Test
	void statementPagesAreThoseOfThePlainQuery() {
		// the first statement a person speaks (the corpus has ministries speaking too)
		Document first = plain("Statement", Criteria.where("speakerId").ne(null), Sort.by("_id"), 0, 1).get(0);
		String speaker = first.getString("speakerId");
		String area = first.getList("areaIds", String.class).get(0);
		List<Criteria> filters = List.of(new Criteria(), Where.all().is("speakerId", speaker).criteria(),
				Where.all().is("kind", "PARAPHRASE").criteria(),
				Where.all().between("saidOn", LocalDate.parse("2024-01-10"), LocalDate.parse("2024-03-01")).criteria(),
				Where.all().between("saidOn", null, LocalDate.parse("2024-02-01")).criteria(),
				Where.all().is("areaIds", area).criteria(),
				Where.all().containsAll("areaIds", List.of(area)).criteria(),
				Where.all().in("speakerId", List.of(speaker, "synthetic-person-000003")).criteria(),
				Where.all()
					.in("_id", List.of(first.getString("_id"), "synthetic-statement-0000100", "nope"))
					.criteria(),
				// a text filter's ids: a long list, alone or with other conditions
				Where.all().in("_id", everyOtherStatement()).criteria(),
				Where.all().in("_id", everyOtherStatement()).is("kind", "PARAPHRASE").criteria(),
				Where.all().is("kind", "PARAPHRASE").in("_id", List.of()).criteria(),
				// the same as the search index names them: kept whole, keyed by name
				Where.all().in("_id", new IdList("every other", everyOtherStatement())).criteria(),
				Where.all()
					.is("kind", "PARAPHRASE")
					.in("_id", new IdList("every other", everyOtherStatement()))
					.flag("provenance.disputed", false)
					.criteria(),
				Where.all()
					.in("speakerId", new IdList("two speakers", List.of(speaker, "synthetic-person-000003")))
					.criteria(),
				Where.all().atLeast("provenance.sourceCount", 1).criteria(),
				Where.all().atLeast("provenance.sourceCount", 2).criteria(),
				Where.all().flag("provenance.disputed", true).criteria(),
				Where.all().flag("provenance.disputed", false).criteria(),
				Where.all().between("provenance.reportedOn", LocalDate.parse("2024-01-05"), null).criteria(),
				Where.all().within("saidOn", "occasion", LocalDate.parse("2024-02-01")).criteria(),
				Where.all()
					.is("kind", "DIRECT_QUOTE")
					.flag("provenance.disputed", false)
					.between("saidOn", LocalDate.parse("2024-01-20"), null)
					.criteria(),
				Where.all().is("noSuchField", "x").criteria(), Criteria.where("occasion").is(null),
				Criteria.where("saidOn").exists(false));
		int compared = 0;
		for (Criteria filter : filters) {
			assertThat(this.tables.count(this.version, "Statement", filter)).as(filter.getCriteriaObject().toJson())
				.isEqualTo(this.mongo.count(Query.query(filter), name("Statement")));
			for (Sort sort : SORTS) {
				// the server fetches a list of ids through its id index, so rows that tie
				// on
				// the sort come in that lookup's order; the API's orders all end with _id
				if (filter.getCriteriaObject().toJson().contains("no-such-statement") && !endsWithId(sort)) {
					compared += SLICES.length;
					continue;
				}
				// the plain query's whole answer once per filter and order, its slices
				// cut as
				// the embedded server cuts them (it sorts every match, then skips and
				// limits)
				List<String> whole = ids(plainIds("Statement", filter, sort));
				for (long[] slice : SLICES) {
					List<String> ids = this.tables.ids(this.version, "Statement", Statement.class, filter, sort,
							slice[0], (int) slice[1]);
					assertThat(ids).as(filter.getCriteriaObject().toJson() + " " + sort + " " + slice[0])
						.isEqualTo(slice(whole, slice[0], (int) slice[1]));
					compared++;
				}
			}
		}
		assertThat(compared).isEqualTo(filters.size() * SORTS.size() * SLICES.length);
	}

	@Test
	void aPageBeingResolvedIsSeenByTheWarmUp() {
		// search/VersionWarmUp reads the index once no page is resolved from the tables
		QueryTables fresh = new QueryTables(this.mongo, true, () -> this.version);
		boolean[] during = { false };
		Criteria watched = new Criteria() {

			@Override
			public Document getCriteriaObject() {
				during[0] = fresh.resolving();
				return super.getCriteriaObject();
			}

		};
		assertThat(fresh.resolving()).isFalse();
		assertThat(fresh.count(this.version, "Statement", watched)).isEqualTo(1500L);
		assertThat(during[0]).isTrue();
		assertThat(fresh.resolving()).isFalse();
	}

	@Test
	void awaitHeldReadsTheTablesAndHoldsThem() {
		// what a newly served version's warm-up (search/VersionWarmUp) calls before any
		// page asks
		QueryTables fresh = new QueryTables(this.mongo, true, () -> this.version);
		assertThat(fresh.holds(this.version)).isFalse();
		fresh.awaitHeld(this.version);
		assertThat(fresh.holds(this.version)).isTrue();
		assertThat(fresh.table(this.version, "Statement").size()).isEqualTo(1500);
	}

	@Test
	void otherCollectionsAnswerAsThePlainQuery() {
		for (Map.Entry<String, List<Criteria>> entry : Map.of("Commitment",
				List.of(new Criteria(), Where.all().is("status", "UNDERTAKEN").criteria(),
						Where.all().atLeast("provenance.sourceCount", 1).criteria()),
				"Agreement", List.of(new Criteria(), Where.all().is("kind", "MEMORANDUM_OF_UNDERSTANDING").criteria()),
				"Article", List.of(Where.all().between("publishedOn", LocalDate.parse("2024-01-03"), null).criteria()),
				"Person", List.of(new Criteria(), Where.all().is("countryId", "synthetic-lt").criteria()),
				// the posts filter: its own conditions and those on sources
				"Post",
				List.of(new Criteria(), Where.all().is("countryId", "synthetic-lt").criteria(),
						Where.all().covers("termStart", "termEnd", LocalDate.parse("2024-02-01")).criteria(),
						Where.all().atLeast("provenance.sourceCount", 1).criteria(),
						Where.all().flag("provenance.disputed", false).criteria(),
						Where.all().between("provenance.reportedOn", LocalDate.parse("2024-01-05"), null).criteria()))
			.entrySet()) {
			String type = entry.getKey();
			for (Criteria filter : entry.getValue()) {
				for (Sort sort : List.of(Sort.by("_id"), Sort.by(Sort.Direction.DESC, "provenance.reportedOn", "_id"),
						Sort.by("signedOn", "_id"), Sort.by(Sort.Direction.DESC, "publishedOn"),
						Sort.by("termStart", "_id"))) {
					assertThat(this.tables.ids(this.version, type, Document.class, filter, sort, 3, 10))
						.as(type + " " + filter.getCriteriaObject().toJson() + " " + sort)
						.isEqualTo(ids(plain(type, filter, sort, 3, 10)));
				}
			}
		}
	}

	/**
	 * An article's source view gathers its facts by {@code evidence.articleId}, a field
	 * of a list of documents whose prose keeps the list out of the tables: the tables
	 * answer it (equality and {@code $in} of ids, alone or with other conditions) from
	 * the articles' ids gathered per fact, exactly as the server does, for every
	 * collection the view reads; any other condition on it, and the list's other fields,
	 * are left to the server.
	 */
	@Test
	void factsOfAnArticleAreThoseOfThePlainQuery() {
		List<String> articles = ids(plain("Article", new Criteria(), Sort.by("_id"), 0, 0));
		assertThat(articles).hasSizeGreaterThan(2);
		String first = articles.get(0);
		String last = articles.get(articles.size() - 1);
		List<Criteria> filters = List.of(Criteria.where("evidence.articleId").is(first),
				Criteria.where("evidence.articleId").is(last),
				Criteria.where("evidence.articleId").is("no-such-article"),
				Criteria.where("evidence.articleId").in(first, last),
				Criteria.where("evidence.articleId").is(first).and("kind").is("PARAPHRASE"), new Criteria().orOperator(
						Criteria.where("evidence.articleId").is(first), Criteria.where("evidence.articleId").is(last)));
		int answered = 0;
		for (String type : List.of("Statement", "Signatory", "CooperationArea", "Commitment", "Agreement",
				"Organization", "Event", "Programme")) {
			for (Criteria filter : filters) {
				List<String> ids = this.tables.ids(this.version, type, Document.class, filter, Sort.by("_id"), 0, 0);
				List<String> expected = ids(plain(type, filter, Sort.by("_id"), 0, 0));
				if (type.equals("Statement")) {
					assertThat(ids).as(type + " " + filter.getCriteriaObject().toJson()).isNotNull();
				}
				if (ids != null) {
					assertThat(ids).as(type + " " + filter.getCriteriaObject().toJson()).isEqualTo(expected);
					answered += expected.size();
				}
			}
		}
		assertThat(answered).as("facts found through the tables").isPositive();
		// people are found by their own evidence or their posts' (a list in a list)
		for (String article : List.of(first, last, "no-such-article")) {
			Criteria filter = new Criteria().orOperator(Criteria.where("evidence.articleId").is(article),
					Criteria.where("posts.evidence.articleId").is(article));
			assertThat(this.tables.ids(this.version, "Person", Document.class, filter, Sort.by("_id"), 0, 0))
				.as(filter.getCriteriaObject().toJson())
				.isEqualTo(ids(plain("Person", filter, Sort.by("_id"), 0, 0)));
		}
		// other conditions on the gathered ids, and the evidence's other fields, are not
		// held
		for (Criteria filter : List.of(Criteria.where("evidence.articleId").ne(first),
				Criteria.where("evidence.articleId").exists(true), Criteria.where("evidence.articleId").regex("^syn"),
				Criteria.where("evidence.articleId").is(null), Criteria.where("evidence.excerpt").is("x"),
				Criteria.where("evidence").size(1))) {
			assertThat(this.tables.count(this.version, "Statement", filter)).as(filter.getCriteriaObject().toJson())
				.isNull();
		}
		// nor are they read back or sorted on
		assertThat(this.tables.fields(this.version, "Statement", Statement.class, new Criteria(), Sort.by("_id"),
				List.of("evidence.articleId"), 5))
			.isNull();
		assertThat(this.tables.ids(this.version, "Statement", Statement.class, new Criteria(),
				Sort.by("evidence.articleId"), 0, 5))
			.isNull();
	}

	/**
	 * An article's view asks for the facts citing it, one query per article, each asked
	 * rarely: a thousand views in a row leave the matches of a page asked often in the
	 * cache, and answer as the server does.
	 */
	@Test
	void manyArticleViewsDoNotPushOutTheMatchesOfAPageAskedOften() {
		QueryTables fresh = new QueryTables(this.mongo, true, () -> this.version);
		Criteria page = Where.all().is("kind", "PARAPHRASE").criteria();
		Long counted = fresh.count(this.version, "Statement", page);
		fresh.count(this.version, "Statement", page);
		fresh.count(this.version, "Statement", page);
		assertThat(fresh.matchStats().hitCount()).isEqualTo(2);
		List<String> articles = ids(plain("Article", new Criteria(), Sort.by("_id"), 0, 0));
		for (int i = 0; i < 1000; i++) {
			String article = (i < articles.size()) ? articles.get(i) : "no-such-article-" + i;
			Criteria view = Criteria.where("evidence.articleId").is(article);
			assertThat(fresh.count(this.version, "Statement", view)).as(article)
				.isEqualTo(this.mongo.count(Query.query(view), name("Statement")));
		}
		long hits = fresh.matchStats().hitCount();
		assertThat(fresh.count(this.version, "Statement", page)).isEqualTo(counted);
		assertThat(fresh.matchStats().hitCount()).as("the page's matches were still held").isEqualTo(hits + 1);
		// the views have their own few entries; a view asked again at once is one of them
		assertThat(fresh.referenceMatchStats().missCount()).isEqualTo(1000);
		assertThat(fresh.referenceMatchesHeld()).isLessThanOrEqualTo(32);
		fresh.count(this.version, "Statement", Criteria.where("evidence.articleId").is("no-such-article-999"));
		assertThat(fresh.referenceMatchStats().hitCount()).isEqualTo(1);
	}

	/**
	 * The agreements filter on a day ({@code activeOn} with {@code between},
	 * {@code leader} or {@code party}) reads one item of a list of documents
	 * ({@code $elemMatch} on {@code takingPart}): the tables answer it, as the server
	 * does, for a coalition's member that joined later, before, on and after the day it
	 * joined, and for its leaders and parties.
	 */
	@Test
	void agreementsTakingPartOnADayAreThoseOfThePlainQuery() {
		Document joiner = plain("Agreement", new Criteria(), Sort.by("_id"), 0, 0).stream()
			.flatMap((agreement) -> agreement.getList("takingPart", Document.class).stream())
			.filter((part) -> !part.getString("from").equals("0000-01-01"))
			.findFirst()
			.orElseThrow();
		Document leader = plain("Agreement", new Criteria(), Sort.by("_id"), 0, 0).stream()
			.flatMap((agreement) -> agreement.getList("takingPart", Document.class).stream())
			.filter((part) -> part.getBoolean("leader"))
			.findFirst()
			.orElseThrow();
		LocalDate joined = LocalDate.parse(joiner.getString("from"));
		List<Criteria> filters = new ArrayList<>();
		for (LocalDate day : List.of(joined.minusDays(1), joined, joined.plusDays(1))) {
			filters.add(Where.all()
				.spanOn("takingPart", "countryId", List.of(joiner.getString("countryId")), null, "from", "until", day)
				.criteria());
			filters.add(Where.all()
				.spanOn("takingPart", "countryId",
						List.of(joiner.getString("countryId"), leader.getString("countryId")), null, "from", "until",
						day)
				.criteria());
			filters.add(Where.all()
				.spanOn("takingPart", "countryId", List.of(joiner.getString("countryId")), "party", "from", "until",
						day)
				.criteria());
			filters.add(Where.all()
				.is("kind", "COALITION")
				.spanOn("takingPart", "countryId", List.of(leader.getString("countryId")), "leader", "from", "until",
						day)
				.criteria());
		}
		Set<Long> counts = new java.util.HashSet<>();
		for (Criteria filter : filters) {
			Long counted = this.tables.count(this.version, "Agreement", filter);
			assertThat(counted).as(filter.getCriteriaObject().toJson())
				.isEqualTo(this.mongo.count(Query.query(filter), name("Agreement")));
			counts.add(counted);
			assertThat(this.tables.ids(this.version, "Agreement", Agreement.class, filter, Sort.by("signedOn", "_id"),
					0, 20))
				.as(filter.getCriteriaObject().toJson())
				.isEqualTo(ids(plain("Agreement", filter, Sort.by("signedOn", "_id"), 0, 20)));
		}
		// the day the member joined tells: before it, fewer agreements have it
		assertThat(counts).hasSizeGreaterThan(1);
	}

	/**
	 * A version published by a release that did not keep each country's days has
	 * agreements without {@code takingPart}: on a day, they answer as they did then
	 * (every country that ever took part), not as taking part in nothing, on the server
	 * and in the tables.
	 */
	@Test
	void anAgreementStoredWithoutItsCountriesDaysAnswersOnADayAsBefore() {
		String version = "stored-before-taking-part";
		String collection = VersionedCollections.of("Agreement", version);
		Document before = new Document("_id", "before").append("countryIds", List.of("X"));
		Document left = new Document("_id", "left").append("countryIds", List.of("X"))
			.append("takingPart",
					List.of(new Document("countryId", "X").append("from", "0000-01-01")
						.append("until", "2026-01-01")
						.append("party", false)
						.append("leader", false)));
		try {
			this.mongo.insert(List.of(before, left), collection);
			QueryTables.Builder built = new QueryTables.Builder();
			built.add("Agreement", before);
			built.add("Agreement", left);
			this.tables.save(built, version);
			Criteria onADay = Where.all()
				.containsAll("countryIds", List.of("X"))
				.spanOn("takingPart", "countryId", List.of("X"), null, "from", "until", LocalDate.parse("2026-02-01"))
				.criteria();
			assertThat(ids(this.mongo.find(Query.query(onADay), Document.class, collection))).containsExactly("before");
			assertThat(this.tables.ids(version, "Agreement", Agreement.class, onADay, Sort.by("_id"), 0, 0))
				.containsExactly("before");
		}
		finally {
			this.mongo.dropCollection(collection);
			this.mongo.dropCollection(QueryTables.collection(version));
		}
	}

	/**
	 * A fact whose evidence holds a reference the tables cannot gather (a number, a
	 * document, a list of ids, an id longer than a column keeps) no longer sends every
	 * article's query to the server: that fact alone is read by id and matched with the
	 * server's matcher, and the answers are the server's, for it and for every other
	 * fact. Past {@link QueryTables#MOST_UNGATHERED} such facts, the server answers.
	 */
	@Test
	void factsWhoseReferencesCannotBeGatheredAreMatchedOnThemselves() {
		List<Object> odd = List.of(7, new Document("id", "art-1"), List.of("art-1", "art-2"), "x".repeat(70));
		String version = "ungathered-references";
		String collection = VersionedCollections.of("Statement", version);
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Object reference = (i % 10 == 3) ? odd.get(i / 10) : "art-" + (i % 5);
			documents.add(new Document("_id", "s-" + (100 + i)).append("kind", (i % 2 == 0) ? "A" : "B")
				.append("evidence", List.of(new Document("articleId", reference).append("excerpt", "y".repeat(90)),
						new Document("articleId", "art-" + (i % 3)))));
		}
		try {
			this.mongo.insert(documents, collection);
			QueryTables.Builder built = new QueryTables.Builder();
			documents.forEach((document) -> built.add("Statement", document));
			this.tables.save(built, version);
			for (Criteria filter : List.of(Criteria.where("evidence.articleId").is("art-1"),
					Criteria.where("evidence.articleId").is("art-2"), Criteria.where("evidence.articleId").is("art-4"),
					Criteria.where("evidence.articleId").is("x".repeat(70)),
					Criteria.where("evidence.articleId").in("art-0", "art-2"),
					Criteria.where("evidence.articleId").is("art-1").and("kind").is("B"), new Criteria().orOperator(
							Criteria.where("evidence.articleId").is("art-4"), Criteria.where("kind").is("A")))) {
				String as = filter.getCriteriaObject().toJson();
				List<String> expected = ids(
						this.mongo.find(Query.query(filter).with(Sort.by("_id")), Document.class, collection));
				assertThat(expected).as(as).isNotEmpty();
				assertThat(this.tables.ids(version, "Statement", Document.class, filter, Sort.by("_id"), 0, 0)).as(as)
					.isEqualTo(expected);
				assertThat(this.tables.count(version, "Statement", filter)).as(as).isEqualTo(expected.size());
			}
		}
		finally {
			this.mongo.dropCollection(collection);
			this.mongo.dropCollection(QueryTables.collection(version));
		}
		// past the limit, the server answers the whole query
		String many = "ungathered-references-many";
		String manyCollection = VersionedCollections.of("Statement", many);
		List<Document> numbered = new ArrayList<>();
		for (int i = 0; i <= QueryTables.MOST_UNGATHERED; i++) {
			numbered.add(new Document("_id", "n-" + i).append("evidence", List.of(new Document("articleId", i))));
		}
		try {
			this.mongo.insert(numbered, manyCollection);
			QueryTables.Builder built = new QueryTables.Builder();
			numbered.forEach((document) -> built.add("Statement", document));
			this.tables.save(built, many);
			assertThat(this.tables.count(many, "Statement", Criteria.where("evidence.articleId").is("art-1"))).isNull();
			assertThat(this.tables.count(many, "Statement", Criteria.where("_id").is("n-1"))).isEqualTo(1);
		}
		finally {
			this.mongo.dropCollection(manyCollection);
			this.mongo.dropCollection(QueryTables.collection(many));
		}
	}

	@Test
	void fieldsForSumsAreThoseOfTheProjectedQuery() {
		List<String> paths = List.of("_id", "amount.amount", "amount.currency", "amount.approximate", "obligorIds",
				"beneficiaryId");
		Document first = plain("Commitment", Criteria.where("amount").ne(null), Sort.by("_id"), 0, 1).get(0);
		String currency = first.get("amount", Document.class).getString("currency");
		for (Criteria filter : List.of(new Criteria(), Criteria.where("amountKey").ne(null),
				Where.all().is("amount.currency", currency).criteria(),
				Where.all().is("status", "UNDERTAKEN").is("amount.currency", currency).criteria())) {
			for (int limit : new int[] { 1, 7, 100_000 }) {
				Query projected = Query.query(filter).limit(limit);
				paths.forEach((path) -> projected.fields().include(path));
				List<Document> expected = this.mongo.find(projected, Document.class, name("Commitment"));
				assertThat(this.tables.fields(this.version, "Commitment", Commitment.class, filter, Sort.unsorted(),
						paths, limit))
					.as(filter.getCriteriaObject().toJson() + " limit " + limit)
					.isNotEmpty()
					.isEqualTo(expected);
			}
		}
		// a path the tables do not hold whole is left to the server, and the store
		// still answers it
		assertThat(this.tables.fields(this.version, "Commitment", Commitment.class, new Criteria(), Sort.unsorted(),
				List.of("_id", "provenance"), 5))
			.isNull();
		this.store.clearCache();
		assertThat(this.store.fields(this.version, Commitment.ENTITY, new Criteria(), Sort.unsorted(),
				List.of("_id", "provenance"), 5))
			.hasSize(5)
			.allSatisfy((document) -> assertThat(document.keySet()).containsExactlyInAnyOrder("_id", "provenance"));
		assertThat(new QueryTables(this.mongo, false).fields(this.version, "Commitment", Commitment.class,
				new Criteria(), Sort.unsorted(), paths, 5))
			.isNull();
	}

	/**
	 * The lists nested pages are cut from: the ids and references of the statements of
	 * some agreements, speakers and areas (a list of references), in the order of each
	 * list, as the projected and sorted query returns them; an order the tables do not
	 * hold is left to the server.
	 */
	@Test
	void sortedFieldsForNestedPagesAreThoseOfTheProjectedQuery() {
		Document first = plain("Statement", Criteria.where("speakerId").ne(null), Sort.by("_id"), 0, 1).get(0);
		List<String> agreements = List.of(first.getString("agreementId"), "no-such-agreement");
		List<String> speakers = List.of(first.getString("speakerId"), "synthetic-person-000003");
		List<String> areas = List.of(first.getList("areaIds", String.class).get(0));
		int compared = 0;
		for (Criteria filter : List.of(Criteria.where("agreementId").in(agreements),
				Criteria.where("speakerId").in(speakers), Criteria.where("areaIds").in(areas))) {
			String field = filter.getKey();
			for (Sort sort : List.of(Sort.by("saidOn", "_id"), Sort.by(Sort.Direction.DESC, "saidOn", "_id"),
					Sort.by("_id"))) {
				Query projected = Query.query(filter).with(sort);
				projected.fields().include("_id").include(field);
				List<Document> expected = this.mongo.find(projected, Document.class, name("Statement"));
				assertThat(this.tables.fields(this.version, "Statement", Statement.class, filter, sort,
						List.of("_id", field), Integer.MAX_VALUE))
					.as(filter.getCriteriaObject().toJson() + " " + sort)
					.hasSizeGreaterThan(1)
					.isEqualTo(expected);
				compared++;
			}
		}
		assertThat(compared).isEqualTo(9);
		assertThat(this.tables.fields(this.version, "Statement", Statement.class,
				Criteria.where("agreementId").in(agreements), Sort.by("text"), List.of("_id", "agreementId"), 10))
			.isNull();
	}

	@Test
	void whatTheTablesDoNotHoldIsLeftToTheServer() {
		// texts longer than a few words are not in the table; a regular expression is
		// not an operator the tables evaluate
		int longest = plain("Statement", new Criteria(), Sort.unsorted(), 0, 0).stream()
			.mapToInt((statement) -> statement.getString("text").length())
			.max()
			.orElseThrow();
		assertThat(longest).isGreaterThan(QueryTables.LONGEST_TEXT);
		assertThat(this.tables.ids(this.version, "Statement", Statement.class, Criteria.where("text").is("x"),
				Sort.unsorted(), 0, 10))
			.isNull();
		assertThat(this.tables.ids(this.version, "Statement", Statement.class, Criteria.where("kind").regex("^PARA"),
				Sort.unsorted(), 0, 10))
			.isNull();
		assertThat(this.tables.ids(this.version, "Statement", Statement.class, new Criteria(), Sort.by("text"), 0, 10))
			.isNull();
		// a whole embedded document, or a list of documents, is not held either
		assertThat(this.tables.count(this.version, "Statement", Criteria.where("provenance").is(null))).isNull();
		assertThat(this.tables.count(this.version, "Statement", Criteria.where("evidence.start").gte(0))).isNull();
		// and the store still answers them, from the server
		PageArguments request = new PageArguments(5, null, null, null, STATEMENTS);
		Connection<Statement> page = this.store.page(this.version, Statement.ENTITY,
				Criteria.where("kind").regex("^PARA"), Sort.by("_id"), request);
		assertThat(page.totalCount())
			.isEqualTo(this.mongo.count(Query.query(Criteria.where("kind").regex("^PARA")), name("Statement")));
	}

	@Test
	void theStoreServesPagesThroughTheTables() {
		this.store.clearCache();
		Criteria filter = Where.all().is("kind", "PARAPHRASE").criteria();
		PageArguments request = new PageArguments(20, null, null, null, STATEMENTS);
		Connection<Statement> page = this.store.page(this.version, Statement.ENTITY, filter,
				Sort.by(Sort.Direction.DESC, "saidOn", "_id"), request);
		List<Statement> expected = this.mongo.find(
				Query.query(filter).with(Sort.by(Sort.Direction.DESC, "saidOn", "_id")).limit(20), Statement.class,
				name("Statement"));
		assertThat(page.edges().stream().map(Connection.Edge::node).toList()).isEqualTo(expected);
		assertThat(page.totalCount()).isEqualTo(this.mongo.count(Query.query(filter), name("Statement")));
	}

	@Test
	void switchedOffTheTablesLeaveEveryQueryToTheServer() {
		assertThat(new QueryTables(this.mongo, false).ids(this.version, "Statement", Statement.class, new Criteria(),
				Sort.by("_id"), 0, 10))
			.isNull();
		assertThat(this.tables.ids(this.version, "Statement", Statement.class, new Criteria(), Sort.by("_id"), 0, 10))
			.hasSize(10);
	}

	@Test
	void theShapeStoredAtPublishingIsTheMeasuredOne() {
		assertThat(this.shapes.stored(this.version)).isNotNull().isEqualTo(this.shapes.measured(this.version));
	}

	@Test
	void noSecondaryIndexIsCreatedOnTheEmbeddedServer() {
		// it would keep none, and read the whole collection twice per index at each start
		assertThat(this.mongo.indexOps(name("Statement")).getIndexInfo()).hasSize(1);
	}

	private static boolean endsWithId(Sort sort) {
		List<Sort.Order> orders = sort.toList();
		return !orders.isEmpty() && orders.get(orders.size() - 1).getProperty().equals("_id");
	}

	/** Ids of every other statement, and one that is none. */
	private List<String> everyOtherStatement() {
		List<String> ids = new ArrayList<>();
		List<String> all = ids(plainIds("Statement", new Criteria(), Sort.by("_id")));
		for (int i = 0; i < all.size(); i += 2) {
			ids.add(all.get(i));
		}
		ids.add("no-such-statement");
		return ids;
	}

	private String name(String type) {
		return VersionedCollections.of(type, this.version);
	}

	private List<Document> plain(String type, Criteria filter, Sort sort, long skip, int limit) {
		return this.mongo.find(Query.query(filter).with(sort).skip(skip).limit(limit), Document.class, name(type));
	}

	/**
	 * The ids alone of a plain query's whole answer, in its order: the server matches and
	 * sorts the same documents, and sends and decodes a sliver of each.
	 */
	private List<Document> plainIds(String type, Criteria filter, Sort sort) {
		Query query = Query.query(filter).with(sort);
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, name(type));
	}

	/**
	 * What {@code skip} and {@code limit} (0: no limit) leave of a query's whole answer.
	 */
	private static List<String> slice(List<String> whole, long skip, int limit) {
		int from = (int) Math.min(skip, whole.size());
		int to = (limit == 0) ? whole.size() : Math.min(from + limit, whole.size());
		return whole.subList(from, to);
	}

	private static List<String> ids(List<Document> documents) {
		List<String> ids = new ArrayList<>();
		documents.forEach((document) -> ids.add(document.getString("_id")));
		return ids;
	}

}
