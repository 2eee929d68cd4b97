package org.accords.model;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invented reports (test fixtures under {@code src/test/resources/model-fixtures}) of
 * money, quantities and commitments, served over HTTP: exact sums with their words,
 * filters by currency and amount, and totals per currency and obligor. The fixtures are
 * loaded on the shared {@link GeneratedCorpusTest} application before each test rather
 * than at the start of an application of their own.
 */
@GeneratedCorpusTest(fixtures = "classpath:model-fixtures/")
class ModelHttpTests {

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	String error(String query) throws IOException, InterruptedException {
		JsonNode body = api().post(query);
		assertThat(body.has("errors")).as(body.toString()).isTrue();
		return body.at("/errors/0/message").asString();
	}

	@Test
	void agreementValueIsAnExactSumWithItsWordsAndEvidence() throws Exception {
		JsonNode agreement = api().query("""
				{ agreements(filter: { kind: LETTER_OF_INTENT }) { edges { node { kind
				  value { amount currency approximate text evidence { excerpt } } funding { amount } } } } }""")
			.at("/agreements/edges/0/node");
		assertThat(agreement.get("kind").asString()).isEqualTo("LETTER_OF_INTENT");
		assertThat(agreement.at("/value/amount").isString()).isTrue();
		assertThat(agreement.at("/value/amount").asString()).isEqualTo("120000000");
		assertThat(agreement.at("/value/currency").asString()).isEqualTo("EUR");
		assertThat(agreement.at("/value/approximate").asBoolean()).isFalse();
		assertThat(agreement.at("/value/text").asString()).isEqualTo("a total of 120 million euros");
		assertThat(agreement.at("/value/evidence/0/excerpt").asString())
			.isEqualTo("worth a total of 120 million euros");
		assertThat(agreement.get("funding").isNull()).isTrue();
	}

	@Test
	void commitmentCarriesQuantityAndDueDateWithPrecision() throws Exception {
		JsonNode commitment = api()
			.query("""
					{ commitments(filter: { text: "reconnaissance" }) { edges { node {
					  quantity { value unit item approximate evidence { excerpt } } dueBy dueByPrecision amount { amount } } } } }""")
			.at("/commitments/edges/0/node");
		assertThat(commitment.at("/quantity/value").asString()).isEqualTo("300");
		assertThat(commitment.at("/quantity/unit").isNull()).isTrue();
		assertThat(commitment.at("/quantity/item").asString()).isEqualTo("reconnaissance drones");
		assertThat(commitment.at("/quantity/approximate").asBoolean()).isTrue();
		assertThat(commitment.get("dueBy").asString()).isEqualTo("2025-09-01");
		assertThat(commitment.get("dueByPrecision").asString()).isEqualTo("MONTH");
		assertThat(commitment.get("amount").isNull()).isTrue();
	}

	@Test
	void commitmentsFilterByCurrencyAndExactMinimumAmount() throws Exception {
		assertThat(HttpApi.texts(
				api().query("{ commitments(filter: { currency: \"EUR\" }) { edges { node { amount { amount } } } } }")
					.at("/commitments/edges"),
				"/node/amount/amount"))
			.containsExactlyInAnyOrder("80000000", "40000000", "30000000");
		assertThat(api().query("""
				{ atLeast: commitments(filter: { currency: "DKK", minAmount: "1200000000" }) { totalCount }
				  above: commitments(filter: { currency: "DKK", minAmount: "1200000000.01" }) { totalCount }
				  forty: commitments(filter: { currency: "EUR", minAmount: "40000000" }) { totalCount } }""")
			.toString())
			.isEqualTo("{\"atLeast\":{\"totalCount\":1},\"above\":{\"totalCount\":0},\"forty\":{\"totalCount\":2}}");
	}

