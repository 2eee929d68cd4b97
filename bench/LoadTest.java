import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load test of a running Accords on loopback: CLIENTS concurrent clients for SECONDS
 * seconds, mixing valid queries (checked for the right answer), invalid and oversized
 * requests (checked for their 4xx), and prints a summary. Exits 1 when any request got a
 * 5xx other than 503, a valid request got a wrong answer, or an invalid one was accepted.
 *
 * Usage: java bench/LoadTest.java http://127.0.0.1:18080 [clients] [seconds] [api-key]
 */
public class LoadTest {

	static final String TYPICAL = "query typical { statements(first: %d) { totalCount edges { cursor node { id kind text "
			+ "saidOn speaker { id name } areas { id name } evidence { start end excerpt article { id publisher } } } } "
			+ "pageInfo { hasNextPage endCursor } } }";

	static final String[] SEARCHES = { "drone", "armonaite", "kasciunas", "ukraine", "memorandum", "production",
			"defence", "nothing-matches-this" };

	/** The data each search answered before the load: every answer under load must be the same. */
	static final Map<String, String> EXPECTED = new ConcurrentHashMap<>();

	record Outcome(String kind, int status, boolean ok, String note) {
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
		URI uri = URI.create(base);
		if (!uri.getHost().equals("127.0.0.1") && !uri.getHost().equals("localhost")) {
			throw new IllegalArgumentException("only loopback is a target: " + base);
		}
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
		String apiKey = args.length > 3 ? args[3] : null;
		long maxRequests = 20_000_000L;

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		URI graphql = URI.create(base + "/graphql");
		Map<String, LongAdder> byKindAndStatus = new ConcurrentHashMap<>();
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicLong sent = new AtomicLong();
		LongAdder validChecked = new LongAdder();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		String oversizedBody = "{\"query\":\"{ dataset { version } }\",\"extensions\":{\"pad\":\"" + "x".repeat(200_000)
				+ "\"}}";
		String longDocument = "{ dataset { version } }" + " ".repeat(30_000);

