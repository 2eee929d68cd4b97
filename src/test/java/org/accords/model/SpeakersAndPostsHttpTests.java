package org.accords.model;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invented reports (test fixtures {@code e_fjord_wire} and {@code f_fjord_wire} under
 * {@code src/test/resources/model-fixtures}) of a ministry that speaks, a spokesman who
 * speaks for it, and a post that changes hands between two articles, served over HTTP and
 * in the downloads. The fixtures are loaded on the shared {@link GeneratedCorpusTest}
 * application before each test rather than at the start of an application of their own.
 */
@GeneratedCorpusTest(fixtures = "classpath:model-fixtures/")
class SpeakersAndPostsHttpTests {

	private static final String MINISTRY = NodeId.of("Organization", "no-procurement-ministry");

	private static final String NORWAY = NodeId.of("Country", "NO");

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	@Test
	void aMinistrySpeaksAsItsVoiceWithNoPersonAsSpeaker() throws Exception {
		JsonNode statement = api()
			.query("""
					{ node(id: "%s") { ... on Statement { text speaker { name }
					  voice { __typename ... on Organization { name kind } ... on Person { name } }
					  onBehalfOf { name } onBehalfOfEvidence { excerpt } } } }"""
				.formatted(NodeId.of("Statement", "ministry-budget")))
			.get("node");
		assertThat(statement.get("speaker").isNull()).isTrue();
		assertThat(statement.at("/voice/__typename").asString()).isEqualTo("Organization");
		assertThat(statement.at("/voice/name").asString()).isEqualTo("Norwegian Ministry of Defence Procurement");
		assertThat(statement.get("onBehalfOf").isNull()).isTrue();
		assertThat(statement.get("onBehalfOfEvidence")).isEmpty();
	}

	@Test
	void aPersonSpeakingForAMinistryKeepsTheSpeakerAndNamesTheMinistryWithEvidence() throws Exception {
		JsonNode statement = api()
			.query("""
					{ node(id: "%s") { ... on Statement { speaker { name }
					  voice { __typename ... on Person { name } }
					  onBehalfOf { name } onBehalfOfEvidence { excerpt } } } }"""
				.formatted(NodeId.of("Statement", "moe-contracts-published")))
			.get("node");
		assertThat(statement.at("/speaker/name").asString()).isEqualTo("Lars Moe");
		assertThat(statement.at("/voice/__typename").asString()).isEqualTo("Person");
		assertThat(statement.at("/voice/name").asString()).isEqualTo("Lars Moe");
		assertThat(statement.at("/onBehalfOf/name").asString()).isEqualTo("Norwegian Ministry of Defence Procurement");
		assertThat(HttpApi.texts(statement.get("onBehalfOfEvidence"), "/excerpt"))
			.containsExactly("speaking for the ministry");
	}

	@Test
	void theWordsSayingWhoIsSpokenForAreTheStatementsOnTheSourceView() throws Exception {
		String statement = NodeId.of("Statement", "moe-contracts-published");
		List<String> spoken = new ArrayList<>();
		for (JsonNode span : HttpApi.JSON
			.readTree(api().get("/articles/fjord-wire-2025-03-03", "application/json").body())
			.get("spans")) {
			if (span.get("label").asString().contains(" speaks for ")) {
				spoken.add(span.get("kind").asString() + " " + span.get("factId").asString() + " "
						+ span.get("label").asString() + ": " + span.get("excerpt").asString());
			}
		}
		assertThat(spoken).containsExactly("statement " + statement
				+ " Lars Moe speaks for Norwegian Ministry of Defence Procurement: speaking for the ministry");
		JsonNode evidence = api()
			.query("{ node(id: \"%s\") { ... on Statement { onBehalfOfEvidence { sourceUrl } } } }"
				.formatted(statement))
			.at("/node/onBehalfOfEvidence/0");
		assertThat(evidence.get("sourceUrl").asString()).endsWith("?fact=" + statement + "#fact");
	}

	@Test
	void statementsFilterByTheOrganizationThatSpeaksOrIsSpokenFor() throws Exception {
		JsonNode page = api().query("""
				{ statements(filter: { organization: "%s" }, orderBy: { field: ID }) { totalCount
				  edges { node { text voice { __typename } } } } }""".formatted(MINISTRY)).get("statements");
		assertThat(page.get("totalCount").asInt()).isEqualTo(2);
		assertThat(HttpApi.texts(page.get("edges"), "/node/text")).containsExactlyInAnyOrder(
				"the purchase will be paid from this year's budget", "the contracts would be published in full");
		JsonNode byCountry = api().query("""
				{ statements(filter: { country: "%s" }) { totalCount } }""".formatted(NORWAY));
		assertThat(byCountry.at("/statements/totalCount").asInt()).as("the ministry's statement counts for Norway")
			.isEqualTo(3);
	}

	@Test
	void searchFindsWhatAnOrganizationSaidByItsName() throws Exception {
		JsonNode edges = api().query("""
				{ search(text: "norwegian procurement", first: 20) { edges { matchedField
				  node { __typename ... on Statement { id } } } } }""").at("/search/edges");
		List<String> matches = new ArrayList<>();
		edges.forEach((edge) -> {
			if (edge.at("/node/__typename").asString().equals("Statement")) {
				matches.add(edge.at("/node/id").asString() + " " + edge.get("matchedField").asString());
			}
		});
		assertThat(matches).contains(NodeId.of("Statement", "ministry-budget") + " SPEAKER");
	}

