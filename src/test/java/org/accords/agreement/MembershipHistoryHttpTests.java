package org.accords.agreement;

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
 * The coastal-artillery coalition of the invented reports under
 * {@code src/test/resources/faithful-fixtures}, as GraphQL and the CSV serve its
 * membership over time: Finland agreed to join before it joined, and a publisher's
 * corrections withdrew Latvia's rejoining and Lithuania's suspension alone. Loaded on the
 * shared {@link GeneratedCorpusTest} application.
 */
@GeneratedCorpusTest
class MembershipHistoryHttpTests {

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	HttpApi api;

	@BeforeEach
	void loadTheReports() {
		this.loader.load(Path.of("src/test/resources/faithful-fixtures").toUri().toString());
		this.api = new HttpApi(this.port);
	}

	private JsonNode coalition(String day) throws Exception {
		return this.api.query("""
				{ agreements(filter: { kind: COALITION }) { nodes { participants { party { ... on Country { id code } }
				    joinedOn agreedOn agreedOnPrecision leftOn }
				  active: participants(activeOn: "%s") { party { ... on Country { code } } } } } }""".formatted(day))
			.at("/agreements/nodes/0");
	}

	@Test
	void aPartyThatAgreedToJoinIsServedWithTheDayAndCountedFromItsJoining() throws Exception {
		JsonNode before = coalition("2026-06-01");
		JsonNode finland = null;
		for (JsonNode participant : before.at("/participants")) {
			if (participant.at("/party/code").asString().equals("FI")) {
				finland = participant;
			}
		}
		assertThat(finland).isNotNull();
		assertThat(finland.at("/agreedOn").asString()).isEqualTo("2026-05-11");
		assertThat(finland.at("/agreedOnPrecision").asString()).isEqualTo("DAY");
		assertThat(finland.at("/joinedOn").asString()).isEqualTo("2026-06-15");
		assertThat(HttpApi.texts(before.at("/active"), "/party/code")).doesNotContain("FI").contains("LT");
		assertThat(HttpApi.texts(coalition("2026-06-20").at("/active"), "/party/code")).contains("FI", "LT")
			.doesNotContain("LV");
		String finlandId = finland.at("/party/id").asString();
		String between = """
				{ agreements(filter: { kind: COALITION, between: ["%s"], activeOn: "%s" }) { totalCount } }""";
		assertThat(this.api.query(between.formatted(finlandId, "2026-06-01")).at("/agreements/totalCount").asInt())
			.isZero();
		assertThat(this.api.query(between.formatted(finlandId, "2026-06-20")).at("/agreements/totalCount").asInt())
			.isOne();
	}

	@Test
	void aWithdrawnChangeIsACorrectedClaim() throws Exception {
		JsonNode claims = this.api
			.query("""
					{ agreements(filter: { kind: COALITION }) { nodes { claims { field value competing correctedBy { id } } } } }""")
			.at("/agreements/nodes/0/claims");
		List<String> corrected = new java.util.ArrayList<>();
		for (JsonNode claim : claims) {
			if (!claim.at("/correctedBy").isEmpty()) {
				corrected.add(claim.at("/value").asString() + " " + claim.at("/competing").asBoolean());
			}
		}
		assertThat(corrected).containsExactly("LV rejoined 2026-04-28 false", "LT suspended 2026-05-11 false");
	}

	@Test
	void theCsvListsWhoAgreedToJoinInItsLastColumn() throws Exception {
		List<CSVRecord> agreements = HttpApi.csv(this.api.ok("/data/agreements.csv"));
		List<String> header = agreements.get(0).toList();
		assertThat(header.get(header.size() - 1)).isEqualTo("participants_agreed_to_join");
		int title = header.indexOf("title");
		assertThat(agreements.stream()
			.filter((row) -> row.get(title).startsWith("Coastal-artillery"))
			.map((row) -> row.get(header.size() - 1)))
			.containsExactly("Finland (agreed 2026-05-11, joined 2026-06-15)");
	}

}
