package org.accords.statement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accords.GraphQlClient;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.WebGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset as served: every curated fact, its evidence, filters, search, paging and
 * node lookup. Run against the embedded store and against a real MongoDB.
 */
abstract class DatasetApiContract {

	private static final Path CURATED = Path.of("seed-data/curated/000_f63eb9d75a69187d.yaml");

	/** Curated section name and the GraphQL type of its entries. */
	private static final Map<String, String> SECTIONS = Map.of("organizations", "Organization", "people", "Person",
			"agreements", "Agreement", "signatories", "Signatory", "cooperationAreas", "CooperationArea", "commitments",
			"Commitment", "statements", "Statement");

	@Autowired
	WebGraphQlHandler handler;

	WebGraphQlTester graphQl;

	@BeforeEach
	void tester() {
		this.graphQl = GraphQlClient.of(this.handler);
	}

	static JsonNode curated() throws IOException {
		return new YAMLMapper().readTree(Files.readString(CURATED));
	}

	@Test
	void everyCuratedFactIsServedByItsId() throws IOException {
		JsonNode curated = curated();
		int checked = 0;
		for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
			for (JsonNode entry : curated.get(section.getKey())) {
				String id = NodeId.of(section.getValue(), entry.get("id").asString());
				this.graphQl.document("query($id: ID!) { node(id: $id) { __typename id } }")
					.variable("id", id)
					.execute()
					.path("node.__typename")
					.entity(String.class)
					.isEqualTo(section.getValue())
					.path("node.id")
					.entity(String.class)
					.isEqualTo(id);
				checked++;
			}
		}
		for (JsonNode country : curated.get("countries")) {
			String id = NodeId.of("Country", country.get("code").asString());
			this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Country { name } } }")
				.variable("id", id)
				.execute()
				.path("node.name")
				.entity(String.class)
				.isEqualTo(country.get("name").asString());
			checked++;
		}
		assertThat(checked).isEqualTo(28);
	}

	@Test
	void countsMatchTheCuratedFile() throws IOException {
		JsonNode curated = curated();
		var response = this.graphQl
			.document("{ dataset { counts { agreements statements signatories cooperationAreas commitments people"
					+ " organizations countries articles } } }")
			.execute();
		for (String section : List.of("agreements", "statements", "signatories", "cooperationAreas", "commitments",
				"people", "organizations", "countries")) {
			response.path("dataset.counts." + section).entity(Integer.class).isEqualTo(curated.get(section).size());
		}
		response.path("dataset.counts.articles").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void statementsKeepTheCuratedTextSpeakerDateAndKind() throws IOException {
		for (JsonNode entry : curated().get("statements")) {
			String id = NodeId.of("Statement", entry.get("id").asString());
			var response = this.graphQl
				.document("query($id: ID!) { node(id: $id) { ... on Statement { text kind speaker { id } } } }")
				.variable("id", id)
				.execute();
			response.path("node.text").entity(String.class).isEqualTo(entry.get("text").asString());
			response.path("node.kind").entity(String.class).isEqualTo(entry.get("kind").asString());
			response.path("node.speaker.id")
				.entity(String.class)
				.isEqualTo(NodeId.of("Person", entry.get("speaker").asString()));
		}
	}

	@Test
	void everyEvidenceExcerptIsTheArticleTextBetweenItsOffsets() {
		Map<String, Object> data = this.graphQl.documentName("allEvidence").execute().returnResponse().getData();
		List<Map<String, Object>> evidence = new ArrayList<>();
		collectEvidence(data, evidence);
		assertThat(evidence).hasSizeGreaterThan(25);
		for (Map<String, Object> ev : evidence) {
			@SuppressWarnings("unchecked")
			String text = (String) ((Map<String, Object>) ev.get("article")).get("text");
			int start = (Integer) ev.get("start");
			int end = (Integer) ev.get("end");
			assertThat(text.substring(start, end)).isEqualTo(ev.get("excerpt"));
		}
	}

	@SuppressWarnings("unchecked")
	private static void collectEvidence(Object node, List<Map<String, Object>> found) {
		if (node instanceof Map<?, ?> map) {
			if (map.containsKey("excerpt")) {
				found.add((Map<String, Object>) map);
				return;
			}
			map.values().forEach((value) -> collectEvidence(value, found));
		}
		else if (node instanceof List<?> list) {
			list.forEach((value) -> collectEvidence(value, found));
		}
	}

	@Test
	void relativeDatesAreResolvedAgainstTheArticleDate() {
		String agreement = NodeId.of("Agreement", "lt-ua-defence-industry-memorandum-2024");
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Agreement { signedOn signedIn } } }")
			.variable("id", agreement)
			.execute()
			.path("node.signedOn")
			.entity(String.class)
			.isEqualTo("2024-11-04")
			.path("node.signedIn")
			.entity(String.class)
			.isEqualTo("Kyiv");
		String statement = NodeId.of("Statement", "kasciunas-umbrella-memorandum");
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Statement { saidOn occasion } } }")
			.variable("id", statement)
			.execute()
			.path("node.saidOn")
			.entity(String.class)
			.isEqualTo("2024-11-05")
			.path("node.occasion")
			.entity(String.class)
			.isEqualTo("press conference");
	}

	@Test
	void speakerNameMatchesWithoutDiacritics() {
		this.graphQl.documentName("statementsBySpeakerName")
			.variable("name", "kasciunas")
			.execute()
			.path("statements.totalCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("statements.edges[*].node.speaker.name")
			.entityList(String.class)
			.containsExactly("Laurynas Kasčiūnas", "Laurynas Kasčiūnas", "Laurynas Kasčiūnas");
		this.graphQl.documentName("statementsBySpeakerName")
			.variable("name", "ARMONAITE")
			.execute()
			.path("statements.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void searchFindsPeopleAndFactsWithoutDiacritics() {
		this.graphQl.document("{ search(text: \"armonaite\") { totalCount edges { node { __typename } } } }")
			.execute()
			.path("search.edges[*].node.__typename")
			.entityList(String.class)
			.containsExactly("Person", "Statement", "Statement");
		// two commitments and two statements name the missile
		this.graphQl.document("{ search(text: \"palianytsia\") { edges { node { __typename } } } }")
			.execute()
			.path("search.edges[*].node.__typename")
			.entityList(String.class)
			.containsExactly("Commitment", "Commitment", "Statement", "Statement");
	}

	@Test
	void filtersNarrowEachCollection() {
		String lithuania = NodeId.of("Country", "LT");
		String ukraine = NodeId.of("Country", "UA");
		String agreement = NodeId.of("Agreement", "lt-ua-defence-industry-memorandum-2024");
		String research = NodeId.of("CooperationArea", "defence-research-and-development");
		this.graphQl.document("""
				query($lt: ID!, $ua: ID!, $agreement: ID!, $research: ID!) {
				  quotes: statements(filter: { kind: DIRECT_QUOTE }) { totalCount }
				  tuesday: statements(filter: { saidFrom: "2024-11-05", saidTo: "2024-11-05" }) { totalCount }
				  lithuanians: statements(filter: { country: $lt }) { totalCount }
				  aboutResearch: statements(filter: { area: $research }) { totalCount }
				  aboutMemorandum: statements(filter: { agreement: $agreement }) { totalCount }
				  army: statements(filter: { text: "EXPERIMENTAL army" }) { totalCount }
				  undertaken: commitments(filter: { status: UNDERTAKEN }) { totalCount }
				  negotiating: commitments(filter: { status: UNDER_NEGOTIATION }) { totalCount }
				  byLithuania: commitments(filter: { obligor: $lt }) { totalCount }
				  forUkraine: commitments(filter: { beneficiary: $ua }) { totalCount }
				  forLithuania: signatories(filter: { country: $lt }) { totalCount }
				  forUkraine2: signatories(filter: { country: $ua, agreement: $agreement }) { totalCount }
				  drones: cooperationAreas(filter: { category: UNMANNED_SYSTEMS }) { totalCount }
				  areas: cooperationAreas(filter: { agreement: $agreement }) { totalCount }
				  ukrainians: people(filter: { country: $ua }) { totalCount }
				  ministries: organizations(filter: { kind: MINISTRY, name: "economy" }) { totalCount }
				  memoranda: agreements(filter: { party: $ua, kind: MEMORANDUM_OF_UNDERSTANDING }) { totalCount }
				}""")
			.variable("lt", lithuania)
			.variable("ua", ukraine)
			.variable("agreement", agreement)
			.variable("research", research)
			.execute()
			.path("quotes.totalCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("tuesday.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("lithuanians.totalCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("aboutResearch.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("aboutMemorandum.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("army.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("undertaken.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("negotiating.totalCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("byLithuania.totalCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("forUkraine.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("forLithuania.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("forUkraine2.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("drones.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("areas.totalCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("ukrainians.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("ministries.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("memoranda.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void orderBySortsByTheFieldAndDirectionAsked() {
		var response = this.graphQl.document("""
				{ byDate: statements(orderBy: { field: SAID_ON }) { edges { node { saidOn } } }
				  byDateDown: statements(orderBy: { field: SAID_ON, direction: DESC }) { edges { node { saidOn } } }
				  byId: statements(orderBy: { field: ID }) { edges { node { id } } }
				  byIdDown: statements(orderBy: { field: ID, direction: DESC }) { edges { node { id } } }
				  agreements(orderBy: { field: TITLE, direction: DESC }) { edges { node { title } } } }""").execute();
		// the undated statements first, then by date; the other way round descending
		List<String> byDate = response.path("byDate.edges[*].node.saidOn").entityList(String.class).get();
		assertThat(byDate).hasSize(5).startsWith((String) null).last().isNotNull();
		assertThat(response.path("byDateDown.edges[*].node.saidOn").entityList(String.class).get())
			.isEqualTo(reversed(byDate));
		List<String> byId = response.path("byId.edges[*].node.id").entityList(String.class).get();
		assertThat(byId).hasSize(5).doesNotHaveDuplicates();
		assertThat(response.path("byIdDown.edges[*].node.id").entityList(String.class).get()).isEqualTo(reversed(byId));
		response.path("agreements.edges[*].node.title").entityList(String.class).hasSize(1);
	}

	private static List<String> reversed(List<String> list) {
		List<String> reversed = new ArrayList<>(list);
		java.util.Collections.reverse(reversed);
		return reversed;
	}

	/**
	 * {@code nodes} pages as {@code edges} do: the same items, in the same order, with
	 * the same page info, a search's included.
	 */
	@Test
	void pagingWithNodesVisitsTheItemsEdgesVisit() {
		List<String> ids = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = this.graphQl
				.document("query($after: String) { statements(first: 2, after: $after) { nodes { id }"
						+ " edges { node { id } } pageInfo { hasNextPage endCursor } } }")
				.variable("after", after)
				.execute();
			List<String> nodes = response.path("statements.nodes[*].id").entityList(String.class).get();
			response.path("statements.edges[*].node.id").entityList(String.class).isEqualTo(nodes);
			ids.addAll(nodes);
			more = response.path("statements.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("statements.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(ids).hasSize(5).doesNotHaveDuplicates();
		var search = this.graphQl
			.document("{ search(text: \"Lithuania\", first: 3) { nodes { __typename }"
					+ " edges { node { __typename } } } }")
			.execute();
		List<String> found = search.path("search.nodes[*].__typename").entityList(String.class).get();
		assertThat(found).hasSize(3);
		search.path("search.edges[*].node.__typename").entityList(String.class).isEqualTo(found);
	}

	@Test
	void pagingForwardsAndBackwardsVisitsEveryItemOnce() {
		List<String> forwards = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = this.graphQl
				.document("query($after: String) { statements(first: 2, after: $after) { edges { node { id } }"
						+ " pageInfo { hasNextPage endCursor } } }")
				.variable("after", after)
				.execute();
			forwards.addAll(response.path("statements.edges[*].node.id").entityList(String.class).get());
			more = response.path("statements.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("statements.pageInfo.endCursor").entity(String.class).get();
		}
		List<String> backwards = new ArrayList<>();
		String before = null;
		more = true;
		while (more) {
			var response = this.graphQl
				.document("query($before: String) { statements(last: 2, before: $before) { edges { node { id } }"
						+ " pageInfo { hasPreviousPage startCursor } } }")
				.variable("before", before)
				.execute();
			backwards.addAll(0, response.path("statements.edges[*].node.id").entityList(String.class).get());
			more = response.path("statements.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = response.path("statements.pageInfo.startCursor").entity(String.class).get();
		}
		assertThat(forwards).hasSize(5).doesNotHaveDuplicates().isEqualTo(backwards);
	}

	/**
	 * An id of a type Accords does not have is refused as a malformed one is, not
	 * answered null as an id of a real type that names no entity is.
	 */
	@Test
	void nodeRefusesAnIdOfATypeAccordsDoesNotHave() {
		this.graphQl.document("{ node(id: \"" + NodeId.of("Foo", "bar") + "\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).startsWith("id: '")
					.contains("is not an Accords id", "no type of Accords is called 'Foo'")));
		this.graphQl.document("{ node(id: \"" + NodeId.of("Person", "nobody") + "\") { id } }")
			.execute()
			.path("node")
			.valueIsNull();
	}

	/**
	 * A name or a curated file's local id where an id belongs is the usual slip: the
	 * error says where ids come from and how to find one by name.
	 */
	@Test
	void aMalformedIdSaysWhereIdsComeFrom() {
		this.graphQl.document("{ node(id: \"kasciunas\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).startsWith("id: 'kasciunas' is not an Accords id")
					.contains("id column", "Q291bnRyeTpMVA", "search(text:")));
		// nodes(ids:) names its argument too
		this.graphQl.document("{ nodes(ids: [\"Q291bnRyeTpMVA\", \"Lithuania\"]) { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getMessage()).startsWith("ids: 'Lithuania' is not an Accords id")));
	}

	/**
	 * A fact's curated id (its page's address,
	 * {@code /statements/kasciunas-joint-company}) where its node id belongs: the error
	 * names the node id of each entity it is the curated id of, which the id scheme
	 * gives, rather than only where ids come from.
	 */
	@Test
	void aCuratedIdWhereAnIdBelongsNamesItsNodeId() {
		String statement = NodeId.of("Statement", "kasciunas-joint-company");
		this.graphQl.document("{ node(id: \"kasciunas-joint-company\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage())
					.isEqualTo("id: 'kasciunas-joint-company' is the curated id of a Statement, not its Accords id, "
							+ statement)));
		String person = NodeId.of("Person", "laurynas-kasciunas");
		this.graphQl.document("{ nodes(ids: [\"" + statement + "\", \"laurynas-kasciunas\"]) { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).isEqualTo(
						"ids: 'laurynas-kasciunas' is the curated id of a Person, not its Accords id, " + person)));
	}

	/**
	 * A plain name where an id goes, neither an id nor a curated id: the curated ids of
	 * people, organizations, agreements and areas close to it are named (a surname, a
	 * name written out, a typo); statements, a large collection, are not compared.
	 */
	@Test
	void aNameWhereAnIdBelongsNamesTheCloseCuratedIds() {
		String person = NodeId.of("Person", "laurynas-kasciunas");
		String suggestion = "; did you mean laurynas-kasciunas (Person " + person + ")?";
		for (String value : List.of("kasciunas", "Laurynas Kasciunas", "laurynas-kasciunsa")) {
			this.graphQl.document("{ node(id: \"" + value + "\") { id } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getMessage())
						.startsWith("id: '" + value + "' is not an Accords id")
						.endsWith(suggestion)));
		}
		// a statement's curated id, mistyped: statements are not read whole for a refusal
		this.graphQl.document("{ node(id: \"kasciunas-joint-compny\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).doesNotContain("did you mean")));
		this.graphQl.document("{ statements(filter: { speaker: \"qqqqzzzz\" }) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).doesNotContain("did you mean")));
	}

	/**
	 * A category's name where an area's id goes (the area filter given UNMANNED_SYSTEMS):
	 * the error says that it is a category and which query lists its areas, whose ids the
	 * filter takes.
	 */
	@Test
	void aCategoryWhereAnAreaIdBelongsSaysWhichQueryListsItsAreas() {
		for (String value : List.of("UNMANNED_SYSTEMS", "unmanned_systems")) {
			this.graphQl.document("{ statements(filter: { area: \"" + value + "\" }) { totalCount } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getMessage())
						.startsWith("filter.area: '" + value + "' is not an Accords id; expected the id of a "
								+ "CooperationArea")
						.endsWith("; '" + value + "' is an AreaCategory: cooperationAreas(filter: { category: "
								+ "UNMANNED_SYSTEMS }) lists its areas, whose ids this filter takes")));
		}
	}

	@Test
	void tooManyIdsForOneNodesFieldSayWhereTheRestGo() {
		List<String> ids = java.util.stream.IntStream.rangeClosed(1, 101)
			.mapToObj((i) -> org.accords.paging.NodeId.of("Country", "C" + i))
			.toList();
		this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }")
			.variable("ids", ids)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).isEqualTo(
						"ids: at most 100 ids in one nodes(ids:), was 101: ask for the rest in another nodes(ids:), "
								+ "under an alias in the same query or in another request")));
	}

	@Test
	void nodeResolvesEveryEntityItLists() {
		Map<String, Object> data = this.graphQl.document("""
				{ agreements { edges { node { id } } } statements { edges { node { id } } }
				  signatories { edges { node { id } } } cooperationAreas { edges { node { id } } }
				  commitments { edges { node { id } } } people { edges { node { id } } }
				  organizations { edges { node { id } } } articles { edges { node { id } } } countries { id } }""")
			.execute()
			.returnResponse()
			.getData();
		Set<String> ids = new LinkedHashSet<>();
		collectIds(data, ids);
		assertThat(ids).hasSize(29);
		List<String> resolved = this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }")
			.variable("ids", new ArrayList<>(ids))
			.execute()
			.path("nodes[*].id")
			.entityList(String.class)
			.get();
		assertThat(resolved).containsExactlyElementsOf(ids);
	}

	@SuppressWarnings("unchecked")
	private static void collectIds(Object node, Set<String> ids) {
		if (node instanceof Map<?, ?> map) {
			if (map.get("id") instanceof String id) {
				ids.add(id);
			}
			map.values().forEach((value) -> collectIds(value, ids));
		}
		else if (node instanceof List<?> list) {
			list.forEach((value) -> collectIds(value, ids));
		}
	}

	@Test
	void idsAreStableAndOpaque() {
		assertThat(NodeId.of("Person", "laurynas-kasciunas")).isEqualTo("UGVyc29uOmxhdXJ5bmFzLWthc2NpdW5hcw");
		this.graphQl.document("{ node(id: \"not-an-id\") { id } }")
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("not an Accords id"));
		Set<String> unknown = new HashSet<>();
		unknown.add(NodeId.of("Person", "nobody"));
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", unknown.iterator().next())
			.execute()
			.path("node")
			.valueIsNull();
	}

	@Test
	void pageSizeHasADefaultAndACap() {
		this.graphQl.document("{ statements(first: 101) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getMessage().equals("first: must be between 0 and 100, was 101"));
		this.graphQl.document("{ statements(last: -1) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().equals("last: must be between 0 and 100, was -1"));
	}

	/**
	 * Both ends at once: which would the page be cut from? Refused as GitHub refuses it,
	 * on every connection that takes both, the changes too, rather than answered with
	 * {@code first} (search takes no {@code last}).
	 */
	@Test
	void firstTogetherWithLastIsRefusedOnEveryConnection() {
		for (String connection : new String[] { "statements(first: 2, last: 2)", "agreements(first: 1, last: 0)",
				"changes(since: \"2000-01-01\", first: 2, last: 2)" }) {
			this.graphQl.document("{ " + connection + " { totalCount } }")
				.execute()
				.errors()
				.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")) && error.getMessage()
					.startsWith("Passing both `first` and `last` is not supported: page forwards"));
		}
	}

	/**
	 * {@code first: 0} is a page without edges, as GitHub answers it (scripts ask it for
	 * {@code totalCount} alone): no cursors, since there is no edge to point at, and
	 * {@code hasNextPage} says whether any item follows {@code after}.
	 */
	@Test
	void firstZeroIsAnEmptyPageThatSaysWhetherItemsFollow() {
		var first = this.graphQl
			.document("{ statements(first: 0) { totalCount edges { cursor }"
					+ " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }")
			.execute();
		first.path("statements.totalCount").entity(Integer.class).isEqualTo(5);
		first.path("statements.edges").entityList(Object.class).hasSize(0);
		first.path("statements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("statements.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		first.path("statements.pageInfo.startCursor").valueIsNull();
		first.path("statements.pageInfo.endCursor").valueIsNull();
		String last = this.graphQl.document("{ statements(last: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("statements.pageInfo.endCursor")
			.entity(String.class)
			.get();
		var end = this.graphQl
			.document("query($after: String) { statements(first: 0, after: $after) { edges { cursor }"
					+ " pageInfo { hasNextPage hasPreviousPage endCursor } } }")
			.variable("after", last)
			.execute();
		end.path("statements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		end.path("statements.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		end.path("statements.pageInfo.endCursor").valueIsNull();
	}

	@Test
	void filterIdsOfTheWrongTypeAreRejected() {
		String person = NodeId.of("Person", "laurynas-kasciunas");
		this.graphQl.document("query($id: ID!) { statements(filter: { country: $id }) { totalCount } }")
			.variable("id", person)
			.execute()
			.errors()
			.expect((error) -> error.getMessage()
				.equals("filter.country: '" + person + "' is the id of a Person, expected a Country"));
		// a country's code, a person's name: the message names the argument and says
		// what to pass instead
		this.graphQl.document("{ agreements(filter: { between: [\"LT\", \"UA\"] }) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")) && error.getMessage()
				.equals("filter.between: 'LT' is not an Accords id; expected the id of a Country, as its `id` field"
						+ " and the downloads' id column give it: Q291bnRyeTpMVA for the code LT"));
		this.graphQl.document("{ statements(filter: { speaker: \"kasciunas\" }) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage()
				.equals("filter.speaker: 'kasciunas' is not an Accords id; expected the id of a Person, as its `id`"
						+ " field and the downloads' id column give it (search(text:) finds one by name); did you mean "
						+ "laurynas-kasciunas (Person " + NodeId.of("Person", "laurynas-kasciunas") + ")?"));
		// a curated id, as a page's address ends, names the id it is the key of
		this.graphQl.document("{ statements(filter: { speaker: \"laurynas-kasciunas\" }) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")) && error.getMessage()
				.equals("filter.speaker: 'laurynas-kasciunas' is the curated id of a Person, not its Accords id, "
						+ NodeId.of("Person", "laurynas-kasciunas")));
	}

	@Test
	void nestedRelationsResolve() {
		String agreement = NodeId.of("Agreement", "lt-ua-defence-industry-memorandum-2024");
		this.graphQl.document("""
				query($id: ID!) { node(id: $id) { ... on Agreement {
				  parties { code }
				  signatories { person { name } organization { name } onBehalfOf { code } }
				  cooperationAreas { name commitments { id } statements { id } }
				  commitments { status obligor { ... on Country { code } } }
				  statements { speaker { name posts { role organization { name } } } }
				} } }""")
			.variable("id", agreement)
			.execute()
			.path("node.parties[*].code")
			.entityList(String.class)
			.containsExactly("LT", "UA")
			.path("node.signatories[*].onBehalfOf.code")
			.entityList(String.class)
			.satisfies((codes) -> assertThat(codes).containsExactlyInAnyOrder("LT", "UA", "LT", "UA"))
			.path("node.cooperationAreas")
			.entityList(Object.class)
			.hasSize(5)
			.path("node.commitments[0].status")
			.entity(String.class)
			.isEqualTo("UNDERTAKEN")
			.path("node.commitments[0].obligor.code")
			.entity(String.class)
			.isEqualTo("LT")
			.path("node.statements[0].speaker.name")
			.entity(String.class)
			.isEqualTo("Laurynas Kasčiūnas");
	}

}
