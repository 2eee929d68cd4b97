package org.accords.sources;

import java.io.IOException;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report and its correction by the same publisher the next day (invented test fixtures
 * under {@code src/test/resources/correction-fixtures}): the correction gives the fund as
 * 102 million euros, not 120 million, and names another Latvian signatory. Its curated
 * file names the report in {@code corrects}, so the corrected values are served, the
 * facts are not disputed, and the withdrawn values stay as claims that name the
 * correction, each with its article, in GraphQL and in the downloads.
 */
@GeneratedCorpusTest(fixtures = "classpath:correction-fixtures/")
class CorrectionHttpTests {

	private static final String REPORT = NodeId.of("Article", "amber-wire-2025-06-02");

	private static final String CORRECTION = NodeId.of("Article", "amber-wire-2025-06-03-correction");

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	String text(String path) throws IOException, InterruptedException {
		return api().ok(path);
	}

	@Test
	void correctedFigureIsServedAndTheWithdrawnOneStaysAClaimNamingTheCorrection() throws Exception {
		JsonNode data = api()
			.query("""
					{ agreements { edges { node { value { amount text evidence { excerpt article { id } } }
					    disputed competingValues { value } sourceCount
					    sources { article { id } evidence { excerpt } }
					    claims { field value competing served sources { id } correctedBy { id publisher publishedOn } } } } }
					  disputed: agreements(filter: {disputed: true}) { totalCount } }""");
		JsonNode fund = data.at("/agreements/edges/0/node");
		assertThat(fund.at("/value/amount").asString()).isEqualTo("102000000");
		assertThat(fund.at("/value/text").asString()).isEqualTo("102 million euros");
		assertThat(fund.at("/value/evidence/0/excerpt").asString()).isEqualTo("The fund holds 102 million euros");
		assertThat(fund.at("/value/evidence/0/article/id").asString()).isEqualTo(CORRECTION);
		// a publisher correcting itself is not two sources disagreeing
		assertThat(fund.get("disputed").asBoolean()).isFalse();
		assertThat(fund.get("competingValues")).isEmpty();
		assertThat(data.at("/disputed/totalCount").asInt()).isZero();
		// both articles stay sources, each with its words
		assertThat(fund.get("sourceCount").asInt()).isEqualTo(2);
		assertThat(HttpApi.texts(fund.get("sources"), "/article/id")).containsExactly(REPORT, CORRECTION);
		List<String> values = new java.util.ArrayList<>();
		fund.get("claims").forEach((claim) -> {
			if (claim.get("field").asString().equals("value")) {
				values.add(claim.get("value").asString() + " competing=" + claim.get("competing").asBoolean()
						+ " served=" + claim.get("served") + " sources=" + HttpApi.texts(claim.get("sources"), "/id")
						+ " correctedBy=" + HttpApi.texts(claim.get("correctedBy"), "/id"));
			}
		});
		assertThat(values).containsExactly(
				"120000000 EUR competing=false served=false sources=[" + REPORT + "] correctedBy=[" + CORRECTION + "]",
				"102000000 EUR competing=false served=true sources=[" + CORRECTION + "] correctedBy=[]");
		assertThat(fund.toString()).contains("\"correctedBy\":[{\"id\":\"" + CORRECTION
				+ "\",\"publisher\":\"Amber Wire (test fixture)\",\"publishedOn\":\"2025-06-03\"}]");
	}

	@Test
	void correctedSignatoryNamesTheMinisterTheCorrectionGives() throws Exception {
		JsonNode signatory = api().query("""
				{ signatories { totalCount edges { node { person { name } disputed
				    claims { field competing node { ... on Person { name } } correctedBy { id } } } } } }""")
			.at("/signatories");
		assertThat(signatory.get("totalCount").asInt()).isEqualTo(1);
		JsonNode node = signatory.at("/edges/0/node");
		assertThat(node.at("/person/name").asString()).isEqualTo("Andris Ozols");
		assertThat(node.get("disputed").asBoolean()).isFalse();
		assertThat(HttpApi.texts(node.get("claims"), "/node/name")).containsExactly("Ilze Kalnina", "Andris Ozols");
		assertThat(HttpApi.texts(node.at("/claims/0/correctedBy"), "/id")).containsExactly(CORRECTION);
		assertThat(node.at("/claims/1/correctedBy")).isEmpty();
		assertThat(HttpApi.texts(node.get("claims"), "/competing")).containsExactly("false", "false");
	}

	@Test
	void correctionNamesTheArticleItCorrects() throws Exception {
		JsonNode articles = api().query("{ articles { edges { node { id corrects { id publishedOn } } } } }")
			.at("/articles/edges");
		assertThat(articles.at("/0/node/id").asString()).isEqualTo(REPORT);
		assertThat(articles.at("/0/node/corrects")).isEmpty();
		assertThat(articles.at("/1/node/id").asString()).isEqualTo(CORRECTION);
		assertThat(HttpApi.texts(articles.at("/1/node/corrects"), "/id")).containsExactly(REPORT);
	}

