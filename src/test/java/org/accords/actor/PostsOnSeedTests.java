package org.accords.actor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.AccordsTest;
import org.accords.HttpApi;
import org.accords.Docs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "who held this role on this day" sample of docs/api.md answers from the seed
 * article, and every post of the seed is counted.
 */
@AccordsTest
class PostsOnSeedTests {

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	@Test
	void theReadmeSampleFindsTheMinisterOfStrategicIndustriesOnTheDayOfSigning() throws Exception {
		String readme = Docs.section(Docs.page("api.md"), "## Sample queries");
		Matcher sample = Pattern.compile("```graphql\\n(\\{\\n  posts\\(filter: .*?)```", Pattern.DOTALL)
			.matcher(readme);
		assertThat(sample.find()).as("the posts sample of docs/api.md").isTrue();
		JsonNode posts = api().query(sample.group(1)).get("posts");
		assertThat(posts.get("totalCount").asInt()).isEqualTo(1);
		JsonNode post = posts.at("/edges/0/node");
		assertThat(post.at("/person/name").asString()).isEqualTo("Oleksandr Kamyshin");
		assertThat(post.get("role").asString()).isEqualTo("Minister of Strategic Industries");
		assertThat(post.get("firstReported").asString()).isEqualTo("2024-11-05");
		assertThat(post.get("heldFrom").isNull()).isTrue();
		assertThat(post.get("sourceCount").asInt()).isEqualTo(1);
	}

	@Test
	void theSeedsPostsAreCountedAndListedWithTheirPeople() throws Exception {
		JsonNode data = api().query("{ dataset { counts { people posts } } posts { totalCount } }");
		assertThat(data.at("/dataset/counts/posts").asInt()).isEqualTo(4);
		assertThat(data.at("/posts/totalCount").asInt()).isEqualTo(4);
	}

}
