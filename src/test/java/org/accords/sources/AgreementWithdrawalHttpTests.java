package org.accords.sources;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.accords.Docs;
import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three invented reports (fixtures under
 * {@code src/test/resources/agreement-withdrawal-fixtures}): Linden Wire reports that
 * Latvia and Lithuania signed an agreement on joint ammunition purchases, and its
 * correction the next day says none was signed and that a Latvian pledge of no agreement
 * was never made. A data journalist is served neither the agreement nor what it held, and
 * finds on the correction what it withdrew and from which report, in GraphQL, the
 * downloads and the source view; a minister's words another publisher also reports stand,
 * about no agreement.
 */
@GeneratedCorpusTest(fixtures = "classpath:agreement-withdrawal-fixtures/")
class AgreementWithdrawalHttpTests {

	private static final String REPORT = NodeId.of("Article", "linden-wire-2025-10-14");

	private static final String CORRECTION = NodeId.of("Article", "linden-wire-2025-10-15-correction");

	private static final String AGREEMENT = NodeId.of("Agreement", "lv-lt-ammunition");

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	/**
	 * api.md's sample of {@code Article.withdraws}, empty on the seed, finds what it says
	 * it finds on the fixtures it names: the correction's withdrawn agreement.
	 */
	@Test
	void theApiSampleOfWithdrawsFindsTheWithdrawnAgreement() throws Exception {
		JsonNode data = api().query(Docs.sample(Docs.page("api.md"), "## Sample queries", "withdraws { field value"));
		List<String> withdrawn = new ArrayList<>();
		data.at("/articles/nodes")
			.forEach((article) -> withdrawn.addAll(HttpApi.texts(article.at("/withdraws"), "/value")));
		assertThat(withdrawn).contains(NodeId.of("Agreement", "lv-lt-ammunition"));
	}

	@Test
	void theWithdrawnAgreementIsNotServedAnywhere() throws Exception {
		JsonNode data = api().query("""
				{ agreements { totalCount } signatories { totalCount } cooperationAreas { totalCount }
				  commitments { totalCount }
				  statements { totalCount nodes { id agreement { id } } }
				  dataset { counts { agreements signatories commitments statements } }
				  search(text: "ammunition") { totalCount } }""");
		assertThat(data.at("/agreements/totalCount").asInt()).isZero();
		assertThat(data.at("/signatories/totalCount").asInt()).isZero();
		assertThat(data.at("/cooperationAreas/totalCount").asInt()).isZero();
		assertThat(data.at("/commitments/totalCount").asInt()).isZero();
		assertThat(data.at("/statements/totalCount").asInt()).isEqualTo(1);
		assertThat(data.at("/statements/nodes/0/agreement").isNull()).isTrue();
		assertThat(data.at("/dataset/counts/agreements").asInt()).isZero();
		assertThat(data.at("/search/totalCount").asInt()).isZero();
		assertThat(api().ok("/data/agreements.csv").lines()).hasSize(1);
		assertThat(HttpApi.JSON.readTree(api().ok("/data/agreements.json"))).isEmpty();
	}

	/**
	 * A front-end holding the withdrawn agreement's id is told why {@code node(id:)}
	 * answers null, and by which article: the answer stays null (as before), with an
	 * error that does not fail the rest of the query, as the 410 page says it over HTTP.
	 */
	@Test
	void nodeOfTheWithdrawnIdIsNullWithAnErrorNamingTheCorrection() throws Exception {
		JsonNode answer = api().post("""
				{ withdrawn: node(id: "%s") { id }
				  report: node(id: "%s") { id }
				  both: nodes(ids: ["%s", "%s"]) { id } }""".formatted(AGREEMENT, REPORT, REPORT, AGREEMENT));
		assertThat(answer.at("/data/withdrawn").isNull()).isTrue();
		assertThat(answer.at("/data/report/id").asString()).isEqualTo(REPORT);
		assertThat(answer.at("/data/both/0/id").asString()).isEqualTo(REPORT);
		assertThat(answer.at("/data/both/1").isNull()).isTrue();
		JsonNode errors = answer.get("errors");
		assertThat(errors).hasSize(2);
		assertThat(HttpApi.texts(errors, "/extensions/code")).containsOnly("WITHDRAWN");
		List<String> paths = new ArrayList<>();
		errors.forEach((error) -> paths.add(error.get("path").toString()));
		assertThat(paths).containsExactlyInAnyOrder("[\"withdrawn\"]", "[\"both\",1]");
		for (JsonNode error : errors) {
			assertThat(HttpApi.texts(error.at("/extensions/correctedBy"), "")).containsExactly(CORRECTION);
			assertThat(error.at("/extensions/id").asString()).isEqualTo(AGREEMENT);
			assertThat(error.get("message").asString())
				.isEqualTo("'" + AGREEMENT + "' is the id of an Agreement that a later correction withdrew whole ("
						+ CORRECTION + ", Linden Wire (test fixture), 2025-10-15): no longer served; "
						+ "extensions.correctedBy names the correction");
		}
		// an id no fact ever had stays null without an error, as before
		JsonNode unknown = api().post("{ node(id: \"%s\") { id } }".formatted(NodeId.of("Agreement", "never-was")));
		assertThat(unknown.at("/data/node").isNull()).isTrue();
		assertThat(unknown.has("errors")).isFalse();
	}

