package org.accords.sources;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of three invented reports (test fixtures under
 * {@code src/test/resources/corpus-fixtures}) of one agreement, served over HTTP: merged
 * records with their sources, a signer dispute, one minister written three ways, a
 * retired id, and dates given relative to each article.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.seed.location=classpath:corpus-fixtures/" })
class CorpusHttpTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	JsonNode query(String query) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.has("errors")).as(response.body()).isFalse();
		return body.get("data");
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.at(field).isNull() ? "null" : node.at(field).asString()));
		return values;
	}

	@Test
	void agreementReportedByThreeArticlesIsOneRecordWithThreeSources() throws Exception {
		JsonNode agreements = query("""
				{ agreements { totalCount edges { node { title signedOn signedOnPrecision signedIn sourceCount
				  reportedOn disputed sources { article { publisher publishedOn } evidence { excerpt } } } } } }""")
			.get("agreements");
		assertThat(agreements.get("totalCount").asInt()).isEqualTo(1);
		JsonNode agreement = agreements.at("/edges/0/node");
		assertThat(agreement.get("title").asString()).isEqualTo("Lithuania–Ukraine memorandum on naval drones");
		// "today" in one report and "yesterday" in the next day's report: the same date,
		// agreed
		assertThat(agreement.get("signedOn").asString()).isEqualTo("2025-03-10");
		assertThat(agreement.get("signedOnPrecision").asString()).isEqualTo("DAY");
		assertThat(agreement.get("disputed").asBoolean()).isFalse();
		assertThat(agreement.get("sourceCount").asInt()).isEqualTo(3);
		assertThat(agreement.get("reportedOn").asString()).isEqualTo("2025-03-10");
		assertThat(texts(agreement.get("sources"), "/article/publisher")).containsExactly(
				"Northern Wire (test fixture)", "Kyiv Bulletin (test fixture)", "Dnipro Daily (test fixture)");
		assertThat(agreement.at("/sources/2/evidence/0/excerpt").asString())
			.isEqualTo("Меморандум про спільне виробництво морських дронів підписали");
	}

	@Test
	void minSourcesKeepsOnlyCorroboratedFacts() throws Exception {
		JsonNode data = query("""
				{ three: signatories(filter: {minSources: 3}) { totalCount }
				  two: statements(filter: {minSources: 2}) { totalCount }
				  all: statements { totalCount }
				  corroborated: agreements(filter: {minSources: 2}) { totalCount } }""");
		assertThat(data.at("/three/totalCount").asInt()).isEqualTo(2);
		assertThat(data.at("/two/totalCount").asInt()).isZero();
		assertThat(data.at("/all/totalCount").asInt()).isEqualTo(4);
		assertThat(data.at("/corroborated/totalCount").asInt()).isEqualTo(1);
	}

	@Test
	void signerDisputeKeepsBothValuesEachWithItsSources() throws Exception {
		JsonNode data = query("""
				{ disputed: signatories(filter: {disputed: true}) { totalCount edges { node {
				    person { name } disputed disputeNote sourceCount
				    competingValues { field value competing sourceCount sources { publisher }
				      node { ... on Person { name } } } } } }
				  agreed: signatories(filter: {disputed: false}) { totalCount } }""");
		assertThat(data.at("/disputed/totalCount").asInt()).isEqualTo(1);
		assertThat(data.at("/agreed/totalCount").asInt()).isEqualTo(1);
		JsonNode signatory = data.at("/disputed/edges/0/node");
		// the value served is the first curated; the other stays beside it, never
		// overwritten
		assertThat(signatory.at("/person/name").asString()).isEqualTo("Jonas Petraitis");
		assertThat(signatory.get("disputeNote").asString()).contains("Dnipro Daily names Vaitkutė");
		JsonNode claims = signatory.get("competingValues");
		assertThat(texts(claims, "/field")).containsExactly("person", "person");
		assertThat(texts(claims, "/node/name")).containsExactly("Jonas Petraitis", "Rūta Vaitkutė");
		assertThat(claims.at("/0/sourceCount").asInt()).isEqualTo(2);
		assertThat(texts(claims.at("/0/sources"), "/publisher")).containsExactly("Northern Wire (test fixture)",
				"Kyiv Bulletin (test fixture)");
		assertThat(texts(claims.at("/1/sources"), "/publisher")).containsExactly("Dnipro Daily (test fixture)");
	}

	@Test
	void personWrittenThreeWaysIsFoundByEachSpellingAndScript() throws Exception {
		String umerov = NodeId.of("Person", "rustem-umerov");
		for (String name : List.of("umerov", "Umjerov", "Умєров", "умеров", "UMÉROV")) {
			JsonNode people = query("{ people(filter: {name: \"" + name + "\"}) { totalCount edges { node { id } } } }")
				.get("people");
			assertThat(people.get("totalCount").asInt()).as(name).isEqualTo(1);
			assertThat(people.at("/edges/0/node/id").asString()).as(name).isEqualTo(umerov);
		}
		JsonNode person = query("{ node(id: \"" + umerov
				+ "\") { ... on Person { name sourceCount aliases { name articles { publisher } } } } }")
			.get("node");
		assertThat(person.get("name").asString()).isEqualTo("Rustem Umerov");
		assertThat(person.get("sourceCount").asInt()).isEqualTo(3);
		assertThat(texts(person.get("aliases"), "/name")).containsExactlyInAnyOrder("Rustem Umjerov", "Рустем Умєров");
		assertThat(person.get("aliases").toString())
			.contains("{\"name\":\"Рустем Умєров\",\"articles\":[{\"publisher\":\"Dnipro Daily (test fixture)\"}]}");
		JsonNode data = query("""
				{ latin: statements(filter: {speakerName: "umerov"}) { totalCount }
				  cyrillic: statements(filter: {speakerName: "Умєров"}) { totalCount }
				  variant: statements(filter: {speakerName: "umjerov"}) { totalCount }
				  search(text: "Умєров") { totalCount } }""");
		assertThat(data.at("/latin/totalCount").asInt()).isEqualTo(3);
		assertThat(data.at("/cyrillic/totalCount").asInt()).isEqualTo(3);
		assertThat(data.at("/variant/totalCount").asInt()).isEqualTo(3);
		assertThat(data.at("/search/totalCount").asInt()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void retiredIdStillResolvesToTheEntityItWasMergedInto() throws Exception {
		String retired = NodeId.of("Person", "rustem-umjerov");
		JsonNode data = query("{ node(id: \"" + retired + "\") { id ... on Person { name mergedIds } } nodes(ids: [\""
				+ retired + "\"]) { id } }");
		assertThat(data.at("/node/id").asString()).isEqualTo(NodeId.of("Person", "rustem-umerov"));
		assertThat(data.at("/node/name").asString()).isEqualTo("Rustem Umerov");
		assertThat(texts(data.at("/node/mergedIds"), "")).containsExactly(retired);
		assertThat(data.at("/nodes/0/id").asString()).isEqualTo(NodeId.of("Person", "rustem-umerov"));
	}

	@Test
	void datesGivenRelativeToTheArticleResolveAndUndatedStatementsSortByReportDate() throws Exception {
		JsonNode edges = query("""
				{ statements(orderBy: {field: REPORTED_ON}) { edges { node {
				  text saidOn saidOnPrecision reportedOn } } } }""").at("/statements/edges");
		// the two reported on 2025-03-12 tie on the report date: any order between them
		assertThat(texts(edges, "/node/saidOn").subList(0, 2)).containsExactly("2025-03-10", "2025-03-11");
		assertThat(texts(edges, "/node/saidOn").subList(2, 4)).containsExactlyInAnyOrder("2025-03-03", "null");
		assertThat(texts(edges, "/node/saidOnPrecision").subList(2, 4)).containsExactlyInAnyOrder("WEEK", "null");
		assertThat(texts(edges, "/node/reportedOn")).containsExactly("2025-03-10", "2025-03-11", "2025-03-12",
				"2025-03-12");
		JsonNode data = query("""
				{ late: statements(filter: {reportedFrom: "2025-03-12"}) { totalCount }
				  early: statements(filter: {reportedTo: "2025-03-11"}) { totalCount } }""");
		assertThat(data.at("/late/totalCount").asInt()).isEqualTo(2);
		assertThat(data.at("/early/totalCount").asInt()).isEqualTo(2);
	}

	String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@Test
	void downloadsCarrySourceCountsDisputesAliasesAndEveryCompetingValue() throws Exception {
		List<String> signatories = get("/data/signatories.csv").lines().toList();
		assertThat(signatories.get(0)).endsWith(",source_count,disputed,reported_on,source_article_ids");
		assertThat(signatories).anySatisfy((row) -> assertThat(row).contains("Jonas Petraitis")
			.contains(",3,true,2025-03-10," + NodeId.of("Article", "northern-wire-2025-03-10")));
		assertThat(get("/data/people.csv")).contains("Rustem Umjerov").contains("Рустем Умєров");
		JsonNode json = JSON.readTree(get("/data/signatories.json"));
		JsonNode disputed = null;
		for (JsonNode signatory : json) {
			if (signatory.at("/provenance/disputed").asBoolean()) {
				disputed = signatory;
			}
		}
		assertThat(disputed).isNotNull();
		assertThat(disputed.at("/provenance/sourceCount").asInt()).isEqualTo(3);
		List<String> competing = new ArrayList<>();
		disputed.at("/provenance/claims").forEach((claim) -> {
			if (claim.get("competing").asBoolean()) {
				competing.add(claim.get("value").asString() + " " + claim.get("sourceIds").size());
			}
		});
		assertThat(competing).containsExactly(NodeId.of("Person", "jonas-petraitis") + " 2",
				NodeId.of("Person", "ruta-vaitkute") + " 1");
		JsonNode people = JSON.readTree(get("/data/people.json"));
		assertThat(people.toString()).contains("\"retiredIds\":[\"" + NodeId.of("Person", "rustem-umjerov") + "\"]");
	}

}
