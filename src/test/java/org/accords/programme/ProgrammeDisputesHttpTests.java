package org.accords.programme;

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
 * A programme is served as every other fact: the invented reports under
 * {@code src/test/resources/fact-alike-fixtures} name two bodies that run the Amber Forge
 * Scheme (disputed, each runner a competing claim with its articles), and a later single
 * report names the Baltic Shell Fund. {@code programmes(filter:)} takes the conditions on
 * sources of every fact filter ({@code minSources}, {@code disputed},
 * {@code reportedFrom}, {@code reportedTo}), and the downloads say what GraphQL does.
 */
@GeneratedCorpusTest(fixtures = "classpath:fact-alike-fixtures/")
class ProgrammeDisputesHttpTests {

	private static final String MINISTRY = NodeId.of("Organization", "lv-strategic-industries-ministry");

	private static final String AGENCY = NodeId.of("Organization", "lv-defence-procurement-agency");

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	private JsonNode programme(String name) throws Exception {
		JsonNode programmes = api().query("""
				{ programmes { nodes { id name runBy { ... on Organization { name } } sourceCount reportedOn disputed
				  competingValues { field value node { id } sources { publisher } }
				  claims { field value competing sourceCount sources { publisher } } } } }""").at("/programmes/nodes");
		for (JsonNode programme : programmes) {
			if (programme.at("/name").asString().equals(name)) {
				return programme;
			}
		}
		throw new AssertionError("no programme " + name);
	}

	@Test
	void aProgrammeTwoPublishersSayDifferentBodiesRunIsDisputedWithEachRunnerAndItsArticles() throws Exception {
		JsonNode amber = programme("Amber Forge Scheme");
		assertThat(amber.at("/sourceCount").asInt()).isEqualTo(2);
		assertThat(amber.at("/disputed").asBoolean()).isTrue();
		// the first reported is served, as any fact's value is
		assertThat(amber.at("/runBy/name").asString()).isEqualTo("Ministry of Strategic Industries");
		assertThat(HttpApi.texts(amber.at("/competingValues"), "/field")).containsOnly("runBy");
		assertThat(HttpApi.texts(amber.at("/competingValues"), "/value")).containsExactly(MINISTRY, AGENCY);
		assertThat(HttpApi.texts(amber.at("/competingValues"), "/node/id")).containsExactly(MINISTRY, AGENCY);
		assertThat(HttpApi.texts(amber.at("/competingValues"), "/sources/0/publisher"))
			.containsExactly("Tern Gazette (test fixture)", "Reef Dispatch (test fixture)");
		assertThat(HttpApi.texts(amber.at("/claims"), "/competing")).containsExactly("true", "true");

		JsonNode baltic = programme("Baltic Shell Fund");
		assertThat(baltic.at("/disputed").asBoolean()).isFalse();
		assertThat(baltic.at("/competingValues")).isEmpty();
		assertThat(baltic.at("/claims")).isEmpty();
		assertThat(baltic.at("/reportedOn").asString()).isEqualTo("2025-11-12");
	}

	/**
	 * {@code programmes(filter: { minSources: 2 })}, {@code disputed} or
	 * {@code reportedFrom} was refused as a validation error, where every other fact's
	 * filter takes them.
	 */
	@Test
	void theFiltersOnSourcesTakeProgrammesAsEveryOtherFact() throws Exception {
		assertThat(names("minSources: 2")).containsExactly("Amber Forge Scheme");
		assertThat(names("minSources: 1")).hasSize(2);
		assertThat(names("minSources: 0")).hasSize(2);
		assertThat(names("disputed: true")).containsExactly("Amber Forge Scheme");
		assertThat(names("disputed: false")).containsExactly("Baltic Shell Fund");
		assertThat(names("reportedFrom: \"2025-11-06\"")).containsExactly("Baltic Shell Fund");
		assertThat(names("reportedTo: \"2025-11-05\"")).containsExactly("Amber Forge Scheme");
		assertThat(names("reportedFrom: \"2025-11-03\", reportedTo: \"2025-11-12\"")).hasSize(2);
		assertThat(names("reportedFrom: \"2025-11-13\"")).isEmpty();
		// with the programme's own condition, all of them holding
		String latvia = NodeId.of("Country", "LV");
		assertThat(names("country: \"" + latvia + "\", minSources: 2, disputed: true"))
			.containsExactly("Amber Forge Scheme");
		assertThat(names("country: \"" + latvia + "\", reportedFrom: \"2025-11-06\", disputed: true")).isEmpty();
		JsonNode page = api().query("{ programmes(filter: { minSources: 1 }, first: 1) { totalCount nodes { name } } }")
			.at("/programmes");
		assertThat(page.at("/totalCount").asInt()).isEqualTo(2);
		assertThat(page.at("/nodes")).hasSize(1);
	}

