package org.accords.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.accords.AccordsTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP surface over a real port: GraphQL, the offline GraphiQL page and its scripts,
 * the landing page, the schema and the health probes.
 */
@AccordsTest
class HttpEndToEndTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void graphQlAnswersOverHttp() throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"query\":\"{ statements(filter: {speakerName: \\\"kasciunas\\\"}) { totalCount } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.startsWith("{\"data\":{\"statements\":{\"totalCount\":3}},\"extensions\":{\"cost\":");
	}

	@Test
	void graphiqlIsServedFromTheJarWithoutACdn() throws IOException, InterruptedException {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Accords GraphiQL").doesNotContain("https://").doesNotContain("http://");
		for (String script : new String[] { "/webjars/graphiql/graphiql.min.js", "/webjars/graphiql/graphiql.min.css",
				"/webjars/react/umd/react.production.min.js", "/webjars/react-dom/umd/react-dom.production.min.js",
				"/graphiql/accords-graphiql.js" }) {
			assertThat(page.body().contains(script) || get("/graphiql/accords-graphiql.js").body().contains(script))
				.as(script + " referenced")
				.isTrue();
			assertThat(get(script).statusCode()).as(script).isEqualTo(200);
		}
	}

	/**
	 * GraphiQL's 1.5 MB of scripts and styles, and the landing page, travel gzipped to a
	 * browser that asks; GraphiQL's own page, under 2 KiB (Tomcat's least size to
	 * compress), as it is.
	 */
	@Test
	void graphiqlsScriptsAreCompressedForBrowsersThatAsk() throws IOException, InterruptedException {
		for (String path : new String[] { "/webjars/graphiql/graphiql.min.js", "/webjars/graphiql/graphiql.min.css",
				"/" }) {
			HttpResponse<byte[]> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Accept-Encoding", "gzip, deflate, br")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(get(path).headers().firstValue("Content-Encoding")).as(path).isEmpty();
		}
	}

	@Test
	void landingPageLinksEverything() throws IOException, InterruptedException {
		HttpResponse<String> page = get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Accords", "/graphiql", "/graphql/schema", "/actuator/health",
				"href=\"/articles\"", "href=\"/data\"");
	}

	/**
	 * The landing page and GraphiQL carry their policy as a header, the only place
	 * {@code frame-ancestors} is read (a {@code <meta>} policy cannot forbid framing): no
	 * site may frame them (Accords frames only its cards), the landing page loads nothing
	 * and GraphiQL only what its own origin serves; {@code nosniff} as on every page. One
	 * policy each, in the header: none in the markup to keep in step with it.
	 */
	@Test
	void theLandingPageAndGraphiqlMayBeFramedByNoOne() throws IOException, InterruptedException {
		for (String path : new String[] { "/", "/index.html", "/graphiql", "/graphiql/index.html" }) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).startsWith("default-src 'none'; ")
					.contains("base-uri 'none'", "form-action 'none'")
					.endsWith("frame-ancestors 'none'"));
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(page.body()).as(path).doesNotContain("http-equiv=\"Content-Security-Policy\"");
		}
		assertThat(get("/").headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
					+ "form-action 'none'; frame-ancestors 'none'");
		assertThat(get("/graphiql").headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("script-src 'self'; ", "connect-src 'self'; ")
				.doesNotContain("unsafe-eval", "*"));
	}

	/**
	 * A browser that asks for an address Accords does not serve (a typo,
	 * {@code /graphiq}) is shown a page that leads back, not Spring's Whitelabel page;
	 * API clients keep JSON.
	 */
	@Test
	void browsersGetAPageThatLeadsBackForAnUnknownAddress() throws IOException, InterruptedException {
		HttpResponse<String> page = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphiq"))
				.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).doesNotContain("Whitelabel")
			.contains("404 Not Found", "href=\"/graphiql\"", "href=\"/\"");
		HttpResponse<String> json = get("/graphiq");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.body()).startsWith("{").doesNotContain("<html");
	}

	/**
	 * {@code /graphiql/}, with the slash a browser or a hand adds, is GraphiQL's page
	 * moved: a permanent redirect to {@code /graphiql} that keeps the query string (the
	 * source view's links open a query there), for browsers and programs alike.
	 */
	@Test
	void graphiqlWithATrailingSlashRedirectsToGraphiql() throws IOException, InterruptedException {
		for (String accept : new String[] { "text/html,application/xhtml+xml,*/*;q=0.8", "*/*", "application/json" }) {
			HttpResponse<String> moved = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphiql/"))
					.header("Accept", accept)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(moved.statusCode()).as(accept).isEqualTo(308);
			assertThat(moved.headers().firstValue("Location")).as(accept).hasValue("/graphiql");
		}
		HttpResponse<String> query = get("/graphiql/?query=%7B%20dataset%20%7B%20version%20%7D%20%7D");
		assertThat(query.statusCode()).isEqualTo(308);
		assertThat(query.headers().firstValue("Location"))
			.hasValue("/graphiql?query=%7B%20dataset%20%7B%20version%20%7D%20%7D");
	}

	@Test
	void schemaIsDownloadable() throws IOException, InterruptedException {
		HttpResponse<String> schema = get("/graphql/schema");
		assertThat(schema.statusCode()).isEqualTo(200);
		assertThat(schema.body()).contains("type Statement implements Node", "interface Node");
		// its descriptions are not ASCII: without the charset a browser shows "â€¦" for
		// "…"
		assertThat(schema.body()).contains("…", "«");
		assertThat(schema.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		HttpResponse<String> head = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema"))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(head.body()).isEmpty();
	}

	/**
	 * A code generator or an IDE that fetches the schema at every build revalidates it: a
	 * strong ETag of its bytes, a 304 for {@code If-None-Match}, and its own gzip (the
	 * container does not compress an answer with a strong ETag), whose tag a 304 names
	 * too.
	 */
	@Test
	void theSchemaHasAStrongETagAndAnswers304WhileItIsTheSame() throws IOException, InterruptedException {
		HttpResponse<String> schema = get("/graphql/schema");
		String etag = schema.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"schema-[0-9a-f]{32}\"");
		assertThat(schema.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(get("/graphql/schema").headers().firstValue("ETag")).hasValue(etag);
		HttpResponse<String> same = schema("If-None-Match", etag);
		assertThat(same.statusCode()).isEqualTo(304);
		assertThat(same.body()).isEmpty();
		assertThat(same.headers().firstValue("ETag")).hasValue(etag);
		assertThat(schema("If-None-Match", "\"schema-0\"").statusCode()).isEqualTo(200);
		HttpResponse<String> any = schema("If-None-Match", "*");
		assertThat(any.statusCode()).as("* names any current representation (RFC 9110, 13.1.2)").isEqualTo(304);
		assertThat(any.headers().firstValue("ETag")).hasValue(etag);
		HttpResponse<byte[]> gzipped = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
		assertThat(gzipTag).isEqualTo(etag.replaceFirst("\"$", "-gzip\""));
		try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(gzipped.body()))) {
			assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(schema.body());
		}
		HttpResponse<String> held = schema("If-None-Match", gzipTag, "Accept-Encoding", "gzip");
		assertThat(held.statusCode()).isEqualTo(304);
		assertThat(held.headers().firstValue("ETag")).hasValue(gzipTag);
		assertThat(schema("If-None-Match", etag, "Accept-Encoding", "gzip").statusCode())
			.as("the identity copy, still current, for a client that now takes gzip")
			.isEqualTo(304);
	}

	/**
	 * If-Match on a read-only route (RFC 9110, 13.1.1): 412 unless it is * or names the
	 * current tag strongly, and read before If-None-Match (13.2.2). A GraphQL GET's tag
	 * is weak, so only * passes.
	 */
	@Test
	void ifMatchIsAnswered412UnlessItNamesTheCurrentRepresentation() throws IOException, InterruptedException {
		String etag = get("/graphql/schema").headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> old = schema("If-Match", "\"schema-0\"");
		assertThat(old.statusCode()).isEqualTo(412);
		assertThat(old.body()).isEmpty();
		assertThat(schema("If-Match", "\"schema-0\"", "If-None-Match", etag).statusCode()).isEqualTo(412);
		assertThat(schema("If-Match", etag).statusCode()).isEqualTo(200);
		assertThat(schema("If-Match", "*").statusCode()).isEqualTo(200);
		assertThat(schema("If-Match", etag, "If-None-Match", etag).statusCode()).isEqualTo(304);
		URI query = URI.create("http://localhost:" + this.port + "/graphql?query=%7B__typename%7D");
		String weak = this.http.send(HttpRequest.newBuilder(query).build(), HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("ETag")
			.orElseThrow();
		assertThat(weak).startsWith("W/");
		for (String[] ifMatch : new String[][] { { weak, "412" }, { weak.substring(2), "412" }, { "*", "200" } }) {
			assertThat(this.http
				.send(HttpRequest.newBuilder(query).header("If-Match", ifMatch[0]).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode()).as(ifMatch[0]).isEqualTo(Integer.parseInt(ifMatch[1]));
		}
	}

	private HttpResponse<String> schema(String... headers) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema"))
			.headers(headers)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSchemaItselfIsDescribedForTheRootOfADocsExplorer() throws IOException, InterruptedException {
		// what GraphiQL's docs explorer shows at its root: __schema { description }
		HttpResponse<String> introspected = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"query\":\"{ __schema { description queryType { name } subscriptionType { name } } }\"}"))
				.header("Content-Type", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(introspected.statusCode()).isEqualTo(200);
		assertThat(introspected.body())
			.contains("{\"data\":{\"__schema\":{\"description\":\"Accords, an open-data API "
					+ "of intergovernmental defence-industry agreements as reported in news articles")
			.contains("\"queryType\":{\"name\":\"Query\"},\"subscriptionType\":{\"name\":\"Subscription\"}");
		// and the SDL download, with the schema definition that carries it
		assertThat(get("/graphql/schema").body()).contains(
				"\"\"\"\nAccords, an open-data API of intergovernmental defence-industry agreements as reported in news",
				"\"\"\"\nschema {\n  query: Query\n  subscription: Subscription\n}");
	}

	/**
	 * The schema and graphql-sse routes are the GraphQL route mapping's: Spring MVC's own
	 * router function mapping has none, so it builds no {@code ServerRequest} (a copy of
	 * every header) for each JSON request.
	 */
	@Test
	void springMvcsRouterFunctionMappingHasNoRoute(@Autowired ApplicationContext context) {
		assertThat(context.getBean("routerFunctionMapping", RouterFunctionMapping.class).getRouterFunction()).isNull();
	}

	@Test
	void healthHasLivenessAndReadinessWithTheDataset() throws IOException, InterruptedException {
		assertThat(get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"dataset\"", "\"version\"");
	}

}