	@Test
	void downloadsServeTheCorrectedValueUndisputedAndListTheWithdrawnOne() throws Exception {
		List<String> rows = text("/data/agreements.csv").lines().toList();
		assertThat(rows).hasSize(2);
		List<String> header = List.of(rows.get(0).split(","));
		List<String> row = List.of(rows.get(1).replaceAll("\"[^\"]*\"", "quoted").split(",", -1));
		assertThat(row.get(header.indexOf("value_amount"))).isEqualTo("102000000");
		assertThat(row.get(header.indexOf("disputed"))).isEqualTo("false");
		assertThat(row.get(header.indexOf("disputed_values"))).isEmpty();
		List<String> articles = text("/data/articles.csv").lines().toList();
		assertThat(articles.get(0)).endsWith(",editions,corrects_article_ids,withdrawn_facts,corrected_by_article_ids");
		// the report's row ends with empty editions, corrects and withdrawn facts, then
		// its correction; the correction's names the report, withdraws no fact whole and
		// is corrected by none
		assertThat(articles).filteredOn((line) -> line.endsWith("," + REPORT + ",,")).hasSize(1);
		assertThat(articles).filteredOn((line) -> line.endsWith(",,,," + CORRECTION)).hasSize(1);
		JsonNode fund = HttpApi.JSON.readTree(text("/data/agreements.json")).get(0);
		assertThat(fund.at("/value/amount").asString()).isEqualTo("102000000");
		assertThat(fund.at("/provenance/disputed").asBoolean()).isFalse();
		assertThat(fund.at("/provenance/claims/0").toString())
			.isEqualTo("{\"field\":\"value\",\"value\":\"120000000 EUR\"," + "\"sourceIds\":[\"" + REPORT
					+ "\"],\"competing\":false,\"correctedBy\":[\"" + CORRECTION + "\"],\"served\":false}");
	}

	@Test
	void articlesJsonAndNdjsonNameEachReportsCorrectionsAsTheCsvDoes() throws Exception {
		// the other side of corrects, after it, as articles.csv's
		// corrected_by_article_ids
		String expected = "[" + REPORT + " corrects=[] correctedBy=[" + CORRECTION + "], " + CORRECTION + " corrects=["
				+ REPORT + "] correctedBy=[]]";
		List<String> json = new java.util.ArrayList<>();
		for (JsonNode article : HttpApi.JSON.readTree(text("/data/articles.json"))) {
			json.add(correctionsOf(article));
		}
		assertThat(json).hasToString(expected);
		List<String> ndjson = text("/data/articles.ndjson").lines()
			.map((line) -> correctionsOf(HttpApi.JSON.readTree(line)))
			.toList();
		assertThat(ndjson).hasToString(expected);
	}

	private static String correctionsOf(JsonNode article) {
		List<String> names = new java.util.ArrayList<>(article.propertyNames());
		assertThat(names.indexOf("correctedBy")).isEqualTo(names.indexOf("corrects") + 1);
		return article.get("id").asString() + " corrects=" + HttpApi.texts(article.get("corrects"), "")
				+ " correctedBy=" + HttpApi.texts(article.get("correctedBy"), "");
	}

	@Test
	void articlesSayWhichCorrectWhichAndAreFoundByIt() throws Exception {
		JsonNode data = api()
			.query("""
					{ articles { nodes { id corrects { id } correctedBy { id publisher } } }
					  corrections: articles(filter: {correction: true}) { totalCount nodes { id } }
					  others: articles(filter: {correction: false}) { totalCount nodes { id } }
					  corrected: articles(filter: {corrected: true}) { totalCount nodes { id } }
					  uncorrected: articles(filter: {corrected: false}) { totalCount nodes { id } }
					  both: articles(filter: {correction: true, corrected: true}) { totalCount }
					  byPublisher: articles(filter: {corrected: true, publisher: "Amber Wire (test fixture)"}) { totalCount } }""");
		// the report knows its correction, as the correction knows the report
		assertThat(data.at("/articles/nodes").toString())
			.isEqualTo("[{\"id\":\"" + REPORT + "\",\"corrects\":[],\"correctedBy\":[{\"id\":\"" + CORRECTION
					+ "\",\"publisher\":\"Amber Wire (test fixture)\"}]},{\"id\":\"" + CORRECTION
					+ "\",\"corrects\":[{\"id\":\"" + REPORT + "\"}],\"correctedBy\":[]}]");
		assertThat(HttpApi.texts(data.at("/corrections/nodes"), "/id")).containsExactly(CORRECTION);
		assertThat(HttpApi.texts(data.at("/others/nodes"), "/id")).containsExactly(REPORT);
		assertThat(HttpApi.texts(data.at("/corrected/nodes"), "/id")).containsExactly(REPORT);
		assertThat(HttpApi.texts(data.at("/uncorrected/nodes"), "/id")).containsExactly(CORRECTION);
		assertThat(data.at("/corrected/totalCount").asInt()).isEqualTo(1);
		assertThat(data.at("/both/totalCount").asInt()).isZero();
		assertThat(data.at("/byPublisher/totalCount").asInt()).isEqualTo(1);
	}

	@Test
	void sourceViewOfTheReportSaysWhichOfItsWordsTheCorrectionWithdrew() throws Exception {
		String view = api().html("/articles/amber-wire-2025-06-02");
		assertThat(view).contains("title=\"Signatory signer-for-latvia: signed by Andris Ozols for LV [corrected by a "
				+ "later article: this article&#39;s person Ilze Kalnina is withdrawn]\"");
		assertThat(view).contains("title=\"Agreement baltic-interceptor-fund: Baltic fund for interceptor drone "
				+ "production [corrected by a later article: this article&#39;s value 120000000 EUR is withdrawn]\"");
		// the correction's own words label the fact as it is served
		assertThat(api().html("/articles/amber-wire-2025-06-03-correction"))
			.contains("title=\"Signatory signer-for-latvia: signed by Andris Ozols for LV\"")
			.doesNotContain("is withdrawn]");
	}

}
