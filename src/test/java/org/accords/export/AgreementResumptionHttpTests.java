package org.accords.export;

import java.nio.file.Path;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.seed.SeedLoader;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement suspended and resumed, and a coalition member whose first leaving sources
 * date differently (the invented reports under
 * {@code src/test/resources/resume-fixtures}), as GraphQL, the downloads and the source
 * view serve them: the status and events, the agreements in effect on a day, and each
 * period's own {@code disputed}. Loaded on the shared {@link GeneratedCorpusTest}
 * application.
 */
@GeneratedCorpusTest
class AgreementResumptionHttpTests {

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	HttpApi api;

	@BeforeEach
	void loadTheReports() {
		this.loader.load(Path.of("src/test/resources/resume-fixtures").toUri().toString());
		this.api = new HttpApi(this.port);
	}

	@Test
	void aResumedAgreementHasItsStatusAndEventsAndIsInEffectButInTheGap() throws Exception {
		JsonNode data = this.api.query("""
				{ programme: agreements(filter: { kind: AGREEMENT }) { nodes { status events { stage date } } }
				  resumed: agreements(filter: { status: RESUMED }) { totalCount }
				  january: agreements(filter: { kind: AGREEMENT, activeOn: "2026-01-10" }) { totalCount }
				  suspendedDay: agreements(filter: { kind: AGREEMENT, activeOn: "2026-03-09" }) { totalCount }
				  april: agreements(filter: { kind: AGREEMENT, activeOn: "2026-04-01" }) { totalCount }
				  resumedDay: agreements(filter: { kind: AGREEMENT, activeOn: "2026-06-16" }) { totalCount }
				  july: agreements(filter: { kind: AGREEMENT, activeOn: "2026-07-01" }) { totalCount } }""");
		JsonNode programme = data.at("/programme/nodes/0");
		assertThat(programme.at("/status").asString()).isEqualTo("RESUMED");
		assertThat(HttpApi.texts(programme.at("/events"), "/stage")).containsExactly("SIGNED", "SUSPENDED", "RESUMED");
		assertThat(HttpApi.texts(programme.at("/events"), "/date")).containsExactly("2025-11-01", "2026-03-09",
				"2026-06-16");
		assertThat(data.at("/resumed/totalCount").asInt()).isEqualTo(1);
		assertThat(data.at("/january/totalCount").asInt()).isEqualTo(1);
		assertThat(data.at("/suspendedDay/totalCount").asInt()).isZero();
		assertThat(data.at("/april/totalCount").asInt()).isZero();
		assertThat(data.at("/resumedDay/totalCount").asInt()).isEqualTo(1);
		assertThat(data.at("/july/totalCount").asInt()).isEqualTo(1);
	}

	@Test
	void eachPeriodSaysWhetherItsOwnEndIsDisputed() throws Exception {
		JsonNode latvia = this.api.query("""
				{ agreements(filter: { kind: COALITION }) { nodes {
				    participants { party { ... on Country { name } } leftOn periods { from until disputed } } } } }""")
			.at("/agreements/nodes/0/participants/2");
		assertThat(latvia.at("/party/name").asString()).isEqualTo("Latvia");
		assertThat(latvia.at("/leftOn").asString()).isEqualTo("2026-09-01");
		assertThat(HttpApi.texts(latvia.at("/periods"), "/until")).containsExactly("2026-03-02", "2026-09-01");
		assertThat(HttpApi.texts(latvia.at("/periods"), "/disputed")).containsExactly("true", "false");
	}

	@Test
	void theDownloadsShowTheResumptionAndMarkTheDisputedLeavingOnly() throws Exception {
		List<CSVRecord> records = DownloadsHttpTests.parseCsv(this.api.ok("/data/agreements.csv"));
		List<String> header = records.get(0).toList();
		CSVRecord programme = records.stream()
			.filter((r) -> r.get(header.indexOf("title")).equals("Joint drone-production programme"))
			.findFirst()
			.orElseThrow();
		assertThat(programme.get(header.indexOf("status"))).isEqualTo("RESUMED");
		assertThat(programme.get(header.indexOf("events")))
			.isEqualTo("SIGNED 2025-11-01 (MONTH); SUSPENDED 2026-03-09; RESUMED 2026-06-16");
		CSVRecord coalition = records.stream()
			.filter((r) -> r.get(header.indexOf("title")).equals("Demining coalition for Ukraine"))
			.findFirst()
			.orElseThrow();
		assertThat(coalition.get(header.indexOf("participants")))
			.isEqualTo("Lithuania (CO_LEADER); Ukraine (CO_LEADER); "
					+ "Latvia (MEMBER, left 2026-03-02 disputed, rejoined 2026-06-15, left 2026-09-01)");
		JsonNode agreements = HttpApi.JSON.readTree(this.api.ok("/data/agreements.json"));
		JsonNode latvia = null;
		for (JsonNode agreement : agreements) {
			if (agreement.at("/title").asString().equals("Demining coalition for Ukraine")) {
				latvia = agreement.at("/participants/2");
			}
		}
		assertThat(latvia).isNotNull();
		assertThat(latvia.at("/periods/0/disputed").asBoolean()).isTrue();
		assertThat(latvia.at("/periods/1/disputed").asBoolean()).isFalse();
	}

	@Test
	void theSourceViewShowsTheResumptionAndAnUndisputedSecondLeaving() throws Exception {
		assertThat(this.api.html("/articles/dnipro-desk-2026-06-17")).contains("RESUMED 2026-06-16");
		assertThat(this.api.html("/articles/amber-wire-2026-09-02"))
			.contains("Demining coalition for Ukraine: LV MEMBER, left 2026-09-01\"");
	}

}
