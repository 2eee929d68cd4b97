package org.accords.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is bound, by country, in the commitments downloads (invented reports under
 * {@code src/test/resources/journalist-fixtures}): a ministry's pledge is its country's,
 * a minister's his country's, and a joint pledge names each country once, in the order of
 * the obligors.
 */
@GeneratedCorpusTest(fixtures = "classpath:journalist-fixtures/")
class ObligorCountriesHttpTests {

	static final String NORWAY = NodeId.of("Country", "NO");

	static final String POLAND = NodeId.of("Country", "PL");

	@LocalServerPort
	int port;

	@Test
	void theCsvNamesTheCountriesOfTheObligorsInColumnsOfTheirOwn() throws Exception {
		List<CSVRecord> records = DownloadsHttpTests
			.parseCsv(new HttpApi(this.port).get("/data/commitments.csv").body());
		List<String> header = records.get(0).toList();
		// followed only by the condition, added after them
		assertThat(header.subList(header.size() - 3, header.size())).containsExactly("obligor_country_ids",
				"obligor_country_names", "condition");
		Map<String, List<String>> byId = new LinkedHashMap<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			byId.put(record.get(0), List.of(record.get(header.indexOf("obligor_country_ids")),
					record.get(header.indexOf("obligor_country_names"))));
		}
		// a ministry: its country
		assertThat(byId.get(NodeId.of("Commitment", "no-drone-money"))).containsExactly(NORWAY, "Norway");
		// a person and a ministry: each one's country, joined as other lists are
		assertThat(byId.get(NodeId.of("Commitment", "drone-engineers"))).containsExactly(POLAND + "; " + NORWAY,
				"Poland; Norway");
		// a country and its own minister: the country once
		assertThat(byId.get(NodeId.of("Commitment", "pl-deminer-training"))).containsExactly(POLAND, "Poland");
	}

	@Test
	void theJsonDownloadGivesTheSameIds() throws Exception {
		Map<String, List<String>> byId = new LinkedHashMap<>();
		for (JsonNode commitment : HttpApi.JSON.readTree(new HttpApi(this.port).get("/data/commitments.json").body())) {
			byId.put(commitment.get("id").asString(), HttpApi.texts(commitment.get("obligorCountryIds"), ""));
		}
		assertThat(byId).containsEntry(NodeId.of("Commitment", "no-drone-money"), List.of(NORWAY))
			.containsEntry(NodeId.of("Commitment", "drone-engineers"), List.of(POLAND, NORWAY))
			.containsEntry(NodeId.of("Commitment", "pl-deminer-training"), List.of(POLAND));
	}

}