	@Test
	void badCurrencyOrAmountIsAClearError() throws Exception {
		assertThat(error("{ commitments(filter: { currency: \"EURO\" }) { totalCount } }"))
			.contains("'EURO' is not an ISO 4217 currency code");
		assertThat(error("{ commitments(filter: { minAmount: \"5\" }) { totalCount } }"))
			.contains("minAmount needs filter.currency");
		assertThat(error("{ commitments(filter: { currency: \"EUR\", minAmount: 1.5 }) { totalCount } }"))
			.contains("must be a Decimal");
	}

	@Test
	void totalsSumExactlyPerCurrencyAndPerObligor() throws Exception {
		JsonNode byCurrency = api()
			.query("{ commitmentTotals { currency amount commitmentCount approximate obligor { __typename } } }")
			.get("commitmentTotals");
		assertThat(byCurrency.toString())
			.isEqualTo("[{\"currency\":\"DKK\",\"amount\":\"1200000000\",\"commitmentCount\":1,"
					+ "\"approximate\":false,\"obligor\":null},{\"currency\":\"EUR\",\"amount\":\"150000000\","
					+ "\"commitmentCount\":3,\"approximate\":false,\"obligor\":null}]");
		JsonNode byObligor = api().query("""
				{ commitmentTotals(groupBy: [OBLIGOR, BENEFICIARY]) { currency amount commitmentCount
				  obligor { ... on Country { name } } beneficiary { ... on Country { name } } } }""")
			.get("commitmentTotals");
		List<String> rows = new ArrayList<>();
		byObligor.forEach((row) -> rows.add(row.get("currency").asString() + " "
				+ (row.get("obligor").isNull() ? "(none named)" : row.at("/obligor/name").asString()) + " -> "
				+ row.at("/beneficiary/name").asString() + " " + row.get("amount").asString()));
		// the joint Danish-Swedish pledge counts in full under each of its obligors
		assertThat(rows).containsExactlyInAnyOrder("DKK Denmark -> Ukraine 1200000000",
				"EUR Netherlands -> Ukraine 80000000", "EUR (none named) -> Ukraine 40000000",
				"EUR Denmark -> Ukraine 30000000", "EUR Sweden -> Ukraine 30000000");
		assertThat(rows.get(0)).startsWith("DKK");
		assertThat(rows.get(1)).isEqualTo("EUR Netherlands -> Ukraine 80000000");
		JsonNode danishEuros = api().query("""
				{ commitmentTotals(filter: { currency: "EUR", obligor: "%s" }) { amount commitmentCount } }"""
			.formatted(NodeId.of("Country", "DK")));
		assertThat(danishEuros.at("/commitmentTotals/0/amount").asString()).isEqualTo("30000000");
	}

	@Test
	void totalsSeparateMoneyPaidFromMoneyPromised() throws Exception {
		// a story's "X committed Y" must not add withdrawn or merely intended money to
		// money undertaken or paid: grouped by status, each stands apart
		JsonNode byStatus = api().query(
				"{ commitmentTotals(groupBy: [STATUS]) { currency status amount commitmentCount obligor { __typename } } }")
			.get("commitmentTotals");
		assertThat(byStatus.toString())
			.isEqualTo("[{\"currency\":\"DKK\",\"status\":\"FULFILLED\",\"amount\":\"1200000000\","
					+ "\"commitmentCount\":1,\"obligor\":null},{\"currency\":\"EUR\",\"status\":\"UNDERTAKEN\","
					+ "\"amount\":\"150000000\",\"commitmentCount\":3,\"obligor\":null}]");
		JsonNode ungrouped = api().query("{ commitmentTotals { status } }").get("commitmentTotals");
		assertThat(ungrouped.at("/0/status").isNull()).isTrue();
	}

