package org.accords.export;

import java.nio.file.Path;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.agreement.LeavingFixture;
import org.accords.seed.SeedLoader;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.accords.agreement.LeavingFixture.FIRST_REPORT;
import static org.accords.agreement.LeavingFixture.SECOND_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two publishers' reports of a co-leader's withdrawal from a coalition, on two days
 * ({@link LeavingFixture}), served end to end as a curator accepts them: the earlier day
 * is the leaving, disputed, and the coalition is disputed with both days as its competing
 * values, in GraphQL, the CSV and JSON downloads and each report's source view.
 */
@GeneratedCorpusTest
class MemberLeavingReportsHttpTests {

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	HttpApi api;

	@BeforeEach
	void loadTheReportsOfTheLeaving() {
		this.loader.load(LeavingFixture.copyTo(this.folder));
		this.api = new HttpApi(this.port);
	}

	@Test
	void theEarlierDayIsTheLeavingBothAreCompetingValuesAndTheCoalitionIsDisputed() throws Exception {
		JsonNode data = this.api.query("""
				{ agreements { totalCount nodes {
				    title disputed
				    competingValues { field value competing sources { id publisher } }
				    participants { role joinedOn leftOn leftOnPrecision leftOnDisputed
				      leftEvidence { excerpt article { id } } party { ... on Country { name } } }
				    now: participants(activeOn: "2026-04-20") { role party { ... on Country { name } } } } }
				  disputed: agreements(filter: { disputed: true }) { totalCount } }""");
		assertThat(data.at("/agreements/totalCount").asInt()).isEqualTo(1);
		JsonNode coalition = data.at("/agreements/nodes/0");
		assertThat(coalition.at("/title").asString()).isEqualTo("Mine-clearance coalition for Ukraine");
		assertThat(HttpApi.texts(coalition.at("/participants"), "/party/name")).containsExactly("Latvia", "Lithuania",
				"Estonia");
		JsonNode latvia = coalition.at("/participants/0");
		assertThat(latvia.at("/role").asString()).isEqualTo("CO_LEADER");
		assertThat(latvia.at("/leftOn").asString()).isEqualTo("2026-04-01");
		assertThat(latvia.at("/leftOnPrecision").asString()).isEqualTo("DAY");
		assertThat(latvia.at("/leftOnDisputed").asBoolean()).isTrue();
		assertThat(HttpApi.texts(latvia.at("/leftEvidence"), "/article/id")).containsExactlyInAnyOrder(FIRST_REPORT,
				SECOND_REPORT);
		assertThat(coalition.at("/participants/2/joinedOn").asString()).isEqualTo("2026-04-14");
		assertThat(HttpApi.texts(coalition.at("/now"), "/party/name")).containsExactly("Lithuania", "Estonia");
		// the coalition is disputed as for any competing value, and says on what
		assertThat(coalition.at("/disputed").asBoolean()).isTrue();
		assertThat(data.at("/disputed/totalCount").asInt()).isEqualTo(1);
		assertThat(HttpApi.texts(coalition.at("/competingValues"), "/value")).containsExactly("LV left 2026-04-14",
				"LV left 2026-04-01");
		assertThat(HttpApi.texts(coalition.at("/competingValues"), "/field")).containsOnly("participants");
		assertThat(coalition.at("/competingValues/0/sources/0/publisher").asString())
			.isEqualTo("Hanseatic Wire (test fixture)");
		assertThat(coalition.at("/competingValues/1/sources/0/publisher").asString())
			.isEqualTo("Nemunas Desk (test fixture)");
	}

	@Test
	void theDownloadsSayTheLeavingIsDisputedAndGiveBothDays() throws Exception {
		List<CSVRecord> records = DownloadsHttpTests.parseCsv(this.api.ok("/data/agreements.csv"));
		List<String> header = records.get(0).toList();
		assertThat(records).hasSize(2);
		CSVRecord row = records.get(1);
		assertThat(row.get(header.indexOf("participants"))).isEqualTo(
				"Latvia (CO_LEADER, left 2026-04-01 disputed); Lithuania (CO_LEADER); Estonia (CO_LEADER, joined 2026-04-14)");
		assertThat(row.get(header.indexOf("disputed"))).isEqualTo("true");
		JsonNode disputedValues = HttpApi.JSON.readTree(row.get(header.indexOf("disputed_values")));
		assertThat(disputedValues.toString())
			.isEqualTo("[{\"field\":\"participants\",\"value\":\"LV left 2026-04-14\"," + "\"sourceIds\":[\""
					+ FIRST_REPORT + "\"]},{\"field\":\"participants\",\"value\":\"LV left 2026-04-01\","
					+ "\"sourceIds\":[\"" + SECOND_REPORT + "\"]}]");
		JsonNode agreement = HttpApi.JSON.readTree(this.api.ok("/data/agreements.json")).get(0);
		assertThat(agreement.at("/provenance/disputed").asBoolean()).isTrue();
		assertThat(agreement.at("/participants/0/leftOn").asString()).isEqualTo("2026-04-01");
		assertThat(agreement.at("/participants/0/leftOnDisputed").asBoolean()).isTrue();
		// each country's days, kept for the filters, are read from the participants
		assertThat(agreement.has("takingPart")).isFalse();
	}

	@Test
	void eachReportsSourceViewLabelsItsWordsWithTheDayItGives() throws Exception {
		assertThat(this.api.html("/articles/hanseatic-wire-2026-04-15")).contains(
				"title=\"Agreement (party) mine-clearance-coalition: Mine-clearance coalition for Ukraine: LV CO_LEADER, "
						+ "left 2026-04-14 (disputed; the fact: 2026-04-01, as 1 other article gives it)\"");
		assertThat(this.api.html("/articles/nemunas-desk-2026-04-17")).contains(
				"title=\"Agreement (party) mine-clearance-coalition: Mine-clearance coalition for Ukraine: LV CO_LEADER, "
						+ "left 2026-04-01 (disputed)\"");
	}

}
