package org.accords.sources;

import org.accords.AccordsTest;
import org.accords.HttpApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real seed as a one-source corpus: every fact has its one article as source, nothing
 * is disputed, and the article names where its text was also published.
 */
@AccordsTest
class SeedSourcesHttpTests {

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	@Test
	void seedArticleNamesItsDelfiEdition() throws Exception {
		JsonNode article = api().query(
				"{ articles { edges { node { publisher editions { publisher publishedOn language title url } } } } }")
			.at("/articles/edges/0/node");
		assertThat(article.get("publisher").asString()).isEqualTo("ELTA");
		JsonNode delfi = article.at("/editions/0");
		assertThat(delfi.get("publisher").asString()).isEqualTo("Delfi");
		assertThat(delfi.get("publishedOn").asString()).isEqualTo("2024-11-05");
		assertThat(delfi.get("title").asString())
			.isEqualTo("Lithuania and Ukraine sign defence industry cooperation treaty");
		assertThat(delfi.get("url").asString()).isEqualTo(
				"https://www.delfi.lt/en/politics/lithuania-and-ukraine-sign-defence-industry-cooperation-treaty-120062453");
	}

	@Test
	void everySeedFactHasItsOneArticleAsSourceAndNoDispute() throws Exception {
		JsonNode data = api().query("""
				{ statements(first: 100) { totalCount edges { node { sourceCount disputed reportedOn
				    sources { article { publisher } evidence { excerpt } } evidence { excerpt } } } }
				  corroborated: statements(filter: {minSources: 2}) { totalCount }
				  disputed: commitments(filter: {disputed: true}) { totalCount }
				  undisputed: commitments(filter: {disputed: false}) { totalCount } }""");
		assertThat(data.at("/statements/totalCount").asInt()).isEqualTo(5);
		for (JsonNode edge : data.at("/statements/edges")) {
			JsonNode statement = edge.get("node");
			assertThat(statement.get("sourceCount").asInt()).isEqualTo(1);
			assertThat(statement.get("disputed").asBoolean()).isFalse();
			assertThat(statement.get("reportedOn").asString()).isEqualTo("2024-11-05");
			assertThat(statement.at("/sources/0/article/publisher").asString()).isEqualTo("ELTA");
			assertThat(statement.at("/sources/0/evidence")).isEqualTo(statement.get("evidence"));
		}
		assertThat(data.at("/corroborated/totalCount").asInt()).isZero();
		assertThat(data.at("/disputed/totalCount").asInt()).isZero();
		assertThat(data.at("/undisputed/totalCount").asInt()).isEqualTo(5);
	}

}
