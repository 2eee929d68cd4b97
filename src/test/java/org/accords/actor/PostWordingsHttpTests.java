package org.accords.actor;

import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journalist checking who called Marta Ozola what finds every wording of her post: the
 * invented reports under {@code src/test/resources/fact-alike-fixtures} call her
 * "Strategic Industries Minister" (Tern Gazette, twice) and "Minister of Strategic
 * Industries" (Reef Dispatch). The post keeps the first report's words, and each wording
 * is a claim with its articles that does not compete, where the second was lost. GraphQL
 * and the downloads say the same.
 */
@GeneratedCorpusTest(fixtures = "classpath:fact-alike-fixtures/")
class PostWordingsHttpTests {

	private static final String FIRST = "Strategic Industries Minister";

	private static final String OTHER = "Minister of Strategic Industries";

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	@Test
	void eachWordingOfThePostIsAClaimWithItsArticles() throws Exception {
		JsonNode posts = api().query("""
				{ posts { nodes { role sourceCount disputed competingValues { value }
				  claims { field value competing served node { id } sources { publisher publishedOn } } } } }""")
			.at("/posts/nodes");
		assertThat(posts).hasSize(1);
		JsonNode post = posts.get(0);
		assertThat(post.at("/role").asString()).isEqualTo(FIRST);
		assertThat(post.at("/sourceCount").asInt()).isEqualTo(3);
		assertThat(post.at("/disputed").asBoolean()).isFalse();
		assertThat(post.at("/competingValues")).isEmpty();
		JsonNode claims = post.at("/claims");
		assertThat(HttpApi.texts(claims, "/field")).containsExactly("role", "role");
		assertThat(HttpApi.texts(claims, "/value")).containsExactly(FIRST, OTHER);
		assertThat(HttpApi.texts(claims, "/competing")).containsExactly("false", "false");
		// the wording role shows is the claim served
		assertThat(HttpApi.texts(claims, "/served")).containsExactly("true", "false");
		assertThat(HttpApi.texts(claims, "/node")).containsExactly("null", "null");
		assertThat(HttpApi.texts(claims.at("/0/sources"), "/publishedOn")).containsExactly("2025-11-03", "2025-11-12");
		assertThat(HttpApi.texts(claims.at("/1/sources"), "/publisher"))
			.containsExactly("Reef Dispatch (test fixture)");
		// the post's filter still finds it by either wording, folded
		assertThat(api().query("{ posts(filter: { role: \"minister of strategic\" }) { totalCount } }")
			.at("/posts/totalCount")
			.asInt()).isEqualTo(1);
	}

	@Test
	void theDownloadsServeTheFirstWordingAndListEveryWording() throws Exception {
		List<CSVRecord> records = HttpApi.csv(api().ok("/data/posts.csv"));
		List<String> header = records.get(0).toList();
		assertThat(records).hasSize(2);
		CSVRecord row = records.get(1);
		assertThat(row.get(header.indexOf("role"))).isEqualTo(FIRST);
		assertThat(row.get(header.indexOf("source_count"))).isEqualTo("3");
		assertThat(row.get(header.indexOf("disputed"))).isEqualTo("false");
		assertThat(row.get(header.indexOf("disputed_values"))).isEmpty();

		// the JSON download's post, and the post in its person's posts, agree with the
		// CSV
		JsonNode posts = HttpApi.JSON.readTree(api().ok("/data/posts.json"));
		JsonNode people = HttpApi.JSON.readTree(api().ok("/data/people.json"));
		assertThat(posts).hasSize(1);
		assertThat(people).hasSize(1);
		for (JsonNode post : List.of(posts.get(0), people.get(0).at("/posts/0"))) {
			assertThat(post.at("/role").asString()).as(post.toString()).isEqualTo(FIRST);
			assertThat(post.at("/provenance/disputed").asBoolean()).as(post.toString()).isFalse();
			assertThat(HttpApi.texts(post.at("/provenance/claims"), "/value")).containsExactly(FIRST, OTHER);
			assertThat(HttpApi.texts(post.at("/provenance/claims"), "/served")).containsExactly("true", "false");
			assertThat(HttpApi.texts(post.at("/provenance/claims/1/sourceIds"), ""))
				.containsExactly(NodeId.of("Article", "reef-dispatch-2025-11-05"));
		}
	}

}
