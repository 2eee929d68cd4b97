package org.accords.commitment;

import java.nio.file.Path;
import java.util.ArrayList;
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
 * Many publishers' reports of one letter of intent and its commitments (the invented
 * reports under {@code src/test/resources/faithful-fixtures}), as GraphQL serves them: a
 * sum given as a bound beside a figure, a commitment promised and then fulfilled. Loaded
 * on the shared {@link GeneratedCorpusTest} application.
 */
@GeneratedCorpusTest
class FaithfulReportsHttpTests {

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

	@Test
	void aBoundIsServedWithItsWordsAndAFigureItHoldsDoesNotCompeteWithIt() throws Exception {
		JsonNode letter = this.api.query("""
				{ agreements(filter: { kind: LETTER_OF_INTENT }) { nodes { value { amount currency bound text }
				    competingValues { value served } } } }""").at("/agreements/nodes/0");
		assertThat(letter.at("/value/amount").asString()).isEqualTo("62000000");
		assertThat(letter.at("/value/bound").isNull()).isTrue();
		// the dollars still compete: a sum in another currency is not converted
		assertThat(HttpApi.texts(letter.at("/competingValues"), "/value")).containsExactly("more than 50000000 EUR",
				"62000000 EUR", "67000000 USD");
		JsonNode line = this.api.query("""
				{ commitments(filter: { text: "filling line" }) { nodes { amount { amount bound text } } }
				  commitmentTotals(groupBy: [OBLIGOR]) { amount approximate } }""");
		assertThat(line.at("/commitments/nodes/0/amount/bound").asString()).isEqualTo("UP_TO");
		assertThat(line.at("/commitments/nodes/0/amount/text").asString()).isEqualTo("up to 20 million euros");
		assertThat(line.at("/commitmentTotals/0/approximate").asBoolean()).isTrue();
	}

	/**
	 * The downloads carry the bound too: a spreadsheet of the CSV read "up to 20 million
	 * euros" as 20 million before {@code amount_bound}.
	 */
	@Test
	void theDownloadsCarryABound() throws Exception {
		List<CSVRecord> commitments = HttpApi.csv(this.api.ok("/data/commitments.csv"));
		int description = commitments.get(0).toList().indexOf("description");
		int bound = commitments.get(0).toList().indexOf("amount_bound");
		assertThat(commitments.stream()
			.filter((row) -> row.get(description).contains("filling line"))
			.map((row) -> row.get(bound))).containsExactly("UP_TO");
		for (String format : new String[] { "json", "ndjson" }) {
			List<JsonNode> nodes = commitments(format);
			assertThat(nodes.stream()
				.filter((node) -> node.at("/description").asString().contains("filling line"))
				.map((node) -> node.at("/amount/bound").asString())).as(format).containsExactly("UP_TO");
		}
	}

	@Test
	void aCommitmentFulfilledLaterIsServedFulfilledAndUndisputed() throws Exception {
		JsonNode mortars = this.api.query("""
				{ commitments(filter: { status: FULFILLED }) { nodes { description status fulfilledOn disputed
				    delivered { value text } claims { field value competing served } } } }""")
			.at("/commitments/nodes/0");
		assertThat(mortars.at("/description").asString()).startsWith("Deliver 30 mortars");
		assertThat(mortars.at("/fulfilledOn").asString()).isEqualTo("2026-06-29");
		assertThat(mortars.at("/disputed").asBoolean()).isFalse();
		assertThat(mortars.at("/delivered/value").asString()).isEqualTo("30");
		assertThat(HttpApi.texts(mortars.at("/claims"), "/competing")).containsOnly("false");
	}

