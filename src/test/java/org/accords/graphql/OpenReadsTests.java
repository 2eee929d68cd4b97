package org.accords.graphql;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.accords.AccordsProperties;
import org.accords.AccordsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * By default any page may read the API from a browser: CORS for any origin on
 * {@code /graphql} and {@code /data/**}, without credentials, with the version, budget
 * and licence headers readable.
 */
@AccordsTest
class OpenReadsTests {

	static final String ORIGIN = "https://newsroom.example";

	@LocalServerPort
	int port;

	HttpClientSupport client;

	@BeforeEach
	void client() {
		this.client = new HttpClientSupport(this.port);
	}

	HttpResponse<String> preflight(String path, String method, String headers) {
		return this.client.send(HttpRequest.newBuilder(this.client.uri(path))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", ORIGIN)
			.header("Access-Control-Request-Method", method)
			.header("Access-Control-Request-Headers", headers)
			.build());
	}

	@Test
	void anyOriginMayPostQueriesWithAPartnerKeyButNoCredentials() {
		HttpResponse<String> allowed = preflight("/graphql", "POST", "content-type,x-api-key");
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers"))
			.hasValueSatisfying((headers) -> assertThat(headers.toLowerCase()).contains("x-api-key"));
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
		HttpResponse<String> answer = this.client.post("{\"query\":\"{ dataset { version } }\"}", "Origin", ORIGIN);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(answer.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
				(exposed) -> assertThat(exposed).contains("ETag", "RateLimit", "RateLimit-Policy", "Retry-After"));
		assertThat(answer.headers().allValues("Vary")).as("caches keep answers per origin")
			.anySatisfy((vary) -> assertThat(vary).contains("Origin"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accept"));
	}

	/**
	 * The headers a partner page's libraries add by themselves (Sentry's tracing, W3C
	 * trace context, Apollo Client's name, an Authorization for another API) pass the
	 * preflight: a page with Sentry installed could not call the API otherwise.
	 */
	@Test
	void aPreflightAllowsTheHeadersAPagesLibrariesAdd() {
		String added = "authorization,baggage,content-type,sentry-trace,traceparent,apollographql-client-name";
		for (String path : new String[] { "/graphql", "/data/people.json" }) {
			HttpResponse<String> allowed = preflight(path, path.equals("/graphql") ? "POST" : "GET", added);
			assertThat(allowed.statusCode()).as(path).isEqualTo(200);
			assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers")).as(path)
				.hasValueSatisfying((headers) -> assertThat(headers.toLowerCase(java.util.Locale.ROOT))
					.contains("authorization", "baggage", "sentry-trace", "traceparent", "apollographql-client-name"));
		}
	}

	@Test
	void aPreflightListsOnlyTheMethodsThatAreServed() {
		HttpResponse<String> allowed = preflight("/graphql", "POST", "content-type");
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
				(methods) -> assertThat(methods).contains("GET", "POST").doesNotContain("PUT", "DELETE", "PATCH"));
		assertThat(allowed.headers().allValues("Allow"))
			.allSatisfy((methods) -> assertThat(methods).doesNotContain("PUT", "DELETE", "PATCH"));
		assertThat(preflight("/data", "GET", "accept").headers().allValues("Allow"))
			.allSatisfy((methods) -> assertThat(methods).doesNotContain("POST", "PUT", "DELETE", "PATCH"));
	}

	@Test
	void anyOriginMayReadTheDownloadsAndTheirLicenceLink() {
		HttpResponse<String> download = this.client
			.send(HttpRequest.newBuilder(this.client.uri("/data/people.json")).header("Origin", ORIGIN).build());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		// Content-Disposition too: a page that saves the file names it as curl -OJ does
		assertThat(download.headers().firstValue("Access-Control-Expose-Headers"))
			.hasValueSatisfying((exposed) -> assertThat(exposed).contains("ETag", "Link", "Content-Disposition"));
		// a page that reads a range of a download (to resume it, or to show a slice)
		// reads
		// where the range sits in the whole file
		HttpResponse<String> range = this.client.send(HttpRequest.newBuilder(this.client.uri("/data/people.json"))
			.header("Origin", ORIGIN)
			.header("Range", "bytes=0-9")
			.build());
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.headers().firstValue("Access-Control-Expose-Headers"))
			.hasValueSatisfying((exposed) -> assertThat(exposed).contains("Content-Range", "Accept-Ranges"));
		HttpResponse<String> csv = this.client.get("{ people { edges { node { name } } } }", "Accept", "text/csv",
				"Origin", ORIGIN);
		assertThat(csv.headers().firstValue("Access-Control-Expose-Headers")).as("a CSV answer's name and next page")
			.hasValueSatisfying((exposed) -> assertThat(exposed).contains("Link", "Content-Disposition"));
		assertThat(preflight("/data/people.json", "GET", "if-none-match").headers()
			.firstValue("Access-Control-Allow-Origin")).hasValue("*");
		// a collection without an extension has a mapping per format: a preflight is no
		// tie
		HttpResponse<String> negotiated = preflight("/data/people", "GET", "accept");
		assertThat(negotiated.statusCode()).isEqualTo(200);
		assertThat(negotiated.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		HttpResponse<String> json = this.client.send(HttpRequest.newBuilder(this.client.uri("/data/people"))
			.header("Origin", ORIGIN)
			.header("Accept", "application/x-ndjson")
			.build());
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
	}

	@Test
	void theSettingDefaultsToAnyOriginAndNarrowsOrSwitchesOff() {
		assertThat(bind(Map.of()).http().corsAllowedOrigins()).containsExactly("*");
		assertThat(bind(Map.of("accords.http.cors-allowed-origins", "https://a.example,https://b.example")).http()
			.corsAllowedOrigins()).containsExactly("https://a.example", "https://b.example");
		assertThat(bind(Map.of("accords.http.cors-allowed-origins", "")).http().corsAllowedOrigins()).isEmpty();
	}

	static AccordsProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("accords",
				AccordsProperties.class);
	}

}
