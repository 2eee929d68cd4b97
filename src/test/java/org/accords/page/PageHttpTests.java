package org.accords.page;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.HttpApi;
import org.accords.QuickTier;
import org.accords.http.Release;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages, cards and oEmbed over HTTP: facts, sources and JSON-LD on the page, JSON by
 * {@code Accept}, the card's content, theme, policy and ETag, and escaping of the test
 * article's markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(QuickTier.STARTS_APPLICATION)
class PageHttpTests extends PageSeed {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PUBLIC = PUBLIC_URL;

	static final String TAMM = NodeId.of("Statement", "tamm-share-sites");

	static final String RADAR = NodeId.of("Agreement", "ee-fi-radar-loi");

	static final String FUNDS = NodeId.of("Commitment", "fi-funds-half");

	/** oEmbed's answer for the statement's page, revalidated as the card it frames. */
	static final String OEMBED = "/oembed?url="
			+ URLEncoder.encode(PUBLIC + "/statements/" + TAMM, StandardCharsets.UTF_8);

	static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	final HttpClient http = HttpClient.newHttpClient();

	static JsonNode jsonLd(String html) {
		Matcher matcher = JSON_LD.matcher(html);
		assertThat(matcher.find()).as("JSON-LD script in the page").isTrue();
		return JSON.readTree(matcher.group(1));
	}

