package org.accords.graphql.guard;

import java.util.Map;

import graphql.language.OperationDefinition;
import org.accords.graphql.DatasetShape;
import org.accords.graphql.ErrorCode;
import org.accords.graphql.Hashes;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admission without HTTP or an application: what it admits, what it refuses with
 * which code, and what the client is charged.
 */
class AdmissionTests {

	static final String PAGE = "{ articles(first: 10) { edges { node { id title } } } }";

	@Test
	void aRequestWithinEveryLimitIsAdmittedWithItsCostCharged() {
		Guards guards = Guards.with("accords.rate-limit.capacity", "100", "accords.rate-limit.refill-period", "1h");
		Admission.Decision decision = guards.admit(Guards.request(PAGE));
		assertThat(decision).isInstanceOfSatisfying(Admission.Admitted.class, (admitted) -> {
			// articles 1 + edges (1 + 10 pages × (node 1 + id 1 + title 1))
			assertThat(admitted.cost()).isEqualTo(32);
			assertThat(admitted.kind()).isEqualTo(OperationDefinition.Operation.QUERY);
			assertThat(admitted.query()).isEqualTo(PAGE);
			assertThat(admitted.charge().remaining()).isEqualTo(100 - 32);
		});
	}

	@Test
	void aDocumentNestedDeeperThanTheLimitIsRefusedWithoutCharging() {
		Guards guards = Guards.with("accords.limits.max-depth", "3", "accords.rate-limit.capacity", "100",
				"accords.rate-limit.refill-period", "1h");
		Admission.Decision decision = guards.admit(Guards.request(PAGE));
		assertThat(decision).isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
			assertThat(refused.code()).isEqualTo(ErrorCode.DEPTH_LIMIT_EXCEEDED);
			assertThat(refused.code().status()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.message()).isEqualTo("The query is nested 4 fields deep, over the maximum depth of 3,"
					+ " at articles.edges.node.id: select fewer levels there, or read the inner items in a query"
					+ " of their own (node(id:) reads any item by its id)");
			assertThat(refused.charge()).as("the budget is not consulted").isNull();
		});
	}

	/**
	 * graphql-java runs a document's first operation for an empty operation name (the
	 * WebSocket's and graphql-sse's messages pass it as sent): the limits and the cost
	 * are those of that operation. They were checked against none, at a cost of 1, so any
	 * query ran unchecked ahead of a small one.
	 */
	@Test
	void anEmptyOperationNameIsCheckedAsTheFirstOperationWhichIsTheOneThatRuns() {
		Guards guards = Guards.with("accords.limits.max-depth", "3", "accords.rate-limit.capacity", "100",
				"accords.rate-limit.refill-period", "1h");
		Admission.Decision decision = guards.admit(new Admission.Request(
				"query Page " + PAGE + " query Small { __typename }", "", Map.of(), Map.of(), null, Guards.CLIENT));
		assertThat(decision).isInstanceOfSatisfying(Admission.Refused.class,
				(refused) -> assertThat(refused.code()).isEqualTo(ErrorCode.DEPTH_LIMIT_EXCEEDED));
		Admission.Decision cheap = Guards.with()
			.admit(new Admission.Request("query Page " + PAGE + " query Small { __typename }", "", Map.of(), Map.of(),
					null, Guards.CLIENT));
		assertThat(cheap).isInstanceOfSatisfying(Admission.Admitted.class,
				(admitted) -> assertThat(admitted.cost()).isEqualTo(32));
	}

	/**
	 * A variable the request leaves out takes its definition's default when the query
	 * runs: it is priced with that default. It was priced as if absent (a page of the
	 * default size, a list of ids nothing bounds), so {@code ($n: Int = 100)} ran a page
	 * of 100 at the price of 20, and nested, at a fraction of the cost.
	 */
	@Test
	void aVariableLeftOutIsPricedWithItsDefaultAsItRuns() {
		Guards guards = Guards.with();
		assertThat(cost(guards, "query($n: Int = 100) { articles(first: $n) { edges { node { id title } } } }"))
			.isEqualTo(cost(guards, "{ articles(first: 100) { edges { node { id title } } } }"))
			.isEqualTo(302);
		Guards versions = Guards.withLists(
				(version, field) -> "Dataset.sources".equals(field) ? ("v1".equals(version) ? 10L : 9000L) : null);
		assertThat(cost(versions, "query($v: String = \"old\") { dataset(version: $v) { sources { path } } }"))
			.isEqualTo(cost(versions, "{ dataset(version: \"old\") { sources { path } } }"))
			.isEqualTo(1 + 1 + 9000);
		// a value the request gives, null included, is the one that runs
		assertThat(guards
			.admit(new Admission.Request("query($n: Int = 100) { articles(first: $n) { edges { node { id title } } } }",
					null, java.util.Collections.singletonMap("n", null), Map.of(), null, Guards.CLIENT)))
			.isInstanceOfSatisfying(Admission.Admitted.class, (admitted) -> assertThat(admitted.cost())
				.isEqualTo(cost(guards, "{ articles { edges { node { id title } } } }")));
	}

	private static long cost(Guards guards, String query) {
		Admission.Decision decision = guards.admit(Guards.request(query));
		assertThat(decision).as(query).isInstanceOf(Admission.Admitted.class);
		return ((Admission.Admitted) decision).cost();
	}

	@Test
	void depthCountsTheFieldsOfFragmentsAtEverySpread() {
		Guards guards = Guards.with("accords.limits.max-depth", "3");
		String query = "{ articles { ...Page } } fragment Page on ArticleConnection { edges { node { id } } }";
		assertThat(guards.admit(Guards.request(query))).isInstanceOfSatisfying(Admission.Refused.class,
				(refused) -> assertThat(refused.code()).isEqualTo(ErrorCode.DEPTH_LIMIT_EXCEEDED));
	}

	/**
	 * The depth refusal names the path that goes deepest, as the response would name it
	 * (aliases, fragments expanded), so that a client knows where to cut.
	 */
	@Test
	void aDepthRefusalNamesTheDeepestPathThroughAliasesAndFragments() {
		Guards guards = Guards.with("accords.limits.max-depth", "4");
		String query = "{ dataset { version } list: agreements { ...Page } }"
				+ " fragment Page on AgreementConnection { totalCount edges { node { signatories { person { name } } } } }";
		assertThat(guards.admit(Guards.request(query))).isInstanceOfSatisfying(Admission.Refused.class,
				(refused) -> assertThat(refused.message())
					.startsWith("The query is nested 6 fields deep, over the maximum depth of 4, at"
							+ " list.edges.node.signatories.person.name: "));
	}

	@Test
	void aSelectionSetWiderThanTheLimitIsRefusedSayingWhatToDo() {
		Guards guards = Guards.with("accords.limits.max-breadth", "2");
		assertThat(guards.admit(Guards.request("{ articles { edges { node { id title url } } } }")))
			.isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
				assertThat(refused.code()).isEqualTo(ErrorCode.BREADTH_LIMIT_EXCEEDED);
				assertThat(refused.message()).isEqualTo("A selection set has 3 fields, over the maximum of 2, at"
						+ " articles.edges.node: select fewer fields there, or split them over several requests");
			});
	}

	@Test
	void tooManyAliasesAreRefused() {
		Guards guards = Guards.with("accords.limits.max-aliases", "2");
		String query = "{ a: article(id: 1) { id } b: article(id: 2) { id } c: article(id: 3) { id } }";
		assertThat(guards.admit(Guards.request(query))).isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
			assertThat(refused.code()).isEqualTo(ErrorCode.ALIAS_LIMIT_EXCEEDED);
			assertThat(refused.message()).isEqualTo("The operation uses 3 aliases, over the maximum of 2: read"
					+ " several items with one field (nodes(ids:) takes a list of ids) rather than an alias each,"
					+ " or send the rest in another request");
		});
	}

	@Test
	void aDocumentOverTheMaximumCostIsRefusedNamingItsCost() {
		Guards guards = Guards.with("accords.limits.max-cost", "20");
		Admission.Decision decision = guards.admit(Guards.request(PAGE));
		assertThat(decision).isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
			assertThat(refused.code()).isEqualTo(ErrorCode.COST_LIMIT_EXCEEDED);
			assertThat(refused.code().status()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.message()).contains("cost is 32", "maximum of 20");
		});
	}

	@Test
	void aRefusalForCostNamesTheCostliestListAndHowToMakeItCheaper() {
		Guards guards = Guards.with("accords.limits.max-cost", "20");
		assertThat(guards.admit(
				Guards.request("{ article(id: 1) { id } big: articles(first: 10) { edges { node { id title } } } }")))
			.isInstanceOfSatisfying(Admission.Refused.class, (refused) -> assertThat(refused.message()).endsWith(
					"; big costs 32 in pages of 10: ask for a smaller page (first:) or fewer nested lists in it"));
		// a list that is not paged can only be narrowed: the advice says so
		assertThat(Guards.with("accords.limits.max-cost", "5").admit(Guards.request("{ tags { name } }")))
			.isInstanceOfSatisfying(Admission.Refused.class, (refused) -> assertThat(refused.message())
				.contains("tags costs", "it is not paged and holds up to", "narrow it with its arguments"));
	}

	/**
	 * The dataset's seed files cost what the version holds, not the list factor.
	 */
	@Test
	void theDatasetsSourcesCostWhatTheVersionHolds() {
		Guards guards = Guards.withLists(Map.of("Dataset.sources", 2000L), "accords.limits.max-cost", "1000000000");
		// dataset 1 + sources (1 + 2,000 × path 1)
		assertThat(((Admission.Admitted) guards.admit(Guards.request("{ dataset { sources { path } } }"))).cost())
			.isEqualTo(2002);
	}

	/**
	 * A changelog of three versions: the first lists 12 collections, one with 20,000 ids
	 * added and 11 with 10 each; the second 2 collections (12 added, 40 changed, 7
	 * removed; 3 changed); the third none.
	 */
	static final Map<String, DatasetShape.Total> CHANGELOG = Map.of("Dataset.changelog", new DatasetShape.Total(3, 0),
			"VersionChanges.collections", new DatasetShape.Total(14, 1), "CollectionChanges.added",
			new DatasetShape.Total(20_000 + 11 * 10 + 12, 1), "CollectionChanges.changed",
			new DatasetShape.Total(43, 12), "CollectionChanges.removed", new DatasetShape.Total(7, 13));

	/**
	 * The changelog costs what it returns: every version, every collection of each, and
	 * each id once (an empty id list 1), not its versions × the most collections of one ×
	 * the most ids of one change, which priced this one at 721,695 for its 20,172 ids.
	 */
	@Test
	void theChangelogCostsTheVersionsCollectionsAndIdsItReturns() {
		Guards guards = Guards.withChangelog(CHANGELOG, "accords.limits.max-cost", "1000000000");
		// dataset 1 + changelog 1 + collections 3 (one per version) + added (20,122 + 1
		// empty) + changed (43 + 12 empty) + removed (7 + 13 empty)
		assertThat(((Admission.Admitted) guards
			.admit(Guards.request("{ dataset { changelog { collections { added changed removed } } } }"))).cost())
			.isEqualTo(1 + 1 + 3 + (20_122 + 1) + (43 + 12) + (7 + 13));
		// the counts alone stay cheap: version 3, collections 3, addedCount 14
		assertThat(((Admission.Admitted) guards
			.admit(Guards.request("{ dataset { changelog { version collections { addedCount } } } }"))).cost())
			.isEqualTo(1 + 1 + 3 + 3 + 14);
		// a fragment and __typename count once per parent too
		assertThat(((Admission.Admitted) guards.admit(Guards.request(
				"{ dataset { changelog { __typename collections { ...C } } } } fragment C on CollectionChanges { addedCount }")))
			.cost()).isEqualTo(1 + 1 + 3 + 3 + 14);
		// before any version is published: the empty list costs 1
		assertThat(((Admission.Admitted) Guards
			.withChangelog(Map.of("Dataset.changelog", new DatasetShape.Total(0, 1), "VersionChanges.collections",
					new DatasetShape.Total(0, 0), "CollectionChanges.added", new DatasetShape.Total(0, 0)))
			.admit(Guards.request("{ dataset { changelog { version collections { added } } } }"))).cost())
			.isEqualTo(1 + 1);
	}

	/**
	 * {@code dataset(version:)} describes another kept version: its seed files are priced
	 * as that version holds them.
	 */
	@Test
	void theSourcesOfTheVersionDatasetNamesCostWhatThatVersionHolds() {
		Guards guards = Guards.withLists(
				(version, field) -> "Dataset.sources".equals(field) ? ("v1".equals(version) ? 10L : 9000L) : null);
		assertThat(((Admission.Admitted) guards.admit(Guards.request("{ dataset { sources { path } } }"))).cost())
			.isEqualTo(1 + 1 + 10);
		assertThat(
				((Admission.Admitted) guards.admit(Guards.request("{ dataset { sources { path } } }", "old"))).cost())
			.isEqualTo(1 + 1 + 9000);
		assertThat(((Admission.Admitted) guards
			.admit(Guards.request("{ dataset(version: \"old\") { sources { path } } }"))).cost())
			.isEqualTo(1 + 1 + 9000);
	}

	/**
	 * The changelog is the store's whole history whatever version a query reads: a query
	 * that names an older version is priced with the changelog as it is now, not as it
	 * was the first time that document was priced for that version.
	 */
	@Test
	void aChangelogReadWithAnOlderVersionIsPricedAsItHasGrown() {
		Map<String, DatasetShape.Total> totals = new java.util.HashMap<>(Map.of("Dataset.changelog",
				new DatasetShape.Total(1, 0), "VersionChanges.collections", new DatasetShape.Total(1, 0)));
		Guards guards = Guards.withChangelog(totals);
		String query = "{ dataset { changelog { version collections { addedCount } } } }";
		// dataset 1 + changelog 1 + version 1 + collections 1 + addedCount 1
		assertThat(((Admission.Admitted) guards.admit(Guards.request(query, "old"))).cost()).isEqualTo(5);
		// a version is published: the changelog now lists two
		totals.put("Dataset.changelog", new DatasetShape.Total(2, 0));
		totals.put("VersionChanges.collections", new DatasetShape.Total(13, 0));
		assertThat(((Admission.Admitted) guards.admit(Guards.request(query, "old"))).cost())
			.isEqualTo(1 + 1 + 2 + 2 + 13);
	}

	/** {@code datasetVersions} costs the versions kept, not the list factor (5). */
	@Test
	void datasetVersionsCostsTheVersionsKept() {
		Guards guards = Guards.withLists(Map.of("Query.datasetVersions", 12L));
		// datasetVersions 1 + 12 × version 1
		assertThat(((Admission.Admitted) guards.admit(Guards.request("{ datasetVersions { version } }"))).cost())
			.isEqualTo(1 + 12);
	}

	/**
	 * A changelog whose ids are over the maximum cost is refused naming it, and saying
	 * where its ids are served in pages and in bulk and which counts are cheap.
	 */
	@Test
	void aRefusedChangelogSaysWhereItsIdsAreAndWhatIsCheaper() {
		Guards guards = Guards.withChangelog(Map.of("Dataset.changelog", new DatasetShape.Total(1, 0),
				"VersionChanges.collections", new DatasetShape.Total(12, 0), "CollectionChanges.added",
				new DatasetShape.Total(30_000, 11), "CollectionChanges.changed", new DatasetShape.Total(0, 12),
				"CollectionChanges.removed", new DatasetShape.Total(0, 12)));
		assertThat(guards.admit(Guards.request("{ dataset { changelog { collections { added } } } }")))
			.isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
				assertThat(refused.code()).isEqualTo(ErrorCode.COST_LIMIT_EXCEEDED);
				// dataset 1 + changelog 1 + collections 1 + added (30,000 + 11 empty)
				assertThat(refused.message()).contains("cost is 30014", "; collections costs 30012: ",
						"its id lists (added, changed, removed) hold 30000 ids in all",
						"page through them with changes(since:, first:)", "addedCount", "/data/changelog.json");
			});
	}

	@Test
	void theCostOfAPageGrowsWithItsSize() {
		Guards guards = Guards.with();
		long small = ((Admission.Admitted) guards
			.admit(Guards.request("{ articles(first: 2) { edges { node { id } } } }"))).cost();
		long large = ((Admission.Admitted) guards
			.admit(Guards.request("{ articles(first: 50) { edges { node { id } } } }"))).cost();
		// articles 1 + edges (1 + n × (node 1 + id 1))
		assertThat(small).isEqualTo(6);
		assertThat(large).isEqualTo(102);
	}

	/** {@code nodes} is costed as {@code edges}: its items times the page size. */
	@Test
	void aConnectionsNodesCostWhatItsEdgesCostWithoutTheEdges() {
		Guards guards = Guards.with();
		long nodes = ((Admission.Admitted) guards
			.admit(Guards.request("{ articles(first: 50) { nodes { id title } } }"))).cost();
		long last = ((Admission.Admitted) guards.admit(Guards.request("{ articles(last: 7) { nodes { id } } }")))
			.cost();
		// articles 1 + nodes (1 + n × (id 1 + title 1))
		assertThat(nodes).isEqualTo(102);
		assertThat(last).isEqualTo(9);
	}

	@Test
	void anUnknownPersistedQueryHashIsAMissTheClientAnswersWithTheDocument() {
		Guards guards = Guards.with();
		Admission.Decision decision = guards.admit(Guards.persisted(null, Hashes.sha256Hex(PAGE)));
		assertThat(decision).isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
			assertThat(refused.code()).isEqualTo(ErrorCode.PERSISTED_QUERY_NOT_FOUND);
			assertThat(refused.message()).isEqualTo("PersistedQueryNotFound");
			// Apollo clients send the document again only on a 200
			assertThat(refused.code().status()).isEqualTo(HttpStatus.OK);
		});
	}

	@Test
	void aPersistedQueryIsFoundByItsHashOnceItWasServed() {
		Guards guards = Guards.with();
		String hash = Hashes.sha256Hex(PAGE);
		Admission.Admitted first = (Admission.Admitted) guards.admit(Guards.persisted(PAGE, hash));
		assertThat(guards.admit(Guards.persisted(null, hash))).as("not stored before it is served")
			.isInstanceOf(Admission.Refused.class);
		guards.admission.executed(first);
		assertThat(guards.admit(Guards.persisted(null, hash))).isInstanceOfSatisfying(Admission.Admitted.class,
				(admitted) -> assertThat(admitted.query()).isEqualTo(PAGE));
	}

	@Test
	void aDocumentThatDoesNotMatchItsHashIsRefused() {
		Guards guards = Guards.with();
		assertThat(guards.admit(Guards.persisted(PAGE, Hashes.sha256Hex("{ other }"))))
			.isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
				assertThat(refused.code()).isEqualTo(ErrorCode.BAD_REQUEST);
				assertThat(refused.message())
					.isEqualTo("extensions.persistedQuery.sha256Hash is not the hash of the query sent, which is '"
							+ Hashes.sha256Hex(PAGE)
							+ "': the hash must be the SHA-256 of the query text exactly as sent (UTF-8, lowercase hex)");
			});
	}

	@Test
	void aClientOverItsBudgetIsRefusedWithWhenToRetry() {
		Guards guards = Guards.with("accords.rate-limit.capacity", "50", "accords.rate-limit.refill-period", "1h");
		assertThat(guards.admit(Guards.request(PAGE))).isInstanceOf(Admission.Admitted.class);
		Admission.Decision decision = guards.admit(Guards.request(PAGE));
		assertThat(decision).isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
			assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
			assertThat(refused.code().status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			assertThat(refused.cost()).isEqualTo(32);
			assertThat(refused.charge().remaining()).as("not charged").isEqualTo(50 - 32);
			// 14 points missing, at 50 an hour
			assertThat(refused.retryAfterSeconds()).isBetween(1000L, 1100L);
			assertThat(refused.message()).contains("retry after");
		});
	}

	@Test
	void anUnknownApiKeyIsRefusedAsUnauthenticated() {
		Guards guards = Guards.with();
		Admission.Request request = new Admission.Request(PAGE, null, java.util.Map.of(), java.util.Map.of(), null,
				new Admission.Client("guessed", "192.0.2.1"));
		assertThat(guards.admit(request)).isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
			assertThat(refused.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
			assertThat(refused.code().status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		});
	}

	@Test
	void whatATransportDoesNotServeIsRefusedBeforeTheClientIsCharged() {
		Guards guards = Guards.with("accords.rate-limit.capacity", "100", "accords.rate-limit.refill-period", "1h");
		Admission.Served queriesOnly = (kind) -> (kind != OperationDefinition.Operation.QUERY)
				? Admission.Refused.of(ErrorCode.METHOD_NOT_ALLOWED, "queries only") : null;
		Admission.Decision decision = guards.admission.admit(Guards.request("mutation { touch }"), queriesOnly);
		assertThat(decision).isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
			assertThat(refused.code()).isEqualTo(ErrorCode.METHOD_NOT_ALLOWED);
			assertThat(refused.cost()).isEqualTo(1);
			assertThat(refused.charge()).isNull();
		});
		assertThat(
				((Admission.Admitted) guards.admit(Guards.request("{ articles { totalCount } }"))).charge().remaining())
			.as("the whole budget is left")
			.isEqualTo(100 - 2);
	}

	@Test
	void aDocumentOverTheCharacterLimitIsRefusedBeforeItIsParsed() {
		Guards guards = Guards.with("accords.limits.max-characters", "40");
		assertThat(guards.admit(Guards.request(PAGE))).isInstanceOfSatisfying(Admission.Refused.class,
				(refused) -> assertThat(refused.code()).isEqualTo(ErrorCode.DOCUMENT_TOO_LARGE));
		assertThat(guards.documents.size()).isZero();
	}

	@Test
	void aDocumentThatDoesNotParseIsAdmittedForExecutionToReportWhere() {
		Guards guards = Guards.with();
		assertThat(guards.admit(Guards.request("{ articles { "))).isInstanceOfSatisfying(Admission.Admitted.class,
				(admitted) -> {
					assertThat(admitted.kind()).isNull();
					assertThat(admitted.cost()).isEqualTo(1);
				});
	}

	/** The document {@code src/test/resources/persisted-queries} registers. */
	static final String REGISTERED = "query datasetVersion { dataset { version } }\n";

	@Test
	void inAllowlistModeARegisteredDocumentRunsByHashOrText() {
		Guards guards = Guards.with("accords.http.persisted-queries.allowlist-only", "true");
		assertThat(guards.admit(Guards.persisted(null, Hashes.sha256Hex(REGISTERED)))).isInstanceOfSatisfying(
				Admission.Admitted.class, (admitted) -> assertThat(admitted.query()).isEqualTo(REGISTERED));
		assertThat(guards.admit(Guards.request(REGISTERED))).isInstanceOfSatisfying(Admission.Admitted.class,
				(admitted) -> assertThat(admitted.query()).isEqualTo(REGISTERED));
	}

	@Test
	void inAllowlistModeAnythingElseIsRefusedWith403() {
		Guards guards = Guards.with("accords.http.persisted-queries.allowlist-only", "true");
		for (Admission.Request request : java.util.List.of(Guards.request(PAGE),
				Guards.persisted(null, Hashes.sha256Hex(PAGE)), Guards.persisted(PAGE, Hashes.sha256Hex(PAGE)))) {
			assertThat(guards.admit(request)).isInstanceOfSatisfying(Admission.Refused.class, (refused) -> {
				assertThat(refused.code()).isEqualTo(ErrorCode.PERSISTED_QUERY_NOT_ALLOWED);
				assertThat(refused.code().status()).isEqualTo(HttpStatus.FORBIDDEN);
			});
		}
	}

	@Test
	void refusalsCostTenAndOneMorePerHundredCharactersSent() {
		assertThat(Admission.refusalCost(0)).isEqualTo(10);
		assertThat(Admission.refusalCost(250)).isEqualTo(12);
	}

}
