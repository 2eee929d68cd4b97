package org.accords.commitment;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a commitment total says of the sums it adds (the invented reports of
 * {@code money-total-fixtures}): a range adds its lower end and gives the total an upper
 * end, a bound with no upper end leaves the total without one, a sum the reporter
 * converted is counted as such, a pledge one report gives in euros and others convert
 * into dollars is summed once, in euros, and two conversions of one pledge at two rates
 * dispute nothing.
 */
@GeneratedCorpusTest(fixtures = "classpath:money-total-fixtures/")
class MoneyTotalsHttpTests {

	@LocalServerPort
	int port;

	private static String row(JsonNode total) {
		return total.at("/currency").asString() + " " + total.at("/status").asString("") + " "
				+ total.at("/amount").asString() + ".." + total.at("/upTo").asString("none") + " approximate="
				+ total.at("/approximate").asBoolean() + " count=" + total.at("/commitmentCount").asInt()
				+ " converted=" + total.at("/convertedCount").asInt();
	}

	private static List<String> rows(JsonNode totals) {
		List<String> rows = new ArrayList<>();
		totals.forEach((total) -> rows.add(row(total)));
		return rows;
	}

	/**
	 * Before {@code upTo}, a total over "between 10 and 15 million euros" and 28 million
	 * more said 38 million and approximate, and nothing of the 43 million the sources
	 * allow.
	 */
	@Test
	void aTotalOverRangesGivesTheirUpperEndsAsItsOwn() throws Exception {
		JsonNode totals = new HttpApi(this.port).query("""
				{ commitmentTotals(groupBy: [STATUS]) { currency status amount upTo approximate commitmentCount
				    convertedCount } }""").get("commitmentTotals");
		assertThat(rows(totals)).containsExactly(
				"EUR UNDERTAKEN 38000000..43000000 approximate=true count=3 converted=0",
				// "more than 2 million" has no upper end, so neither has the sum
				"EUR INTENDED 3000000..none approximate=true count=2 converted=0",
				"USD UNDERTAKEN 8400000..none approximate=true count=2 converted=1");
	}

	/**
	 * Sweden's share is given only as the publisher's conversion into dollars: it is
	 * summed in dollars, and the total and the downloads say it is a conversion, not a
	 * sum the pledge was made in.
	 */
	@Test
	void aConvertedSumServedAloneIsSummedInItsCurrencyAndSaysSo() throws Exception {
		HttpApi api = new HttpApi(this.port);
		JsonNode totals = api.query("""
				{ commitmentTotals(filter: { currency: "USD" }, groupBy: [OBLIGOR]) { currency amount upTo approximate
				    commitmentCount convertedCount obligor { ... on Country { code } } } }""").get("commitmentTotals");
		List<String> byObligor = new ArrayList<>();
		totals.forEach((total) -> byObligor.add(total.at("/obligor/code").asString() + " " + row(total)));
		assertThat(byObligor).containsExactly("SE USD  5400000..none approximate=true count=1 converted=1",
				"CA USD  3000000..none approximate=false count=1 converted=0");
		List<CSVRecord> commitments = HttpApi.csv(api.ok("/data/commitments.csv"));
		List<String> header = commitments.get(0).toList();
		assertThat(commitments.subList(1, commitments.size())
			.stream()
			.filter((r) -> r.get(header.indexOf("currency")).equals("USD"))
			.map((r) -> r.get(header.indexOf("description")) + " " + r.get(header.indexOf("amount")) + " "
					+ r.get(header.indexOf("amount_converted"))))
			.containsExactlyInAnyOrder("Pay for radar parts. 5400000 true",
					"Give money for demining training. 3000000 false");
		// the fact's page, whose words need not say so
		JsonNode page = HttpApi.JSON.readTree(api.get("/commitments/se-radar-money", "application/json").body());
		List<String> facts = new ArrayList<>();
		page.at("/facts")
			.forEach((fact) -> facts.add(fact.at("/name").asString() + ": " + fact.at("/value").asString()));
		assertThat(facts)
			.contains("How much: about 5.4 million dollars at Friday's exchange rate (the reporter's conversion)");
		JsonNode canada = HttpApi.JSON.readTree(api.get("/commitments/ca-training-money", "application/json").body());
		assertThat(HttpApi.texts(canada.at("/facts"), "/value")).contains("3 million dollars");
		// the total as CSV, which a spreadsheet reads without the JSON
		String query = "{ commitmentTotals { currency amount upTo commitmentCount convertedCount } }";
		HttpResponse<String> csv = api.get("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
				"text/csv");
		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
		assertThat(csv.body()).isEqualTo("currency,amount,upTo,commitmentCount,convertedCount\r\n"
				+ "EUR,41000000,,5,0\r\n" + "USD,8400000,,2,1\r\n");
	}

