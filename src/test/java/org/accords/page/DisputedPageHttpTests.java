package org.accords.page;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

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
 * A fact whose sources contradict each other says so wherever it is shown, not only over
 * GraphQL: its page (HTML and JSON) lists each competing value with the publishers that
 * give it, linked to their words, and the values a correction withdrew, marked withdrawn;
 * its card carries a visible "Sources differ" line; the source view labels each report's
 * words with what it gives and what the others give. An undisputed fact's page, card and
 * JSON are as they were. Invented reports: {@code dispute-fixtures} (two publishers give
 * one pledge different sums and quote one spokeswoman in different words),
 * {@code correction-fixtures} (a publisher corrects its own figure) and
 * {@code corpus-fixtures} (sources name different signers; a curator marks a statement as
 * contradicted by another).
 */
@GeneratedCorpusTest
class DisputedPageHttpTests {

	private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

	private static final String PLEDGE = NodeId.of("Commitment", "fi-demining-robots");

	private static final String SKERRY = NodeId.of("Article", "skerry-wire-2025-09-08");

	private static final String FEN = NodeId.of("Article", "fen-courier-2025-09-09");

	@LocalServerPort
	int port;

	@Autowired
	SeedLoader loader;

	private HttpApi load(String fixtures) {
		this.loader.load("classpath:" + fixtures + "/");
		return new HttpApi(this.port);
	}

	@Test
	void aDisputedSumsPageListsEachValueWithThePublishersThatGiveIt() throws Exception {
		HttpApi api = load("dispute-fixtures");
		String page = api.html("/commitments/fi-demining-robots");
		assertThat(page).contains("<section class=\"differ\" id=\"sources-differ\"><h2>Sources differ</h2>",
				"The sources of this commitment do not agree.",
				"<li>amount: <strong>40000000 EUR</strong> <span class=\"status\">competing, served</span> — given by "
						+ "Skerry Wire (test fixture), 2025-09-08 (<a href=\"http://localhost:8080/articles/" + SKERRY
						+ "?fact=" + PLEDGE + "#fact\"",
				"<li>amount: <strong>48000000 EUR</strong> <span class=\"status\">competing</span> — given by "
						+ "Fen Courier (test fixture), 2025-09-09 (<a href=\"http://localhost:8080/articles/" + FEN
						+ "?fact=" + PLEDGE + "#fact\"");
		// before the sources, so that the served figure is not read alone
		assertThat(page.indexOf("Sources differ")).isLessThan(page.indexOf("<h2>Sources</h2>"));

		JsonNode json = HttpApi.JSON.readTree(api.get("/commitments/fi-demining-robots", "application/json").body());
		JsonNode dispute = json.get("dispute");
		assertThat(dispute.get("disputed").asBoolean()).isTrue();
		assertThat(dispute.get("competingValues").asInt()).isEqualTo(2);
		assertThat(HttpApi.texts(dispute.get("values"), "/value")).containsExactly("40000000 EUR", "48000000 EUR");
		assertThat(HttpApi.texts(dispute.get("values"), "/field")).containsOnly("amount");
		assertThat(HttpApi.texts(dispute.get("values"), "/withdrawn")).containsOnly("false");
		assertThat(dispute.at("/values/1/sources/0/id").asString()).isEqualTo(FEN);
		assertThat(dispute.at("/values/1/sources/0/publisher").asString()).isEqualTo("Fen Courier (test fixture)");
		assertThat(dispute.at("/values/1/sources/0/sourceView").asString())
			.isEqualTo("http://localhost:8080/articles/" + FEN + "?fact=" + PLEDGE + "#fact");
		assertThat(dispute.at("/values/1/correctedBy")).isEmpty();
	}

