package org.accords.export;

import java.util.ArrayList;
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
 * A journalist working from the CSV downloads sees what a publisher corrected: the report
 * and its correction of the invented fixtures under
 * {@code src/test/resources/correction-fixtures} (the fund's 120 million euros corrected
 * to 102 million, the Latvian signatory Ilze Kalnina corrected to Andris Ozols). The
 * corrected value is in its column, and {@code corrected_values} holds the withdrawn one
 * with the report that gave it and the correction, as the JSON download's claims do, in
 * every copy of the CSV.
 */
@GeneratedCorpusTest(fixtures = "classpath:correction-fixtures/")
class CorrectedValuesHttpTests {

	private static final String REPORT = NodeId.of("Article", "amber-wire-2025-06-02");

	private static final String CORRECTION = NodeId.of("Article", "amber-wire-2025-06-03-correction");

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	/** The cell of the first row under {@code column}. */
	private static String cell(String csv, String column) throws Exception {
		List<CSVRecord> rows = DownloadsHttpTests.parseCsv(csv);
		return rows.get(1).get(rows.get(0).toList().indexOf(column));
	}

	@Test
	void theCsvHoldsTheWithdrawnFigureWithTheReportThatGaveItAndItsCorrection() throws Exception {
		String agreements = api().ok("/data/agreements.csv");
		assertThat(cell(agreements, "value_amount")).isEqualTo("102000000");
		assertThat(cell(agreements, "disputed")).isEqualTo("false");
		assertThat(cell(agreements, "disputed_values")).isEmpty();
		JsonNode corrected = HttpApi.JSON.readTree(cell(agreements, "corrected_values"));
		assertThat(corrected.toString()).isEqualTo("[{\"field\":\"value\",\"value\":\"120000000 EUR\",\"sourceIds\":[\""
				+ REPORT + "\"],\"correctedBy\":[\"" + CORRECTION + "\"]}]");
		// the claims of the JSON download that name a correction, in the same form
		List<JsonNode> claims = new ArrayList<>();
		HttpApi.JSON.readTree(api().ok("/data/agreements.json")).at("/0/provenance/claims").forEach((claim) -> {
			if (!claim.at("/correctedBy").isEmpty()) {
				claims.add(claim);
			}
		});
		assertThat(claims).hasSize(1);
		assertThat(corrected.at("/0/value")).isEqualTo(claims.get(0).at("/value"));
		assertThat(corrected.at("/0/correctedBy")).isEqualTo(claims.get(0).at("/correctedBy"));
	}

	@Test
	void aWithdrawnPersonIsNamedAsDisputedValuesNameOne() throws Exception {
		String signatories = api().ok("/data/signatories.csv");
		JsonNode corrected = HttpApi.JSON.readTree(cell(signatories, "corrected_values"));
		assertThat(HttpApi.texts(corrected, "/field")).containsExactly("person");
		assertThat(HttpApi.texts(corrected, "/value")).containsExactly(NodeId.of("Person", "ilze-kalnina"));
		assertThat(HttpApi.texts(corrected, "/name")).containsExactly("Ilze Kalnina");
		assertThat(HttpApi.texts(corrected.at("/0/correctedBy"), "")).containsExactly(CORRECTION);
	}

	@Test
	void everyCopyOfTheCsvCarriesTheColumnTypedAsAJsonArray() throws Exception {
		String plain = api().ok("/data/agreements.csv");
		String spreadsheet = api().ok("/data/agreements.csv?bom=true");
		assertThat(cell(spreadsheet.substring(1), "corrected_values")).isEqualTo(cell(plain, "corrected_values"));
		// (the archive holds the download's bytes: DownloadsHttpTests asserts it of every
		// CSV); datapackage.json types it as disputed_values, in every table that has
		// both
		List<String> types = DisputedValuesHttpTests.types(api(), "corrected_values");
		assertThat(types)
			.hasSize((int) Tables.ALL.stream().filter((table) -> table.header().contains("disputed_values")).count())
			.containsOnly("array");
	}

}
