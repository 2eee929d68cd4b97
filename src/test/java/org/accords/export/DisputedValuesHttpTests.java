package org.accords.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A competing value whose own words hold {@code "; "} (a quote, a note) comes out of the
 * CSV's {@code disputed_values} whole: the cell is a JSON array, which any JSON parser
 * splits whatever the values hold, where splitting on {@code "; "} cut the quote in two.
 * A signatory's role worded two ways for one seat is no competing value at all. Two
 * invented wire reports of one remark (or one signature), loaded on the shared
 * {@link GeneratedCorpusTest} application.
 */
@GeneratedCorpusTest
class DisputedValuesHttpTests {

	static final String WITH_SEMICOLON = "Our plants will double shell output; the first lines open in spring";

	static final String PLAIN = "Our plants will double shell output by spring";

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	private void report(String name, String published, String text, String sentence) {
		SeedFixture.report(this.folder, name, published, sentence, """
				countries: [ { code: EE, name: Estonia } ]
				people:
				  - id: mart-kask
				    name: Mart Kask
				    country: EE
				    evidence: ["Mart Kask"]
				statements:
				  - id: kask-shell-output
				    speaker: mart-kask
				    kind: DIRECT_QUOTE
				    text: "%s"
				    evidence: ['%s']
				""".formatted(text, sentence));
	}

	private void signed(String name, String published, String role, String sentence) {
		SeedFixture.report(this.folder, name, published, sentence, """
				countries: [ { code: EE, name: Estonia }, { code: UA, name: Ukraine } ]
				people:
				  - id: kadri-tamm
				    name: Kadri Tamm
				    country: EE
				    evidence: ["Kadri Tamm"]
				agreements:
				  - id: ee-ua-drone-memorandum
				    title: Estonia-Ukraine memorandum on drone production
				    kind: MEMORANDUM_OF_UNDERSTANDING
				    parties: [EE, UA]
				    evidence: ["memorandum on drone production"]
				signatories:
				  - id: tamm-for-estonia
				    agreement: ee-ua-drone-memorandum
				    person: kadri-tamm
				    onBehalfOf: EE
				    role: %s
				    evidence: ["%s Kadri Tamm"]
				""".formatted(role, role));
	}

	@Test
	void aRoleWordedAnotherWayForTheSameSeatLeavesTheSignatoryUndisputed() throws Exception {
		// the first curated file (in name order) words the role that is served
		signed("baltic-desk", "2025-05-06", "Minister of Defence Industry",
				"The memorandum on drone production was signed by Minister of Defence Industry Kadri Tamm in Kyiv.");
		signed("harbour-wire", "2025-05-07", "Defence Industry Minister",
				"Defence Industry Minister Kadri Tamm signed the memorandum on drone production on Tuesday.");
		this.loader.load(this.folder.toUri().toString());
		HttpApi api = new HttpApi(this.port);

		List<CSVRecord> records = DownloadsHttpTests.parseCsv(api.get("/data/signatories.csv").body());
		assertThat(records).hasSize(2);
		List<String> header = records.get(0).toList();
		List<String> row = records.get(1).toList();
		assertThat(row.get(header.indexOf("role"))).isEqualTo("Minister of Defence Industry");
		assertThat(row.get(header.indexOf("source_count"))).isEqualTo("2");
		assertThat(row.get(header.indexOf("disputed"))).isEqualTo("false");
		assertThat(row.get(header.indexOf("disputed_values"))).isEmpty();

		JsonNode signatory = api.query("""
				{ signatories { nodes { role disputed competingValues { value }
				    claims { field value competing sources { publisher } } } } }""").at("/signatories/nodes/0");
		assertThat(signatory.at("/role").asString()).isEqualTo("Minister of Defence Industry");
		assertThat(signatory.at("/disputed").asBoolean()).isFalse();
		assertThat(signatory.at("/competingValues")).isEmpty();
		assertThat(HttpApi.texts(signatory.at("/claims"), "/value")).containsExactly("Minister of Defence Industry",
				"Defence Industry Minister");
		assertThat(HttpApi.texts(signatory.at("/claims"), "/competing")).containsOnly("false");
	}

	@Test
	void aCompetingValueThatHoldsASemicolonIsOneItemOfTheCellsJsonArray() throws Exception {
		report("harbour-wire", "2025-05-06", WITH_SEMICOLON,
				"Mart Kask said: \"" + WITH_SEMICOLON + ",\" at a briefing in Tallinn.");
		report("baltic-desk", "2025-05-07", PLAIN, "\"" + PLAIN + ",\" Mart Kask told reporters.");
		this.loader.load(this.folder.toUri().toString());
		HttpApi api = new HttpApi(this.port);

		List<CSVRecord> records = DownloadsHttpTests.parseCsv(api.get("/data/statements.csv").body());
		assertThat(records).hasSize(2);
		List<String> header = records.get(0).toList();
		List<String> row = records.get(1).toList();
		assertThat(row.get(header.indexOf("disputed"))).isEqualTo("true");
		JsonNode values = HttpApi.JSON.readTree(row.get(header.indexOf("disputed_values")));
		assertThat(values.isArray()).isTrue();
		assertThat(HttpApi.texts(values, "/value")).containsExactlyInAnyOrder(WITH_SEMICOLON, PLAIN);
		assertThat(HttpApi.texts(values, "/field")).containsOnly("text");

		// the same claims, in the same order and with the same names, as the JSON
		// download's provenance.claims that compete
		List<JsonNode> competing = new ArrayList<>();
		for (JsonNode claim : HttpApi.JSON.readTree(api.get("/data/statements.json").body())
			.at("/0/provenance/claims")) {
			if (claim.at("/competing").asBoolean()) {
				competing.add(claim);
			}
		}
		assertThat(values).hasSize(competing.size());
		for (int i = 0; i < competing.size(); i++) {
			assertThat(values.get(i).at("/field")).isEqualTo(competing.get(i).at("/field"));
			assertThat(values.get(i).at("/value")).isEqualTo(competing.get(i).at("/value"));
			assertThat(values.get(i).at("/sourceIds")).isEqualTo(competing.get(i).at("/sourceIds"));
		}

		// and datapackage.json says the cell is a JSON array
		List<String> types = new ArrayList<>();
		for (JsonNode resource : HttpApi.JSON.readTree(api.get("/data/datapackage.json").body()).at("/resources")) {
			for (JsonNode field : resource.at("/schema/fields")) {
				if (field.at("/name").asString().equals("disputed_values")) {
					types.add(field.at("/type").asString());
				}
			}
		}
		assertThat(types)
			.hasSize((int) Tables.ALL.stream().filter((table) -> table.header().contains("disputed_values")).count())
			.containsOnly("array");
	}

}