	@Test
	void commitmentWithoutObligorNamesWhereTheMoneyComesFrom() throws Exception {
		JsonNode commitment = api()
			.query("""
					{ commitments(filter: { text: "frozen" }) { edges { node { obligor { __typename } obligors { __typename }
					  fundingSource { text evidence { excerpt } } amount { amount } } } } }""")
			.at("/commitments/edges/0/node");
		assertThat(commitment.get("obligor").isNull()).isTrue();
		assertThat(commitment.get("obligors")).isEmpty();
		assertThat(commitment.at("/fundingSource/text").asString()).isEqualTo("the proceeds of frozen Russian assets");
		assertThat(commitment.at("/fundingSource/evidence/0/excerpt").asString())
			.isEqualTo("the remaining 40 million euros will come from the proceeds of frozen Russian assets");
	}

	@Test
	void jointCommitmentHasEveryObligorAndIsFoundByEach() throws Exception {
		JsonNode found = api()
			.query("""
					{ commitments(filter: { obligor: "%s" }) { edges { node { description
					  obligor { ... on Country { name } } obligors { ... on Country { name } } } } } }"""
				.formatted(NodeId.of("Country", "SE")))
			.at("/commitments/edges");
		assertThat(found).hasSize(1);
		assertThat(HttpApi.texts(found.at("/0/node/obligors"), "/name")).containsExactly("Denmark", "Sweden");
		assertThat(found.at("/0/node/obligor/name").asString()).isEqualTo("Denmark");
	}

	@Test
	void deliveryMadeIsFulfilledWithItsDateAndPartialDeliveryIsAQuantity() throws Exception {
		JsonNode fulfilled = api()
			.query("""
					{ commitments(filter: { status: FULFILLED }) { edges { node { description fulfilledOn fulfilledOnPrecision } } } }""")
			.at("/commitments/edges");
		assertThat(fulfilled).hasSize(1);
		assertThat(fulfilled.at("/0/node/fulfilledOn").asString()).isEqualTo("2025-09-12");
		assertThat(fulfilled.at("/0/node/fulfilledOnPrecision").asString()).isEqualTo("DAY");
		JsonNode drones = api().query("""
				{ commitments(filter: { text: "reconnaissance" }) { edges { node { status sourceCount
				  quantity { value } delivered { value item evidence { excerpt } } } } } }""")
			.at("/commitments/edges/0/node");
		assertThat(drones.get("status").asString()).isEqualTo("UNDERTAKEN");
		assertThat(drones.get("sourceCount").asInt()).isEqualTo(2);
		assertThat(drones.at("/quantity/value").asString()).isEqualTo("300");
		assertThat(drones.at("/delivered/value").asString()).isEqualTo("120");
		assertThat(drones.at("/delivered/evidence/0/excerpt").asString())
			.isEqualTo("has so far handed over 120 of the 300 reconnaissance drones it promised in June");
	}

	@Test
	void statusIsTheLatestEventAndEachEventHasItsDateAndEvidence() throws Exception {
		JsonNode letter = api().query("""
				{ agreements(filter: { kind: LETTER_OF_INTENT }) { edges { node { status sourceCount
				  events { stage date datePrecision evidence { excerpt article { publisher } } } } } } }""")
			.at("/agreements/edges/0/node");
		assertThat(letter.get("status").asString()).isEqualTo("SUSPENDED");
		assertThat(HttpApi.texts(letter.get("events"), "/stage")).containsExactly("SIGNED", "SUSPENDED");
		assertThat(HttpApi.texts(letter.get("events"), "/date")).containsExactly("2025-06-02", "2025-09-12");
		assertThat(letter.at("/events/1/evidence/0/article/publisher").asString())
			.isEqualTo("Sound Herald (test fixture)");
		assertThat(api().query("{ agreements(filter: { status: LAUNCHED }) { edges { node { kind } } } }")
			.at("/agreements/edges/0/node/kind")
			.asString()).isEqualTo("COALITION");
	}

	@Test
	void activeOnKeepsAgreementsInEffectThatDay() throws Exception {
		assertThat(kinds("2025-01-31")).isEmpty();
		assertThat(kinds("2025-03-01")).containsExactly("COALITION");
		assertThat(kinds("2025-07-01")).containsExactlyInAnyOrder("COALITION", "LETTER_OF_INTENT");
		// suspended on 12 September: not in effect from that day
		assertThat(kinds("2025-09-12")).containsExactly("COALITION");
	}

