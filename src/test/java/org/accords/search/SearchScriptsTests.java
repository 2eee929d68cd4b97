package org.accords.search;

import java.util.List;
import java.util.Map;

import org.accords.GeneratedCorpusTest;
import org.accords.GraphQlClient;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.server.WebGraphQlHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search across scripts, on the three test-fixture reports where one minister is written
 * in Latin and in Cyrillic: either spelling finds the other. The fixtures are loaded on
 * the shared {@link GeneratedCorpusTest} application before each test (a load of
 * unchanged files publishes nothing) rather than at the start of an application of their
 * own.
 */
@GeneratedCorpusTest(fixtures = "classpath:corpus-fixtures/")
class SearchScriptsTests {

	@Autowired
	WebGraphQlHandler handler;

	List<Map<String, Object>> edges(String text) {
		return GraphQlClient.of(this.handler)
			.document("query($text: String!) { search(text: $text) { edges { matchedField highlight"
					+ " node { ... on Node { id } } } } }")
			.variable("text", text)
			.execute()
			.path("search.edges")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	static String id(Map<String, Object> edge) {
		return (String) ((Map<String, Object>) edge.get("node")).get("id");
	}

	@Test
	void aCyrillicNameFindsItsLatinSpelling() {
		Map<String, Object> first = edges("Умєров").get(0);
		assertThat(id(first)).isEqualTo(NodeId.of("Person", "rustem-umerov"));
		assertThat(first.get("matchedField")).isEqualTo("NAME");
		assertThat(first.get("highlight")).isEqualTo("Rustem «Umerov»");
	}

	@Test
	void latinWordsFindCyrillicTextAndMarkItAsWritten() {
		List<Map<String, Object>> edges = edges("morski droni");
		assertThat(edges).hasSize(1);
		assertThat((String) edges.get(0).get("highlight")).startsWith("«Морські» «дрони» вже");
	}

	@Test
	void aTransliterationVariantOfANameIsOneEditAway() {
		// Umierov: neither the Latin nor the Cyrillic spelling of the fixtures
		assertThat(id(edges("Umierov").get(0))).isEqualTo(NodeId.of("Person", "rustem-umerov"));
	}

}