	@Test
	void aNegativeMinSourcesIsRefusedNamingIt() throws Exception {
		JsonNode body = api().post("{ programmes(filter: { minSources: -1 }) { totalCount } }");
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
		assertThat(body.at("/errors/0/message").asString()).contains("filter.minSources", "-1");
	}

	@Test
	void theNodeAnswersAsTheList() throws Exception {
		JsonNode amber = programme("Amber Forge Scheme");
		JsonNode node = api()
			.query("{ node(id: \"" + amber.at("/id").asString()
					+ "\") { ... on Programme { disputed competingValues { value } claims { value } } } }")
			.at("/node");
		assertThat(node.at("/disputed").asBoolean()).isTrue();
		assertThat(HttpApi.texts(node.at("/competingValues"), "/value")).containsExactly(MINISTRY, AGENCY);
		assertThat(node.at("/claims")).hasSize(2);
	}

	@Test
	void theDownloadsSayWhichRunnersCompete() throws Exception {
		List<CSVRecord> records = HttpApi.csv(api().ok("/data/programmes.csv"));
		List<String> header = records.get(0).toList();
		assertThat(header).contains("source_count", "disputed", "reported_on", "source_article_ids", "disputed_values",
				"competing_fact_ids", "dispute_note", "corrected_values");
		CSVRecord amber = row(records, header, "Amber Forge Scheme");
		assertThat(amber.get(header.indexOf("source_count"))).isEqualTo("2");
		assertThat(amber.get(header.indexOf("disputed"))).isEqualTo("true");
		assertThat(amber.get(header.indexOf("reported_on"))).isEqualTo("2025-11-03");
		JsonNode values = HttpApi.JSON.readTree(amber.get(header.indexOf("disputed_values")));
		assertThat(HttpApi.texts(values, "/field")).containsOnly("runBy");
		assertThat(HttpApi.texts(values, "/value")).containsExactly(MINISTRY, AGENCY);
		assertThat(HttpApi.texts(values, "/name")).containsExactly("Ministry of Strategic Industries",
				"State Defence Procurement Agency");
		CSVRecord baltic = row(records, header, "Baltic Shell Fund");
		assertThat(baltic.get(header.indexOf("disputed"))).isEqualTo("false");
		assertThat(baltic.get(header.indexOf("disputed_values"))).isEmpty();
		assertThat(baltic.get(header.indexOf("reported_on"))).isEqualTo("2025-11-12");

		JsonNode programmes = HttpApi.JSON.readTree(api().ok("/data/programmes.json"));
		for (JsonNode programme : programmes) {
			boolean isAmber = programme.at("/name").asString().equals("Amber Forge Scheme");
			assertThat(programme.at("/provenance/disputed").asBoolean()).as(programme.toString()).isEqualTo(isAmber);
			assertThat(HttpApi.texts(programme.at("/provenance/claims"), "/value"))
				.isEqualTo(isAmber ? List.of(MINISTRY, AGENCY) : List.of());
		}
	}

	private List<String> names(String filter) throws Exception {
		return HttpApi.texts(
				api().query("{ programmes(filter: { " + filter + " }) { nodes { name } } }").at("/programmes/nodes"),
				"/name");
	}

	private static CSVRecord row(List<CSVRecord> records, List<String> header, String name) {
		return records.stream()
			.filter((record) -> record.get(header.indexOf("name")).equals(name))
			.findFirst()
			.orElseThrow();
	}

}