	/**
	 * A range two publishers give alike is one value with both its ends, in GraphQL, the
	 * CSV and the JSON downloads.
	 */
	@Test
	void aRangeIsServedWithItsUpperEndEverywhere() throws Exception {
		JsonNode memorandum = this.api.query("""
				{ agreements(filter: { kind: MEMORANDUM_OF_UNDERSTANDING }) { nodes { title disputed
				    value { amount upTo currency bound text } } } }""").at("/agreements/nodes/0");
		assertThat(memorandum.at("/title").asString()).contains("demining");
		assertThat(memorandum.at("/disputed").asBoolean()).isFalse();
		assertThat(memorandum.at("/value/amount").asString()).isEqualTo("20000000");
		assertThat(memorandum.at("/value/upTo").asString()).isEqualTo("30000000");
		assertThat(memorandum.at("/value/bound").isNull()).isTrue();
		List<CSVRecord> agreements = HttpApi.csv(this.api.ok("/data/agreements.csv"));
		List<String> header = agreements.get(0).toList();
		assertThat(agreements.stream()
			.filter((row) -> row.get(header.indexOf("title")).contains("demining"))
			.map((row) -> row.get(header.indexOf("value_amount")) + ".." + row.get(header.indexOf("value_up_to"))))
			.containsExactly("20000000..30000000");
		JsonNode json = HttpApi.JSON.readTree(this.api.ok("/data/agreements.json"));
		List<String> ends = new ArrayList<>();
		json.forEach((node) -> {
			if (node.at("/title").asString().contains("demining")) {
				ends.add(node.at("/value/upTo").asString());
				assertThat(node.at("/value/converted").isBoolean()).isTrue();
			}
		});
		assertThat(ends).containsExactly("30000000");
	}

	/**
	 * A publisher's own conversion agrees with the sum in the agreement's currency, which
	 * is served; the conversion stays a claim that does not compete, marked converted.
	 */
	@Test
	void aConvertedSumDoesNotDisputeTheSumInTheAgreementsCurrency() throws Exception {
		JsonNode memorandum = this.api.query("""
				{ agreements(filter: { kind: MEMORANDUM_OF_UNDERSTANDING }) { nodes { disputed
				    value { currency converted } claims { field value competing served } } } }""")
			.at("/agreements/nodes/0");
		assertThat(memorandum.at("/disputed").asBoolean()).isFalse();
		assertThat(memorandum.at("/value/currency").asString()).isEqualTo("EUR");
		assertThat(memorandum.at("/value/converted").asBoolean()).isFalse();
		List<String> claims = new ArrayList<>();
		memorandum.at("/claims").forEach((claim) -> {
			if (claim.at("/field").asString().equals("value")) {
				claims.add(claim.at("/value").asString() + " competing=" + claim.at("/competing").asBoolean());
			}
		});
		assertThat(claims).containsExactly("20000000 to 30000000 EUR competing=false",
				"27000000 USD (approximate) (converted) competing=false");
		List<CSVRecord> agreements = HttpApi.csv(this.api.ok("/data/agreements.csv"));
		List<String> header = agreements.get(0).toList();
		assertThat(agreements.stream()
			.filter((row) -> row.get(header.indexOf("title")).contains("demining"))
			.map((row) -> row.get(header.indexOf("value_converted")))).containsExactly("false");
	}

