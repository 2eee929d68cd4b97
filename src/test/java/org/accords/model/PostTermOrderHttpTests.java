package org.accords.model;

import java.net.http.HttpResponse;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two invented reports (test fixtures under {@code src/test/resources/post-fixtures})
 * that date two holders of one post from the same day: the posts root query,
 * {@code Person.posts}, {@code heldOn} and the downloads give the same terms, none ending
 * before it starts.
 */
@GeneratedCorpusTest(fixtures = "classpath:post-fixtures/")
class PostTermOrderHttpTests {

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	@Test
	void theQueriesAndTheDownloadsAgreeAndNoTermEndsBeforeItStarts() throws Exception {
		JsonNode edges = api().query("""
				{ posts(filter: { role: "border equipment" }) { totalCount edges { node { id person { name
				  posts { id heldFrom heldUntil } } from firstReported heldFrom heldUntil } } } }""")
			.at("/posts/edges");
		assertThat(edges).hasSize(2);
		for (JsonNode edge : edges) {
			JsonNode post = edge.get("node");
			assertThat(post.get("heldUntil").isNull()).as(post.toString()).isTrue();
			JsonNode own = post.at("/person/posts/0");
			assertThat(own.get("id").asString()).isEqualTo(post.get("id").asString());
			assertThat(own.get("heldFrom")).isEqualTo(post.get("heldFrom"));
			assertThat(own.get("heldUntil")).isEqualTo(post.get("heldUntil"));
		}
		// both reports put their holder in office on 2 September
		JsonNode onTheDay = api().query("""
				{ posts(filter: { role: "border equipment", heldOn: "2025-09-02" }) {
				  edges { node { person { name } } } } }""").at("/posts/edges");
		assertThat(HttpApi.texts(onTheDay, "/node/person/name")).containsExactlyInAnyOrder("Jonas Berg", "Maja Strand");
		HttpResponse<String> csv = api().get("/data/posts.csv");
		List<String> lines = csv.body().lines().filter((line) -> line.contains("Border Equipment")).toList();
		assertThat(lines).hasSize(2)
			// first_reported, last_reported, ended_by, held_from, held_until
			.anyMatch((line) -> line.contains("Maja Strand") && line.contains(",2025-09-09,2025-09-09,,2025-09-02,,"))
			.anyMatch((line) -> line.contains("Jonas Berg") && line.contains(",2025-09-02,2025-09-02,,,,"))
			.noneMatch((line) -> line.contains("2025-09-01"));
		assertThat(api().get("/data/posts.json").body()).doesNotContain("2025-09-01");
	}

}
