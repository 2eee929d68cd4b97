package org.accords.search;

import java.util.List;
import java.util.Map;

import org.accords.AccordsTest;
import org.accords.GraphQlClient;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over GraphQL on the seed: ranked, forgiving, highlighted, and the text filters
 * of the connections answered by the same index.
 */
@AccordsTest
class SearchTests {

	private static final String HITS = """
			query($text: String!, $order: SearchOrder) {
			  search(text: $text, orderBy: $order) { totalCount edges { score matchedField highlight highlightHtml
			    node { __typename ... on Node { id } } } } }""";

	@Autowired
	WebGraphQlHandler handler;

	WebGraphQlTester graphQl;

	@Autowired
	SearchIndex index;

	@Autowired
	org.accords.dataset.DatasetState state;

	@BeforeEach
	void tester() {
		this.graphQl = GraphQlClient.of(this.handler);
	}

	GraphQlTester.Response search(String text) {
		return this.graphQl.document(HITS).variable("text", text).execute();
	}

	List<Map<String, Object>> edges(String text) {
		return search(text).path("search.edges")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	static String id(Map<String, Object> edge) {
		return (String) ((Map<String, Object>) edge.get("node")).get("id");
	}

	static double score(Map<String, Object> edge) {
		return ((Number) edge.get("score")).doubleValue();
	}

	@Test
	void accentsAndCaseAreForgivenAndTheNameIsHighlighted() {
		Map<String, Object> first = edges("ARMONAITE").get(0);
		assertThat(id(first)).isEqualTo(NodeId.of("Person", "ausrine-armonaite"));
		assertThat(first.get("matchedField")).isEqualTo("NAME");
		assertThat(first.get("highlight")).isEqualTo("Aušrinė «Armonaitė»");
		assertThat(first.get("highlightHtml")).isEqualTo("Aušrinė <mark>Armonaitė</mark>");
	}

	@Test
	void aNameWithOneTypoIsFound() {
		Map<String, Object> first = edges("kasciunsa").get(0);
		assertThat(id(first)).isEqualTo(NodeId.of("Person", "laurynas-kasciunas"));
		assertThat(first.get("highlight")).isEqualTo("Laurynas «Kasčiūnas»");
		assertThat(id(edges("Kamyshyn").get(0))).isEqualTo(NodeId.of("Person", "oleksandr-kamyshin"));
	}

	@Test
	void exactRanksAbovePrefixAboveOneEditAway() {
		double exact = score(edges("umerov").get(0));
		double prefix = score(edges("umero").get(0));
		double fuzzy = score(edges("umerof").get(0));
		assertThat(List.of(id(edges("umerov").get(0)), id(edges("umero").get(0)), id(edges("umerof").get(0))))
			.containsOnly(NodeId.of("Person", "rustem-umerov"));
		assertThat(exact).isGreaterThan(prefix);
		assertThat(prefix).isGreaterThan(fuzzy);
	}

	@Test
	void nameMatchesRankAboveTextMatches() {
		List<Map<String, Object>> edges = edges("research");
		assertThat(id(edges.get(0))).isEqualTo(NodeId.of("CooperationArea", "defence-research-and-development"));
		assertThat(edges.get(0).get("matchedField")).isEqualTo("NAME");
		assertThat(edges).anySatisfy((edge) -> assertThat(edge.get("matchedField")).isEqualTo("TEXT"));
		// scores never rise down the list, and every name match comes before every text
		// match
		for (int i = 1; i < edges.size(); i++) {
			assertThat(score(edges.get(i))).isLessThanOrEqualTo(score(edges.get(i - 1)));
		}
		List<Object> fields = edges.stream().map((edge) -> edge.get("matchedField")).toList();
		assertThat(fields.lastIndexOf("NAME")).isLessThan(fields.indexOf("TEXT"));
		// a person's own name ranks above statements that person made
		assertThat(edges("armonaite").stream().map((edge) -> edge.get("matchedField")).toList()).containsExactly("NAME",
				"SPEAKER", "SPEAKER");
	}

	@Test
	void englishWordsAreStemmed() {
		Map<String, Object> first = edges("missile").get(0);
		assertThat(id(first)).isEqualTo(NodeId.of("Commitment", "palianytsia-production-transfer"));
		assertThat(first.get("matchedField")).isEqualTo("TEXT");
		assertThat((String) first.get("highlight")).contains("Palianytsia «missiles»");
		assertThat(edges("investing")).extracting(SearchTests::id)
			.contains(NodeId.of("Statement", "armonaite-invest-domestic-industry"));
	}

	@Test
	void wordsInQuotesMatchOnlyAsAPhrase() {
		assertThat(edges("\"deep strike\"")).extracting(SearchTests::id)
			.contains(NodeId.of("Commitment", "deep-strike-capabilities"));
		assertThat(edges("strike deep")).extracting(SearchTests::id)
			.contains(NodeId.of("Commitment", "deep-strike-capabilities"));
		search("\"strike deep\"").path("search.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void highlightsMarkEveryMatchedWordInAPlainTextSnippet() {
		String highlight = (String) edges("deep strike").get(0).get("highlight");
		assertThat(highlight).contains("«deep» «strike»").doesNotContain("<");
	}

	@Test
	void newestPutsTheLatestDatedFirst() {
		List<String> relevance = this.graphQl.document(HITS)
			.variable("text", "lithuania")
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
		List<String> dates = this.graphQl.document("""
				query { search(text: "lithuania", orderBy: NEWEST, first: 100) { edges { node {
				  ... on Statement { saidOn reportedOn } ... on Agreement { signedOn reportedOn }
				  ... on Person { reportedOn } ... on Organization { reportedOn }
				  ... on CooperationArea { reportedOn } ... on Commitment { reportedOn } } } } }""")
			.execute()
			.path("search.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.stream()
			.map((node) -> java.util.stream.Stream.of("saidOn", "signedOn", "reportedOn")
				.map(node::get)
				.filter(java.util.Objects::nonNull)
				.map(String::valueOf)
				.findFirst()
				.orElse("0000"))
			.toList();
		assertThat(relevance).isNotEmpty();
		assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(dates.get(0)).isNotEqualTo(dates.get(dates.size() - 1));
	}

	@Test
	void aTextOfTooManyWordsIsBadInputNamingTheLimit() {
		String words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november"
				+ " oscar papa quebec";
		search(words).errors()
			.expect((error) -> error.getMessage().contains("text has 17 words and phrases, over the limit of 16"))
			.verify();
		this.graphQl.document("{ statements(filter: { text: \"" + words + "\" }) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("over the limit of 16"))
			.verify();
		// a word repeated counts once
		search("drone ".repeat(30)).path("search.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void pagesFollowTheRankingAndACursorFarPastTheEndIsAnEmptyPage() {
		List<String> all = search("defence").path("search.edges[*].node.id").entityList(String.class).get();
		assertThat(all).hasSizeGreaterThan(3);
		List<String> cursors = this.graphQl.document("{ search(text: \"defence\", first: 2) { edges { cursor } } }")
			.execute()
			.path("search.edges[*].cursor")
			.entityList(String.class)
			.get();
		String second = this.graphQl
			.document("query($after: String) { search(text: \"defence\", first: 2, after: $after) {"
					+ " edges { node { ... on Node { id } } } } }")
			.variable("after", cursors.get(1))
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get()
			.toString();
		assertThat(second).isEqualTo(all.subList(2, 4).toString());
		// a cursor of this version (its first twelve characters: the version's stamp and
		// "offset") with a far offset's digits
		String farAway = cursors.get(0).substring(0, 12)
				+ java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("100000000000000".getBytes());
		this.graphQl
			.document("query($after: String) { search(text: \"defence\", after: $after) { totalCount"
					+ " edges { cursor } pageInfo { hasNextPage } } }")
			.variable("after", farAway)
			.execute()
			.path("search.edges")
			.entityList(Object.class)
			.hasSize(0)
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(search("defence").path("search.totalCount").entity(Integer.class).get());
	}

	@Test
	void textFiltersUseTheIndex() {
		// the regex scan this replaces found neither: a stem and a one-edit name
		this.graphQl.document("""
				{ stemmed: statements(filter: { text: "investing" }) { totalCount }
				  plain: statements(filter: { text: "invest" }) { totalCount }
				  typo: people(filter: { name: "armonaitee" }) { totalCount }
				  speaker: statements(filter: { speakerName: "armonaitee" }) { totalCount }
				  area: cooperationAreas(filter: { text: "vehicle" }) { totalCount } }""")
			.execute()
			.path("stemmed.totalCount")
			.entity(Integer.class)
			.satisfies((n) -> assertThat(n).isPositive())
			.path("plain.totalCount")
			.entity(Integer.class)
			.satisfies((n) -> assertThat(n).isPositive())
			.path("typo.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("speaker.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("area.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
	}

}
