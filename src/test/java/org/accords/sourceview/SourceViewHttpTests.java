package org.accords.sourceview;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.HttpApi;
import org.accords.QuickTier;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source view over plain HTTP: the JSON form, the highlights in the HTML, escaping,
 * {@code ?fact=}, and {@code Evidence.sourceUrl}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(QuickTier.STARTS_APPLICATION)
class SourceViewHttpTests extends SourceViewSeed {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A highlighted piece of text: its classes, the spans covering it, its text. */
	static final Pattern MARK = Pattern.compile("<mark class=\"([^\"]*)\"[^>]*? data-s=\"([^\"]*)\"[^>]*>(.*?)</mark>",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	final HttpClient http = HttpClient.newHttpClient();

	JsonNode json(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = api().get(path, "application/json");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		return JSON.readTree(response.body());
	}

	@Test
	void jsonGivesEverySpanWithTheExcerptAtItsOffsets() throws Exception {
		JsonNode article = json("/articles/" + TEST_ARTICLE_ID);
		String text = article.get("text").asString();
		assertThat(article.get("id").asString()).isEqualTo(TEST_ARTICLE_ID);
		assertThat(article.get("publisher").asString()).isEqualTo("Baltic Wire & <b>Co</b>");
		Set<String> kinds = new HashSet<>();
		for (JsonNode span : article.get("spans")) {
			assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
				.isEqualTo(span.get("excerpt").asString());
			assertThat(span.get("factId").asString()).isNotBlank();
			assertThat(span.get("label").asString()).isNotBlank();
			kinds.add(span.get("kind").asString());
		}
		assertThat(article.get("spans")).hasSize(9);
		assertThat(kinds).containsExactlyInAnyOrder("statement", "signatory", "commitment", "cooperationArea",
				"agreement", "person", "post", "organization");
	}

	/**
	 * A portal that shows an article with its own highlights reads the spans from its own
	 * origin, as it reads the pages' JSON: the source view and its list answer CORS.
	 */
	@Test
	void anyOriginMayReadTheSourceViewsJson() throws Exception {
		for (String path : new String[] { "/articles/" + TEST_ARTICLE_ID, "/articles/" + TEST_ARTICLE }) {
			HttpResponse<String> response = this.http
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + path))
					.header("Accept", "application/json")
					.header("Origin", "https://portal.example")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
		}
	}

	@Test
	void curatedIdAndNodeIdNameTheSameArticle() throws Exception {
		assertThat(json("/articles/" + TEST_ARTICLE)).isEqualTo(json("/articles/" + TEST_ARTICLE_ID));
	}

	@Test
	void realSeedArticleHasEveryCuratedFactOnIt() throws Exception {
		JsonNode article = json("/articles/" + SEED_ARTICLE);
		String text = article.get("text").asString();
		Set<String> facts = new HashSet<>();
		for (JsonNode span : article.get("spans")) {
			assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
				.isEqualTo(span.get("excerpt").asString());
			facts.add(span.get("factId").asString());
		}
		// 5 statements, 5 commitments, 5 areas, 4 signatories, 1 agreement, 4 people,
		// 2 organizations, 2 events (countries carry no evidence)
		assertThat(facts).hasSize(28);
	}

	@Test
	void realSeedArticleShowsTheVisitAndThePressConferenceAsTheirEvents() throws Exception {
		List<String> events = new ArrayList<>();
		for (JsonNode span : json("/articles/" + SEED_ARTICLE).get("spans")) {
			if (span.get("kind").asString().equals("event")) {
				events.add(span.get("factId").asString() + " " + span.get("label").asString() + ": "
						+ span.get("excerpt").asString());
			}
		}
		assertThat(events).containsExactly(
				NodeId.of("Event", "kasciunas-visit-kyiv-2024-11")
						+ " Laurynas Kasčiūnas’ visit to Kyiv (VISIT, 2024-11-04, Kyiv): "
						+ "During Laurynas Kasčiūnas’ visit to Kyiv on Monday",
				NodeId.of("Event", "kasciunas-press-conference-2024-11-05")
						+ " Laurynas Kasčiūnas’ press conference (PRESS_CONFERENCE, 2024-11-05): "
						+ "Kasčiūnas told a press conference on Tuesday");
		assertThat(api().html("/articles/" + SEED_ARTICLE)).contains("data-kind=\"event\"");
	}

	@Test
	void realSeedArticleShowsTheMemorandumsSigningAndItsPartiesWithRoles() throws Exception {
		List<String> nested = new ArrayList<>();
		for (JsonNode span : json("/articles/" + SEED_ARTICLE).get("spans")) {
			if (Set.of("lifecycleEvent", "participant").contains(span.get("kind").asString())) {
				nested.add(span.get("kind").asString() + " " + span.get("label").asString());
			}
		}
		assertThat(nested).containsExactlyInAnyOrder(
				"lifecycleEvent Lithuania–Ukraine memorandum on defence-industry cooperation: SIGNED 2024-11-04",
				"participant Lithuania–Ukraine memorandum on defence-industry cooperation: LT PARTY",
				"participant Lithuania–Ukraine memorandum on defence-industry cooperation: UA PARTY");
		assertThat(api().html("/articles/" + SEED_ARTICLE)).contains("data-kind=\"lifecycleEvent\"",
				"data-kind=\"participant\"");
	}

	@Test
	void htmlHasEveryExcerptInsideHighlights() throws Exception {
		JsonNode article = json("/articles/" + TEST_ARTICLE_ID);
		String html = api().html("/articles/" + TEST_ARTICLE_ID);
		Map<Integer, StringBuilder> textBySpan = new java.util.TreeMap<>();
		Matcher mark = MARK.matcher(html);
		while (mark.find()) {
			for (String index : mark.group(2).split(" ")) {
				textBySpan.computeIfAbsent(Integer.parseInt(index), (k) -> new StringBuilder())
					.append(HtmlUtils.htmlUnescape(mark.group(3)));
			}
		}
		List<String> excerpts = new ArrayList<>();
		article.get("spans").forEach((span) -> excerpts.add(span.get("excerpt").asString()));
		assertThat(textBySpan).hasSize(excerpts.size());
		for (int i = 0; i < excerpts.size(); i++) {
			assertThat(textBySpan.get(i)).as("span %d", i).hasToString(excerpts.get(i));
		}
	}

	@Test
	void markupInArticlesIsShownNotRun() throws Exception {
		String html = api().html("/articles/" + TEST_ARTICLE_ID);
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>Co</b>");
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")
			.contains("Baltic Wire &amp; &lt;b&gt;Co&lt;/b&gt;")
			.contains("href=\"https://example.org/news/radar?a=1&amp;b=&lt;2&gt;\"");
		// the page's only script is its own, allowed by hash; nothing else may run
		assertThat(html.split("<script", -1)).hasSize(2);
		HttpResponse<String> response = api().get("/articles/" + TEST_ARTICLE_ID, "text/html");
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("default-src 'none'").contains("script-src 'sha256-"));
	}

	@Test
	void factParameterMarksThatFactsWordsOnly() throws Exception {
		String statement = NodeId.of("Statement", "tamm-share-sites");
		String html = api()
			.html("/articles/" + TEST_ARTICLE_ID + "?fact=" + URLEncoder.encode(statement, StandardCharsets.UTF_8));
		StringBuilder marked = new StringBuilder();
		Matcher mark = MARK.matcher(html);
		while (mark.find()) {
			if ((" " + mark.group(1) + " ").contains(" hit ")) {
				marked.append(HtmlUtils.htmlUnescape(mark.group(3)));
			}
		}
		assertThat(marked).hasToString(
				"“We will share the sites and the data <script>alert('x')</script> from the first day,” Tamm told reporters");
		assertThat(html.split("id=\"fact\"", -1)).hasSize(2);
		Matcher unmarked = MARK.matcher(api().html("/articles/" + TEST_ARTICLE_ID));
		while (unmarked.find()) {
			assertThat(unmarked.group(1).split(" ")).doesNotContain("hit");
		}
	}

	@Test
	void unknownArticleIsNotFoundInBothForms() throws Exception {
		HttpResponse<String> page = api().get("/articles/no-such-article", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("No article with id &#39;no-such-article&#39;");
		HttpResponse<String> json = api().get("/articles/%3Cscript%3E", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(json.body()).get("error").asString()).contains("No article with id '<script>'");
	}

	/**
	 * An error of the source view or the article list is framed (not at all) as the page
	 * it stands for, and a list page that is not a number is a 400 naming it.
	 */
	@Test
	void theSourceViewsErrorsKeepItsFramingPolicy() throws Exception {
		for (String[] pair : new String[][] { { "/articles/" + TEST_ARTICLE_ID, "/articles/no-such-article" },
				{ "/articles", "/articles?page=second" } }) {
			String policy = api().get(pair[0], "text/html")
				.headers()
				.firstValue("Content-Security-Policy")
				.orElseThrow();
			HttpResponse<String> error = api().get(pair[1], "text/html");
			assertThat(error.statusCode()).as(pair[1]).isIn(400, 404);
			assertThat(error.body()).as(pair[1]).startsWithIgnoringCase("<!DOCTYPE html>");
			assertThat(error.headers().firstValue("Content-Security-Policy")).as(pair[1])
				.hasValueSatisfying((csp) -> assertThat(frameAncestors(csp)).isEqualTo(frameAncestors(policy)));
		}
		assertThat(api().get("/articles?page=second", "text/html").body()).contains("page must be a whole number");
	}

	private static String frameAncestors(String policy) {
		return policy.replaceAll(".*(frame-ancestors [^;]*).*", "$1");
	}

	@Test
	void unchangedArticleIsRevalidatedWithItsETag() throws Exception {
		HttpResponse<String> first = api().get("/articles/" + TEST_ARTICLE_ID, "application/json");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/articles/" + TEST_ARTICLE_ID))
				.header("Accept", "application/json")
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(api().get("/articles/" + TEST_ARTICLE_ID, "text/html").headers().firstValue("ETag"))
			.isNotEqualTo(first.headers().firstValue("ETag"));
	}

	/**
	 * The source view and the list serve the version asked for as pages do: a version not
	 * kept is a 404 naming it, a header and a parameter that disagree a 400, and every
	 * answer names its version and varies by the header. A view read by its version keeps
	 * it in its own links (marking a fact's words, the list's articles and pages), so
	 * that a reader stays on the words of that version.
	 */
	@Test
	void theSourceViewAndTheListServeTheVersionAskedForAsPagesDo() throws Exception {
		HttpResponse<String> plain = api().get("/articles/" + TEST_ARTICLE_ID, "text/html");
		String version = plain.headers().firstValue("Accords-Version").orElseThrow();
		assertThat(plain.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accords-Version"));
		assertThat(plain.body()).contains("href=\"?fact=").doesNotContain("version=");
		for (String path : new String[] { "/articles/" + TEST_ARTICLE_ID, "/articles" }) {
			for (String accept : new String[] { "text/html", "application/json" }) {
				HttpResponse<String> gone = api().get(path + "?version=nope", accept);
				assertThat(gone.statusCode()).as(path + " " + accept).isEqualTo(404);
				assertThat(gone.body()).as(path).contains("nope", version);
				HttpResponse<String> conflicting = this.http.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + this.port + path + "?version=" + version))
					.header("Accept", accept)
					.header("Accords-Version", "nope")
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(conflicting.statusCode()).as(path + " " + accept).isEqualTo(400);
				assertThat(conflicting.body()).as(path).contains("nope", version);
			}
			HttpResponse<String> named = api().get(path + "?version=" + version, "text/html");
			assertThat(named.statusCode()).as(path).isEqualTo(200);
			assertThat(named.headers().firstValue("Accords-Version")).as(path).hasValue(version);
			assertThat(api().get(path, "text/html").headers().firstValue("Accords-Version")).as(path).hasValue(version);
			// its links differ from the plain view's, and so does its tag
			assertThat(named.headers().firstValue("ETag")).as(path)
				.isNotEqualTo(api().get(path, "text/html").headers().firstValue("ETag"));
		}
		JsonNode json = json("/articles/" + TEST_ARTICLE_ID + "?version=" + version);
		assertThat(json.get("datasetVersion").asString()).isEqualTo(version);
		assertThat(api().html("/articles/" + TEST_ARTICLE_ID + "?version=" + version))
			.containsPattern("href=\"\\?fact=[^\"#]+&amp;version=" + version + "#fact\"")
			.contains("<a href=\"/articles?version=" + version + "\">Articles</a>");
		assertThat(api().html("/articles?version=" + version))
			.contains("href=\"/articles/" + TEST_ARTICLE_ID + "?version=" + version + "\"");
		assertThat(api().html("/articles")).contains("href=\"/articles/" + TEST_ARTICLE_ID + "\"");
	}

	@Test
	void theArticleListIsRevalidatedWithAnETagPerVersionAndPage() throws Exception {
		HttpResponse<String> first = api().get("/articles", "text/html");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/articles"))
				.header("Accept", "text/html")
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(api().get("/articles?page=2", "text/html").headers().firstValue("ETag")).isPresent()
			.isNotEqualTo(first.headers().firstValue("ETag"));
	}

	@Test
	void evidenceLinksToItsFactOnTheSourceView() throws Exception {
		String query = "{ statements(first: 100) { edges { node { id evidence { sourceUrl article { id } } } } } "
				+ "people(first: 100) { edges { node { id evidence { sourceUrl } posts { evidence { sourceUrl } } } } } }";
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
				.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode data = JSON.readTree(response.body()).get("data");
		int checked = 0;
		for (JsonNode edge : data.get("statements").get("edges")) {
			String id = edge.get("node").get("id").asString();
			for (JsonNode evidence : edge.get("node").get("evidence")) {
				// under accords.public-url
				assertThat(evidence.get("sourceUrl").asString()).isEqualTo(PUBLIC_URL + "/articles/"
						+ evidence.get("article").get("id").asString() + "?fact=" + id + "#fact");
				checked++;
			}
		}
		for (JsonNode edge : data.get("people").get("edges")) {
			String id = edge.get("node").get("id").asString();
			for (JsonNode post : edge.get("node").get("posts")) {
				for (JsonNode evidence : post.get("evidence")) {
					assertThat(evidence.get("sourceUrl").asString()).endsWith("?fact=" + id + "#fact");
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(7);
	}

	@Test
	void evidenceReachedThroughSourcesOrAPostLinksToItsFact() throws Exception {
		JsonNode data = api().query("{ statements(first: 100) { nodes { id sources { evidence { sourceUrl } } } } "
				+ "posts(first: 100) { nodes { person { id } evidence { sourceUrl } sources { evidence { sourceUrl } } } } }");
		int checked = 0;
		for (JsonNode statement : data.get("statements").get("nodes")) {
			checked += linkTo(statement.at("/sources/0/evidence"), statement.get("id").asString());
		}
		for (JsonNode post : data.get("posts").get("nodes")) {
			// a post's words are its person's on the source view
			String person = post.at("/person/id").asString();
			checked += linkTo(post.get("evidence"), person) + linkTo(post.at("/sources/0/evidence"), person);
		}
		assertThat(checked).isGreaterThan(10);
	}

	@Test
	void evidenceOfMeetingsAndOfWhatAnAgreementHoldsLinksToItsFact() throws Exception {
		JsonNode data = api().query("{ events(first: 100) { nodes { id evidence { sourceUrl } } } "
				+ "agreements(first: 100) { nodes { id events { evidence { sourceUrl } } "
				+ "participants { evidence { sourceUrl } } } } }");
		int checked = 0;
		for (JsonNode event : data.get("events").get("nodes")) {
			checked += linkTo(event.get("evidence"), event.get("id").asString());
		}
		for (JsonNode agreement : data.get("agreements").get("nodes")) {
			// a lifecycle event's or a party's words are marked as the agreement's, as
			// the
			// source view shows them
			for (String list : List.of("events", "participants")) {
				for (JsonNode item : agreement.get(list)) {
					checked += linkTo(item.get("evidence"), agreement.get("id").asString());
				}
			}
		}
		// the seed's visit and press conference, the memorandum's signing and its two
		// parties
		assertThat(checked).isEqualTo(5);
	}

	/**
	 * Asserts that each of these evidence entries links to the fact's words; how many.
	 */
	private static int linkTo(JsonNode evidence, String factId) {
		for (JsonNode entry : evidence) {
			assertThat(entry.get("sourceUrl").asString()).endsWith("?fact=" + factId + "#fact");
		}
		return evidence.size();
	}

	@Test
	void articleListAndDownloadsPageLinkToTheSourceView() throws Exception {
		assertThat(api().html("/articles")).contains("href=\"/articles/" + TEST_ARTICLE_ID + "\"")
			.contains("href=\"/articles/" + NodeId.of("Article", SEED_ARTICLE) + "\"");
		assertThat(api().html("/data")).contains("href=\"/articles\"");
	}

	@Test
	void deskIsOffByDefault() throws Exception {
		assertThat(api().get("/desk/articles/sv_baltic_wire_radar.yaml", "text/html").statusCode()).isEqualTo(404);
		assertThat(api().get("/desk", "text/html").statusCode()).isEqualTo(404);
	}

}
