package org.accords.sources;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three invented reports (fixtures under {@code src/test/resources/withdrawal-fixtures}):
 * Harbor Line reports a mine-clearance agreement of Poland, Lithuania, Latvia and
 * Estonia, with an area of shipyard repairs and an Estonian pledge of minehunters; its
 * correction the next day says Latvia is no party, Kaarel Kask did not sign, the
 * agreement does not cover shipyard repairs and Estonia pledged nothing, and its curated
 * file withdraws each. Tidewater Daily also names Kaarel Kask as a signatory. What only
 * the report gave is neither served nor deleted: it stays a claim of the agreement (or of
 * the commitment that listed the area) naming the correction, in GraphQL, the downloads
 * and the source view; the signature Tidewater reports stands.
 */
@GeneratedCorpusTest(fixtures = "classpath:withdrawal-fixtures/")
class WithdrawalHttpTests {

	private static final String REPORT = NodeId.of("Article", "harbor-line-2025-09-08");

	private static final String CORRECTION = NodeId.of("Article", "harbor-line-2025-09-09-correction");

	private static final String SHIPYARDS = NodeId.of("CooperationArea", "area-shipyard-repairs");

	private static final String MINEHUNTERS = NodeId.of("Commitment", "ee-minehunters");

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	/** Each claim a correction withdrew: field, value, sources and corrections. */
	private static List<String> withdrawn(JsonNode claims) {
		List<String> withdrawn = new ArrayList<>();
		claims.forEach((claim) -> {
			if (!claim.get("correctedBy").isEmpty()) {
				withdrawn.add(claim.get("field").asString() + " " + claim.get("value").asString() + " node="
						+ claim.at("/node/id").asString("null") + " competing=" + claim.get("competing").asBoolean()
						+ " sources=" + HttpApi.texts(claim.get("sources"), "/id") + " correctedBy="
						+ HttpApi.texts(claim.get("correctedBy"), "/id"));
			}
		});
		return withdrawn;
	}

	@Test
	void whatTheCorrectionWithdrewIsNotServedAndStaysAClaimNamingIt() throws Exception {
		JsonNode answer = api().post("""
				{ agreements { edges { node { parties { code } disputed
				    signatories { person { name } } cooperationAreas { name } commitments { description }
				    sources { article { id } }
				    claims { field value node { id } competing sources { id } correctedBy { id } } } } }
				  cooperationAreas { totalCount } commitments { totalCount }
				  withdrawnArea: node(id: "%s") { id } }""".formatted(SHIPYARDS));
		JsonNode data = answer.get("data");
		// the withdrawn area's null says why, naming the correction; nothing else errs
		assertThat(HttpApi.texts(answer.get("errors"), "/extensions/code")).containsExactly("WITHDRAWN");
		assertThat(HttpApi.texts(answer.at("/errors/0/extensions/correctedBy"), "")).containsExactly(CORRECTION);
		JsonNode agreement = data.at("/agreements/edges/0/node");
		assertThat(HttpApi.texts(agreement.get("parties"), "/code")).containsExactly("PL", "LT", "EE");
		assertThat(HttpApi.texts(agreement.get("cooperationAreas"), "/name"))
			.containsExactlyInAnyOrder("Mine clearance", "Diver training");
		assertThat(HttpApi.texts(agreement.get("commitments"), "/description"))
			.containsExactly("Open a school for navy divers in Gdynia that also teaches hull repair");
		assertThat(data.at("/cooperationAreas/totalCount").asInt()).isEqualTo(2);
		assertThat(data.at("/commitments/totalCount").asInt()).isEqualTo(1);
		// a withdrawn fact is not served under its id: its claim keeps the id
		assertThat(data.get("withdrawnArea").isNull()).isTrue();
		String by = " competing=false sources=[" + REPORT + "] correctedBy=[" + CORRECTION + "]";
		assertThat(withdrawn(agreement.get("claims"))).containsExactly(
				"parties " + NodeId.of("Country", "LV") + " node=" + NodeId.of("Country", "LV") + by,
				"cooperationAreas " + SHIPYARDS + " node=null" + by, "commitments " + MINEHUNTERS + " node=null" + by);
		// a publisher correcting itself is no dispute; the correction is a source
		assertThat(agreement.get("disputed").asBoolean()).isFalse();
		assertThat(HttpApi.texts(agreement.get("sources"), "/article/id")).contains(CORRECTION);
		// the signature Tidewater reports too stands
		assertThat(HttpApi.texts(agreement.get("signatories"), "/person/name"))
			.containsExactlyInAnyOrder("Tomas Zilinskas", "Kaarel Kask", "Marek Nowicki");
	}