	@Test
	void theCorrectionSaysWhatItWithdrewFromWhichReport() throws Exception {
		JsonNode data = api()
			.query("""
					{ node(id: "%s") { ... on Article { corrects { id }
					    withdraws { field value node { id } competing sources { id } sourceCount correctedBy { id } } } } }"""
				.formatted(CORRECTION));
		JsonNode withdraws = data.at("/node/withdraws");
		assertThat(HttpApi.texts(withdraws, "/field")).containsExactly("agreements", "cooperationAreas", "signatories",
				"signatories", "commitments", "commitments", "statements");
		assertThat(withdraws.get(0).get("value").asString()).isEqualTo(AGREEMENT);
		assertThat(HttpApi.texts(withdraws, "/node/id")).allMatch(String::isEmpty);
		assertThat(HttpApi.texts(withdraws, "/sources/0/id")).containsOnly(REPORT);
		assertThat(HttpApi.texts(withdraws, "/correctedBy/0/id")).containsOnly(CORRECTION);
		assertThat(HttpApi.texts(withdraws, "/competing")).containsOnly("false");
		// an article that withdraws nothing lists nothing
		assertThat(api().query("{ node(id: \"%s\") { ... on Article { withdraws { value } } } }".formatted(REPORT))
			.at("/node/withdraws")).isEmpty();
	}

	@Test
	void theCorrectionSaysWhatTheReportSaidOfTheAgreementSoItCanBeRecognised() throws Exception {
		JsonNode withdrawn = api()
			.query("""
					{ node(id: "%s") { ... on Article { withdrawnAgreements { id title kind signedOn signedOnPrecision
					    signedIn parties { id name } status claim { field value sources { id } correctedBy { id } } } } } }"""
				.formatted(CORRECTION))
			.at("/node/withdrawnAgreements");
		assertThat(withdrawn).hasSize(1);
		JsonNode agreement = withdrawn.get(0);
		assertThat(agreement.get("id").asString()).isEqualTo(AGREEMENT);
		assertThat(agreement.get("title").asString())
			.isEqualTo("Latvian-Lithuanian agreement on joint ammunition purchases");
		assertThat(agreement.get("kind").asString()).isEqualTo("AGREEMENT");
		assertThat(agreement.get("signedOn").asString()).isEqualTo("2025-10-14");
		assertThat(agreement.get("signedOnPrecision").asString()).isEqualTo("DAY");
		assertThat(agreement.get("signedIn").asString()).isEqualTo("Riga");
		// the countries are served: they are not withdrawn with it
		assertThat(HttpApi.texts(agreement.get("parties"), "/name")).containsExactly("Latvia", "Lithuania");
		assertThat(agreement.get("status").asString()).isEqualTo("SIGNED");
		assertThat(agreement.at("/claim/field").asString()).isEqualTo("agreements");
		assertThat(agreement.at("/claim/value").asString()).isEqualTo(AGREEMENT);
		assertThat(agreement.at("/claim/sources/0/id").asString()).isEqualTo(REPORT);
		assertThat(agreement.at("/claim/correctedBy/0/id").asString()).isEqualTo(CORRECTION);
		// an article that withdraws no agreement lists none
		assertThat(
				api().query("{ node(id: \"%s\") { ... on Article { withdrawnAgreements { id } } } }".formatted(REPORT))
					.at("/node/withdrawnAgreements"))
			.isEmpty();
	}

