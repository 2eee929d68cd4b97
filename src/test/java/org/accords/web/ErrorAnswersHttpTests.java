package org.accords.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accords.AccordsTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors outside GraphQL: {@code /error} asked for directly is no page (it answered
 * {@code 500} "status 999"), and every error of {@code /oembed} and of {@code /data}, in
 * each form a client can ask for, says {@code nosniff} (the JSON ones of {@code /oembed}
 * did not).
 */
@AccordsTest
class ErrorAnswersHttpTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", accept)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void errorAskedForDirectlyIsNotFound() throws Exception {
		for (String accept : List.of("application/json", "text/html", "*/*")) {
			for (String method : List.of("GET", "POST", "DELETE", "PROPFIND")) {
				HttpResponse<String> answer = send(method, "/error", accept);
				String what = method + " /error, Accept: " + accept;
				assertThat(answer.statusCode()).as(what).isEqualTo(404);
				assertThat(answer.body()).as(what)
					.doesNotContain("\"status\":999")
					.doesNotContain("\"error\":\"None\"");
				assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
				assertThat(answer.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
				assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what)
					.hasValueSatisfying((policy) -> assertThat(policy).contains("frame-ancestors 'none'"));
			}
		}
	}

	/**
	 * A program that asks for an address nothing serves (a collection's page without an
	 * id, a singular name) is told what the browser's page tells a reader: where facts'
	 * pages and cards are. The JSON said {@code "error": "Not Found"} and nothing else.
	 */
	@Test
	void anAddressNothingServesSaysWherePagesAreInJsonToo() throws Exception {
		for (String path : List.of("/agreements", "/statement")) {
			HttpResponse<String> answer = send("GET", path, "application/json");
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(answer.body()).as(path)
				.contains("\"message\":\"Nothing is served at " + path + ": facts have pages at /statements/{id},"
						+ " /agreements/{id}, /people/{id} and the like, cards at /embed/{type}/{id};"
						+ " the start page, /, lists every address\"")
				.doesNotContain("suggestion");
		}
		assertThat(send("GET", "/agreements", "text/html").body())
			.contains("Nothing is served at <code>/agreements</code>")
			.doesNotContain("Did you mean");
	}

	/**
	 * A page's address with its collection in the singular, in capitals or a letter off
	 * ({@code /statement/{id}}, {@code /Agreements/{id}}, {@code /article/{id}}) names
	 * the page meant, in the JSON ({@code suggestion}) and on the browser's page (a
	 * link).
	 */
	@Test
	void aPageAddressASlipAwayNamesThePageMeant() throws Exception {
		Map<String, String> slips = new LinkedHashMap<>();
		slips.put("/statement/kasciunas-joint-company", "/statements/kasciunas-joint-company");
		slips.put("/Agreements/some-agreement", "/agreements/some-agreement");
		slips.put("/persons/some-person", "/people/some-person");
		slips.put("/article/some-article", "/articles/some-article");
		for (Map.Entry<String, String> slip : slips.entrySet()) {
			String path = slip.getKey();
			String meant = slip.getValue();
			JsonNode json = JSON.readTree(send("GET", path, "application/json").body());
			assertThat(json.get("status").asInt()).as(path).isEqualTo(404);
			assertThat(json.get("message").asString()).as(path)
				.startsWith("Nothing is served at " + path + "; did you mean " + meant
						+ "? Facts have pages at /statements/{id}");
			assertThat(json.get("suggestion").asString()).as(path).isEqualTo(meant);
			HttpResponse<String> page = send("GET", path, "text/html");
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path)
				.contains("<p>Did you mean <a href=\"" + meant + "\"><code>" + meant + "</code></a>?</p>");
		}
	}

	@Test
	void oembedAndDataErrorsSayNosniff() throws Exception {
		String unknownPage = URLEncoder.encode("http://localhost:8080/statements/no-such-statement",
				StandardCharsets.UTF_8);
		List<String[]> errors = List.of(new String[] { "/oembed", "400" },
				new String[] { "/oembed?url=http://elsewhere.example/", "404" },
				new String[] { "/oembed?url=" + unknownPage, "404" },
				new String[] { "/oembed?url=" + unknownPage + "&format=xml", "501" },
				new String[] { "/oembed?url=" + unknownPage + "&maxwidth=wide", "400" },
				new String[] { "/data/nothing.csv", "404" }, new String[] { "/data/statements.xls", "404" },
				new String[] { "/data/statements.csv?version=0000000000000000", "404" },
				new String[] { "/data/statements.csv?bom=maybe", "400" });
		for (String accept : List.of("application/json", "text/html", "*/*")) {
			for (String[] error : errors) {
				HttpResponse<String> answer = send("GET", error[0], accept);
				String what = error[0] + ", Accept: " + accept;
				assertThat(answer.statusCode()).as(what).isEqualTo(Integer.parseInt(error[1]));
				assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
				assertThat(answer.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
			}
		}
	}

}