	@Test
	void aCommitmentThatListedTheWithdrawnAreaNoLongerDoes() throws Exception {
		JsonNode school = api().query("""
				{ commitments { edges { node { areas { name }
				    claims { field value node { id } competing sources { id } correctedBy { id } } } } } }""")
			.at("/commitments/edges/0/node");
		assertThat(HttpApi.texts(school.get("areas"), "/name")).containsExactly("Diver training");
		assertThat(withdrawn(school.get("claims"))).containsExactly("areas " + SHIPYARDS + " node=null competing=false "
				+ "sources=[" + REPORT + "] correctedBy=[" + CORRECTION + "]");
	}

	@Test
	void theCsvListsTheWithdrawnItemsAndFactsBesideWhatIsServed() throws Exception {
		List<CSVRecord> agreements = CSVFormat.RFC4180.parse(new StringReader(api().ok("/data/agreements.csv")))
			.getRecords();
		assertThat(agreements).hasSize(2);
		// a JSON array the CSV quotes
		JsonNode corrected = HttpApi.JSON
			.readTree(agreements.get(1).get(agreements.get(0).toList().indexOf("corrected_values")));
		assertThat(HttpApi.texts(corrected, "/field")).containsExactly("parties", "cooperationAreas", "commitments");
		// a name for what is served; a withdrawn fact's id is its curated key
		assertThat(HttpApi.texts(corrected, "/name")).containsExactly("Latvia", "", "");
		assertThat(HttpApi.texts(corrected, "/correctedBy/0")).containsOnly(CORRECTION);
		assertThat(HttpApi.texts(corrected, "/sourceIds/0")).containsOnly(REPORT);
		assertThat(api().ok("/data/cooperation-areas.csv").lines()).hasSize(3);
		assertThat(api().ok("/data/commitments.csv").lines()).hasSize(2);
		// the JSON download's claims name the correction too
		JsonNode claims = HttpApi.JSON.readTree(api().ok("/data/agreements.json")).at("/0/provenance/claims");
		List<String> withdrawn = new ArrayList<>();
		claims.forEach((claim) -> {
			if (!claim.path("correctedBy").isEmpty()) {
				withdrawn.add(claim.get("field").asString() + " " + claim.get("value").asString());
			}
		});
		assertThat(withdrawn).containsExactly("parties " + NodeId.of("Country", "LV"), "cooperationAreas " + SHIPYARDS,
				"commitments " + MINEHUNTERS);
	}

	@Test
	void theReportsSourceViewSaysWhatTheCorrectionWithdrew() throws Exception {
		String view = api().html("/articles/harbor-line-2025-09-08");
		assertThat(view).contains("Baltic agreement on clearing sea mines [corrected by a later article: this "
				+ "article&#39;s parties LV, cooperationAreas area-shipyard-repairs, commitments ee-minehunters is "
				+ "withdrawn]");
		// the correction's words are its report of the agreement
		assertThat(api().html("/articles/harbor-line-2025-09-09-correction"))
			.contains("title=\"Agreement baltic-mine-clearance: Baltic agreement on clearing sea mines\"");
	}

}
