import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security probe of a running Accords on loopback, in the spirit of graphql-cop and the
 * OWASP GraphQL cheat sheet. Each check prints PASS, INFO (by design, with the reason) or
 * FINDING; exits 1 on any finding.
 *
 * Usage: java bench/SecurityProbe.java http://127.0.0.1:18080 [introspection-on|introspection-off]
 */
public class SecurityProbe {

	static final Pattern LEAK = Pattern.compile(
			"Exception|\\bat (org|java|jdk|com)\\.|java\\.|springframework|tomcat|Tomcat|mongo|Mongo|bwaldvogel|graphql\\.(execution|language|schema)|\\.java:");

	static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	static String base;

	static int findings;

	static final List<String> bodies = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
		String host = URI.create(base).getHost();
		if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
			throw new IllegalArgumentException("only loopback is a target: " + base);
		}
		boolean introspectionOn = args.length < 2 || !args[1].equals("introspection-off");
		System.out.println("Probing " + base + " (introspection expected " + (introspectionOn ? "on" : "off") + ")");

		// introspection and schema disclosure
		HttpResponse<String> introspection = post(json("{ __schema { queryType { name } types { name } } }"));
		if (introspectionOn) {
			check("Introspection", introspection.statusCode() == 200, true,
					"enabled by design: an open-data API documented for GraphiQL users; switch off with "
							+ "spring.graphql.schema.introspection.enabled=false");
		}
		else {
			check("Introspection disabled", introspection.statusCode() == 400 && !introspection.body().contains("\"data\""),
					false, introspection.statusCode() + " " + introspection.body());
			HttpResponse<String> sdl = send(HttpRequest.newBuilder(URI.create(base + "/graphql/schema")).GET());
			check("SDL download off with introspection", sdl.statusCode() != 200 && !sdl.body().contains("type Query"),
					false, "status " + sdl.statusCode());
		}
		HttpResponse<String> suggestion = post(json("{ statment { totalCount } }"));
		check("Field suggestions", !suggestion.body().contains("Did you mean"), false, suggestion.body());
		HttpResponse<String> circular = post(json("{ __schema { types { fields { type { fields { type { fields { type "
				+ "{ fields { type { fields { type { name } } } } } } } } } } } } }"));
		check("Circular introspection", refused(circular), false, summary(circular));
		HttpResponse<String> badFaith = post(json("{ __schema { types { fields { type { fields { name } } } } } }"));
		check("Repeated introspection fields (good faith)", refused(badFaith), false, summary(badFaith));

		// overloading and batching
		StringBuilder aliases = new StringBuilder("query cop {");
		for (int i = 0; i <= 100; i++) {
			aliases.append(" alias").append(i).append(":__typename");
		}
		HttpResponse<String> aliasResponse = post(json(aliases + " }"));
		check("Alias overloading (101 aliases)", refused(aliasResponse), false, summary(aliasResponse));
		HttpResponse<String> duplication = post(json("query cop { " + "__typename ".repeat(500) + "}"));
		check("Field duplication (500 fields)", refused(duplication), false, summary(duplication));
		HttpResponse<String> directives = post(json("query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }"));
		check("Directive overloading (10 directives)",
				refused(directives) && count(directives.body(), "\"message\"") == 1, false, summary(directives));
		HttpResponse<String> batch = post("[{\"query\":\"query cop { __typename }\"},{\"query\":\"query cop { __typename }\"}]");
		check("Array-based batching", batch.statusCode() == 400 && !batch.body().contains("\"data\""), false,
				summary(batch));
		StringBuilder operations = new StringBuilder();
		for (int i = 0; i < 100; i++) {
			operations.append("query q").append(i).append(" { __typename } ");
		}
		HttpResponse<String> named = post(json(operations.toString()));
		check("Many operations in one document run at most one",
				named.statusCode() == 400 && !named.body().contains("\"data\""), false, summary(named));
		HttpResponse<String> deep = post(json("{ people { edges { node { statements { areas { statements { speaker { "
				+ "statements { areas { statements { speaker { statements { areas { statements { text } } } } } } } } } } } } } } }"));
		check("Deep nesting", refused(deep) && deep.body().contains("DEPTH_LIMIT_EXCEEDED"), false, summary(deep));
		// what costs much whatever the data: 30 pages of 100 statements with a dozen fields
		StringBuilder pages = new StringBuilder("{");
		for (int i = 0; i < 30; i++) {
			pages.append(" s").append(i).append(": statements(first: 100) { edges { node { id text kind saidOn occasion ")
				.append("speakerRole evidence { excerpt start end } speaker { name } } } }");
		}
		HttpResponse<String> costly = post(json(pages.append(" }").toString()));
		check("Expensive query (cost)", refused(costly) && costly.body().contains("COST_LIMIT_EXCEEDED"), false,
				summary(costly));
		// issue 9: nested lists that grow with the data (200 statements per agreement on the
		// 20k corpus) were costed at 5 items and ran for minutes; now they are paged, costed
		// by the served version's bounds, refused or answered at most as big as their cost
		for (String nested : new String[] {
				"{ agreements(first:10) { edges { node { statements { agreement { statements { agreement { statements "
						+ "{ text } } } } } } } } }",
				"{ agreements(first:1) { edges { node { statements { agreement { statements { text } } } } } } }" }) {
			long started = System.nanoTime();
			HttpResponse<String> answer = post(json(nested));
			long millis = (System.nanoTime() - started) / 1_000_000;
			boolean costRefused = refused(answer) && answer.body().contains("COST_LIMIT_EXCEEDED");
			Matcher cost = Pattern.compile("\"requested\":(\\d+)").matcher(answer.body());
			long fields = count(answer.body(), "\":");
			boolean honest = answer.statusCode() == 200 && cost.find() && Long.parseLong(cost.group(1)) >= fields - 6
					&& !answer.body().contains("\"errors\"");
			check("Deep nested lists " + abbreviate(nested), costRefused || honest, false,
					summary(answer) + " in " + millis + " ms, " + fields + " fields, " + answer.body().length() + " bytes");
		}
		// issue 9: long search terms (95 KB terms filled the heap and took 24 s each)
		String term = "q".repeat(95_000);
		long started = System.nanoTime();
		HttpResponse<String> longTerm = post("{\"query\":\"query($t: String!) { search(text: $t) { totalCount } }\","
				+ "\"variables\":{\"t\":\"" + term + "\"}}");
		long longTermMillis = (System.nanoTime() - started) / 1_000_000;
		check("Long search term (95,000 characters)", longTerm.body().contains("BAD_USER_INPUT")
				&& !longTerm.body().contains("\"totalCount\"") && longTermMillis < 1000, false,
				summary(longTerm) + " in " + longTermMillis + " ms");
		started = System.nanoTime();
		HttpResponse<String> longest = post(json("{ search(text: \"" + "q".repeat(200) + "\") { totalCount } }"));
		long longestMillis = (System.nanoTime() - started) / 1_000_000;
		check("Longest allowed search term (200 repeated characters)", longest.statusCode() == 200
				&& longest.body().contains("\"totalCount\"") && longestMillis < 2000, false,
				summary(longest) + " in " + longestMillis + " ms");
		HttpResponse<String> page = post(json("{ statements(first: 100000) { edges { node { id } } } }"));
		check("Huge page size", !page.body().contains("\"edges\":[") && page.body().contains("BAD_USER_INPUT"), false,
				summary(page));

		// huge documents and bodies
		HttpResponse<String> huge = post("{\"query\":\"{ dataset { version } }\",\"extensions\":{\"p\":\"" + "x".repeat(300_000)
				+ "\"}}");
		check("Huge body", huge.statusCode() == 413, false, summary(huge));
		HttpResponse<String> longDocument = post(json("{ dataset { version } }" + " ".repeat(50_000)));
		check("Huge document", longDocument.statusCode() == 400 && longDocument.body().contains("DOCUMENT_TOO_LARGE"),
				false, summary(longDocument));
		HttpResponse<String> tokens = post(json("{ dataset(x: [" + "1 ".repeat(9000) + "]) { version } }"));
		check("Token flood", tokens.statusCode() == 400 && tokens.body().contains("DOCUMENT_TOO_LARGE"), false,
				summary(tokens));
		HttpResponse<String> longUrl = send(HttpRequest
			.newBuilder(URI.create(base + "/graphql?query=" + enc("{ dataset { version } }" + " ".repeat(20_000))))
			.GET());
		check("Huge GET URL", longUrl.statusCode() >= 400 && longUrl.statusCode() < 500, false, "status "
				+ longUrl.statusCode());

		// CSRF and methods
		HttpResponse<String> getMutation = send(HttpRequest
			.newBuilder(URI.create(base + "/graphql?query=" + enc("mutation cop { __typename }")))
			.GET());
		check("Mutation over GET", getMutation.statusCode() == 405, false, summary(getMutation));
		for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=cop" }) {
			HttpResponse<String> simple = send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
				.header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofString(type.startsWith("application/x-www")
						? "query=" + enc("{ __typename }") : "{\"query\":\"{ __typename }\"}")));
			check("CSRF simple request (" + type + ")", simple.statusCode() == 415, false, summary(simple));
		}
		HttpResponse<String> getQuery = send(HttpRequest.newBuilder(URI.create(base + "/graphql?query=" + enc("{ __typename }")))
			.GET());
		check("Queries over GET", getQuery.statusCode() == 200, true,
				"by design (cacheable, ETag): read-only data, no cookies or ambient credentials; mutations are refused over GET");
		HttpResponse<String> cors = send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type"));
		check("CORS for an unknown origin", cors.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), false,
				"status " + cors.statusCode());
		for (String method : new String[] { "PUT", "DELETE", "PATCH" }) {
			HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")));
			check(method + " on /graphql", other.statusCode() == 405 && other.body().startsWith("{\"errors\":["), false,
					summary(other));
		}
		HttpResponse<String> ide = send(HttpRequest.newBuilder(URI.create(base + "/graphiql")).GET());
		check("GraphQL IDE", ide.statusCode() == 200, true, "GraphiQL served from the jar by design, no CDN");

		// error leakage
		String[] hostile = { "{not json", "{\"query\":\"{ dataset { version } \"}", "{\"query\":\"qwerty cop { abc }\"}",
				"{\"query\":\"query($n: Int) { statements(first: $n) { totalCount } }\",\"variables\":{\"n\":\"x\"}}",
				"{\"query\":\"query($n: Int) { statements(first: $n) { totalCount } }\",\"variables\":{\"n\":1e400}}",
				"{\"query\":\"{ node(id: \\\"%%%\\\") { id } }\"}", "{\"query\":\"{ search(text: \\\"\\\") { totalCount } }\"}",
				"{\"query\":\"{ statements(after: \\\"bogus\\\") { totalCount } }\"}",
				"{\"query\":\"{ dataset { version } }\",\"operationName\":\"nope\"}",
				"{\"query\":\"{ dataset { version } }\",\"variables\":" + "[".repeat(5000) + "]".repeat(5000) + "}" };
		boolean clean = true;
		for (String body : hostile) {
			HttpResponse<String> r = post(body);
			if (r.statusCode() >= 500 || LEAK.matcher(r.body()).find() || r.body().contains("\"tracing\"")) {
				clean = false;
				System.out.println("    leaked or 5xx: " + summary(r));
			}
		}
		HttpResponse<String> badKey = send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-API-Key", "guessed")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")));
		clean &= badKey.statusCode() == 401 && !LEAK.matcher(badKey.body()).find();
		byte[] invalidUtf8 = { '{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
		HttpResponse<String> utf8 = send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8)));
		clean &= utf8.statusCode() == 400 && !LEAK.matcher(utf8.body()).find();
		HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(base + "/nothing-here")).GET());
		clean &= !LEAK.matcher(missing.body()).find();
		for (HttpResponse<String> r : List.of(badKey, utf8, missing, longUrl)) {
			if (r.headers().firstValue("Server").isPresent() || r.headers().firstValue("X-Powered-By").isPresent()) {
				clean = false;
				System.out.println("    server identified: " + r.headers().map());
			}
		}
		for (String body : bodies) {
			if (LEAK.matcher(body).find()) {
				clean = false;
				System.out.println("    leaked: " + abbreviate(body));
			}
		}
		check("Error leakage (stack traces, class names, store messages, tracing)", clean, false,
				"see lines above");

		System.out.println(findings == 0 ? "No findings." : findings + " finding(s).");
		System.exit(findings == 0 ? 0 : 1);
	}

	static void check(String name, boolean passed, boolean byDesign, String detail) {
		if (passed && byDesign) {
			System.out.printf("INFO     %s: %s%n", name, detail);
		}
		else if (passed) {
			System.out.printf("PASS     %s%n", name);
		}
		else {
			findings++;
			System.out.printf("FINDING  %s: %s%n", name, abbreviate(detail));
		}
	}

	static boolean refused(HttpResponse<String> r) {
		return r.statusCode() == 400 && r.body().startsWith("{\"errors\":[") && !r.body().contains("\"data\"");
	}

	static String json(String document) {
		return "{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static HttpResponse<String> post(String body) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		bodies.add(response.body());
		return response;
	}

	static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	static String summary(HttpResponse<String> r) {
		return r.statusCode() + " " + abbreviate(r.body());
	}

	static String abbreviate(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

}
