package org.accords.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms in which a fact's page gives the values its sources dispute (two invented
 * reports of one letter, written here): a sum as the CSV writes it ({@code 25000000 EUR},
 * not grouped as no download groups it, a bound in words), a date as precise as its
 * source gives it, and in the page's JSON each value also exactly as GraphQL's
 * {@code Claim.value} and the CSV's {@code disputed_values} give it, to match them by.
 */
@GeneratedCorpusTest
class DisputedFormsHttpTests {

	private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Autowired
	SeedLoader loader;

	private HttpApi load(Path folder) {
		report(folder, "a-tern-post", "2025-05-06", "up to 20 million euros", "UP_TO", "20000000", "in March",
				"2025-03");
		report(folder, "b-heron-daily", "2025-05-08", "25 million euros", null, "25000000", "on April 2", "2025-04-02");
		this.loader.load(folder.toUri().toString());
		return new HttpApi(this.port);
	}

	private static void report(Path folder, String name, String published, String sum, String bound, String amount,
			String when, String signedOn) {
		SeedFixture.report(folder, name, published,
				"Estonia will put " + sum + " into drone batteries for Ukraine, under a letter signed " + when + ".",
				"""
						countries: [ { code: EE, name: Estonia }, { code: UA, name: Ukraine } ]
						agreements:
						  - id: ee-ua-battery-letter
						    title: Estonia-Ukraine letter on drone batteries
						    kind: LETTER_OF_INTENT
						    signedOn: "%s"
						    parties: [EE, UA]
						    evidence: ["a letter signed %s"]
						commitments:
						  - id: ee-battery-money
						    agreement: ee-ua-battery-letter
						    obligor: EE
						    beneficiary: UA
						    description: Put money into drone batteries for Ukraine
						    status: UNDERTAKEN
						    amount:
						      amount: "%s"
						      currency: EUR
						      %s
						      text: %s
						      evidence: ["%s"]
						    evidence: ["Estonia will put %s into drone batteries for Ukraine"]
						""".formatted(signedOn, when, amount, (bound != null) ? "bound: " + bound : "", sum, sum, sum));
	}

	@Test
	void aDisputedSumReadsAsTheCsvWritesItAndTheJsonAlsoGivesGraphQlsForm(@TempDir Path folder) throws Exception {
		HttpApi api = load(folder);
		String html = api.get("/commitments/ee-battery-money", BROWSER).body();
		assertThat(html).contains("<li>amount: <strong>up to 20000000 EUR</strong>",
				"<li>amount: <strong>25000000 EUR</strong>");
		JsonNode values = HttpApi.JSON.readTree(api.get("/commitments/ee-battery-money", "application/json").body())
			.at("/dispute/values");
		assertThat(HttpApi.texts(values, "/value")).containsExactly("up to 20000000 EUR", "25000000 EUR");
		List<String> claims = graphQlClaims(api, NodeId.of("Commitment", "ee-battery-money"), "Commitment");
		assertThat(claims).containsExactly("up to 20000000 EUR", "25000000 EUR");
		assertThat(HttpApi.texts(values, "/claim")).containsExactlyElementsOf(claims);
	}

	@Test
	void aDisputedDateReadsAsPreciseAsGivenAndTheJsonAlsoGivesGraphQlsForm(@TempDir Path folder) throws Exception {
		HttpApi api = load(folder);
		String html = api.get("/agreements/ee-ua-battery-letter", BROWSER).body();
		assertThat(html).contains("<li>signed on: <strong>2025-03</strong>",
				"<li>signed on: <strong>2025-04-02</strong>");
		JsonNode values = HttpApi.JSON.readTree(api.get("/agreements/ee-ua-battery-letter", "application/json").body())
			.at("/dispute/values");
		assertThat(HttpApi.texts(values, "/value")).containsExactly("2025-03", "2025-04-02");
		List<String> claims = graphQlClaims(api, NodeId.of("Agreement", "ee-ua-battery-letter"), "Agreement");
		assertThat(claims).containsExactly("2025-03-01 (MONTH)", "2025-04-02");
		assertThat(HttpApi.texts(values, "/claim")).containsExactlyElementsOf(claims);
	}

	/** The values of the fact's competing claims, as GraphQL gives them. */
	private static List<String> graphQlClaims(HttpApi api, String id, String type) throws Exception {
		JsonNode claims = api
			.query("{ node(id: \"%s\") { ... on %s { competingValues { value } } } }".formatted(id, type))
			.at("/node/competingValues");
		List<String> values = new ArrayList<>();
		claims.forEach((claim) -> values.add(claim.get("value").asString()));
		return values;
	}

}
