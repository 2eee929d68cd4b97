package org.accords.export;

import java.nio.file.Path;
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
 * A country that withdrew from a coalition, as GraphQL, the CSV and the JSON downloads
 * serve it: when it left, the words that say so, and who takes part on a given day. An
 * invented wire report, loaded on the shared {@link GeneratedCorpusTest} application.
 */
@GeneratedCorpusTest
class ParticipantLeavingHttpTests {

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	private void load() throws Exception {
		String text = "Latvia withdrew from the river-patrol coalition on Tuesday, its ministry said, a year "
				+ "after it joined in March 2025. Britain, which leads the coalition, said the patrols would go on.";
		SeedFixture.report(this.folder, "daugava-wire", "2026-03-04", text, SeedFixture
			.riverPatrolCoalition("[ { code: LV, name: Latvia }, { code: GB, name: United Kingdom } ]", """
					      - party: GB
					        role: CO_LEADER
					        evidence: ["Britain, which leads the coalition"]
					      - party: LV
					        role: MEMBER
					        joinedOn: "2025-03"
					        leftOn: Tuesday
					        evidence: ["Latvia withdrew from the river-patrol coalition on Tuesday"]
					"""));
		this.loader.load(this.folder.toUri().toString());
	}

	private static List<String> names(JsonNode participants) {
		return HttpApi.texts(participants, "/party/name");
	}

	@Test
	void aMemberThatWithdrewHasItsLeavingDayAndIsNotAmongThoseTakingPartFromThatDay() throws Exception {
		load();
		JsonNode coalition = new HttpApi(this.port).query("""
				{ agreements { nodes {
				    all: participants { party { ... on Country { name } } role joinedOn joinedOnPrecision
				      leftOn leftOnPrecision leftOnDisputed leftEvidence { excerpt article { publisher } } }
				    before: participants(activeOn: "2026-03-02") { party { ... on Country { name } } }
				    onTheDay: participants(activeOn: "2026-03-03") { party { ... on Country { name } } }
				    beforeJoining: participants(activeOn: "2025-02-28") { party { ... on Country { name } } } } } }""")
			.at("/agreements/nodes/0");
		JsonNode latvia = coalition.at("/all/1");
		assertThat(latvia.at("/party/name").asText()).isEqualTo("Latvia");
		assertThat(latvia.at("/leftOn").asText()).isEqualTo("2026-03-03");
		assertThat(latvia.at("/leftOnPrecision").asText()).isEqualTo("DAY");
		assertThat(latvia.at("/leftOnDisputed").asBoolean()).isFalse();
		assertThat(HttpApi.texts(latvia.at("/leftEvidence"), "/excerpt"))
			.containsExactly("Latvia withdrew from the river-patrol coalition on Tuesday");
		JsonNode britain = coalition.at("/all/0");
		assertThat(britain.at("/leftOn").isNull()).isTrue();
		assertThat(britain.at("/leftEvidence").size()).isZero();
		assertThat(names(coalition.at("/before"))).containsExactly("United Kingdom", "Latvia");
		assertThat(names(coalition.at("/onTheDay"))).containsExactly("United Kingdom");
		assertThat(names(coalition.at("/beforeJoining"))).containsExactly("United Kingdom");
	}

	@Test
	void theDownloadsSayWhenAMemberLeft() throws Exception {
		load();
		HttpApi api = new HttpApi(this.port);
		List<CSVRecord> records = DownloadsHttpTests.parseCsv(api.get("/data/agreements.csv").body());
		List<String> header = records.get(0).toList();
		CSVRecord row = records.stream()
			.filter((r) -> r.get(header.indexOf("title")).equals("River-patrol coalition"))
			.findFirst()
			.orElseThrow();
		assertThat(row.get(header.indexOf("participants")))
			.isEqualTo("United Kingdom (CO_LEADER); Latvia (MEMBER, joined 2025-03-01 (MONTH), left 2026-03-03)");

		JsonNode agreements = HttpApi.JSON.readTree(api.get("/data/agreements.json").body());
		JsonNode latvia = null;
		for (JsonNode agreement : agreements) {
			if (agreement.at("/title").asText().equals("River-patrol coalition")) {
				latvia = agreement.at("/participants/1");
			}
		}
		assertThat(latvia).isNotNull();
		assertThat(latvia.at("/leftOn").asText()).isEqualTo("2026-03-03");
		assertThat(latvia.at("/leftOnPrecision").asText()).isEqualTo("DAY");
		assertThat(latvia.at("/leftOnDisputed").asBoolean()).isFalse();
		assertThat(latvia.at("/leftEvidence/0/excerpt").asText())
			.isEqualTo("Latvia withdrew from the river-patrol coalition on Tuesday");
	}

}
