package org.accords.graphql;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.accords.graphql.http.ResponseCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as the specification and browsers expect it: methods, media types,
 * status codes, GraphQL-shaped errors, ETags and the response cache.
 */
@GuardedHttpTest
class TransportTests {

	static final String QUERY = "{ statements(first: 2) { totalCount } }";

	@LocalServerPort
	int port;

	@Autowired
	ExecutionCounter counter;

	@Autowired
	ResponseCache responseCache;

	HttpClientSupport client;

	@BeforeEach
	void client() {
		this.client = new HttpClientSupport(this.port);
		this.responseCache.clear();
	}

	@Test
	void getServesQueriesWithETagAndCacheControl() {
		HttpResponse<String> response = this.client.get(QUERY);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.startsWith("{\"data\":{\"statements\":{\"totalCount\":5}},\"extensions\":{\"cost\":");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/graphql-response+json");
		assertThat(response.headers().firstValue("ETag"))
			.hasValueSatisfying((etag) -> assertThat(etag).matches("W/\"[0-9a-f]{32}~[0-9a-f]{8}\""));
		assertThat(response.headers().firstValue("Cache-Control")).as("private: it carries the client's budget")
			.hasValue("max-age=60, private");
	}

	/**
	 * Answers echo what was sent (a string in a validation message, a search term in a
	 * highlight): every answer of the endpoint, data, CSV, errors and refusals alike,
	 * tells browsers not to read it as anything but its Content-Type, as the downloads'
	 * errors do.
	 */
	@Test
	void everyAnswerTellsBrowsersNotToSniffItsType() {
		List<HttpResponse<String>> answers = List.of(this.client.get(QUERY), this.client.get(QUERY),
				this.client.get("{ statements { edges { node { id } } } }", "Accept", "text/csv"),
				this.client.get("{ search(text: 1) { totalCount } }"),
				this.client.post("{\"query\":\"{ x }\"}", "Content-Type", "text/plain"),
				this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql"))
					.method("PUT", HttpRequest.BodyPublishers.noBody())
					.build()),
				this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql/")).build()));
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.headers().allValues("X-Content-Type-Options"))
				.as(answer.request().method() + " " + answer.uri() + " " + answer.statusCode())
				.containsExactly("nosniff");
		}
	}

	/**
	 * Opened in a browser (the endpoint's address, a link), {@code /graphql} without a
	 * query says how to send one, and where to explore the API by hand.
	 */
	@Test
	void aGetWithoutAQuerySaysHowToSendOneAndWhereToExplore() {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql"))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.build());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"code\":\"BAD_REQUEST\"",
				"A \\\"query\\\" is required: send it as a parameter (/graphql?query={ dataset { version } }) or POST"
						+ " it in a JSON body; to explore the API in a browser, open /graphiql");
	}

	/**
	 * A query's link opened in a browser is shown, not downloaded: an Accept that names
	 * no GraphQL type (a browser's, curl's and fetch's {@code *}{@code /*}) is answered
	 * {@code application/json}; one that names {@code application/graphql-response+json}
	 * still gets it.
	 */
	@Test
	void aBrowserOpeningAQuerysLinkGetsJsonItDisplays() {
		String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
		for (String accept : new String[] { browser, "*/*" }) {
			HttpResponse<String> response = this.client.get(QUERY, "Accept", accept);
			assertThat(response.statusCode()).as(accept).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValue("application/json");
			assertThat(response.body()).as(accept).startsWith("{\"data\":{\"statements\":{\"totalCount\":5}}");
		}
		assertThat(this.client.get(QUERY, "Accept", "application/graphql-response+json, */*")
			.headers()
			.firstValue("Content-Type")).hasValue("application/graphql-response+json");
	}

	@Test
	void getAcceptsVariablesAndOperationName() {
		HttpResponse<String> response = this.client.get(
				"query a { dataset { version } } query b($n: Int) { statements(first: $n) { totalCount } }",
				"?operationName", "b", "?variables", "{\"n\":1}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"totalCount\":5");
	}

	@Test
	void anETagAnEarlierReleaseWroteIsAnsweredWithTheAnswerThisOneWrites() {
		String etag = this.client.get(QUERY).headers().firstValue("ETag").orElseThrow();
		// the tag of the same query and version as a release before wrote it (the
		// request's hash alone) or another build
		for (String earlier : new String[] { etag.replaceAll("~[0-9a-f]{8}", ""),
				etag.replaceAll("~[0-9a-f]{8}", "~00000000") }) {
			HttpResponse<String> revalidated = this.client.get(QUERY, "If-None-Match", earlier);
			assertThat(revalidated.statusCode()).as(earlier).isEqualTo(200);
			assertThat(revalidated.body()).contains("\"totalCount\":5");
			assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
		}
	}

	@Test
	void ifNoneMatchAnswers304WithoutExecuting() {
		String etag = this.client.get(QUERY).headers().firstValue("ETag").orElseThrow();
		this.responseCache.clear();
		int before = this.counter.executions.get();
		HttpResponse<String> revalidated = this.client.get(QUERY, "If-None-Match", etag);
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
		assertThat(this.client.get(QUERY, "If-None-Match", "*").statusCode()).as("* names any current answer")
			.isEqualTo(304);
		assertThat(this.counter.executions.get()).isEqualTo(before);
	}

	@Test
	void repeatedQueriesAreAnsweredFromTheResponseCache() {
		String first = this.client.post("{\"query\":\"" + QUERY + "\"}").body();
		int before = this.counter.executions.get();
		String second = this.client.post("{\"query\":\"" + QUERY + "\"}").body();
		assertThat(data(second)).isEqualTo(data(first));
		assertThat(this.counter.executions.get()).isEqualTo(before);
		this.client.post("{\"query\":\"" + QUERY + "\"}", "Accept", "application/json");
		assertThat(this.counter.executions.get()).as("another media type is another entry").isEqualTo(before + 1);
	}

	/** The response without its extensions, which describe the client's budget. */
	static String data(String body) {
		return body.substring(0, body.indexOf(",\"extensions\":"));
	}

	@Test
	void operationNameAndVariablesKeepCachedAnswersApart() {
		String document = "query a { dataset { version } } query b($n: Int = 2) { statements(first: $n) { edges { cursor } } }";
		String a = "{\"query\":\"" + document + "\",\"operationName\":\"a\"}";
		String b = "{\"query\":\"" + document + "\",\"operationName\":\"b\"}";
		String one = "{\"query\":\"" + document + "\",\"operationName\":\"b\",\"variables\":{\"n\":1}}";
		String firstA = data(this.client.post(a).body());
		String firstB = data(this.client.post(b).body());
		String firstOne = data(this.client.post(one).body());
		assertThat(firstA).contains("\"version\"").doesNotContain("edges");
		assertThat(firstB.split("\"cursor\"", -1)).as("two edges by default").hasSize(3);
		assertThat(firstOne.split("\"cursor\"", -1)).as("one edge with n = 1").hasSize(2);
		int before = this.counter.executions.get();
		assertThat(data(this.client.post(b).body())).isEqualTo(firstB);
		assertThat(data(this.client.post(one).body())).isEqualTo(firstOne);
		assertThat(data(this.client.post(a).body())).isEqualTo(firstA);
		assertThat(this.counter.executions.get()).as("each answered from its own entry").isEqualTo(before);
	}

	/**
	 * An answer with errors (a bad argument, a document that does not validate, a
	 * timeout) is about this request: never kept by a browser or a CDN, which would
	 * otherwise keep it by their own heuristics, and without the ETag a 304 would confirm
	 * it with.
	 */
	@Test
	void getAnswersWithErrorsAreNeitherKeptNorTagged() {
		for (String query : new String[] { "{ statements(first: 500) { totalCount } }", "{ statemnts { totalCount } }",
				"{ statements(first: 1) { totalCount" }) {
			HttpResponse<String> response = this.client.get(query, "Accept", "application/json");
			assertThat(response.body()).as(query).contains("\"errors\"");
			assertThat(response.headers().firstValue("Cache-Control")).as(query).hasValue("no-store");
			assertThat(response.headers().firstValue("ETag")).as(query).isEmpty();
		}
	}

	@Test
	void failedResponsesAreNotCached() {
		String failing = "{\"query\":\"{ statements(first: 500) { totalCount } }\"}";
		this.client.post(failing);
		int before = this.counter.executions.get();
		this.client.post(failing);
		assertThat(this.counter.executions.get()).isEqualTo(before + 1);
	}

	/**
	 * A mutation over GET is a 405, as the GraphQL-over-HTTP specification asks, but it
	 * says what a POSTed one is told: Accords has no mutations, so advice to POST it
	 * would lead nowhere.
	 */
	@Test
	void mutationsOverGetAreRefusedWith405SayingAccordsIsReadOnly() {
		HttpResponse<String> response = this.client.get("mutation { anything }");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(response.body()).contains("METHOD_NOT_ALLOWED")
			.contains("\"message\":\"Accords is read-only: it serves queries and subscriptions, not mutations\"")
			.doesNotContain("with POST");
	}

	/**
	 * A version not kept is a 404 however it is named: in {@code Accords-Version},
	 * refused before execution, or in {@code dataset(version:)}, a field error that
	 * leaves no data (it was 400 there, while the error table said 404);
	 * {@code application/json} keeps 200 for an executed answer, as the specification
	 * asks.
	 */
	@Test
	void aVersionNotKeptIs404WhetherTheHeaderOrDatasetVersionNamesIt() {
		HttpResponse<String> header = this.client.post("{\"query\":\"" + QUERY + "\"}", "Accords-Version", "nope");
		assertThat(header.statusCode()).as(header.body()).isEqualTo(404);
		assertThat(header.body()).contains("\"code\":\"VERSION_NOT_KEPT\"");
		String field = "{\"query\":\"{ dataset(version: \\\"nope\\\") { version } }\"}";
		HttpResponse<String> executed = this.client.post(field);
		assertThat(executed.statusCode()).as(executed.body()).isEqualTo(404);
		assertThat(executed.body()).startsWith("{\"errors\":[")
			.contains("\"code\":\"VERSION_NOT_KEPT\"", "\"data\":null");
		assertThat(this.client.post(field, "Accept", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void otherMethodsAreRefusedWith405AndAllowInGraphQlShape() {
		for (String method : new String[] { "PUT", "DELETE", "PATCH" }) {
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql"))
				.method(method, HttpRequest.BodyPublishers.ofString("{\"query\":\"" + QUERY + "\"}"))
				.header("Content-Type", "application/json")
				.build());
			assertThat(response.statusCode()).as(method).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow"))
				.hasValueSatisfying((allow) -> assertThat(allow).contains("GET").contains("POST"));
			assertThat(response.body()).as(method)
				.startsWith("{\"errors\":[")
				.contains("\"code\":\"METHOD_NOT_ALLOWED\"")
				.contains("\"message\":\"" + method + " is not supported: Accords is read-only (no mutations);"
						+ " send queries with GET or POST\"")
				.doesNotContain("timestamp");
		}
	}

	/**
	 * A refusal's error is written as an executed one is, message first, on every
	 * instance: it was a {@code Map.of}, whose order is drawn anew at each JVM start.
	 */
	@Test
	void refusalsListTheMessageFirstAsExecutedErrorsDo() {
		HttpResponse<String> refused = this.client.get("mutation { anything }");
		assertThat(refused.statusCode()).isEqualTo(405);
		assertThat(refused.body()).startsWith("{\"errors\":[{\"message\":\"");
		HttpResponse<String> executed = this.client.get("{ nothing }");
		assertThat(executed.body()).startsWith("{\"errors\":[{\"message\":\"");
	}

	@Test
	void hostileJsonIsRefusedWith400NeverA500() {
		String deep = "{\"query\":\"{ dataset { version } }\",\"variables\":{\"a\":" + "[".repeat(900) + "]".repeat(900)
				+ "}}";
		String deepVariable = "{\"query\":\"query($f: StatementFilter) { statements(filter: $f) { totalCount } }\","
				+ "\"variables\":{\"f\":" + "{\"text\":".repeat(200) + "\"x\"" + "}".repeat(200) + "}}";
		String[] bodies = { deep, deepVariable, "{\"query\":\"" + "x".repeat(1900) + "\"}",
				"[{\"query\":\"" + QUERY + "\"}]", "{\"query\":\"{ dataset { version } }\",\"variables\":\"{}\"}",
				"\"just a string\"", "null" };
		for (String body : bodies) {
			HttpResponse<String> response = this.client.post(body);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.body()).as(body).startsWith("{\"errors\":[").contains("\"code\":\"");
		}
		byte[] invalidUtf8 = { '{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8))
			.header("Content-Type", "application/json")
			.build());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"code\":\"BAD_REQUEST\"");
	}

	/**
	 * A body a client batched (Apollo's BatchHttpLink sends an array) is told that
	 * batching is not supported, and JSON that does not parse says where it stops, as a
	 * query's syntax errors do: "the body must be an object" and "not valid JSON" alone
	 * leave a developer to guess.
	 */
	/**
	 * Variables sent as a string holding their JSON (JSON.stringify of the variables,
	 * then of the body) were told only that they must be an object: they are now told
	 * what was sent and what to send.
	 */
	@Test
	void variablesSentAsAStringAreToldToSendTheObject() {
		HttpResponse<String> stringified = this.client.post(
				"{\"query\":\"query($n: Int) { statements(first: $n) { totalCount } }\",\"variables\":\"{\\\"n\\\":2}\"}");
		assertThat(stringified.statusCode()).isEqualTo(400);
		assertThat(stringified.body()).contains("\"code\":\"BAD_REQUEST\"",
				"\\\"variables\\\" must be a JSON object, not a string holding one: send the object itself"
						+ " (JSON.stringify({ query, variables }) once, not the variables stringified first)");
		HttpResponse<String> list = this.client.post("{\"query\":\"" + QUERY + "\",\"variables\":[1]}");
		assertThat(list.body()).contains("\\\"variables\\\" must be a JSON object\"");
	}

	@Test
	void aBatchOrBrokenJsonIsRefusedSayingWhatToSend() {
		HttpResponse<String> batch = this.client
			.post("[{\"query\":\"" + QUERY + "\"},{\"query\":\"{ dataset { version } }\"}]");
		assertThat(batch.statusCode()).isEqualTo(400);
		assertThat(batch.body()).contains("\"code\":\"BAD_REQUEST\"",
				"The request body is a JSON array (a batch of 2 operations): batching is not supported;"
						+ " send each operation in a request of its own, as a JSON object with a \\\"query\\\"");
		HttpResponse<String> trailingComma = this.client.post("{\"query\":\"" + QUERY + "\",\n \"variables\": {},}");
		assertThat(trailingComma.statusCode()).isEqualTo(400);
		assertThat(trailingComma.body()).contains("\"code\":\"BAD_REQUEST\"",
				"The request body is not valid JSON at line 2, column 18: build it with a JSON encoder"
						+ " (JSON.stringify({ query, variables }) in JavaScript), not by hand");
		// columns count characters, not UTF-8 bytes, as an editor counts them
		HttpResponse<String> accented = this.client.post("{\"query\":\"{ search(text: \\\"Kasčiūnas\\\") }\" x}");
		assertThat(accented.body()).contains("not valid JSON at line 1, column 44:");
		// bytes that are not UTF-8 are said to be that, not a JSON mistake
		byte[] latin1 = "{\"query\":\"{ search(text: \\\"Café\\\") { totalCount } }\"}"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		HttpResponse<String> notUtf8 = this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(latin1))
			.header("Content-Type", "application/json")
			.build());
		assertThat(notUtf8.statusCode()).isEqualTo(400);
		assertThat(notUtf8.body())
			.contains("The request body is not UTF-8 (at byte 30): send the JSON encoded as UTF-8");
	}

	/**
	 * JSON that parses but goes past the parser's bounds (nesting, a number's digits) was
	 * called "not valid JSON: build it with a JSON encoder, not by hand", though an
	 * encoder writes it: the answer says which bounds it is read within.
	 */
	@Test
	void jsonBeyondTheParsersBoundsIsSaidToBeThatNotMalformed() {
		String deep = "[".repeat(600) + "]".repeat(600);
		String bounds = "arrays and objects nested at most 500 deep, numbers of at most 1000 digits and keys of at"
				+ " most 50000 characters; no variable of this API needs more";
		HttpResponse<String> nested = this.client
			.post("{\"query\":\"" + QUERY + "\",\"variables\":{\"x\":" + deep + "}}");
		assertThat(nested.statusCode()).isEqualTo(400);
		assertThat(nested.body())
			.contains("\"code\":\"BAD_REQUEST\"", "The request body is JSON beyond what Accords reads: " + bounds)
			.doesNotContain("not valid JSON", "StreamReadConstraints");
		HttpResponse<String> digits = this.client
			.post("{\"query\":\"" + QUERY + "\",\"variables\":{\"x\":" + "7".repeat(1200) + "}}");
		assertThat(digits.statusCode()).isEqualTo(400);
		assertThat(digits.body()).contains("The request body is JSON beyond what Accords reads: " + bounds);
		HttpResponse<String> overGet = this.client.get(QUERY, "?variables", "{\"x\":" + deep + "}");
		assertThat(overGet.statusCode()).isEqualTo(400);
		assertThat(overGet.body()).contains("\\\"variables\\\" is JSON beyond what Accords reads: " + bounds);
	}

	@Test
	void bodiesBrowsersSendWithoutPreflightAreRefusedWith415() {
		for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x" }) {
			HttpResponse<String> response = this.client.post("{\"query\":\"" + QUERY + "\"}", "Content-Type", type);
			assertThat(response.statusCode()).as(type).isEqualTo(415);
			assertThat(response.body()).contains("UNSUPPORTED_MEDIA_TYPE");
		}
	}

	@Test
	void a415NamesTheContentTypeReceivedAndTheHeaderToSend() {
		// fetch(url, { method: 'POST', body: JSON.stringify(…) }) without headers sends
		// this:
		// the body is JSON, so "send the body as application/json" did not say what was
		// wrong
		HttpResponse<String> fetched = this.client.post("{\"query\":\"" + QUERY + "\"}", "Content-Type",
				"text/plain;charset=UTF-8");
		assertThat(fetched.statusCode()).isEqualTo(415);
		assertThat(fetched.body()).contains("The request's Content-Type is text/plain;charset=UTF-8, not "
				+ "application/json: send the JSON body with the header Content-Type: application/json (fetch() "
				+ "labels a string body text/plain unless its headers say otherwise)");
		HttpResponse<String> curled = this.client.post("{\"query\":\"" + QUERY + "\"}", "Content-Type",
				"application/x-www-form-urlencoded");
		assertThat(curled.body()).as("curl -d without -H")
			.contains("The request's Content-Type is application/x-www-form-urlencoded, not application/json: send "
					+ "the JSON body with the header Content-Type: application/json (curl -d labels its body a form "
					+ "unless -H 'Content-Type: application/json' says otherwise)");
		// the document as the body, as express-graphql once read it: JSON is what to wrap
		// it in
		HttpResponse<String> document = this.client.post(QUERY, "Content-Type", "application/graphql");
		assertThat(document.statusCode()).isEqualTo(415);
		assertThat(document.body()).contains("The request's Content-Type is application/graphql, not application/json:"
				+ " send the JSON body with the header Content-Type: application/json (a document sent as the whole"
				+ " body is not read: send it as the query of a JSON object, {\\\"query\\\": \\\"{ … }\\\"})");
		HttpResponse<String> none = this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + QUERY + "\"}"))
			.build());
		assertThat(none.statusCode()).isEqualTo(415);
		assertThat(none.body()).contains("The request has no Content-Type header: send the JSON body with the "
				+ "header Content-Type: application/json");
		HttpResponse<String> malformed = this.client.post("{\"query\":\"" + QUERY + "\"}", "Content-Type", "json");
		assertThat(malformed.statusCode()).isEqualTo(415);
		assertThat(malformed.body()).contains("The request's Content-Type 'json' is not a media type: send the JSON "
				+ "body with the header Content-Type: application/json");
	}

	/**
	 * A long Content-Type is echoed as every refusal echoes what was sent
	 * ({@code http/Echo}): its first 80 characters and its length. Tomcat refuses a
	 * header block over 8 KB before the application sees it, so 7,000 characters is the
	 * longest that reaches the 415.
	 */
	@Test
	void a415EchoesALongContentTypeBounded() {
		String type = "text/plain;note=" + "x".repeat(7_000);
		HttpResponse<String> response = this.client.post("{\"query\":\"" + QUERY + "\"}", "Content-Type", type);
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.body()).hasSizeLessThan(1_000)
			.contains("The request's Content-Type is " + type.substring(0, 80) + "… (" + type.length()
					+ " characters), not application/json");
		HttpResponse<String> malformed = this.client.post("{\"query\":\"" + QUERY + "\"}", "Content-Type",
				"json" + "x".repeat(7_000));
		assertThat(malformed.statusCode()).isEqualTo(415);
		assertThat(malformed.body()).hasSizeLessThan(1_000)
			.contains("The request's Content-Type 'json" + "x".repeat(76) + "'… (7004 characters) is not a media type");
	}

	/**
	 * A body that names a key twice is refused, not run as its last value: a proxy or a
	 * log that reads the first would see another query than the one run.
	 */
	@Test
	void aBodyThatNamesAKeyTwiceIsRefusedNamingIt() {
		HttpResponse<String> twice = this.client.post(
				"{\"query\":\"{ dataset { version } }\",\n \"query\":\"" + QUERY + "\"}", "Accept",
				"application/graphql-response+json");
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(twice.body())
			.contains("\"code\":\"BAD_REQUEST\"",
					"The request body names 'query' twice at line 2, column 2: send each name of a JSON object once")
			.doesNotContain("\"data\"");
		HttpResponse<String> variables = this.client
			.post("{\"query\":\"" + QUERY + "\",\"variables\":{\"first\":1,\"first\":2}}");
		assertThat(variables.statusCode()).isEqualTo(400);
		assertThat(variables.body()).contains("The request body names 'first' twice");
		// the same name spelt with an escape, in an object within an object
		HttpResponse<String> escaped = this.client
			.post("{\"query\":\"" + QUERY + "\",\"variables\":{\"filter\":{\"kind\":1,\"ki\\u006ed\":2}}}");
		assertThat(escaped.statusCode()).isEqualTo(400);
		assertThat(escaped.body()).contains("The request body names 'kind' twice at line 1, column ");
		HttpResponse<String> once = this.client.post("{\"query\":\"" + QUERY + "\",\"variables\":{\"first\":1}}");
		assertThat(once.statusCode()).isEqualTo(200);
	}

	/**
	 * A GET's {@code variables} (or {@code extensions}) that named a key twice ran with
	 * the last value, where a POSTed body that does is refused; and a parameter given
	 * twice ({@code ?query=A&query=B}) ran the two joined by a comma, which GraphQL reads
	 * as white space. Both refused as the body is, naming what was given twice.
	 */
	@Test
	void aGetThatNamesAKeyOrAParameterTwiceIsRefusedNamingIt() {
		HttpResponse<String> variables = this.client.get(QUERY, "?variables", "{\"first\":1,\n \"first\":2}");
		assertThat(variables.statusCode()).isEqualTo(400);
		assertThat(variables.body())
			.contains("\"code\":\"BAD_REQUEST\"",
					"The \\\"variables\\\" parameter names 'first' twice at line 2, column 2: send each name of a JSON"
							+ " object once")
			.doesNotContain("\"data\"");
		HttpResponse<String> extensions = this.client.get(QUERY, "?extensions",
				"{\"persistedQuery\":{\"version\":1,\"version\":2}}");
		assertThat(extensions.statusCode()).isEqualTo(400);
		assertThat(extensions.body())
			.contains("The \\\"extensions\\\" parameter names 'version' twice at line 1, column 32");
		for (String parameter : List.of("query", "operationName", "variables", "extensions", "version", "bom")) {
			String value = switch (parameter) {
				case "query" -> QUERY;
				case "operationName" -> "Versions";
				case "version" -> "0123456789abcdef";
				case "bom" -> "true";
				default -> "{}";
			};
			// the query is given once already
			HttpResponse<String> repeated = parameter.equals("query") ? this.client.get(QUERY, "?query", value)
					: this.client.get(QUERY, "?" + parameter, value, "?" + parameter, value);
			assertThat(repeated.statusCode()).as(parameter).isEqualTo(400);
			assertThat(repeated.body()).as(parameter)
				.contains("\"code\":\"BAD_REQUEST\"",
						"The query string gives '" + parameter + "' more than once: give each parameter once")
				.doesNotContain("\"data\"");
		}
		assertThat(this.client.get(QUERY, "?variables", "{\"first\":1}").statusCode()).isEqualTo(200);
	}

	@Test
	void anAcceptHeaderOfMoreThan50MediaTypesIsRefusedWith400() {
		String accept = String.join(", ", java.util.Collections.nCopies(51, "application/json"));
		HttpResponse<String> response = this.client.post("{\"query\":\"" + QUERY + "\"}", "Accept", accept);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"code\":\"BAD_REQUEST\"", "more than 50");
		assertThat(this.client.get(QUERY, "Accept", accept).statusCode()).isEqualTo(400);
	}

	@Test
	void optionsAdvertisesOnlyTheMethodsThatWork() {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(response.statusCode()).isLessThan(300);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET,HEAD,POST,OPTIONS");
		HttpResponse<String> head = this.client
			.send(HttpRequest.newBuilder(this.client.uri("/graphql?query=" + HttpClientSupport.encode(QUERY)))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build());
		assertThat(head.statusCode()).isEqualTo(200);
	}

	@Test
	void unsupportedAcceptIsRefusedWith406() {
		HttpResponse<String> response = this.client.post("{\"query\":\"" + QUERY + "\"}", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(406);
	}

	@Test
	void applicationJsonIsServedWhenAsked() {
		HttpResponse<String> response = this.client.post("{\"query\":\"{ nope }\"}", "Accept", "application/json");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.statusCode()).as("validation errors are 200 for application/json").isEqualTo(200);
		assertThat(response.body()).contains("GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void badRequestsAre400WithGraphQlShapedErrors() {
		String[][] cases = { { "{not json", "BAD_REQUEST" }, { "[1, 2]", "BAD_REQUEST" },
				{ "{\"query\": \"{ dataset { version } }\", \"variables\": [1]}", "BAD_REQUEST" },
				{ "{\"query\": 42}", "BAD_REQUEST" }, { "{}", "BAD_REQUEST" },
				{ "{\"query\": \"{ dataset { version } \"}", "GRAPHQL_PARSE_FAILED" },
				{ "{\"query\": \"{ nope }\"}", "GRAPHQL_VALIDATION_FAILED" },
				{ "{\"query\": \"query($n: Int) { statements(first: $n) { totalCount } }\", \"variables\": {\"n\": \"ten\"}}",
						"GRAPHQL_VALIDATION_FAILED" },
				{ "{\"query\": \"query($n: Int) { statements(first: $n) { totalCount } }\", \"variables\": {\"n\": 99999999999999999999999}}",
						"GRAPHQL_VALIDATION_FAILED" },
				{ "{\"query\": \"query a { dataset { version } }\", \"operationName\": \"b\"}",
						"GRAPHQL_VALIDATION_FAILED" } };
		for (String[] c : cases) {
			HttpResponse<String> response = this.client.post(c[0]);
			assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
			assertThat(response.body()).as(c[0]).startsWith("{\"errors\":[").contains("\"code\":\"" + c[1] + "\"");
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
		}
	}

	@Test
	void oversizedBodiesAreRefusedWith413() {
		// over accords.http.max-body-size's default of 100 KB
		HttpResponse<String> response = this.client.post(
				"{\"query\":\"{ dataset { version } }\", \"extensions\": {\"pad\": \"" + "x".repeat(103_000) + "\"}}");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("PAYLOAD_TOO_LARGE")
			.contains("\"message\":\"The request body is larger than 102400 bytes: a document holds at most 3000"
					+ " characters, so what makes a body this large is its variables or extensions; send fewer"
					+ " values (fewer ids) in each request, over several requests\"");
	}

	@Test
	void aTrailingSlashIsAGraphQlShaped404NamingTheEndpointThatAPageCanRead() {
		String expected = "{\"errors\":[{\"message\":\"Nothing is served at /graphql/: send GraphQL requests to "
				+ "/graphql, without the trailing slash\",\"extensions\":{\"code\":\"NOT_FOUND\"";
		HttpResponse<String> posted = this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql/"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ dataset { version } }\"}"))
			.header("Content-Type", "application/json")
			.header("Origin", "https://partner.example")
			.build());
		assertThat(posted.statusCode()).isEqualTo(404);
		assertThat(posted.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(posted.body()).startsWith(expected);
		assertThat(posted.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://partner.example");
		HttpResponse<String> got = this.client
			.send(HttpRequest.newBuilder(this.client.uri("/graphql/?query=%7B%20dataset%20%7B%20version%20%7D%20%7D"))
				.build());
		assertThat(got.statusCode()).isEqualTo(404);
		assertThat(got.body()).startsWith(expected);
		// the preflight passes, so that the page's script reads the 404 above
		HttpResponse<String> preflight = this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql/"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://partner.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build());
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://partner.example");
	}

	@Test
	void anyOtherAddressUnderTheEndpointIsAGraphQlShaped404ThatAPageCanRead() {
		// fetch('https://…/graphql/query') from a page: Spring's bare error JSON came
		// without CORS headers, so the page saw a CORS failure instead of a 404
		for (String path : new String[] { "/graphql/query", "/graphql/v1/graphql" }) {
			HttpResponse<String> posted = this.client.send(HttpRequest.newBuilder(this.client.uri(path))
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ dataset { version } }\"}"))
				.header("Content-Type", "application/json")
				.header("Origin", "https://partner.example")
				.build());
			assertThat(posted.statusCode()).as(path).isEqualTo(404);
			assertThat(posted.body()).as(path)
				.startsWith("{\"errors\":[{\"message\":\"Nothing is served at " + path
						+ ": send GraphQL requests to /graphql")
				.contains("\"code\":\"NOT_FOUND\"");
			assertThat(posted.headers().firstValue("Access-Control-Allow-Origin")).as(path)
				.hasValue("https://partner.example");
		}
		assertThat(this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql/schema")).build()).statusCode())
			.as("the schema is still served")
			.isEqualTo(200);
	}

	@Test
	void corsAllowsConfiguredOriginsOnly() {
		HttpResponse<String> allowed = this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://partner.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build());
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://partner.example");
		assertThat(allowed.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
		HttpResponse<String> refused = this.client.send(HttpRequest.newBuilder(this.client.uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://elsewhere.example")
			.header("Access-Control-Request-Method", "POST")
			.build());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void theSubscriptionWebSocketAcceptsTheAllowedOriginsOnly() throws Exception {
		assertThat(webSocketHandshake("https://partner.example")).startsWith("HTTP/1.1 101");
		assertThat(webSocketHandshake("https://elsewhere.example")).startsWith("HTTP/1.1 403");
	}

	/** The status line of a graphql-transport-ws handshake sent from {@code origin}. */
	private String webSocketHandshake(String origin) throws java.io.IOException {
		try (java.net.Socket socket = new java.net.Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			String request = "GET /graphql/ws HTTP/1.1\r\nHost: localhost:" + this.port
					+ "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
					+ "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\nOrigin: " + origin
					+ "\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
				.readLine();
		}
	}

}