	/**
	 * The page says which competing value its fields show: the first reported (Skerry
	 * Wire's 40 million), marked served in the HTML and {@code "served": true} in the
	 * JSON; the other is not.
	 */
	@Test
	void aDisputedPageMarksTheValueItsFieldsShow() throws Exception {
		HttpApi api = load("dispute-fixtures");
		String page = api.html("/commitments/fi-demining-robots");
		assertThat(page).contains(
				"<li>amount: <strong>40000000 EUR</strong> <span class=\"status\">competing, served</span> — given by",
				"<li>amount: <strong>48000000 EUR</strong> <span class=\"status\">competing</span> — given by",
				"the value marked served is the one this commitment&#39;s fields show: of a field&#39;s values, "
						+ "the first reported, unless a later report gives it more precisely):");
		// a sum has no change's days: the page does not speak of them
		assertThat(page).doesNotContain("the earliest");
		JsonNode dispute = HttpApi.JSON.readTree(api.get("/commitments/fi-demining-robots", "application/json").body())
			.get("dispute");
		JsonNode values = dispute.get("values");
		assertThat(HttpApi.texts(values, "/served")).containsExactly("true", "false");
		// the JSON gives the rule in the words the page's intro gives it, for a portal to
		// say the same
		assertThat(dispute.get("servedRules").valueStream().map(JsonNode::asString))
			.containsExactly("of a field's values, the first reported, unless a later report gives it more precisely");
		// a quote worded two ways serves its first wording
		JsonNode quote = HttpApi.JSON.readTree(api.get("/statements/laakso-fields", "application/json").body())
			.at("/dispute/values");
		assertThat(HttpApi.texts(quote, "/served")).containsExactly("true", "false");
		// a figure its publisher corrected: the withdrawn value is not served
		JsonNode corrected = HttpApi.JSON
			.readTree(load("correction-fixtures").get("/agreements/baltic-interceptor-fund", "application/json").body())
			.at("/dispute/values");
		assertThat(HttpApi.texts(corrected, "/withdrawn")).containsOnly("true");
		assertThat(HttpApi.texts(corrected, "/served")).containsOnly("false");
		// no value competes: no rule chose among them
		assertThat(HttpApi.JSON
			.readTree(load("correction-fixtures").get("/agreements/baltic-interceptor-fund", "application/json").body())
			.at("/dispute/servedRules")).isEmpty();
	}

	/**
	 * A suspension two reports date on different days serves the earliest, not the first
	 * reported: the page says so, and not the first-reported rule, which its values do
	 * not follow. The later report (Dnipro Desk's Tuesday) is read first here, so that
	 * the earliest day is not also the first reported.
	 */
	@Test
	void aDisputedSuspensionsPageSaysItsEarliestDayIsServed(@TempDir Path folder) throws Exception {
		SeedFixture.programmeEvent(folder, "a-dnipro-desk", "2026-03-12", "suspended", "on Tuesday", "SUSPENDED",
				"Tuesday");
		SeedFixture.programmeEvent(folder, "b-baltic-ledger", "2026-03-10", "suspended", "on Monday", "SUSPENDED",
				"Monday");
		this.loader.load(folder.toUri().toString());
		HttpApi api = new HttpApi(this.port);
		String page = api.html("/agreements/shell-production-programme");
		assertThat(page).contains("The sources of this agreement do not agree.",
				"the value marked served is the one this agreement&#39;s fields show: of the days sources give one "
						+ "change (a leaving, rejoining, suspension, resumption, termination or expiry), the earliest):",
				"<li>events: <strong>SUSPENDED 2026-03-09</strong> <span class=\"status\">competing, served</span>",
				"<li>events: <strong>SUSPENDED 2026-03-10</strong> <span class=\"status\">competing</span>");
		assertThat(page).doesNotContain("the first reported");
		JsonNode dispute = HttpApi.JSON
			.readTree(api.get("/agreements/shell-production-programme", "application/json").body())
			.get("dispute");
		assertThat(dispute.get("servedRules").valueStream().map(JsonNode::asString))
			.containsExactly("of the days sources give one change (a leaving, rejoining, suspension, resumption, "
					+ "termination or expiry), the earliest");
		JsonNode values = dispute.get("values");
		assertThat(HttpApi.texts(values, "/value")).containsExactlyInAnyOrder("SUSPENDED 2026-03-09",
				"SUSPENDED 2026-03-10");
		for (JsonNode value : values) {
			assertThat(value.get("served").asBoolean()).isEqualTo(value.get("value").asString().endsWith("03-09"));
		}
	}

	@Test
	void aDisputedFactsCardSaysSourcesDifferAndHowManyValuesCompete() throws Exception {
		HttpApi api = load("dispute-fixtures");
		for (String theme : new String[] { "light", "dark" }) {
			String card = api.html("/embed/commitment/fi-demining-robots?theme=" + theme);
			assertThat(card).contains(
					"<p class=\"differ\"><strong>Sources differ</strong>: 2 competing values (see Details)</p>",
					".differ{");
		}
		// a quote worded two ways: the quote's card says so under its byline
		String quote = api.html("/embed/statement/laakso-fields");
		assertThat(quote.indexOf("Sources differ")).isGreaterThan(quote.indexOf("<p class=\"by\">"));
		JsonNode json = HttpApi.JSON.readTree(api.get("/statements/laakso-fields", "application/json").body());
		assertThat(HttpApi.texts(json.at("/dispute/values"), "/field")).containsOnly("text");
	}

