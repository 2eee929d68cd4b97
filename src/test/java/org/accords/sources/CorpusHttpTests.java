package org.accords.sources;

import java.io.IOException;
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
 * A corpus of three invented reports (test fixtures under
 * {@code src/test/resources/corpus-fixtures}) of one agreement, served over HTTP: merged
 * records with their sources, a signer dispute, one minister written three ways, a
 * retired id, and dates given relative to each article. The fixtures are loaded on the
 * shared {@link GeneratedCorpusTest} application before each test (a load of unchanged
 * files publishes nothing) rather than at the start of an application of their own.
 */
@GeneratedCorpusTest(fixtures = "classpath:corpus-fixtures/")
class CorpusHttpTests {

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	@Test
	void agreementReportedByThreeArticlesIsOneRecordWithThreeSources() throws Exception {
		JsonNode agreements = api().query("""
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
		assertThat(HttpApi.texts(agreement.get("sources"), "/article/publisher")).containsExactly(
				"Northern Wire (test fixture)", "Kyiv Bulletin (test fixture)", "Dnipro Daily (test fixture)");
		assertThat(agreement.at("/sources/2/evidence/0/excerpt").asString())
			.isEqualTo("Меморандум про спільне виробництво морських дронів підписали");
	}

	@Test
	void minSourcesKeepsOnlyCorroboratedFacts() throws Exception {
		JsonNode data = api().query("""
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
		JsonNode data = api().query("""
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
		assertThat(HttpApi.texts(claims, "/field")).containsExactly("person", "person");
		assertThat(HttpApi.texts(claims, "/node/name")).containsExactly("Jonas Petraitis", "Rūta Vaitkutė");
		assertThat(claims.at("/0/sourceCount").asInt()).isEqualTo(2);
		assertThat(HttpApi.texts(claims.at("/0/sources"), "/publisher")).containsExactly("Northern Wire (test fixture)",
				"Kyiv Bulletin (test fixture)");
		assertThat(HttpApi.texts(claims.at("/1/sources"), "/publisher")).containsExactly("Dnipro Daily (test fixture)");
	}

	@Test
	void personWrittenThreeWaysIsFoundByEachSpellingAndScript() throws Exception {
		String umerov = NodeId.of("Person", "rustem-umerov");
		for (String name : List.of("umerov", "Umjerov", "Умєров", "умеров", "UMÉROV")) {
			JsonNode people = api()
				.query("{ people(filter: {name: \"" + name + "\"}) { totalCount edges { node { id } } } }")
				.get("people");
			assertThat(people.get("totalCount").asInt()).as(name).isEqualTo(1);
			assertThat(people.at("/edges/0/node/id").asString()).as(name).isEqualTo(umerov);
		}
		JsonNode person = api()
			.query("{ node(id: \"" + umerov
					+ "\") { ... on Person { name sourceCount aliases { name articles { publisher } } } } }")
			.get("node");
		assertThat(person.get("name").asString()).isEqualTo("Rustem Umerov");
		assertThat(person.get("sourceCount").asInt()).isEqualTo(3);
		assertThat(HttpApi.texts(person.get("aliases"), "/name")).containsExactlyInAnyOrder("Rustem Umjerov",
				"Рустем Умєров");
		assertThat(person.get("aliases").toString())
			.contains("{\"name\":\"Рустем Умєров\",\"articles\":[{\"publisher\":\"Dnipro Daily (test fixture)\"}]}");
		JsonNode data = api().query("""
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
		JsonNode data = api().query("{ node(id: \"" + retired
				+ "\") { id ... on Person { name mergedIds } } nodes(ids: [\"" + retired + "\"]) { id } }");
		assertThat(data.at("/node/id").asString()).isEqualTo(NodeId.of("Person", "rustem-umerov"));
		assertThat(data.at("/node/name").asString()).isEqualTo("Rustem Umerov");
		assertThat(HttpApi.texts(data.at("/node/mergedIds"), "")).containsExactly(retired);
		assertThat(data.at("/nodes/0/id").asString()).isEqualTo(NodeId.of("Person", "rustem-umerov"));
	}

	@Test
	void datesGivenRelativeToTheArticleResolveAndUndatedStatementsSortByReportDate() throws Exception {
		JsonNode edges = api().query("""
				{ statements(orderBy: {field: REPORTED_ON}) { edges { node {
				  text saidOn saidOnPrecision reportedOn } } } }""").at("/statements/edges");
		// the two reported on 2025-03-12 tie on the report date: any order between them
		assertThat(HttpApi.texts(edges, "/node/saidOn").subList(0, 2)).containsExactly("2025-03-10", "2025-03-11");
		assertThat(HttpApi.texts(edges, "/node/saidOn").subList(2, 4)).containsExactlyInAnyOrder("2025-03-03", "null");
		assertThat(HttpApi.texts(edges, "/node/saidOnPrecision").subList(2, 4)).containsExactlyInAnyOrder("WEEK",
				"null");
		assertThat(HttpApi.texts(edges, "/node/reportedOn")).containsExactly("2025-03-10", "2025-03-11", "2025-03-12",
				"2025-03-12");
		JsonNode data = api().query("""
				{ late: statements(filter: {reportedFrom: "2025-03-12"}) { totalCount }
				  early: statements(filter: {reportedTo: "2025-03-11"}) { totalCount } }""");
		assertThat(data.at("/late/totalCount").asInt()).isEqualTo(2);
		assertThat(data.at("/early/totalCount").asInt()).isEqualTo(2);
	}

	String text(String path) throws IOException, InterruptedException {
		return api().ok(path);
	}

	@Test
	void downloadsCarrySourceCountsDisputesAliasesAndEveryCompetingValue() throws Exception {
		List<String> signatories = text("/data/signatories.csv").lines().toList();
		assertThat(signatories.get(0)).endsWith(
				",source_count,disputed,reported_on,source_article_ids,disputed_values,competing_fact_ids,dispute_note,"
						+ "corrected_values");
		assertThat(signatories).anySatisfy((row) -> assertThat(row).contains("Jonas Petraitis")
			.contains(",3,true,2025-03-10," + NodeId.of("Article", "northern-wire-2025-03-10"))
			// what each source says, beside the flag, with names: no JSON needed
			// (a JSON array in the cell, its quotes doubled by the CSV)
			.contains("[{\"\"field\"\":\"\"person\"\",\"\"value\"\":\"\"" + NodeId.of("Person", "jonas-petraitis")
					+ "\"\",\"\"name\"\":\"\"Jonas Petraitis\"\",\"\"sourceIds\"\":[\"\""
					+ NodeId.of("Article", "northern-wire-2025-03-10") + "\"\",")
			.contains("{\"\"field\"\":\"\"person\"\",\"\"value\"\":\"\"" + NodeId.of("Person", "ruta-vaitkute")
					+ "\"\",\"\"name\"\":\"\"Rūta Vaitkutė\"\",")
			// the note, then corrected_values, empty: no publisher corrected itself
			.endsWith(",Dnipro Daily names Vaitkutė; the other two reports name Petraitis.,"));
		assertThat(text("/data/people.csv")).contains("Rustem Umjerov").contains("Рустем Умєров");
		JsonNode json = HttpApi.JSON.readTree(text("/data/signatories.json"));
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
		JsonNode people = HttpApi.JSON.readTree(text("/data/people.json"));
		assertThat(people.toString()).contains("\"retiredIds\":[\"" + NodeId.of("Person", "rustem-umjerov") + "\"]");
	}

	@Test
	void factsTheCuratorMarksAsContradictingNameEachOtherAsCompetingFactsOnEveryType() throws Exception {
		JsonNode data = api().query("""
				{ statements(first: 10) { edges { node { id disputed competingFacts { id } } } }
				  agreements { edges { node { competingFacts { id } } } }
				  signatories { edges { node { competingFacts { id } } } }
				  people { edges { node { competingFacts { id } } } }
				  countries { competingFacts { id } } }""");
		String summer = NodeId.of("Statement", "umerov-summer-boats");
		String thisYear = NodeId.of("Statement", "umjerov-boats-at-sea");
		List<String> competing = new ArrayList<>();
		data.at("/statements/edges")
			.forEach(
					(edge) -> competing.add(edge.at("/node/id").asString() + " " + edge.at("/node/disputed").asBoolean()
							+ " " + HttpApi.texts(edge.at("/node/competingFacts"), "/id")));
		assertThat(competing).contains(summer + " true [" + thisYear + "]", thisYear + " true [" + summer + "]")
			.filteredOn((row) -> row.endsWith("[]"))
			.hasSize(2);
		assertThat(data.at("/agreements/edges/0/node/competingFacts")).isEmpty();
		assertThat(data.at("/signatories/edges/0/node/competingFacts")).isEmpty();
		assertThat(data.at("/people/edges/0/node/competingFacts")).isEmpty();
		assertThat(data.at("/countries/0/competingFacts")).isEmpty();
	}

}