	/**
	 * Finland's pledge is given in euros by one report and converted into dollars by
	 * another: one commitment, its euro sum served, so the dollars are no second pledge
	 * in the dollar total.
	 */
	@Test
	void aPledgeReportedInEurosAndConvertedIntoDollarsIsSummedOnceInEuros() throws Exception {
		JsonNode answer = new HttpApi(this.port).query("""
				{ commitments(filter: { text: "artillery repairs" }) { nodes { amount { amount currency converted }
				    disputed claims { field value competing served } } }
				  commitmentTotals(groupBy: [OBLIGOR]) { currency amount commitmentCount convertedCount
				    obligor { ... on Country { code } } } }""");
		JsonNode repairs = answer.at("/commitments/nodes/0");
		assertThat(repairs.at("/amount/amount").asString()).isEqualTo("20000000");
		assertThat(repairs.at("/amount/currency").asString()).isEqualTo("EUR");
		assertThat(repairs.at("/amount/converted").asBoolean()).isFalse();
		assertThat(repairs.at("/disputed").asBoolean()).isFalse();
		List<String> claims = new ArrayList<>();
		repairs.at("/claims").forEach((claim) -> {
			if (claim.at("/field").asString().equals("amount")) {
				claims.add(claim.at("/value").asString() + " competing=" + claim.at("/competing").asBoolean()
						+ " served=" + claim.at("/served").asBoolean());
			}
		});
		// two reporters' conversions at two rates: neither disputes the pledge nor the
		// other
		assertThat(claims).containsExactly("20000000 EUR competing=false served=true",
				"21600000 USD (approximate) (converted) competing=false served=false",
				"22000000 USD (approximate) (converted) competing=false served=false");
		List<String> totals = new ArrayList<>();
		answer.at("/commitmentTotals")
			.forEach((total) -> totals.add(total.at("/obligor/code").asString() + " " + total.at("/currency").asString()
					+ " " + total.at("/amount").asString() + " count=" + total.at("/commitmentCount").asInt()
					+ " converted=" + total.at("/convertedCount").asInt()));
		assertThat(totals).filteredOn((t) -> t.startsWith("FI "))
			.containsExactly("FI EUR 20000000 count=1 converted=0");
		assertThat(totals).filteredOn((t) -> t.contains(" USD "))
			.containsExactly("SE USD 5400000 count=1 converted=1", "CA USD 3000000 count=1 converted=0");
	}

	/**
	 * Sweden's share is given only as conversions into dollars, at Friday's rate (5.4
	 * million) and at Tuesday's (5.6 million). Before, the two competed: the commitment
	 * was disputed, counted in the total's {@code disputedCount} and shown as a dispute
	 * on its page, though no source disagrees about the pledge. The first reported is
	 * served and the other kept as a claim, everywhere alike.
	 */
	@Test
	void twoConversionsOfOnePledgeAtTwoRatesDisputeNothingAndTheFirstIsServed() throws Exception {
		HttpApi api = new HttpApi(this.port);
		JsonNode answer = api.query("""
				{ commitments(filter: { text: "radar parts" }) { nodes { amount { amount currency converted }
				    disputed competingValues { value } claims { field value competing served } } }
				  commitmentTotals(filter: { currency: "USD" }, groupBy: [OBLIGOR]) { amount commitmentCount
				    disputedCount convertedCount obligor { ... on Country { code } } } }""");
		JsonNode radar = answer.at("/commitments/nodes/0");
		assertThat(radar.at("/amount/amount").asString()).isEqualTo("5400000");
		assertThat(radar.at("/amount/converted").asBoolean()).isTrue();
		assertThat(radar.at("/disputed").asBoolean()).isFalse();
		assertThat(radar.at("/competingValues")).isEmpty();
		List<String> claims = new ArrayList<>();
		radar.at("/claims").forEach((claim) -> {
			if (claim.at("/field").asString().equals("amount")) {
				claims.add(claim.at("/value").asString() + " competing=" + claim.at("/competing").asBoolean()
						+ " served=" + claim.at("/served").asBoolean());
			}
		});
		assertThat(claims).containsExactly("5400000 USD (approximate) (converted) competing=false served=true",
				"5600000 USD (approximate) (converted) competing=false served=false");
		List<String> totals = new ArrayList<>();
		answer.at("/commitmentTotals")
			.forEach((total) -> totals.add(total.at("/obligor/code").asString() + " " + total.at("/amount").asString()
					+ " count=" + total.at("/commitmentCount").asInt() + " disputed="
					+ total.at("/disputedCount").asInt() + " converted=" + total.at("/convertedCount").asInt()));
		assertThat(totals).containsExactly("SE 5400000 count=1 disputed=0 converted=1",
				"CA 3000000 count=1 disputed=0 converted=0");
		// the CSV download: the served conversion, no dispute
		List<CSVRecord> commitments = HttpApi.csv(api.ok("/data/commitments.csv"));
		List<String> header = commitments.get(0).toList();
		assertThat(commitments.subList(1, commitments.size())
			.stream()
			.filter((r) -> r.get(header.indexOf("description")).startsWith("Pay for radar parts"))
			.map((r) -> r.get(header.indexOf("amount")) + " " + r.get(header.indexOf("amount_converted")) + " disputed="
					+ r.get(header.indexOf("disputed")) + " values=[" + r.get(header.indexOf("disputed_values")) + "]"))
			.containsExactly("5400000 true disputed=false values=[]");
		// the JSON download: both conversions kept as claims, neither competing
		JsonNode radarJson = null;
		for (JsonNode commitment : HttpApi.JSON.readTree(api.ok("/data/commitments.json"))) {
			if (commitment.at("/description").asString("").startsWith("Pay for radar parts")) {
				radarJson = commitment;
			}
		}
		assertThat(radarJson).isNotNull();
		assertThat(radarJson.at("/provenance/disputed").asBoolean()).isFalse();
		List<String> downloaded = new ArrayList<>();
		radarJson.at("/provenance/claims").forEach((claim) -> {
			if (claim.at("/field").asString().equals("amount")) {
				downloaded.add(claim.at("/value").asString() + " competing=" + claim.at("/competing").asBoolean()
						+ " served=" + claim.at("/served").asBoolean());
			}
		});
		assertThat(downloaded).containsExactlyElementsOf(claims);
		// the fact's page: the served conversion, and no dispute shown
		JsonNode page = HttpApi.JSON.readTree(api.get("/commitments/se-radar-money", "application/json").body());
		assertThat(HttpApi.texts(page.at("/facts"), "/value"))
			.contains("about 5.4 million dollars at Friday's exchange rate (the reporter's conversion)");
		assertThat(page.at("/dispute/values").isMissingNode()).as(page.toString()).isTrue();
	}

}