	@Test
	void statementPageShowsTheQuoteSpeakerSourcesAndQuotationJsonLd() throws Exception {
		String page = api().html("/statements/" + TAMM);
		assertThat(page)
			.contains("We will share the sites and the data &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.contains("Kaarel Tamm, Defence Minister")
			.contains("href=\"" + PUBLIC + "/people/" + NodeId.of("Person", "kaarel-tamm") + "\"")
			.contains(PUBLIC + "/articles/" + TEST_ARTICLE_ID + "?fact=" + TAMM + "#fact")
			.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + PUBLIC + "/oembed?url="
					+ URLEncoder.encode(PUBLIC + "/statements/" + TAMM, StandardCharsets.UTF_8) + "&amp;format=json\"")
			.contains("<textarea readonly")
			.contains("&lt;iframe src=&quot;" + PUBLIC + "/embed/statement/" + TAMM);
		JsonNode ld = jsonLd(page);
		assertThat(ld.get("@type").asString()).isEqualTo("Quotation");
		assertThat(ld.get("text").asString()).contains("<script>alert('x')</script>");
		assertThat(ld.get("spokenByCharacter").get("name").asString()).isEqualTo("Kaarel Tamm");
		assertThat(ld.get("creator").get("jobTitle").asString()).isEqualTo("Defence Minister");
		assertThat(ld.get("isBasedOn").get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(ld.get("isBasedOn").get("publisher").get("name").asString()).isEqualTo("Baltic Wire & <b>Co</b>");
		assertThat(ld.get("isBasedOn").get("url").asString()).isEqualTo("https://example.org/news/radar?a=1&b=<2>");
	}

	/**
	 * Every answer says {@code nosniff}, not only errors: a card, a page, a download and
	 * GraphQL's answer, each a 200, are read as the type they say they are.
	 */
	@Test
	void everyAnswerNotOnlyAnErrorSaysNosniff() throws Exception {
		HttpResponse<String> graphql = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ statements { totalCount } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(graphql.statusCode()).isEqualTo(200);
		assertThat(graphql.headers().allValues("X-Content-Type-Options")).as("/graphql").containsExactly("nosniff");
		for (String path : new String[] { "/embed/statement/" + TAMM, "/statements/" + TAMM, "/data/statements.csv" }) {
			HttpResponse<String> answer = api().get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
		}
	}

	@Test
	void markupInTheDataNeverReachesThePageOrCardAsMarkup() throws Exception {
		for (String path : new String[] { "/statements/" + TAMM, "/embed/statement/" + TAMM, "/agreements/" + RADAR,
				"/embed/agreement/" + RADAR }) {
			String body = api().html(path);
			assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<b>Co</b>").doesNotContain("<2>");
			// the only script is the inert JSON-LD one
			assertThat(body.split("<script", -1).length - 1).as(path).isLessThanOrEqualTo(1);
		}
	}

	@Test
	void agreementPageListsPartiesAreasAndSignatoriesWithPartiesInJsonLd() throws Exception {
		String page = api().html("/agreements/" + RADAR);
		assertThat(page).contains("Estonia–Finland letter of intent on coastal radar stations")
			.contains(">Estonia</a>")
			.contains(">Finland</a>")
			.contains(">coastal radar stations</a>")
			.contains("Ministry of Defence of Finland for Finland");
		JsonNode ld = jsonLd(page);
		assertThat(ld.get("name").asString()).isEqualTo("Estonia–Finland letter of intent on coastal radar stations");
		assertThat(ld.get("author").findValuesAsString("name")).containsExactly("Estonia", "Finland");
	}

	@Test
	void pageAnswersJsonWhenAsked() throws Exception {
		HttpResponse<String> response = api().get("/commitments/" + FUNDS, "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("id").asString()).isEqualTo(FUNDS);
		assertThat(body.get("type").asString()).isEqualTo("Commitment");
		assertThat(body.get("facts").findValuesAsString("name")).contains("What", "Who", "For whom", "Status");
		assertThat(body.get("sources").get(0).get("excerpt").asString())
			.isEqualTo("which agreed to fund half of the first station");
		assertThat(body.get("embedUrl").asString()).isEqualTo(PUBLIC + "/embed/commitment/" + FUNDS);
		assertThat(body.get("attribution").asString())
			.startsWith("Data: Accords, version " + body.get("datasetVersion").asString() + ", CC BY 4.0 · Source: ");
	}

	@Test
	void aSignatoryAndAPostAreLabelledByWhoHoldsThem() throws Exception {
		// pages, cards, oEmbed titles, changes { label } and the feeds said "Signatory"
		// and
		// "Defence Minister": a feed reader saw four entries called "Signatory"
		String signatory = NodeId.of("Signatory", "fi-mod-signs");
		JsonNode page = JSON.readTree(api().get("/signatories/" + signatory, "application/json").body());
		assertThat(page.get("label").asString()).isEqualTo("Ministry of Defence of Finland for Finland");
		assertThat(api().html("/signatories/" + signatory))
			.contains("<title>Ministry of Defence of Finland for Finland · Accords</title>");
		String post = api().query("{ people(filter: { name: \"tamm\" }) { edges { node { posts { id } } } } }")
			.at("/people/edges/0/node/posts/0/id")
			.asString();
		JsonNode postPage = JSON.readTree(api().get("/posts/" + post, "application/json").body());
		assertThat(postPage.get("label").asString()).isEqualTo("Kaarel Tamm, Defence Minister");
		// a post's words are marked as its person's on the source view
		assertThat(postPage.get("sources").findValuesAsString("sourceView")).isNotEmpty()
			.allSatisfy((url) -> assertThat(url).endsWith("?fact="
					+ URLEncoder.encode(NodeId.of("Person", "kaarel-tamm"), StandardCharsets.UTF_8) + "#fact"));
		JsonNode changes = api().query("{ changes(since: \"2000-01-01\", first: 100) { nodes { id label } } }")
			.at("/changes/nodes");
		assertThat(changes.findValuesAsString("label"))
			.contains("Ministry of Defence of Finland for Finland", "Kaarel Tamm, Defence Minister")
			.doesNotContain("Signatory");
	}

	/**
	 * A card's address that finds no card is answered with the card's framing policy, so
	 * that a portal's frame shows the message rather than the browser's refusal.
	 */
	@Test
	void aCardsErrorsMayBeFramedAsTheCardIs() throws Exception {
		String policy = api().get("/embed/statement/" + TAMM, "text/html")
			.headers()
			.firstValue("Content-Security-Policy")
			.orElseThrow();
		assertThat(policy).endsWith("frame-ancestors *");
		for (String path : new String[] { "/embed/statement/no-such-statement", "/embed/treaty/" + TAMM,
				"/embed/statement/" + TAMM + "?theme=blue", "/embed/statement/" + TAMM + "?version=0000000000000000",
				"/embed/statement", "/embed/statement/" + TAMM + "/more" }) {
			HttpResponse<String> missing = api().get(path, "text/html");
			assertThat(missing.statusCode()).as(path).isIn(400, 404);
			assertThat(missing.headers().firstValue("Content-Security-Policy")).as(path).hasValue(policy);
			assertThat(missing.body()).as(path).startsWith("<!DOCTYPE html>");
		}
		assertThat(api().get("/embed/statement", "text/html").body()).contains("/embed/{type}/{id}");
		assertThat(
				api().get("/statements/no-such-statement", "text/html").headers().firstValue("Content-Security-Policy"))
			.as("a page's error keeps the page's policy")
			.hasValueSatisfying((csp) -> assertThat(csp).doesNotContain("frame-ancestors *"));
	}

	/**
	 * A page's address that finds no page (or names its version wrongly) is answered with
	 * the page's own policy, framing included, as the page would be.
	 */
	@Test
	void aPagesErrorsCarryThePagesPolicy() throws Exception {
		String policy = api().get("/statements/" + TAMM, "text/html")
			.headers()
			.firstValue("Content-Security-Policy")
			.orElseThrow();
		assertThat(policy).contains("frame-ancestors 'self'");
		for (String path : new String[] { "/statements/no-such-statement", "/people/" + TAMM,
				"/statements/" + TAMM + "?version=0000000000000000" }) {
			HttpResponse<String> missing = api().get(path, "text/html");
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertThat(missing.headers().firstValue("Content-Security-Policy")).as(path).hasValue(policy);
			assertThat(missing.body()).as(path).startsWith("<!DOCTYPE html>");
		}
		HttpResponse<String> conflicting = this.http.send(HttpRequest
			.newBuilder(
					URI.create("http://localhost:" + this.port + "/statements/" + TAMM + "?version=0000000000000000"))
			.header("Accept", "text/html")
			.header("Accords-Version", "1111111111111111")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(conflicting.statusCode()).isEqualTo(400);
		assertThat(conflicting.headers().firstValue("Content-Security-Policy")).hasValue(policy);
	}

	/**
	 * A request Spring itself turns down (a method the address does not take) reaches
	 * Spring Boot's error page, not the page's handler: that page too carries a
	 * restrictive policy and {@code nosniff}, framed by no one, or under {@code /embed/}
	 * as the card is.
	 */
	@Test
	void theGenericErrorPageCarriesARestrictivePolicy() throws Exception {
		String card = api().get("/embed/statement/" + TAMM, "text/html")
			.headers()
			.firstValue("Content-Security-Policy")
			.orElseThrow();
		for (String path : new String[] { "/statements/" + TAMM, "/embed/statement/" + TAMM,
				"/articles/" + TEST_ARTICLE_ID, "/articles", "/no-such-address" }) {
			for (String accept : new String[] { "text/html", "application/json" }) {
				HttpResponse<String> refused = this.http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
						.header("Accept", accept)
						.DELETE()
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(refused.statusCode()).as(path).isIn(404, 405);
				assertThat(refused.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
				assertThat(refused.headers().firstValue("Content-Security-Policy")).as(path)
					.hasValue(path.startsWith("/embed/") ? card
							: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
									+ "form-action 'none'; frame-ancestors 'none'");
			}
		}
	}

	/**
	 * An error of a page, a card, the source view or the generic error page says it may
	 * be kept by no cache: a CDN in front of a portal would otherwise keep an unknown
	 * id's {@code 404} by its own heuristics (an hour, for some) past the publication
	 * that adds it, hand a {@code 503} to everyone, or an HTML error to a program that
	 * asked for JSON at the same address.
	 */
	@Test
	void errorsAreKeptByNoCache() throws Exception {
		for (String path : new String[] { "/statements/no-such-statement", "/people/" + TAMM,
				"/statements/" + TAMM + "?version=0000000000000000", "/embed/statement/no-such-statement",
				"/embed/treaty/" + TAMM, "/embed/statement/" + TAMM + "?theme=blue", "/embed/statement",
				"/articles/no-such-article", "/articles?page=second", "/no-such-address", "/statements/" }) {
			for (String accept : new String[] { "text/html", "application/json" }) {
				HttpResponse<String> missing = api().get(path, accept);
				assertThat(missing.statusCode()).as(path + " " + accept).isIn(400, 404);
				assertThat(missing.headers().firstValue("Cache-Control")).as(path + " " + accept).hasValue("no-store");
			}
		}
		HttpResponse<String> refused = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/embed/statement/" + TAMM))
				.DELETE()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(405);
		assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	/**
	 * An address Tomcat turns down before Spring sees it (a {@code %} that encodes
	 * nothing, as a portal's template may leave in an id) is answered with the headers of
	 * the generic error page, as is a request whose headers are over its 8 KB: a
	 * restrictive policy (a card's under {@code /embed/}, so the portal's frame shows
	 * it), {@code nosniff}, and kept by no cache.
	 */
	@Test
	void anAddressTomcatRefusesCarriesTheErrorPagesHeaders() throws Exception {
		String card = api().get("/embed/statement/" + TAMM, "text/html")
			.headers()
			.firstValue("Content-Security-Policy")
			.orElseThrow();
		// an address it cannot decode, and headers over its 8 KB
		String huge = "X-Filler: " + "a".repeat(9000) + "\r\n";
		for (String[] request : new String[][] { { "/statements/%", "" }, { "/embed/statement/%zz", "" },
				{ "/embed/statement/" + TAMM, huge } }) {
			String path = request[0];
			String answer = raw(path, request[1]).toLowerCase(java.util.Locale.ROOT);
			assertThat(answer).as(path).startsWith("http/1.1 400");
			String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
			assertThat(head).as(path)
				.contains("\r\ncontent-security-policy: "
						+ (path.startsWith("/embed/") ? card.toLowerCase(java.util.Locale.ROOT)
								: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
										+ "form-action 'none'; frame-ancestors 'none'"))
				.contains("\r\nx-content-type-options: nosniff")
				.contains("\r\ncache-control: no-store");
		}
	}

	/** A raw GET asking for a page: {@link HttpApi#raw}. */
	String raw(String path, String headers) throws java.io.IOException {
		return api().raw(path, "Accept: text/html\r\n" + headers);
	}

	@Test
	void curatedIdsReachTheSamePage() throws Exception {
		assertThat(api().html("/statements/tamm-share-sites")).contains("Kaarel Tamm, Defence Minister");
	}

	@Test
	void unknownIdIsNotFoundNamingIt() throws Exception {
		HttpResponse<String> response = api().get("/statements/no-such-statement", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("no-such-statement");
		assertThat(api().get("/embed/treaty/" + TAMM, "text/html").statusCode()).isEqualTo(404);
		HttpResponse<String> page = api().get("/statements/%3Cb%3Eno-such%22", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).startsWith("default-src 'none'"));
		assertThat(page.body()).startsWith("<!DOCTYPE html>")
			.contains("<title>Accords</title>", "&lt;b&gt;no-such&quot;")
			.doesNotContain("<b>");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "statement, Statement, tamm-share-sites, Kaarel Tamm, See it in the source",
			"agreement, Agreement, ee-fi-radar-loi, Finland, coastal radar stations",
			"commitment, Commitment, fi-funds-half, fund half of the first station, undertaken",
			"person, Person, kaarel-tamm, Kaarel Tamm, Defence Minister",
			"organization, Organization, fi-mod, Ministry of Defence of Finland, ministry",
			"cooperation-area, CooperationArea, coastal-radar, coastal radar stations, letter of intent",
			"signatory, Signatory, fi-mod-signs, Ministry of Defence of Finland, Finland",
			"event, Event, kasciunas-visit-kyiv-2024-11, Kasčiūnas’ visit to Kyiv, Agreement signed",
			"post, Post, kaarel-tamm/Defence Minister, Defence Minister, Kaarel Tamm" })
	void cardIsSelfContainedWithItsFactsAndAttribution(String card, String type, String key, String first,
			String second) throws Exception {
		String path = "/embed/" + card + "/" + NodeId.of(type, key);
		HttpResponse<String> response = api().get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		String body = response.body();
		assertThat(body).contains(first).contains(second).contains("CC BY 4.0");
		// nothing to fetch: no scripts, stylesheets, images or fonts from anywhere; its
		// one
		// link is oEmbed's discovery, which a browser does not fetch
		assertThat(body).doesNotContain("<script")
			.doesNotContain("stylesheet")
			.doesNotContain("rel=\"icon")
			.doesNotContain("<img")
			.doesNotContain("url(");
		assertThat(body.replaceFirst("<link rel=\"alternate\" type=\"application/json\\+oembed\" [^>]*>", ""))
			.doesNotContain("<link");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'none'").endsWith("frame-ancestors *"));
		assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
	}

	@Test
	void statementCardHasQuoteSpeakerDateSourceLicenceAndSourceLink() throws Exception {
		String body = api().html("/embed/statement/" + NodeId.of("Statement", "kasciunas-joint-company"));
		assertThat(body).contains("<blockquote>")
			.contains("Laurynas Kasčiūnas, minister")
			.contains("ELTA, 2024-11-05")
			.contains("See it in the source")
			.contains(PUBLIC + "/articles/" + NodeId.of("Article", SEED_ARTICLE) + "?fact=");
	}

	@ParameterizedTest
	@CsvSource({ "/embed/statement/", "/statements/" })
	void theFooterCreditsTheDataAndItsLicenceOnceAndThenTheSource(String path) throws Exception {
		HttpResponse<String> response = api().get(path + NodeId.of("Statement", "kasciunas-joint-company"),
				"text/html");
		String version = response.headers().firstValue("Accords-Version").orElseThrow();
		String foot = response.body().substring(response.body().indexOf("class=\"foot\""));
		// the licence is the curated data's, named once: not after the source, whose
		// words
		// stay with their publisher
		assertThat(foot).contains("Data: Accords, version " + version + ", <a href=\"https://creativecommons.org/")
			.contains(">CC BY 4.0</a> · Source: ELTA, 2024-11-05");
		assertThat(foot.split("CC BY 4.0", -1)).as(foot).hasSize(2);
	}

	@Test
	void cardThemesDifferAndAnUnknownThemeIsRefused() throws Exception {
		String light = api().html("/embed/agreement/" + RADAR + "?theme=light");
		String dark = api().html("/embed/agreement/" + RADAR + "?theme=dark");
		assertThat(light).contains("background:#ffffff").contains("content=\"light\"");
		assertThat(dark).contains("background:#1c1917").contains("content=\"dark\"");
		HttpResponse<String> bad = api().get("/embed/agreement/" + RADAR + "?theme=%3Cx%3E", "text/html");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("theme must be light or dark").doesNotContain("<x>");
	}

	/**
	 * A card's error fills its frame in the theme the card was asked in, as a card does:
	 * a portal with a dark page that frames a card whose id is gone shows the message on
	 * the card's own background, not dark text on its own dark page through a transparent
	 * frame.
	 */
	@Test
	void aCardsErrorIsOpaqueInTheThemeAskedFor() throws Exception {
		HttpResponse<String> dark = api().get("/embed/statement/" + TAMM + "x?theme=dark", "text/html");
		assertThat(dark.statusCode()).isEqualTo(404);
		assertThat(dark.body()).contains("No statement with id", "background:#1c1917", "color:#f5f5f4",
				"content=\"dark\"");
		HttpResponse<String> light = api().get("/embed/statement/" + TAMM + "x", "text/html");
		assertThat(light.body()).contains("background:#ffffff", "color:#1c1917", "content=\"light\"");
		// a theme refused, an address cut short: the light card's colours
		assertThat(api().get("/embed/statement/" + TAMM + "?theme=blue", "text/html").body())
			.contains("theme must be light or dark", "background:#ffffff");
		assertThat(api().get("/embed/statement", "text/html").body()).contains("No card at", "background:#ffffff");
		// a page's error is a page of its own, not framed by a portal: as it was
		assertThat(api().get("/statements/" + TAMM + "x", "text/html").body()).doesNotContain("background:");
	}

	@Test
	void cardIsRevalidatedWithTheVersionEtag() throws Exception {
		HttpResponse<String> first = api().get("/embed/commitment/" + FUNDS, "text/html");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age"));
		HttpResponse<String> again = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/embed/commitment/" + FUNDS))
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		HttpResponse<String> dark = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/embed/commitment/" + FUNDS + "?theme=dark"))
			.header("If-None-Match", etag)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(dark.statusCode()).as("another theme is another representation").isEqualTo(200);
		for (String path : new String[] { "/embed/commitment/" + FUNDS, "/statements/" + TAMM }) {
			HttpResponse<String> any = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("If-None-Match", "*")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(any.statusCode()).as(path + ": * names any current representation").isEqualTo(304);
		}
	}

	/**
	 * A {@code 304} carries the {@code Cache-Control} and {@code Vary} its {@code 200}
	 * would (RFC 9110, 15.4.5): a cache that revalidates learns again how long to keep
	 * the answer and what it varies by, and a client that holds the bytes without their
	 * headers is told.
	 */
	@Test
	void aNotModifiedCarriesTheCacheControlAndVaryOfItsAnswer() throws Exception {
		for (String path : new String[] { "/embed/commitment/" + FUNDS, "/statements/" + TAMM,
				"/articles/" + TEST_ARTICLE_ID, "/articles", "/data/changes.atom", "/data/changes.json", OEMBED }) {
			HttpResponse<String> first = api().get(path, "text/html");
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			HttpResponse<String> again = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Accept", "text/html")
					.header("If-None-Match", first.headers().firstValue("ETag").orElseThrow())
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.headers().firstValue("Cache-Control")).as(path)
				.isEqualTo(first.headers().firstValue("Cache-Control"))
				.isPresent();
			assertThat(vary(again)).as(path).containsAll(vary(first));
			// a 412 is about this request's If-Match: nothing a cache may keep
			HttpResponse<String> failed = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("If-Match", "\"another\"")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(failed.statusCode()).as(path).isEqualTo(412);
			assertThat(failed.headers().firstValue("Cache-Control")).as(path).isEmpty();
		}
	}

	@Test
	void anETagAnEarlierReleaseWroteIsAnsweredWithTheBytesThisOneWrites(@Autowired Release release) throws Exception {
		for (String path : new String[] { "/embed/commitment/" + FUNDS, "/statements/" + TAMM,
				"/articles/" + TEST_ARTICLE_ID, "/articles", "/data/changes.atom", "/data/changes.json", OEMBED }) {
			HttpResponse<String> first = api().get(path, "text/html");
			String etag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(etag).as(path).contains("~" + release.tag());
			// the same version's tag as the release before wrote it, or another build's:
			// markup mended since must reach the client, not a 304 of the old bytes
			for (String earlier : new String[] { etag.replace("~" + release.tag(), ""),
					etag.replace("~" + release.tag(), "~00000000") }) {
				HttpResponse<String> again = this.http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
						.header("Accept", "text/html")
						.header("If-None-Match", earlier)
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(again.statusCode()).as(path + " " + earlier).isEqualTo(200);
				assertThat(again.body()).isEqualTo(first.body());
			}
		}
	}

	/** The names a response's {@code Vary} headers list, lower case. */
	static java.util.Set<String> vary(HttpResponse<?> response) {
		java.util.Set<String> names = new java.util.TreeSet<>();
		for (String value : response.headers().allValues("Vary")) {
			for (String name : value.split(",")) {
				names.add(name.trim().toLowerCase(java.util.Locale.ROOT));
			}
		}
		return names;
	}

	@Test
	void oembedGivesARichIframeForAPageUrl() throws Exception {
		String page = PUBLIC + "/statements/" + TAMM;
		HttpResponse<String> response = api().get(
				"/oembed?format=json&maxwidth=400&url=" + URLEncoder.encode(page, StandardCharsets.UTF_8),
				"application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("version").asString()).isEqualTo("1.0");
		assertThat(body.get("type").asString()).isEqualTo("rich");
		assertThat(body.get("width").asInt()).isEqualTo(400);
		assertThat(body.get("height").asInt()).isPositive();
		assertThat(body.get("provider_name").asString()).isEqualTo("Accords");
		assertThat(body.get("html").asString())
			.startsWith("<iframe src=\"" + PUBLIC + "/embed/statement/" + TAMM + "\" width=\"400\"")
			.doesNotContain("<script");
	}

	@Test
	void oembedKeepsTheCardsThemeAndVersionAndStaysWithinMaxwidth() throws Exception {
		String version = api().get("/statements/" + TAMM, "text/html")
			.headers()
			.firstValue("Accords-Version")
			.orElseThrow();
		String card = PUBLIC + "/embed/statement/" + TAMM + "?theme=dark&version=" + version;
		HttpResponse<String> response = api().get(
				"/oembed?format=json&maxwidth=150&maxheight=90&url=" + URLEncoder.encode(card, StandardCharsets.UTF_8),
				"application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("width").asInt()).isEqualTo(150);
		assertThat(body.get("height").asInt()).isEqualTo(90);
		assertThat(body.get("html").asString()).startsWith("<iframe src=\"" + PUBLIC + "/embed/statement/" + TAMM
				+ "?version=" + version + "&amp;theme=dark\" width=\"150\" height=\"90\"");
		String old = PUBLIC + "/statements/" + TAMM + "?version=0000000000000000";
		assertThat(api().get("/oembed?url=" + URLEncoder.encode(old, StandardCharsets.UTF_8), "application/json")
			.statusCode()).isEqualTo(404);
	}

	/**
	 * A page, its JSON and its card read by their version keep it in every link a reader
	 * or a program follows (other facts' pages, the source view, its card, its JSON, its
	 * oEmbed), as the source view does, so that a cited page stays on the words and facts
	 * of the version it cites; the fact's identity (canonical, JSON-LD) names no version.
	 * Read without one they follow the current version. The bytes differ, so the tags do.
	 */
	@Test
	void aPageReadByItsVersionKeepsItInItsLinks() throws Exception {
		HttpResponse<String> plain = api().get("/statements/" + TAMM, "text/html");
		String version = plain.headers().firstValue("Accords-Version").orElseThrow();
		String page = PUBLIC + "/statements/" + TAMM;
		String person = PUBLIC + "/people/" + NodeId.of("Person", "kaarel-tamm");
		HttpResponse<String> pinned = api().get("/statements/" + TAMM + "?version=" + version, "text/html");
		assertThat(pinned.body()).contains("href=\"" + person + "?version=" + version + "\"")
			.contains("href=\"" + PUBLIC + "/articles/" + TEST_ARTICLE_ID + "?fact=" + TAMM + "&amp;version=" + version
					+ "#fact\"")
			.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + PUBLIC + "/oembed?url="
					+ URLEncoder.encode(page + "?version=" + version, StandardCharsets.UTF_8) + "&amp;format=json\"")
			.contains("<link rel=\"alternate\" type=\"application/json\" href=\"" + page + "?version=" + version)
			.contains("<iframe src=\"" + PUBLIC + "/embed/statement/" + TAMM + "?version=" + version + "\"")
			.contains("&lt;iframe src=&quot;" + PUBLIC + "/embed/statement/" + TAMM + "?version=" + version + "&quot;")
			.contains("<link rel=\"canonical\" href=\"" + page + "\">");
		JsonNode ld = jsonLd(pinned.body());
		assertThat(ld.get("@id").asString()).isEqualTo(page);
		assertThat(ld.get("spokenByCharacter").get("url").asString()).isEqualTo(person);
		assertThat(plain.body()).doesNotContain("version=").doesNotContain("version%3D");
		assertThat(pinned.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
		HttpResponse<String> byHeader = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/statements/" + TAMM))
				.header("Accept", "text/html")
				.header("Accords-Version", version)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(byHeader.body()).isEqualTo(pinned.body());
		assertThat(byHeader.headers().firstValue("ETag")).isEqualTo(pinned.headers().firstValue("ETag"));

		JsonNode json = JSON
			.readTree(api().get("/statements/" + TAMM + "?version=" + version, "application/json").body());
		assertThat(json.get("url").asString()).isEqualTo(page + "?version=" + version);
		assertThat(json.get("embedUrl").asString())
			.isEqualTo(PUBLIC + "/embed/statement/" + TAMM + "?version=" + version);
		java.util.List<String> factUrls = new java.util.ArrayList<>();
		json.get("facts").forEach((fact) -> {
			if (fact.hasNonNull("url")) {
				factUrls.add(fact.get("url").asString());
			}
		});
		assertThat(factUrls).contains(person + "?version=" + version)
			.allSatisfy((url) -> assertThat(url).endsWith("?version=" + version));
		assertThat(json.get("sources").get(0).get("sourceView").asString()).endsWith("&version=" + version + "#fact");
		HttpResponse<String> plainJson = api().get("/statements/" + TAMM, "application/json");
		assertThat(plainJson.body()).doesNotContain("version=");
		assertThat(api().get("/statements/" + TAMM + "?version=" + version, "application/json")
			.headers()
			.firstValue("ETag")).isNotEqualTo(plainJson.headers().firstValue("ETag"));

		HttpResponse<String> card = api().get("/embed/statement/" + TAMM + "?version=" + version, "text/html");
		assertThat(card.body()).contains("href=\"" + page + "?version=" + version + "\"")
			.contains("?fact=" + TAMM + "&amp;version=" + version + "#fact\"");
		HttpResponse<String> plainCard = api().get("/embed/statement/" + TAMM, "text/html");
		assertThat(plainCard.body()).doesNotContain("version=");
		assertThat(card.headers().firstValue("ETag")).isNotEqualTo(plainCard.headers().firstValue("ETag"));
	}

	/**
	 * oEmbed of a page read by its version (the URL its discovery link names) embeds the
	 * card of that version, which keeps it in its links too.
	 */
	@Test
	void oembedOfAPageWithItsVersionEmbedsThatVersionsCard() throws Exception {
		String version = api().get("/statements/" + TAMM, "text/html")
			.headers()
			.firstValue("Accords-Version")
			.orElseThrow();
		String page = PUBLIC + "/statements/" + TAMM + "?version=" + version;
		JsonNode body = JSON.readTree(
				api().get("/oembed?url=" + URLEncoder.encode(page, StandardCharsets.UTF_8), "application/json").body());
		assertThat(body.get("html").asString())
			.startsWith("<iframe src=\"" + PUBLIC + "/embed/statement/" + TAMM + "?version=" + version + "\" ");
	}

	/**
	 * A page's address whose version is blank ({@code ?version=}) names none: the page at
	 * it is the current one, read as plain, and oEmbed of it embeds that card as the page
	 * does, not a 404 for a version named ''.
	 */
	@Test
	void oembedOfAnAddressWithABlankVersionEmbedsThePlainCardAsThePageIsRead() throws Exception {
		HttpResponse<String> plain = api().get("/statements/" + TAMM, "text/html");
		HttpResponse<String> blank = api().get("/statements/" + TAMM + "?version=", "text/html");
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
		String page = PUBLIC + "/statements/" + TAMM + "?version=";
		HttpResponse<String> response = api().get("/oembed?url=" + URLEncoder.encode(page, StandardCharsets.UTF_8),
				"application/json");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).get("html").asString())
			.startsWith("<iframe src=\"" + PUBLIC + "/embed/statement/" + TAMM + "\" ");
	}

	@Test
	void anUnknownIdIsNotFoundEvenWithTheVersionsEtag() throws Exception {
		for (String[] known : new String[][] { { "/statements/" + TAMM, "/statements/no-such-statement" },
				{ "/embed/statement/" + TAMM, "/embed/statement/no-such-statement" }, { OEMBED, "/oembed?url="
						+ URLEncoder.encode(PUBLIC + "/statements/no-such-statement", StandardCharsets.UTF_8) } }) {
			String etag = api().get(known[0], "text/html").headers().firstValue("ETag").orElseThrow();
			HttpResponse<String> missing = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + known[1]))
					.header("If-None-Match", etag)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(missing.statusCode()).as(known[1]).isEqualTo(404);
			HttpResponse<String> any = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + known[1]))
					.header("If-None-Match", "*")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(any.statusCode()).as(known[1] + ": * names no representation here").isEqualTo(404);
			assertThat(missing.headers().firstValue("ETag")).as(known[1]).isEmpty();
		}
	}

	@Test
	void aParaphraseIsNotShownAsAQuotationAndTheSourceNamesItsPublisher() throws Exception {
		String paraphrase = NodeId.of("Statement", "tamm-maintenance-talks");
		String card = api().html("/embed/statement/" + paraphrase);
		assertThat(card).contains("<blockquote>talks on a joint maintenance centre are still under way</blockquote>")
			.doesNotContain("“talks");
		assertThat(api().html("/statements/" + paraphrase))
			.contains("<h1>talks on a joint maintenance centre are still under way</h1>")
			.doesNotContain("“talks");
		assertThat(api().html("/embed/statement/" + TAMM)).contains("<blockquote>“We will share")
			.contains("rel=\"noopener\">Baltic Wire &amp; &lt;b&gt;Co&lt;/b&gt;: Estonia, Finland")
			.contains("Source: Baltic Wire &amp; &lt;b&gt;Co&lt;/b&gt;, 2025-03-12");
	}

	@Test
	void anUnknownAddressIsAnAccordsPageForBrowsersAndJsonForPrograms() throws Exception {
		HttpResponse<String> page = api().get("/agreemnts/x", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body())
			.contains("<html lang=\"en\">", "<title>404 Not Found · Accords</title>", "<code>/agreemnts/x</code>",
					"<a href=\"/\">")
			.doesNotContain("Whitelabel");
		assertThat(api().get("/x%3Cb%3Ey", "text/html").body()).doesNotContain("<b>");
		HttpResponse<String> refused = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/statements/" + TAMM))
				.header("Accept", "text/html")
				.DELETE()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(405);
		assertThat(refused.body()).contains("<title>405 Method Not Allowed · Accords</title>", "could not be answered")
			.doesNotContain("Whitelabel", "Nothing is served");
		HttpResponse<String> json = api().get("/agreemnts/x", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.body()).startsWith("{").contains("\"status\":404");
	}

	@Test
	void frameAncestorsSettingNarrowsWhoMayFrameACard() {
		assertThat(PageController.cardPolicy(java.util.List.of("https://portal.example", "'self'")))
			.endsWith("frame-ancestors https://portal.example 'self'");
		assertThat(PageController.cardPolicy(java.util.List.of())).endsWith("frame-ancestors 'none'");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> PageController.cardPolicy(java.util.List.of("https://a.example; script-src *")))
			.withMessageContaining("accords.embed.frame-ancestors");
	}

	/**
	 * Every type's page and card, the events', programmes' and posts' included (their
	 * pages had no CORS rule, so a portal could not read their JSON), and oEmbed.
	 */
	@Test
	void pagesAndCardsAnswerCorsForAnyOrigin() throws Exception {
		java.util.List<String> paths = new java.util.ArrayList<>(
				java.util.List.of("/statements/" + TAMM, "/embed/statement/" + TAMM,
						"/oembed?url=" + URLEncoder.encode(PUBLIC + "/statements/" + TAMM, StandardCharsets.UTF_8)));
		for (PageType type : PageType.values()) {
			String id = NodeId.of(type.type(), "any");
			paths.add("/" + type.collection() + "/" + id);
			paths.add("/embed/" + type.card() + "/" + id);
		}
		for (String path : paths) {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Origin", "https://portal.example")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
		}
	}

	/**
	 * A statement's id under {@code /embed/person/} (or {@code /people/}), the usual slip
	 * of a portal building addresses: the 404 says whose id it is and where its card or
	 * page is.
	 */
	@Test
	void anIdOfAnotherTypeIsToldWhereItsCardOrPageIs() throws Exception {
		HttpResponse<String> card = api().get("/embed/person/" + TAMM, "text/html");
		assertThat(card.statusCode()).isEqualTo(404);
		assertThat(card.body()).contains("that is the id of a statement, whose card is /embed/statement/" + TAMM);
		HttpResponse<String> page = api().get("/people/" + TAMM, "application/json");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("that is the id of a statement, whose page is /statements/" + TAMM);
		assertThat(api().get("/embed/person/nobody", "text/html").body()).doesNotContain("that is the id");
	}

	/**
	 * The type an id belongs to is named with its article: an agreement's id under
	 * {@code /people/} was "the id of a agreement".
	 */
	@Test
	void anotherTypeIsNamedWithItsArticle() throws Exception {
		assertThat(api().get("/people/" + RADAR, "application/json").body())
			.contains("that is the id of an agreement, whose page is /agreements/" + RADAR);
		assertThat(api().get("/embed/agreement/" + TAMM, "text/html").body())
			.contains("that is the id of a statement, whose card is /embed/statement/" + TAMM);
	}

	/**
	 * A card is a page too: a consumer given its address (a CMS a portal pastes it into)
	 * finds oEmbed by its discovery link, which names the card's own address, theme and
	 * version included, so what it embeds is that card.
	 */
	@Test
	void aCardNamesItsOembedForDiscoveryWithItsThemeAndVersion() throws Exception {
		String version = api().get("/embed/statement/" + TAMM, "text/html")
			.headers()
			.firstValue("Accords-Version")
			.orElseThrow();
		String card = PUBLIC + "/embed/statement/" + TAMM;
		Pattern discovery = Pattern
			.compile("<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]+)\"");
		for (String[] asked : new String[][] { { "", card }, { "?theme=dark", card + "?theme=dark" },
				{ "?version=" + version + "&theme=dark", card + "?version=" + version + "&theme=dark" } }) {
			String html = api().get("/embed/statement/" + TAMM + asked[0], "text/html").body();
			Matcher link = discovery.matcher(html);
			assertThat(link.find()).as("discovery link of the card " + asked[0]).isTrue();
			assertThat(link.group(1).replace("&amp;", "&")).isEqualTo(
					PUBLIC + "/oembed?url=" + URLEncoder.encode(asked[1], StandardCharsets.UTF_8) + "&format=json");
			HttpResponse<String> oembed = api().get(link.group(1).replace("&amp;", "&").substring(PUBLIC.length()),
					"application/json");
			assertThat(oembed.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(oembed.body()).get("html").asString())
				.startsWith("<iframe src=\"" + asked[1].replace("&", "&amp;") + "\"");
		}
	}

	@Test
	void oembedRefusesOtherSitesAndFormats() throws Exception {
		assertThat(api()
			.get("/oembed?url=" + URLEncoder.encode("https://evil.example/statements/" + TAMM, StandardCharsets.UTF_8),
					"application/json")
			.statusCode()).isEqualTo(404);
		assertThat(api()
			.get("/oembed?format=xml&url=" + URLEncoder.encode(PUBLIC + "/statements/" + TAMM, StandardCharsets.UTF_8),
					"application/json")
			.statusCode()).isEqualTo(501);
		assertThat(api().get("/oembed", "application/json").statusCode()).isEqualTo(400);
		HttpResponse<String> wide = api().get("/oembed?maxwidth=wide&url="
				+ URLEncoder.encode(PUBLIC + "/statements/" + TAMM, StandardCharsets.UTF_8), "*/*");
		assertThat(wide.statusCode()).isEqualTo(400);
		assertThat(wide.body()).contains("maxwidth must be a whole number, not 'wide'");
	}

	/**
	 * A url that is no URI at all (a space or a {@code |} a CMS left unencoded) is not an
	 * Accords page: a 404 naming it, as oEmbed answers a url it has nothing for, not a
	 * 500; and a maxwidth or maxheight below 1 cannot be kept within, so it is a 400
	 * naming it rather than an iframe wider than asked.
	 */
	/**
	 * A long url or theme is echoed as every refusal echoes what was sent
	 * ({@code http/Echo}): its first 300 characters (a theme's 80) and its length, an
	 * invisible character as its code, the page meant too. Tomcat refuses a request line
	 * over 8 KB, so 6,000 characters is about the longest that reaches oEmbed.
	 */
	@Test
	void oembedEchoesALongUrlOrThemeBounded() throws Exception {
		String url = PUBLIC + "/statement/" + TAMM + "?theme=dark&x=" + "x".repeat(6_000) + "\u202e";
		HttpResponse<String> response = api().get("/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8),
				"application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).hasSizeLessThan(1_200)
			.contains("url is not the address of an Accords page: " + url.substring(0, 300) + "… (" + url.length()
					+ " characters)")
			.doesNotContain("\u202e");
		String theme = "dark" + "x".repeat(6_000);
		HttpResponse<String> themed = api().get(
				"/oembed?url="
						+ URLEncoder.encode(PUBLIC + "/statements/" + TAMM + "?theme=" + theme, StandardCharsets.UTF_8),
				"application/json");
		assertThat(themed.statusCode()).isEqualTo(404);
		assertThat(themed.body()).hasSizeLessThan(1_000)
			.contains("theme must be light or dark, not '" + theme.substring(0, 80) + "'… (6004 characters)");
	}

	@Test
	void oembedNamesAUrlThatIsNoAddressAndASizeBelowOne() throws Exception {
		for (String url : new String[] { PUBLIC + "/statements/a b", PUBLIC + "/statements/" + TAMM + "|x",
				PUBLIC + "/embed/statement/" + TAMM + "?theme=dark&version=a b" }) {
			HttpResponse<String> response = api().get("/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8),
					"application/json");
			assertThat(response.statusCode()).as(url).isEqualTo(404);
			assertThat(response.body()).as(url).contains("url is not the address of an Accords page");
		}
		String page = URLEncoder.encode(PUBLIC + "/statements/" + TAMM, StandardCharsets.UTF_8);
		for (String size : new String[] { "maxwidth=0", "maxwidth=-3", "maxheight=0" }) {
			HttpResponse<String> response = api().get("/oembed?" + size + "&url=" + page, "application/json");
			assertThat(response.statusCode()).as(size).isEqualTo(400);
			assertThat(response.body()).as(size).contains(size.substring(0, size.indexOf('=')) + " must be at least 1");
		}
	}

	/**
	 * A page's or card's address with its type in the other number ({@code /statement/},
	 * {@code /embed/statements/}), in capitals or a letter off was a 404 that named only
	 * the addresses' form: oEmbed's answer now names the page meant, keeping the
	 * address's query, and so does a card's 404.
	 */
	@Test
	void oembedOfAnAddressASlipAwayFromAPagesNamesThePageMeant() throws Exception {
		String[][] slips = { { "/statement/" + TAMM, "/statements/" + TAMM },
				{ "/Statements/" + TAMM, "/statements/" + TAMM }, { "/agreement/" + RADAR, "/agreements/" + RADAR },
				{ "/comitments/" + FUNDS, "/commitments/" + FUNDS },
				{ "/embed/statements/" + TAMM + "?theme=dark", "/embed/statement/" + TAMM + "?theme=dark" },
				// the id says whose page it is
				{ "/person/" + TAMM, "/statements/" + TAMM } };
		for (String[] slip : slips) {
			HttpResponse<String> response = api()
				.get("/oembed?url=" + URLEncoder.encode(PUBLIC + slip[0], StandardCharsets.UTF_8), "application/json");
			assertThat(response.statusCode()).as(slip[0]).isEqualTo(404);
			assertThat(JSON.readTree(response.body()).get("error").asString()).as(slip[0])
				.isEqualTo("url is not the address of an Accords page: " + PUBLIC + slip[0] + "; did you mean " + PUBLIC
						+ slip[1] + "? (expected " + PUBLIC + "/statements/{id}, /agreements/{id}, …)");
		}
		// nothing like a page's address: the form alone, as before
		assertThat(api()
			.get("/oembed?url=" + URLEncoder.encode(PUBLIC + "/graphiql/" + TAMM, StandardCharsets.UTF_8),
					"application/json")
			.body()).doesNotContain("did you mean");
		HttpResponse<String> card = api().get("/embed/statements/" + TAMM, "text/html");
		assertThat(card.statusCode()).isEqualTo(404);
		assertThat(card.body()).contains("No card type &#39;statements&#39;; did you mean /embed/statement/" + TAMM
				+ "? A card&#39;s type is one of [statement, agreement");
	}

	/**
	 * An address with the id of another type than the page's is told where that id's page
	 * is by oEmbed too, as the page itself tells it.
	 */
	@Test
	void oembedOfAnotherTypesIdNamesItsPage() throws Exception {
		HttpResponse<String> response = api().get(
				"/oembed?url=" + URLEncoder.encode(PUBLIC + "/agreements/" + TAMM, StandardCharsets.UTF_8),
				"application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(response.body()).get("error").asString())
			.endsWith(": that is the id of a statement, whose page is /statements/" + TAMM);
	}

}