	private List<String> kinds(String day) throws Exception {
		return HttpApi
			.texts(api().query("{ agreements(filter: { activeOn: \"" + day + "\" }) { edges { node { kind } } } }")
				.at("/agreements/edges"), "/node/kind");
	}

	@Test
	void coalitionHasCoLeadersMembersAndACountryThatJoinedLater() throws Exception {
		JsonNode coalition = api().query("""
				{ agreements(filter: { kind: COALITION }) { edges { node { openToAccession parties { code }
				  participants { role joinedOn party { ... on Country { code } ... on Organization { name } }
				    country { code } evidence { excerpt } } } } } }""").at("/agreements/edges/0/node");
		assertThat(coalition.get("openToAccession").asBoolean()).isTrue();
		assertThat(HttpApi.texts(coalition.get("parties"), "/code")).containsExactly("LV", "GB", "EE", "LT", "NL",
				"SE");
		List<String> participants = new ArrayList<>();
		coalition.get("participants")
			.forEach((p) -> participants.add(p.at("/country/code").asString() + " " + p.get("role").asString() + " "
					+ (p.get("joinedOn").isNull() ? "-" : p.get("joinedOn").asString())));
		assertThat(participants).containsExactly("LV CO_LEADER -", "GB CO_LEADER -", "EE MEMBER -", "LT MEMBER -",
				"NL MEMBER -", "SE MEMBER 2025-04-17", "FI FUNDER -");
		assertThat(coalition.at("/participants/6/party/name").asString()).isEqualTo("Patria");
	}

	@Test
	void agreementsBetweenTwoCountriesIsOneOrderIndependentQuery() throws Exception {
		assertThat(between("NL", "UA")).containsExactly("LETTER_OF_INTENT");
		assertThat(between("UA", "NL")).containsExactly("LETTER_OF_INTENT");
		assertThat(between("GB", "LV")).containsExactly("COALITION");
		assertThat(between("NL", "LV")).containsExactly("COALITION");
		// Finland takes part only through its company Patria
		assertThat(between("FI", "SE")).containsExactly("COALITION");
		assertThat(between("FI", "UA")).isEmpty();
	}

	@Test
	void agreementsACountryLeads() throws Exception {
		assertThat(HttpApi.texts(
				api()
					.query("{ agreements(filter: { leader: \"%s\" }) { edges { node { kind } } } }"
						.formatted(NodeId.of("Country", "GB")))
					.at("/agreements/edges"),
				"/node/kind"))
			.containsExactly("COALITION");
		assertThat(api()
			.query("{ agreements(filter: { leader: \"%s\" }) { totalCount } }".formatted(NodeId.of("Country", "NL")))
			.at("/agreements/totalCount")
			.asInt()).isZero();
	}

	private List<String> between(String a, String b) throws Exception {
		return HttpApi
			.texts(api()
				.query("{ agreements(filter: { between: [\"%s\", \"%s\"] }) { edges { node { kind } } } }"
					.formatted(NodeId.of("Country", a), NodeId.of("Country", b)))
				.at("/agreements/edges"), "/node/kind");
	}

	@Test
	void theCommitmentCardShowsHowMuchAndHowManyInTheArticlesWords() throws Exception {
		String money = card(NodeId.of("Commitment", "dutch-budget-share"));
		assertThat(money).contains("How much").contains("80 million euros");
		String drones = card(NodeId.of("Commitment", "dutch-reconnaissance-drones"));
		assertThat(drones).contains("How many").contains("about 300 reconnaissance drones").doesNotContain("How much");
	}

	private String card(String id) throws IOException, InterruptedException {
		HttpResponse<String> response = api().get("/embed/commitment/" + id);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
