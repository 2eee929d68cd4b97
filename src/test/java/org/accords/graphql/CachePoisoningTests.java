package org.accords.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.accords.AccordsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a client sends besides its query can change what later clients are served:
 * absolute URLs come from {@code accords.public-url}, never the Host header; messages are
 * English whatever Accept-Language says; answers name what they vary by.
 */
@AccordsTest
class CachePoisoningTests {

	@LocalServerPort
	int port;

	HttpClientSupport client;

	@BeforeEach
	void client() {
		this.client = new HttpClientSupport(this.port);
	}

	/** A raw HTTP/1.1 exchange: Java's HTTP client does not let a caller set Host. */
	String raw(String method, String path, String host, String body) {
		return raw(method, path, host, body, "*/*");
	}

	String raw(String method, String path, String host, String body, String accept) {
		try (Socket socket = new Socket("localhost", this.port)) {
			byte[] content = body.getBytes(StandardCharsets.UTF_8);
			String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept + "\r\n"
					+ (body.isEmpty() ? ""
							: "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
					+ "Connection: close\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theHostHeaderNeverReachesAbsoluteUrls() {
		String citation = "{\"query\":\"{ dataset { bibtex citation } }\"}";
		String poisoned = raw("POST", "/graphql", "attacker.example", citation);
		assertThat(poisoned).contains("HTTP/1.1 200").contains("\\\\url{http://localhost:8080/data}");
		assertThat(this.client.post(citation).body()).contains("\\\\url{http://localhost:8080/data}")
			.doesNotContain("attacker.example");
		for (String path : new String[] { "/data/citation.bib", "/data/dataset.jsonld", "/data/index.json", "/data" }) {
			String answer = raw("GET", path, "attacker.example:8443", "");
			assertThat(answer).as(path).contains("HTTP/1.1 200").contains("http://localhost:8080");
			assertThat(answer).as(path).doesNotContain("attacker.example");
		}
		String page = raw("GET", "/data", "attacker.example", "", "text/html");
		assertThat(page).contains("HTTP/1.1 200", "<html", "http://localhost:8080").doesNotContain("attacker.example");
		HttpResponse<String> later = this.client
			.send(HttpRequest.newBuilder(this.client.uri("/data/citation.bib")).build());
		assertThat(later.body()).contains("\\url{http://localhost:8080/data}").doesNotContain("attacker.example");
	}

	@Test
	void acceptLanguageNeverChangesMessages() {
		String unique = UUID.randomUUID().toString().replace("-", "");
		String[] queries = { "{ dataset { version } nope_" + unique + " }", "{ dataset { version  " + unique };
		for (String query : queries) {
			String body = LimitsTests.body(query);
			HttpResponse<String> german = this.client.post(body, "Accept-Language", "de-DE,de;q=0.9");
			HttpResponse<String> plain = this.client.post(body);
			assertThat(german.body()).as(query)
				.doesNotContain("Validierungsfehler")
				.doesNotContain("Ungültige")
				.doesNotContain("Feld");
			assertThat(german.body()).as(query).containsAnyOf("has no field", "Syntax error at line 1 column");
			// each answer carries its own request id and the budget left at its time (it
			// refills between the two); everything else must be identical
			assertThat(withoutRequestIdOrBudget(plain.body())).as(query)
				.isEqualTo(withoutRequestIdOrBudget(german.body()));
		}
	}

	private static String withoutRequestIdOrBudget(String body) {
		return body.replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"\"")
			.replaceAll("\"remaining\":\\d+", "\"remaining\":0");
	}

	@Test
	void getAnswersVaryByAcceptAndApiKeyAndArePrivateWhileTheyCarryABudget() {
		HttpResponse<String> response = this.client.get("{ dataset { version } }");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept"))
			.anySatisfy((vary) -> assertThat(vary).contains("X-API-Key"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, private");
		assertThat(response.headers().firstValue("RateLimit")).isPresent();
		HttpResponse<String> csv = this.client.get("{ statements(first: 1) { edges { node { text } } } }", "Accept",
				"text/csv");
		assertThat(csv.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept"));
	}

}