	@Test
	void wordsAboutTheAgreementKeepItAsAWithdrawnClaim() throws Exception {
		JsonNode words = api().query("""
				{ statements { nodes { agreement { id } sources { article { id } }
				    claims { field value node { id } correctedBy { id } } } } }""").at("/statements/nodes/0");
		JsonNode claim = words.get("claims").get(0);
		assertThat(claim.get("field").asString()).isEqualTo("agreement");
		assertThat(claim.get("value").asString()).isEqualTo(AGREEMENT);
		assertThat(claim.get("node").isNull()).isTrue();
		assertThat(HttpApi.texts(claim.get("correctedBy"), "/id")).containsExactly(CORRECTION);
	}

	@Test
	void theArticlesDownloadsListWhatTheCorrectionWithdrew() throws Exception {
		List<CSVRecord> rows;
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(api().ok("/data/articles.csv")))) {
			rows = parser.getRecords();
		}
		int column = rows.get(0).toList().indexOf("withdrawn_facts");
		// before the last column, corrected_by_article_ids
		assertThat(column).isEqualTo(rows.get(0).size() - 2);
		JsonNode withdrawn = rows.stream()
			.filter((row) -> row.get(0).equals(CORRECTION))
			.map((row) -> HttpApi.JSON.readTree(row.get(column)))
			.findFirst()
			.orElseThrow();
		assertThat(withdrawn.get(0).toString()).isEqualTo("{\"field\":\"agreements\",\"value\":\"" + AGREEMENT
				+ "\",\"name\":\"Latvian-Lithuanian agreement on joint ammunition purchases\",\"sourceIds\":[\""
				+ REPORT + "\"],\"correctedBy\":[\"" + CORRECTION + "\"],\"kind\":\"AGREEMENT\",\"signedOn\":"
				+ "\"2025-10-14\",\"signedOnPrecision\":\"DAY\",\"signedIn\":\"Riga\",\"partyIds\":[\""
				+ NodeId.of("Country", "LV") + "\",\"" + NodeId.of("Country", "LT")
				+ "\"],\"parties\":[\"Latvia\",\"Lithuania\"],\"status\":\"SIGNED\"}");
		// a fact other than an agreement has none of them
		assertThat(withdrawn.get(1).has("parties")).isFalse();
		assertThat(withdrawn).hasSize(7);
		assertThat(rows.stream().filter((row) -> !row.get(0).equals(CORRECTION) && rows.indexOf(row) > 0))
			.allSatisfy((row) -> assertThat(row.get(column)).isEmpty());
		// the JSON download carries the same, with the words of the report and of the
		// correction; an article that withdraws none lists none
		JsonNode articles = HttpApi.JSON.readTree(api().ok("/data/articles.json"));
		for (JsonNode article : articles) {
			JsonNode facts = article.get("withdraws");
			if (article.get("id").asString().equals(CORRECTION)) {
				assertThat(facts.get(0).get("value").asString()).isEqualTo(AGREEMENT);
				assertThat(HttpApi.texts(facts.get(0).get("evidence"), "/articleId")).containsExactly(REPORT,
						CORRECTION);
				JsonNode agreement = facts.get(0).get("agreement");
				assertThat(agreement.get("signedOn").asString()).isEqualTo("2025-10-14");
				assertThat(HttpApi.texts(agreement.get("parties"), "")).containsExactly("Latvia", "Lithuania");
			}
			else {
				assertThat(facts).isEmpty();
			}
		}
	}

	@Test
	void theReportsSourceViewLabelsTheWithdrawnAgreementsWords() throws Exception {
		String report = api().html("/articles/linden-wire-2025-10-14");
		assertThat(report).contains("Latvian-Lithuanian agreement on joint ammunition purchases [corrected by a "
				+ "later article: this agreement is withdrawn whole]");
		assertThat(report).contains("Give 2 million euros to a fund that clears mines in Ukraine [corrected by a "
				+ "later article: this commitment is withdrawn whole]");
		// the correction's words say what they withdraw
		assertThat(api().html("/articles/linden-wire-2025-10-15-correction"))
			.contains("withdraws agreement lv-lt-ammunition: Latvian-Lithuanian agreement on joint ammunition "
					+ "purchases");
	}

}