	/**
	 * A commitment made on a condition serves it with its words over GraphQL and in the
	 * JSON downloads.
	 */
	@Test
	void aConditionIsServedWithItsEvidence() throws Exception {
		JsonNode machines = this.api.query("""
				{ commitments(filter: { text: "demining machines" }) { nodes { status disputed
				    condition { text evidence { excerpt } } } } }""").at("/commitments/nodes/0");
		assertThat(machines.at("/status").asString()).isEqualTo("UNDERTAKEN");
		assertThat(machines.at("/disputed").asBoolean()).isFalse();
		assertThat(machines.at("/condition/text").asString())
			.isEqualTo("the Finnish parliament approves a spring supplementary budget");
		assertThat(HttpApi.texts(machines.at("/condition/evidence"), "/excerpt")).containsExactly(
				"provided the Finnish parliament approves a spring supplementary budget",
				"hangs on lawmakers approving the spring supplementary budget");
		for (String format : new String[] { "json", "ndjson" }) {
			List<JsonNode> nodes = commitments(format);
			List<String> conditions = new ArrayList<>();
			nodes.forEach((node) -> {
				if (node.at("/description").asString().contains("demining machines")) {
					conditions.add(node.at("/condition/text").asString() + " / "
							+ HttpApi.texts(node.at("/condition/evidence"), "/excerpt"));
				}
			});
			// the condition with the words of each report that gives it
			assertThat(conditions).as(format)
				.containsExactly("the Finnish parliament approves a spring supplementary budget / "
						+ "[provided the Finnish parliament approves a spring supplementary budget, "
						+ "hangs on lawmakers approving the spring supplementary budget]");
		}
		List<CSVRecord> rows = HttpApi.csv(this.api.ok("/data/commitments.csv"));
		List<String> header = rows.get(0).toList();
		assertThat(header.get(header.size() - 1)).isEqualTo("condition");
		assertThat(rows.subList(1, rows.size())
			.stream()
			.filter((row) -> row.get(header.indexOf("description")).contains("demining machines"))
			.map((row) -> row.get(header.indexOf("condition"))))
			.containsExactly("the Finnish parliament approves a spring supplementary budget");
		// the mortars, which 402 promises on a condition as 410 does the machines; no
		// other
		assertThat(rows.subList(1, rows.size())
			.stream()
			.filter((row) -> !row.get(header.indexOf("condition")).isEmpty())
			.map((row) -> row.get(header.indexOf("description")) + " / " + row.get(header.indexOf("condition"))))
			.containsExactlyInAnyOrder(
					"Send 40 armoured demining machines to Ukraine this year. / "
							+ "the Finnish parliament approves a spring supplementary budget",
					"Deliver 30 mortars to Ukraine by the end of June. / "
							+ "the Estonian parliament approves a supplementary budget in March");
	}

	/**
	 * A fact's page gives a commitment's condition among its facts and the words that
	 * state it among its sources, in HTML and JSON; before, the page of a conditional
	 * pledge read as a firm one.
	 */
	@Test
	void aConditionIsOnTheFactPageWithItsEvidence() throws Exception {
		JsonNode page = HttpApi.JSON
			.readTree(this.api.get("/commitments/fi-demining-machines", "application/json").body());
		List<String> facts = new ArrayList<>();
		page.at("/facts")
			.forEach((fact) -> facts.add(fact.at("/name").asString() + ": " + fact.at("/value").asString()));
		assertThat(facts).contains("Status: undertaken",
				"On condition: the Finnish parliament approves a spring supplementary budget");
		assertThat(HttpApi.texts(page.at("/sources"), "/excerpt")).containsExactly(
				"Finland will send 40 armoured demining machines this year",
				"Helsinki's pledge of 40 demining machines",
				"provided the Finnish parliament approves a spring supplementary budget",
				"hangs on lawmakers approving the spring supplementary budget");
		String html = this.api.html("/commitments/fi-demining-machines");
		assertThat(html).contains("On condition")
			.contains("the Finnish parliament approves a spring supplementary budget")
			.contains("provided the Finnish parliament approves a spring supplementary budget");
		JsonNode mortars = HttpApi.JSON.readTree(this.api.get("/commitments/ee-mortars", "application/json").body());
		List<String> mortarFacts = new ArrayList<>();
		mortars.at("/facts")
			.forEach((fact) -> mortarFacts.add(fact.at("/name").asString() + ": " + fact.at("/value").asString()));
		assertThat(mortarFacts)
			.contains("On condition: the Estonian parliament approves a supplementary budget in March");
		assertThat(HttpApi.texts(mortars.at("/sources"), "/excerpt"))
			.contains("depends on its parliament approving a supplementary budget in March");
	}

	/**
	 * The commitments of {@code /data/commitments.json} or {@code .ndjson}, one node
	 * each.
	 */
	private List<JsonNode> commitments(String format) throws Exception {
		String text = this.api.ok("/data/commitments." + format);
		List<JsonNode> nodes = new ArrayList<>();
		if (format.equals("json")) {
			HttpApi.JSON.readTree(text).forEach(nodes::add);
		}
		else {
			text.lines().forEach((line) -> nodes.add(HttpApi.JSON.readTree(line)));
		}
		return nodes;
	}

}