	@Test
	void whoHeldAPostOnADateIsOneQueryAndTheAnswerChangesWithTheHandover() throws Exception {
		String query = """
				{ posts(filter: { role: "defence procurement", country: "%s", heldOn: "%s" }) { totalCount
				  edges { node { role person { name } organization { name } } } } }""";
		JsonNode before = api().query(query.formatted(NORWAY, "2025-04-01")).get("posts");
		assertThat(before.get("totalCount").asInt()).isEqualTo(1);
		assertThat(before.at("/edges/0/node/person/name").asString()).isEqualTo("Ingrid Halvorsen");
		assertThat(before.at("/edges/0/node/organization/name").asString())
			.isEqualTo("Norwegian Ministry of Defence Procurement");
		JsonNode after = api().query(query.formatted(NORWAY, "2025-07-01")).get("posts");
		assertThat(HttpApi.texts(after.get("edges"), "/node/person/name")).containsExactly("Petter Lund");
		JsonNode handover = api().query(query.formatted(NORWAY, "2025-06-16")).get("posts");
		assertThat(HttpApi.texts(handover.get("edges"), "/node/person/name")).containsExactly("Petter Lund");
	}

	@Test
	void thePostReportedByTwoArticlesIsOnePostWithTwoSourcesAndDerivedDates() throws Exception {
		JsonNode posts = api().query("""
				{ posts(filter: { organization: "%s" }) { totalCount edges { node { id role person { name }
				  from to firstReported lastReported endedBy heldFrom heldUntil sourceCount
				  evidence { excerpt } } } } }""".formatted(MINISTRY)).at("/posts");
		assertThat(posts.get("totalCount").asInt()).isEqualTo(2);
		JsonNode halvorsen = posts.at("/edges/0/node");
		assertThat(halvorsen.at("/person/name").asString()).isEqualTo("Ingrid Halvorsen");
		// reported as "Minister of Defence Procurement", then as "defence procurement
		// minister": one post, shown in the first report's words
		assertThat(halvorsen.get("sourceCount").asInt()).isEqualTo(2);
		assertThat(halvorsen.get("role").asString()).isEqualTo("Minister of Defence Procurement");
		assertThat(HttpApi.texts(halvorsen.get("evidence"), "/excerpt")).containsExactly(
				"Minister of Defence Procurement Ingrid Halvorsen",
				"former defence procurement minister Ingrid Halvorsen");
		assertThat(halvorsen.get("from").isNull()).isTrue();
		assertThat(halvorsen.get("to").isNull()).isTrue();
		assertThat(halvorsen.get("firstReported").asString()).isEqualTo("2025-03-03");
		assertThat(halvorsen.get("lastReported").asString()).isEqualTo("2025-03-03");
		assertThat(halvorsen.get("endedBy").asString()).isEqualTo("2025-06-16");
		assertThat(halvorsen.get("heldFrom").isNull()).isTrue();
		assertThat(halvorsen.get("heldUntil").asString()).isEqualTo("2025-06-15");
		JsonNode lund = posts.at("/edges/1/node");
		assertThat(lund.get("heldFrom").asString()).isEqualTo("2025-06-16");
		assertThat(lund.get("heldUntil").isNull()).isTrue();
		// a post is a node, and a person's posts are the same posts
		JsonNode node = api()
			.query("{ node(id: \"%s\") { ... on Post { role person { posts { id } } } } }"
				.formatted(halvorsen.get("id").asString()))
			.get("node");
		assertThat(node.get("role").asString()).isEqualTo("Minister of Defence Procurement");
		assertThat(HttpApi.texts(node.at("/person/posts"), "/id")).containsExactly(halvorsen.get("id").asString());
	}

	@Test
	void aBadPostFilterIdIsAClearError() throws Exception {
		JsonNode body = api().post("{ posts(filter: { organization: \"%s\" }) { totalCount } }".formatted(NORWAY));
		assertThat(body.at("/errors/0/message").asString())
			.contains("filter.organization: '" + NORWAY + "' is the id of a Country, expected an Organization");
	}

	@Test
	void downloadsHoldPostsAndTheOrganizationThatSpeaks() throws Exception {
		HttpResponse<String> posts = api().get("/data/posts.csv");
		assertThat(posts.statusCode()).isEqualTo(200);
		List<String> lines = posts.body().lines().toList();
		assertThat(lines.get(0)).startsWith("id,person_id,person_name,role,organization_id,organization_name")
			.contains("first_reported,last_reported,ended_by,held_from,held_until");
		assertThat(lines).anyMatch((line) -> line.contains("Ingrid Halvorsen,Minister of Defence Procurement")
				&& line.contains("2025-03-03,2025-03-03,2025-06-16,,2025-06-15"));
		HttpResponse<String> statements = api().get("/data/statements.csv");
		assertThat(statements.body().lines().findFirst().orElseThrow())
			.contains("speaker_organization_id,speaker_organization_name,on_behalf_of_id,on_behalf_of_name");
		assertThat(statements.body()).contains(MINISTRY + ",Norwegian Ministry of Defence Procurement");
		HttpResponse<String> metadata = api().get("/data/datapackage.json");
		JsonNode resources = HttpApi.JSON.readTree(metadata.body()).get("resources");
		List<String> names = new ArrayList<>();
		resources.forEach((resource) -> names.add(resource.get("name").asString()));
		assertThat(names).anyMatch((name) -> name.startsWith("posts"));
	}

}
