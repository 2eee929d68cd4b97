package org.accords.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.accords.AccordsTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A method an address does not take is answered {@code 405} with an {@code Allow} that
 * lists what it answers, and only that: Accords is read-only, so never PUT, PATCH or
 * DELETE (Spring listed them for {@code /graphql}, whose PUT, PATCH and DELETE only serve
 * a refusal, and Tomcat listed them, and POST, on every address for TRACE). It is what
 * OPTIONS on the address says.
 */
@AccordsTest
class AllowHeaderTests {

	static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");

	static final Map<String, Set<String>> ROUTES = Map.of("/", READ, "/graphql",
			Set.of("GET", "HEAD", "POST", "OPTIONS"), "/data", READ, "/data/statements.csv", READ, "/oembed", READ,
			"/embed/statement/no-such-statement", READ, "/statements/no-such-statement", READ);

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static Set<String> allow(HttpResponse<String> answer) {
		return answer.headers()
			.allValues("Allow")
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter((method) -> !method.isEmpty())
			.collect(Collectors.toSet());
	}

	@Test
	void aMethodNotTakenIsAnswered405WithWhatTheAddressAnswers() throws Exception {
		for (Map.Entry<String, Set<String>> route : ROUTES.entrySet()) {
			for (String method : new String[] { "PROPFIND", "TRACE", "PUT", "PATCH", "DELETE" }) {
				HttpResponse<String> answer = send(method, route.getKey());
				String what = method + " " + route.getKey();
				if (answer.statusCode() == 404) {
					// an unknown id is no address (the pages say 404 whatever the method)
					assertThat(route.getKey()).as(what).contains("no-such");
					continue;
				}
				assertThat(answer.statusCode()).as(what).isEqualTo(405);
				assertThat(allow(answer)).as(what).isEqualTo(route.getValue());
			}
			HttpResponse<String> options = send("OPTIONS", route.getKey());
			assertThat(allow(options)).as("OPTIONS " + route.getKey()).isEqualTo(route.getValue());
		}
	}

}
