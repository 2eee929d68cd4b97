package org.accords.page;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.accords.store.FactStore;
import org.accords.store.StoreCommands;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fact a correction withdrew whole is not served, but its address is not an unknown
 * one: the page (HTML and JSON), the card and oEmbed of an agreement, a signatory or a
 * commitment that Linden Wire's correction withdrew (invented fixtures under
 * {@code src/test/resources/agreement-withdrawal-fixtures}) answer {@code 410 Gone},
 * saying what it was and which correction withdrew it, each in its own form and kept by
 * no cache, as a 404 is; an id never seen stays a 404.
 */
@GeneratedCorpusTest(fixtures = "classpath:agreement-withdrawal-fixtures/")
class WithdrawnPageHttpTests {

	private static final String CORRECTION = NodeId.of("Article", "linden-wire-2025-10-15-correction");

	private static final String AGREEMENT = NodeId.of("Agreement", "lv-lt-ammunition");

	private static final String TITLE = "Latvian-Lithuanian agreement on joint ammunition purchases";

	private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

	/** What the report said of the agreement, as the page and card say it. */
	private static final String REPORTED = "As reported: Latvia, Lithuania; signed 2025-10-14 in Riga.";

	@LocalServerPort
	int port;

	@Autowired
	FactStore store;

	@Autowired
	StoreCommands commands;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	private static void noStore(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void aWithdrawnAgreementsPageSaysItWasWithdrawnAndByWhom() throws Exception {
		// by its curated id and by its node id alike
		for (String id : new String[] { "lv-lt-ammunition", AGREEMENT }) {
			HttpResponse<String> page = api().get("/agreements/" + id, BROWSER);
			assertThat(page.statusCode()).as(id).isEqualTo(410);
			noStore(page);
			assertThat(page.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(PageController.PAGE_POLICY);
			assertThat(page.body()).contains("<title>Withdrawn: " + TITLE + " · Accords</title>",
					"agreement · withdrawn", "<h1>" + TITLE + "</h1>", REPORTED,
					"This agreement was reported, then withdrawn by a correction:",
					"Linden Wire (test fixture), 2025-10-15", "/articles/" + CORRECTION + "\"", AGREEMENT);
		}
	}

	@Test
	void itsJsonSaysTheSame() throws Exception {
		HttpResponse<String> json = api().get("/agreements/lv-lt-ammunition", "application/json");
		assertThat(json.statusCode()).isEqualTo(410);
		noStore(json);
		JsonNode body = HttpApi.JSON.readTree(json.body());
		assertThat(body.get("status").asInt()).isEqualTo(410);
		assertThat(body.get("error").asString()).startsWith("This agreement, '" + TITLE
				+ "', was reported, then withdrawn by a correction of Linden Wire (test fixture) on 2025-10-15 (");
		JsonNode withdrawn = body.get("withdrawn");
		assertThat(withdrawn.get("id").asString()).isEqualTo(AGREEMENT);
		assertThat(withdrawn.get("type").asString()).isEqualTo("Agreement");
		assertThat(withdrawn.get("label").asString()).isEqualTo(TITLE);
		// what the report said of it, so that a reader can tell which agreement it was
		assertThat(withdrawn.get("kind").asString()).isEqualTo("AGREEMENT");
		assertThat(withdrawn.get("signedOn").asString()).isEqualTo("2025-10-14");
		assertThat(withdrawn.get("signedOnPrecision").asString()).isEqualTo("DAY");
		assertThat(withdrawn.get("signedIn").asString()).isEqualTo("Riga");
		assertThat(HttpApi.texts(withdrawn.get("parties"), "")).containsExactly("Latvia", "Lithuania");
		assertThat(HttpApi.texts(withdrawn.get("partyIds"), "")).containsExactly(NodeId.of("Country", "LV"),
				NodeId.of("Country", "LT"));
		assertThat(withdrawn.get("status").asString()).isEqualTo("SIGNED");
		JsonNode by = withdrawn.get("withdrawnBy");
		assertThat(by).hasSize(1);
		assertThat(by.get(0).get("id").asString()).isEqualTo(CORRECTION);
		assertThat(by.get(0).get("publisher").asString()).isEqualTo("Linden Wire (test fixture)");
		assertThat(by.get(0).get("publishedOn").asString()).isEqualTo("2025-10-15");
		assertThat(by.get(0).get("sourceView").asString()).endsWith("/articles/" + CORRECTION);
	}

	@Test
	void itsCardSaysSoWithinThePortalsFrame() throws Exception {
		for (String theme : new String[] { "light", "dark" }) {
			HttpResponse<String> card = api().get("/embed/agreement/lv-lt-ammunition?theme=" + theme, BROWSER);
			assertThat(card.statusCode()).as(theme).isEqualTo(410);
			noStore(card);
			// the card's own policy, so that the portal's frame shows it
			assertThat(card.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(csp) -> assertThat(csp).isNotEqualTo(PageController.PAGE_POLICY).contains("frame-ancestors"));
			assertThat(card.body()).contains("<meta name=\"color-scheme\" content=\"" + theme + "\">",
					"<h1>" + TITLE + "</h1>", REPORTED, "Linden Wire (test fixture), 2025-10-15",
					"/articles/" + CORRECTION + "\"");
		}
		// the same policy as the card of a fact still served
		assertThat(
				api().get("/embed/agreement/lv-lt-ammunition", BROWSER).headers().firstValue("Content-Security-Policy"))
			.isEqualTo(api().get("/embed/agreement/nothing-of-the-kind", BROWSER)
				.headers()
				.firstValue("Content-Security-Policy"));
	}

	@Test
	void oEmbedOfItsAddressIsGoneToo() throws Exception {
		for (String url : new String[] { "http://localhost:8080/agreements/lv-lt-ammunition",
				"http://localhost:8080/embed/agreement/" + AGREEMENT + "?theme=dark" }) {
			HttpResponse<String> oembed = api()
				.get("/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&format=json");
			assertThat(oembed.statusCode()).as(url).isEqualTo(410);
			noStore(oembed);
			JsonNode body = HttpApi.JSON.readTree(oembed.body());
			assertThat(body.at("/withdrawn/id").asString()).isEqualTo(AGREEMENT);
			assertThat(body.at("/withdrawn/withdrawnBy/0/id").asString()).isEqualTo(CORRECTION);
		}
	}

	@Test
	void whatWentWithTheAgreementAndAPledgeNamedAloneAreGoneToo() throws Exception {
		// a signatory has no name of its own on the correction: its curated id
		HttpResponse<String> signatory = api().get("/signatories/signer-for-latvia", "application/json");
		assertThat(signatory.statusCode()).isEqualTo(410);
		JsonNode signer = HttpApi.JSON.readTree(signatory.body()).get("withdrawn");
		assertThat(signer.get("label").asString()).isEqualTo("signer-for-latvia");
		// only an agreement's record keeps parties and dates
		assertThat(signer.has("parties")).isFalse();
		assertThat(signer.has("signedOn")).isFalse();
		HttpResponse<String> pledge = api().get("/embed/commitment/lv-demining-fund", BROWSER);
		assertThat(pledge.statusCode()).isEqualTo(410);
		assertThat(pledge.body()).contains("commitment · withdrawn", "This commitment was reported")
			.doesNotContain("As reported:");
	}

	@Test
	void readByItsVersionTheCorrectionsLinkKeepsIt() throws Exception {
		String version = api().query("{ dataset { version } }").at("/dataset/version").asString();
		HttpResponse<String> json = api().get("/agreements/lv-lt-ammunition?version=" + version, "application/json");
		assertThat(json.statusCode()).isEqualTo(410);
		assertThat(HttpApi.JSON.readTree(json.body()).at("/withdrawn/withdrawnBy/0/sourceView").asString())
			.endsWith("/articles/" + CORRECTION + "?version=" + version);
	}

	/**
	 * The corrections that withdrew facts whole are found by the source view's one query
	 * per version, which the store's cache keeps: the answers of every withdrawn fact and
	 * of every unknown id, and the source views, send it once between them.
	 */
	@Test
	void theWithdrawalsAreFoundByOneQueryPerVersion() throws Exception {
		this.store.clearCache();
		this.commands.clear();
		assertThat(api().get("/agreements/lv-lt-ammunition", "application/json").statusCode()).isEqualTo(410);
		assertThat(api().get("/embed/signatory/signer-for-latvia", BROWSER).statusCode()).isEqualTo(410);
		assertThat(api().get("/commitments/lv-demining-fund", BROWSER).statusCode()).isEqualTo(410);
		assertThat(api().get("/people/nobody-of-the-kind", BROWSER).statusCode()).isEqualTo(404);
		api().html("/articles/linden-wire-2025-10-14");
		api().html("/articles/linden-wire-2025-10-15-correction");
		assertThat(this.commands.names()).filteredOn((command) -> command.contains("withdraws.evidence.articleId"))
			.hasSize(1);
	}

	@Test
	void anIdNeverSeenIsStillNotFound() throws Exception {
		assertThat(api().get("/agreements/nothing-of-the-kind", BROWSER).statusCode()).isEqualTo(404);
		assertThat(api().get("/embed/agreement/nothing-of-the-kind", BROWSER).statusCode()).isEqualTo(404);
		assertThat(api().get("/statements/nothing-of-the-kind", "application/json").statusCode()).isEqualTo(404);
		// the withdrawn agreement's id under another type is no agreement of that type
		assertThat(api().get("/people/" + AGREEMENT, BROWSER).statusCode()).isEqualTo(404);
		// a fact the correction left standing is served
		String words = api().query("{ statements { nodes { id } } }").at("/statements/nodes/0/id").asString();
		assertThat(api().get("/statements/" + words, BROWSER).statusCode()).isEqualTo(200);
	}

}
