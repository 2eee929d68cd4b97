package org.accords.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.accords.QuickTier;
import org.accords.StoppedClock;
import org.accords.graphql.guard.RateLimiter;
import org.accords.paging.NodeId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages, cards, oEmbed, the source view, the article list and the feeds spend the
 * budget /graphql spends, each request its price before the store is read, and answer 429
 * in their own form once it is spent; a conditional request of what needs nothing read
 * costs nothing. A wrong API key spends its address's anonymous budget, so keys cannot be
 * guessed at line speed. The budgets here do not refill (the rate limiter's clock is
 * stopped, {@link StoppedClock}), so that what is left can be counted; each test is its
 * own client by {@code X-Forwarded-For} (a trusted proxy's header, read from loopback),
 * so that no test spends another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "server.forward-headers-strategy=native",
				"accords.rate-limit.capacity=1000", "accords.rate-limit.refill-period=10000h",
				"accords.rate-limit.partners.reader.key=reader-key-for-budget-tests",
				"accords.rate-limit.partners.reader.capacity=100000",
				"accords.rate-limit.partners.reader.refill-period=10000h" })
@Import(StoppedClock.class)
@Tag(QuickTier.STARTS_APPLICATION)
class BudgetHttpTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String READER = "reader-key-for-budget-tests";

	static final String STATEMENT = NodeId.of("Statement", "kasciunas-joint-company");

	static final String ARTICLE = "/articles/elta-2024-11-05-lithuania-ukraine-memorandum";

	static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Autowired
	RateLimiter rateLimiter;

	@Autowired
	MeterRegistry meters;

	final HttpClient http = HttpClient.newHttpClient();

	/**
	 * A GET from {@code address} (by {@code X-Forwarded-For}), with headers in pairs.
	 */
	HttpResponse<String> get(String address, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-For", address);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> graphQl(String address, @Nullable String apiKey) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"));
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A subscription over graphql-sse, answered with one error event when refused. */
	HttpResponse<String> subscribe(String address, String apiKey) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.header("X-API-Key", apiKey)
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"subscription { datasetPublished { version } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * What a client has left, after a probe that costs 1: the answers charged here do not
	 * say it (a shared cache may keep them).
	 */
	long remaining(@Nullable String key, String address) {
		return this.rateLimiter.chargeUpToWholeBudget(key, address, 1).remaining();
	}

	static String oembed() {
		return "/oembed?url="
				+ URLEncoder.encode("http://localhost:8080/statements/" + STATEMENT, StandardCharsets.UTF_8);
	}

	/** One point per entity each version of a feed lists, and the feed's own 10. */
	long feedCost(String address) throws Exception {
		JsonNode feed = JSON.readTree(get(address, "/data/changes.json", "X-API-Key", READER).body());
		long entities = 0;
		for (JsonNode version : feed.get("versions")) {
			entities += version.get("entities").size();
		}
		assertThat(entities).isPositive();
		return RequestBudget.FEED_COST + entities;
	}

	@Test
	void eachPageCardOembedSourceViewListAndFeedIsChargedItsPriceToItsClient() throws Exception {
		String address = "192.0.2.1";
		long feed = feedCost(address);
		Map<String, String[]> requests = new LinkedHashMap<>();
		Map<String, Long> prices = new LinkedHashMap<>();
		requests.put("page", new String[] { "/statements/" + STATEMENT, "Accept", HTML });
		prices.put("page", RequestBudget.PAGE_COST);
		requests.put("page's JSON", new String[] { "/statements/" + STATEMENT, "Accept", "application/json" });
		prices.put("page's JSON", RequestBudget.PAGE_COST);
		requests.put("card", new String[] { "/embed/statement/" + STATEMENT + "?theme=dark", "Accept", HTML });
		prices.put("card", RequestBudget.PAGE_COST);
		requests.put("oEmbed", new String[] { oembed(), "Accept", "application/json" });
		prices.put("oEmbed", RequestBudget.PAGE_COST);
		requests.put("source view", new String[] { ARTICLE, "Accept", HTML });
		prices.put("source view", RequestBudget.PAGE_COST);
		requests.put("source view's JSON", new String[] { ARTICLE, "Accept", "application/json" });
		prices.put("source view's JSON", RequestBudget.PAGE_COST);
		requests.put("article list", new String[] { "/articles", "Accept", HTML });
		prices.put("article list", RequestBudget.LIST_COST);
		requests.put("JSON feed", new String[] { "/data/changes.json", "Accept", "application/json" });
		prices.put("JSON feed", feed);
		requests.put("Atom feed", new String[] { "/data/changes.atom", "Accept", "application/atom+xml" });
		prices.put("Atom feed", feed);
		long anonymous = remaining(null, address);
		for (Map.Entry<String, String[]> request : requests.entrySet()) {
			String[] sent = request.getValue();
			long before = remaining(READER, address);
			HttpResponse<String> response = get(address, sent[0], "X-API-Key", READER, sent[1], sent[2]);
			assertThat(response.statusCode()).as(request.getKey()).isEqualTo(200);
			// the same bytes for every client, which a shared cache may keep: nothing of
			// this client's budget in them
			assertThat(response.headers().firstValue("RateLimit")).as(request.getKey()).isEmpty();
			assertThat(response.headers().firstValue("RateLimit-Policy")).as(request.getKey()).isEmpty();
			assertThat(remaining(READER, address)).as(request.getKey())
				.isEqualTo(before - prices.get(request.getKey()) - 1);
		}
		assertThat(remaining(null, address)).as("a partner's requests spend its own budget").isEqualTo(anonymous - 1);
		// without a key, the address's
		assertThat(get(address, "/embed/statement/" + STATEMENT, "Accept", HTML).statusCode()).isEqualTo(200);
		assertThat(remaining(null, address)).isEqualTo(anonymous - 1 - RequestBudget.PAGE_COST - 1);
	}

	/**
	 * A CDN in front of a portal asks again once its copy is stale: a 304 of a page or
	 * card that is rendered already, of the article list or of a feed reads nothing and
	 * costs nothing. A conditional request of an id that is not rendered reads the store
	 * to find it, and costs the price.
	 */
	@Test
	void aConditionalRequestOfWhatIsAtHandCostsNothing() throws Exception {
		String address = "192.0.2.2";
		for (String path : new String[] { "/embed/statement/" + STATEMENT, "/statements/" + STATEMENT, "/articles",
				"/data/changes.json", "/data/changes.atom" }) {
			HttpResponse<String> first = get(address, path, "X-API-Key", READER, "Accept", HTML);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			String etag = first.headers().firstValue("ETag").orElseThrow();
			long before = remaining(READER, address);
			HttpResponse<String> again = get(address, path, "X-API-Key", READER, "Accept", HTML, "If-None-Match", etag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(remaining(READER, address)).as(path).isEqualTo(before - 1);
		}
		long before = remaining(READER, address);
		HttpResponse<String> unknown = get(address, "/embed/statement/no-such-statement", "X-API-Key", READER,
				"If-None-Match", "*");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(remaining(READER, address)).isEqualTo(before - RequestBudget.PAGE_COST - 1);
	}

	@Test
	void overItsBudgetEachAnswers429InItsOwnForm() throws Exception {
		String address = "192.0.2.3";
		this.rateLimiter.chargeUpToWholeBudget(null, address, 1000);
		record Expected(String path, String accept, String type, @Nullable String policy) {
		}
		String pagePolicy = "frame-ancestors 'self'";
		String cardPolicy = "frame-ancestors *";
		for (Expected expected : new Expected[] {
				new Expected("/statements/" + STATEMENT, HTML, "text/html", pagePolicy),
				new Expected("/statements/" + STATEMENT, "application/json", "application/json", null),
				new Expected("/embed/statement/" + STATEMENT, HTML, "text/html", cardPolicy),
				new Expected(oembed(), "*/*", "application/json", null),
				new Expected(ARTICLE, HTML, "text/html", "frame-ancestors 'none'"),
				new Expected(ARTICLE, "application/json", "application/json", null),
				new Expected("/articles", HTML, "text/html", "frame-ancestors 'none'"),
				new Expected("/data/changes.json", "*/*", "application/json", null),
				new Expected("/data/changes.atom", "*/*", "text/plain", null) }) {
			String what = expected.path() + " as " + expected.accept();
			HttpResponse<String> response = get(address, expected.path(), "Accept", expected.accept());
			assertThat(response.statusCode()).as(what).isEqualTo(429);
			assertThat(response.headers().firstValue("Content-Type")).as(what)
				.hasValueSatisfying((type) -> assertThat(type).startsWith(expected.type()));
			assertThat(response.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
			assertThat(response.headers().firstValue("ETag")).as(what).isEmpty();
			assertThat(response.headers().firstValue("Retry-After")).as(what)
				.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
			assertThat(response.headers().firstValue("RateLimit-Policy")).as(what)
				.hasValue("\"anonymous\";q=1000;w=36000000");
			assertThat(response.headers().firstValue("RateLimit")).as(what)
				.hasValueSatisfying((value) -> assertThat(value).startsWith("\"anonymous\";r=0;t="));
			assertThat(response.body()).as(what).contains("Rate limit exceeded: this ");
			if (expected.policy() != null) {
				assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
					.hasValueSatisfying((policy) -> assertThat(policy).contains(expected.policy()));
			}
			if (expected.type().equals("application/json")) {
				assertThat(JSON.readTree(response.body()).get("status").asInt()).as(what).isEqualTo(429);
			}
		}
	}

	/**
	 * Each wrong key costs its address a hundredth of the anonymous budget: after a
	 * hundred the address is refused as over budget, on /graphql and everywhere else,
	 * while other addresses and partners go on.
	 */
	@Test
	void guessingKeysGets429OnceTheAddressesAnonymousBudgetIsSpent() throws Exception {
		String address = "192.0.2.4";
		int refused = 0;
		HttpResponse<String> response = null;
		for (int i = 0; i < 1000; i++) {
			response = graphQl(address, "guess-" + i + "-0123456789abcdef");
			if (response.statusCode() != 401) {
				break;
			}
			refused++;
		}
		assertThat(refused).isEqualTo(RateLimiter.WRONG_KEYS_PER_PERIOD);
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(response.headers().firstValue("RateLimit-Policy")).hasValue("\"anonymous\";q=1000;w=36000000");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode error = JSON.readTree(response.body()).at("/errors/0");
		assertThat(error.at("/extensions/code").asString()).isEqualTo("RATE_LIMITED");
		assertThat(error.get("message").asString()).startsWith("Unknown API key in X-API-Key");
		// the address's own budget is what was spent
		assertThat(graphQl(address, null).statusCode()).isEqualTo(429);
		assertThat(get(address, "/embed/statement/" + STATEMENT, "X-API-Key", "guess-0123456789abcdef").statusCode())
			.isEqualTo(429);
		assertThat(get(address, "/data/articles.csv", "X-API-Key", "guess-0123456789abcdef").statusCode())
			.isEqualTo(429);
		// not another address's, nor a partner's
		assertThat(graphQl("192.0.2.5", "guess-0123456789abcdef").statusCode()).isEqualTo(401);
		assertThat(graphQl(address, READER).statusCode()).isEqualTo(200);
	}

	/**
	 * A subscription with a wrong key is charged one guess, not two (the admission's and
	 * the refusal's), and refused as over budget once the address's is spent.
	 */
	@Test
	void aWrongKeyOnASubscriptionIsOneGuess() throws Exception {
		String address = "192.0.2.7";
		long before = remaining(null, address);
		assertThat(subscribe(address, "guess-0123456789abcdef").body()).contains("UNAUTHENTICATED");
		assertThat(remaining(null, address)).isEqualTo(before - 1000 / RateLimiter.WRONG_KEYS_PER_PERIOD - 1);
		this.rateLimiter.chargeUpToWholeBudget(null, address, remaining(null, address));
		assertThat(subscribe(address, "guess-0123456789abcdef").body()).contains("RATE_LIMITED")
			.contains("Unknown API key in X-API-Key");
	}

	/**
	 * Every 429 over a budget is counted by its policy, whatever was asked: an operator's
	 * alert on {@code accords_rate_limit_refusals_total} sees a scraper of pages, cards
	 * and downloads as it sees one of {@code /graphql}.
	 */
	@Test
	void everyRefusalOverABudgetIsCountedByItsPolicy() throws Exception {
		String address = "192.0.2.8";
		this.rateLimiter.chargeUpToWholeBudget(null, address, 1000);
		double before = refusals("anonymous");
		String[] paths = { "/statements/" + STATEMENT, "/embed/statement/" + STATEMENT, ARTICLE, "/articles",
				"/data/changes.json", "/data/articles.csv" };
		for (String path : paths) {
			assertThat(get(address, path, "Accept", HTML).statusCode()).as(path).isEqualTo(429);
		}
		assertThat(graphQl(address, null).statusCode()).isEqualTo(429);
		assertThat(refusals("anonymous") - before).isEqualTo(paths.length + 1);
	}

	double refusals(String policy) {
		Counter counter = this.meters.find("accords.rate.limit.refusals").tag("policy", policy).counter();
		return (counter != null) ? counter.count() : 0;
	}

	/**
	 * A wrong key on a page, a card or a download is a 401, as on /graphql, charged to
	 * the address as a guess.
	 */
	@Test
	void aWrongKeyOnAPageOrADownloadIs401AndSpendsTheAddressesBudget() throws Exception {
		String address = "192.0.2.6";
		long guess = 1000 / RateLimiter.WRONG_KEYS_PER_PERIOD;
		for (String path : new String[] { "/statements/" + STATEMENT, "/embed/statement/" + STATEMENT, ARTICLE,
				"/data/changes.json", "/data/articles.csv" }) {
			long before = remaining(null, address);
			HttpResponse<String> response = get(address, path, "X-API-Key", "guess-0123456789abcdef", "Accept", HTML);
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(path)
				.hasValue("ApiKey header=\"X-API-Key\"");
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
			assertThat(response.body()).as(path).contains("Unknown API key in X-API-Key");
			assertThat(remaining(null, address)).as(path).isEqualTo(before - guess - 1);
		}
	}

}