	@Test
	void anUndisputedFactsPageCardAndJsonAreAsTheyWere() throws Exception {
		HttpApi api = load("dispute-fixtures");
		// one source, nothing corrected
		String path = "/people/aino-laakso";
		assertThat(api.html(path)).doesNotContain("Sources differ", "sources-differ", "class=\"differ\"", ".differ{");
		assertThat(api.html("/embed/person/aino-laakso")).doesNotContain("Sources differ", "differ");
		assertThat(HttpApi.JSON.readTree(api.get(path, "application/json").body()).has("dispute")).isFalse();
	}

	@Test
	void aCorrectedFigureIsListedAsWithdrawnByItsCorrectionAndTheCardSaysNothing() throws Exception {
		HttpApi api = load("correction-fixtures");
		String correction = NodeId.of("Article", "amber-wire-2025-06-03-correction");
		String page = api.html("/agreements/baltic-interceptor-fund");
		assertThat(page)
			.contains("<h2>Corrected by its publisher</h2>",
					"<li>value: <strong>120000000 EUR</strong> <span class=\"status\">withdrawn</span> — given by "
							+ "Amber Wire (test fixture), 2025-06-02",
					"; withdrawn by Amber Wire (test fixture), 2025-06-03 (<a href=\"http://localhost:8080/articles/"
							+ correction + "\"")
			.doesNotContain("<h2>Sources differ</h2>");
		JsonNode dispute = HttpApi.JSON
			.readTree(api.get("/agreements/baltic-interceptor-fund", "application/json").body())
			.get("dispute");
		assertThat(dispute.get("disputed").asBoolean()).isFalse();
		assertThat(dispute.get("competingValues").asInt()).isZero();
		assertThat(dispute.at("/values/0/withdrawn").asBoolean()).isTrue();
		assertThat(dispute.at("/values/0/correctedBy/0/id").asString()).isEqualTo(correction);
		// the publisher settled it: the card shows the corrected figure, no dispute
		assertThat(api.html("/embed/agreement/baltic-interceptor-fund")).doesNotContain("Sources differ");
	}

	@Test
	void aSignerNamedDifferentlyReadsAsTheirNamesAndAContradictedQuoteLinksTheOther() throws Exception {
		HttpApi api = load("corpus-fixtures");
		String page = api.html("/signatories/signer-for-lithuania");
		assertThat(page).contains("<li>person: <strong>Jonas Petraitis</strong>",
				"<li>person: <strong>Rūta Vaitkutė</strong>",
				"Curator's note: Dnipro Daily names Vaitkutė; the other two reports name Petraitis.");
		assertThat(api.html("/embed/signatory/signer-for-lithuania")).contains("2 competing values");
		// disputed by the curator's contradicts alone: no competing value, the other fact
		// linked
		String contradicted = api.html("/statements/umerov-summer-boats");
		assertThat(contradicted).contains("<h2>Sources differ</h2>",
				"<p>A curator marks another report as contradicting this statement.</p>\n<p>Contradicted by the statement <a href=\"",
				"/statements/" + NodeId.of("Statement", "umjerov-boats-at-sea") + "\"");
		assertThat(api.html("/embed/statement/umerov-summer-boats"))
			.contains("<strong>Sources differ</strong>: another report contradicts it");
	}

	@Test
	void theSourceViewLabelsEachReportsWordsWithWhatItAndTheOthersGive() throws Exception {
		HttpApi api = load("dispute-fixtures");
		JsonNode spans = HttpApi.JSON.readTree(api.get("/articles/" + FEN, "application/json").body()).get("spans");
		assertThat(HttpApi.texts(spans, "/label")).contains("Pay for mine-clearing robots for Ukraine (UNDERTAKEN)"
				+ " [sources differ on amount: this article gives 48000000 EUR, others 40000000 EUR]");
		String html = api.html("/articles/" + FEN);
		assertThat(html).contains("[sources differ on amount: this article gives 48000000 EUR, others 40000000 EUR]");
	}

	@Test
	void aDisputedPageIsTheSameBytesUnderTheSameTagUntilTheDataChanges() throws Exception {
		HttpApi api = load("dispute-fixtures");
		HttpResponse<String> first = api.get("/commitments/fi-demining-robots", BROWSER);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		// loading the same files again publishes nothing: same version, same bytes
		HttpResponse<String> again = load("dispute-fixtures").get("/commitments/fi-demining-robots", BROWSER);
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		assertThat(again.body()).isEqualTo(first.body());
		HttpResponse<String> revalidated = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/commitments/fi-demining-robots"))
				.header("Accept", BROWSER)
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(revalidated.statusCode()).isEqualTo(304);
	}

}
