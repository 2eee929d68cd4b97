package org.accords.graphql;

import java.net.http.HttpResponse;
import java.util.List;

import org.accords.AccordsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic persisted queries as Apollo clients use them, over POST and GET.
 */
@AccordsTest
class PersistedQueryTests {

	@LocalServerPort
	int port;

	HttpClientSupport client;

	@BeforeEach
	void client() {
		this.client = new HttpClientSupport(this.port);
	}

	static String extensions(String hash) {
		return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
	}

	@Test
	void unknownHashAsksForTheDocumentThenTheHashAloneWorks() {
		String query = "{ statements(first: 1) { totalCount } }";
		String hash = Hashes.sha256Hex(query);
		HttpResponse<String> miss = this.client.post("{\"extensions\":" + extensions(hash) + "}");
		assertThat(miss.statusCode()).isEqualTo(200);
		assertThat(miss.body()).contains("\"message\":\"PersistedQueryNotFound\"",
				"\"code\":\"PERSISTED_QUERY_NOT_FOUND\"");
		HttpResponse<String> register = this.client
			.post("{\"query\":\"" + query + "\",\"extensions\":" + extensions(hash) + "}");
		assertThat(register.body()).startsWith("{\"data\":{\"statements\":{\"totalCount\":5}},");
		HttpResponse<String> hit = this.client.post("{\"extensions\":" + extensions(hash) + "}");
		assertThat(hit.body()).isEqualTo(register.body());
	}

	/**
	 * A refusal said nothing of caching: a 200 without {@code Cache-Control}, which a CDN
	 * with a default lifetime keeps, so that an attacker who asked first for the hash of
	 * a query not yet registered had {@code PersistedQueryNotFound} served for it to
	 * everyone for that lifetime. Refusals are about one request, never stored.
	 */
	@Test
	void aRefusalIsNeverStoredByACache() {
		String hash = Hashes.sha256Hex("{ dataset { version title } }");
		HttpResponse<String> miss = this.client.get("", "?extensions", extensions(hash));
		assertThat(miss.body()).contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"");
		assertThat(miss.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void hashAloneWorksOverGetToo() {
		String query = "{ dataset { counts { statements } } }";
		String hash = Hashes.sha256Hex(query);
		this.client.post("{\"query\":\"" + query + "\",\"extensions\":" + extensions(hash) + "}");
		HttpResponse<String> hit = this.client.get("", "?extensions", extensions(hash));
		assertThat(hit.statusCode()).isEqualTo(200);
		assertThat(hit.body()).startsWith("{\"data\":{\"dataset\":{\"counts\":{\"statements\":5}}},");
		assertThat(hit.headers().firstValue("ETag")).isPresent();
	}

	@Test
	void anInvalidDocumentIsNotStored() {
		String query = "{ statements(first: 1) { totalCount nope } }";
		String hash = Hashes.sha256Hex(query);
		HttpResponse<String> invalid = this.client
			.post("{\"query\":\"" + query + "\",\"extensions\":" + extensions(hash) + "}");
		assertThat(invalid.body()).contains("\"code\":\"GRAPHQL_VALIDATION_FAILED\"");
		HttpResponse<String> hashOnly = this.client.post("{\"extensions\":" + extensions(hash) + "}");
		assertThat(hashOnly.body()).contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"");
	}

	/**
	 * {@code If-None-Match: *} (or an ETag computed by the client: it is the SHA-256 of
	 * what the request sends) was answered 304 before execution, whatever the document,
	 * and the 304 stored the document under its hash: one that does not even parse was
	 * then served by hash alone. A document that does not parse is answered by execution
	 * (its syntax error); a 304 stores nothing.
	 */
	@Test
	void aRevalidationStoresNoDocument() {
		String broken = "{ statements(first: 1) { totalCount } ((( ";
		String brokenHash = Hashes.sha256Hex(broken);
		HttpResponse<String> refused = this.client.get(broken, "?extensions", extensions(brokenHash), "If-None-Match",
				"*");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"code\":\"GRAPHQL_PARSE_FAILED\"");
		assertThat(this.client.get("", "?extensions", extensions(brokenHash)).body())
			.contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"");
		String neverServed = "{ statements(first: 2) { totalCount } }";
		String hash = Hashes.sha256Hex(neverServed);
		HttpResponse<String> notModified = this.client.get(neverServed, "?extensions", extensions(hash),
				"If-None-Match", "*");
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(this.client.get("", "?extensions", extensions(hash)).body())
			.contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"");
	}

	@Test
	void aTooLargeDocumentIsNotStored() {
		String query = "{ dataset { version } } #" + "x".repeat(25_000);
		String hash = Hashes.sha256Hex(query);
		HttpResponse<String> refused = this.client
			.post("{\"query\":\"" + query + "\",\"extensions\":" + extensions(hash) + "}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"code\":\"DOCUMENT_TOO_LARGE\"");
		HttpResponse<String> hashOnly = this.client.post("{\"extensions\":" + extensions(hash) + "}");
		assertThat(hashOnly.body()).contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"");
	}

	/**
	 * Apollo's protocol has one version, 1: another is refused, as Apollo Server refuses
	 * it (400, "Unsupported persisted query version"), rather than read as version 1,
	 * which a later version's hash or rules need not be.
	 */
	@Test
	void aPersistedQueryVersionOtherThan1IsRefused() {
		String query = "{ dataset { version } }";
		String hash = Hashes.sha256Hex(query);
		for (String version : new String[] { "2", "\"1\"", "0" }) {
			String extensions = "{\"persistedQuery\":{\"version\":" + version + ",\"sha256Hash\":\"" + hash + "\"}}";
			for (HttpResponse<String> response : List.of(
					this.client.post("{\"query\":\"" + query + "\",\"extensions\":" + extensions + "}"),
					this.client.get("", "?extensions", extensions))) {
				assertThat(response.statusCode()).as(version).isEqualTo(400);
				assertThat(response.body()).as(version)
					.contains(
							"\"message\":\"Unsupported persisted query version: extensions.persistedQuery.version is "
									+ version.replace("\"", "\\\"") + "; Accords speaks version 1 of Apollo's automatic"
									+ " persisted queries, the only one: send version: 1\"",
							"\"code\":\"BAD_REQUEST\"");
			}
		}
		// version 1 as a JSON number however written
		assertThat(this.client
			.post("{\"query\":\"" + query + "\",\"extensions\":{\"persistedQuery\":{\"version\":1.0,\"sha256Hash\":\""
					+ hash + "\"}}}")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aHashThatDoesNotMatchItsDocumentIsRefused() {
		HttpResponse<String> response = this.client
			.post("{\"query\":\"{ dataset { version } }\",\"extensions\":" + extensions("0".repeat(64)) + "}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"code\":\"BAD_REQUEST\"")
			.contains(
					"is not the hash of the query sent, which is '" + Hashes.sha256Hex("{ dataset { version } }") + "'")
			.doesNotContain("provided sha");
	}

}