		for (String text : SEARCHES) {
			EXPECTED.put(text, data(get(http, graphql, search(text), apiKey).body()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				List<Long> mine = new ArrayList<>();
				while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
					int pick = ThreadLocalRandom.current().nextInt(100);
					long t0 = System.nanoTime();
					Outcome outcome;
					try {
						outcome = send(http, graphql, pick, apiKey, oversizedBody, longDocument);
					}
					catch (Exception ex) {
						outcome = new Outcome("io", -1, false, ex.toString());
					}
					mine.add(System.nanoTime() - t0);
					byKindAndStatus.computeIfAbsent(outcome.kind() + " " + outcome.status(), (k) -> new LongAdder())
						.increment();
					if (outcome.kind().startsWith("valid") && outcome.ok()) {
						validChecked.increment();
					}
					if (!outcome.ok() && failures.size() < 20) {
						failures.add(outcome.kind() + " " + outcome.status() + " " + outcome.note());
					}
				}
				latencies.addAll(mine);
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
		double elapsed = (System.nanoTime() - started) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		long total = sorted.size();
		long bad5xx = byKindAndStatus.entrySet()
			.stream()
			.filter((e) -> {
				int status = Integer.parseInt(e.getKey().substring(e.getKey().lastIndexOf(' ') + 1));
				return (status >= 500 && status != 503) || status < 0;
			})
			.mapToLong((e) -> e.getValue().sum())
			.sum();
		System.out.printf("clients %d, %.1f s, %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms%n", clients, elapsed,
				total, total / elapsed, percentile(sorted, 50), percentile(sorted, 99));
		new TreeMap<>(byKindAndStatus).forEach((k, v) -> System.out.printf("  %-28s %d%n", k, v.sum()));
		System.out.printf("valid requests answered correctly: %d; 5xx other than 503 (or I/O errors): %d; "
				+ "wrong outcomes: %d%n", validChecked.sum(), bad5xx, failures.size());
		failures.forEach((f) -> System.out.println("  FAILED " + f));
		System.exit((bad5xx == 0 && failures.isEmpty()) ? 0 : 1);
	}

	static double percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p / 100.0))) / 1e6;
	}

	static Outcome send(HttpClient http, URI graphql, int pick, String apiKey, String oversizedBody,
			String longDocument) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		if (pick < 45) {
			int n = 1 + random.nextInt(20);
			HttpResponse<String> r = post(http, graphql, json(String.format(TYPICAL, n)), apiKey);
			boolean ok = r.statusCode() == 200 && r.body().startsWith("{\"data\":{\"statements\":{\"totalCount\":5,")
					&& count(r.body(), "\"cursor\"") == Math.min(n, 5) && !r.body().contains("\"errors\"");
			return new Outcome("valid statements", r.statusCode(), ok, ok ? "" : abbreviate(r.body()));
		}
		if (pick < 60) {
			String text = SEARCHES[random.nextInt(SEARCHES.length)];
			HttpResponse<String> r = get(http, graphql, search(text), apiKey);
			boolean ok = r.statusCode() == 200 && r.body().startsWith("{\"data\":{\"search\":")
					&& data(r.body()).equals(EXPECTED.get(text));
			return new Outcome("valid search (GET)", r.statusCode(), ok, ok ? "" : abbreviate(r.body()));
		}
		if (pick < 65) {
			HttpResponse<String> r = post(http, graphql, json("{ dataset { version counts { statements } } }"), null);
			boolean ok = (r.statusCode() == 200 && r.body().contains("\"statements\":5"))
					|| (r.statusCode() == 429 && r.body().contains("RATE_LIMITED"));
			return new Outcome("valid anonymous", r.statusCode(), ok, ok ? "" : abbreviate(r.body()));
		}
		String[][] invalid = { { "{not json", "400" }, { "[{\"query\":\"{ dataset { version } }\"}]", "400" },
				{ json("{ nope }"), "400" }, { json("{ dataset { version } "), "400" },
				{ json("{ statements(first: 500) { totalCount edges { node { id } } } }"), "400" },
				{ json("{" + " a: __typename".repeat(40) + " }"), "400" },
				{ json("{ people { edges { node { statements { areas { statements { speaker { statements { areas "
						+ "{ commitments { areas { statements { text } } } } } } } } } } } } }"), "400" },
				{ json(longDocument), "400" }, { oversizedBody, "413" } };
		String[] chosen = invalid[pick % invalid.length];
		HttpResponse<String> r = post(http, graphql, chosen[0], apiKey);
		boolean errorShaped = r.body().startsWith("{\"errors\":[") && r.body().contains("\"code\":\"");
		boolean ok = r.statusCode() == Integer.parseInt(chosen[1]) && errorShaped && !r.body().contains("Exception");
		return new Outcome("invalid/oversized", r.statusCode(), ok, ok ? "" : abbreviate(chosen[0]) + " -> "
				+ abbreviate(r.body()));
	}

	static String search(String text) {
		return "{ search(text: \"" + text + "\", first: 5) { totalCount edges { node { __typename } } } }";
	}

	/** The answer without its extensions, which describe the client's budget. */
	static String data(String body) {
		int extensions = body.indexOf(",\"extensions\":");
		return (extensions < 0) ? body : body.substring(0, extensions);
	}

	static String json(String document) {
		return "{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
	}

	static HttpResponse<String> post(HttpClient http, URI uri, String body, String apiKey) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> get(HttpClient http, URI uri, String query, String apiKey) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(uri + "?query=" + java.net.URLEncoder.encode(query, "UTF-8")))
			.timeout(Duration.ofSeconds(30));
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	static String abbreviate(String text) {
		return text.length() > 160 ? text.substring(0, 160) + "…" : text;
	}

}
