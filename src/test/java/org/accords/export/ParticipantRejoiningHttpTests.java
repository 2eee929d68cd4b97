package org.accords.export;

import java.nio.file.Path;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.accords.seed.SeedLoader;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member that left a coalition and rejoined it, and one that suspended its
 * participation and resumed it (the invented reports under
 * {@code src/test/resources/rejoin-fixtures}), as GraphQL and the downloads serve them:
 * each participant's periods, who takes part on a day, and the coalitions a country is in
 * on a day. Loaded on the shared {@link GeneratedCorpusTest} application.
 */
@GeneratedCorpusTest
class ParticipantRejoiningHttpTests {

	private static final String LATVIA = NodeId.of("Country", "LV");

	private static final String SLOVAKIA = NodeId.of("Country", "SK");

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	HttpApi api;

	@BeforeEach
	void loadTheReports() {
		this.loader.load(Path.of("src/test/resources/rejoin-fixtures").toUri().toString());
		this.api = new HttpApi(this.port);
	}

	private static List<String> names(JsonNode participants) {
		return HttpApi.texts(participants, "/party/name");
	}

	@Test
	void eachParticipantHasItsPeriodsAndIsActiveOnlyInThoseNotSuspended() throws Exception {
		JsonNode coalition = this.api.query("""
				{ agreements { nodes { disputed competingValues { value }
				    all: participants { party { ... on Country { name } } leftOn leftOnDisputed
				      periods { from fromPrecision until suspended evidence { excerpt } } }
				    march: participants(activeOn: "2026-03-02") { party { ... on Country { name } } }
				    may: participants(activeOn: "2026-05-01") { party { ... on Country { name } } }
				    june: participants(activeOn: "2026-06-20") { party { ... on Country { name } } }
				    july: participants(activeOn: "2026-07-02") { party { ... on Country { name } } } } } }""")
			.at("/agreements/nodes/0");
		assertThat(names(coalition.at("/all"))).containsExactly("Poland", "Ukraine", "Latvia", "Slovakia");
		JsonNode latvia = coalition.at("/all/2");
		assertThat(latvia.at("/leftOn").isNull()).isTrue();
		assertThat(latvia.at("/leftOnDisputed").asBoolean()).isFalse();
		assertThat(HttpApi.texts(latvia.at("/periods"), "/from")).containsExactly("2025-03-01", "2026-06-10");
		assertThat(HttpApi.texts(latvia.at("/periods"), "/fromPrecision")).containsExactly("MONTH", "DAY");
		assertThat(latvia.at("/periods/0/until").asString()).isEqualTo("2026-03-03");
		assertThat(latvia.at("/periods/1/until").isNull()).isTrue();
		assertThat(HttpApi.texts(latvia.at("/periods/1/evidence"), "/excerpt"))
			.containsExactly("Latvia rejoined the pontoon-bridge coalition for Ukraine on 10 June");
		JsonNode slovakia = coalition.at("/all/3");
		assertThat(slovakia.at("/leftOn").isNull()).isTrue();
		assertThat(HttpApi.texts(slovakia.at("/periods"), "/suspended")).containsExactly("false", "true", "false");
		assertThat(slovakia.at("/periods/1/from").asString()).isEqualTo("2026-04-01");
		assertThat(slovakia.at("/periods/1/until").asString()).isEqualTo("2026-07-02");
		assertThat(HttpApi.texts(slovakia.at("/periods/1/evidence"), "/excerpt")).containsExactly(
				"Slovakia suspended its participation in the pontoon-bridge coalition for Ukraine on Wednesday",
				"Slovakia resumed its participation in the coalition on Thursday");
		assertThat(names(coalition.at("/march"))).containsExactly("Poland", "Ukraine", "Latvia", "Slovakia");
		assertThat(names(coalition.at("/may"))).containsExactly("Poland", "Ukraine");
		assertThat(names(coalition.at("/june"))).containsExactly("Poland", "Ukraine", "Latvia");
		assertThat(names(coalition.at("/july"))).containsExactly("Poland", "Ukraine", "Latvia", "Slovakia");
		// a rejoining and a resumption dispute nothing
		assertThat(coalition.at("/disputed").asBoolean()).isFalse();
		assertThat(coalition.at("/competingValues").size()).isZero();
	}

	@Test
	void theAgreementsFilterOnADayHonoursTheGapAndTheSuspension() throws Exception {
		JsonNode data = this.api.query("""
				{ lvInGap: agreements(filter: { between: ["%1$s"], activeOn: "2026-05-01" }) { totalCount }
				  lvBack: agreements(filter: { between: ["%1$s"], activeOn: "2026-06-20" }) { totalCount }
				  lvEver: agreements(filter: { between: ["%1$s"] }) { totalCount }
				  skSuspended: agreements(filter: { between: ["%2$s"], activeOn: "2026-05-01" }) { totalCount }
				  skResumed: agreements(filter: { between: ["%2$s"], activeOn: "2026-07-02" }) { totalCount } }"""
			.formatted(LATVIA, SLOVAKIA));
		assertThat(data.at("/lvInGap/totalCount").asInt()).isZero();
		assertThat(data.at("/lvBack/totalCount").asInt()).isEqualTo(1);
		assertThat(data.at("/lvEver/totalCount").asInt()).isEqualTo(1);
		assertThat(data.at("/skSuspended/totalCount").asInt()).isZero();
		assertThat(data.at("/skResumed/totalCount").asInt()).isEqualTo(1);
	}

	@Test
	void theDownloadsCarryThePeriods() throws Exception {
		List<CSVRecord> records = DownloadsHttpTests.parseCsv(this.api.ok("/data/agreements.csv"));
		List<String> header = records.get(0).toList();
		assertThat(records).hasSize(2);
		assertThat(records.get(1).get(header.indexOf("participants")))
			.isEqualTo("Poland (CO_LEADER); Ukraine (CO_LEADER); "
					+ "Latvia (MEMBER, joined 2025-03-01 (MONTH), left 2026-03-03, rejoined 2026-06-10); "
					+ "Slovakia (MEMBER, suspended 2026-04-01, resumed 2026-07-02)");
		JsonNode agreement = HttpApi.JSON.readTree(this.api.ok("/data/agreements.json")).get(0);
		JsonNode latvia = agreement.at("/participants/2");
		assertThat(HttpApi.texts(latvia.at("/periods"), "/from")).containsExactly("2025-03-01", "2026-06-10");
		assertThat(latvia.at("/periods/0/until").asString()).isEqualTo("2026-03-03");
		assertThat(latvia.at("/periods/0/suspended").asBoolean()).isFalse();
		JsonNode slovakia = agreement.at("/participants/3");
		assertThat(slovakia.at("/periods/1/suspended").asBoolean()).isTrue();
		assertThat(slovakia.at("/periods/1/evidence/0/excerpt").asString())
			.isEqualTo("Slovakia suspended its participation in the pontoon-bridge coalition for Ukraine on Wednesday");
	}

}
