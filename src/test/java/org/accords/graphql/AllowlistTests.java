package org.accords.graphql;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In allowlist mode only registered documents run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.http.persisted-queries.allowlist-only=true" })
class AllowlistTests {

	static final String REGISTERED = "query datasetVersion { dataset { version } }\n";

	@LocalServerPort
	int port;

	@Test
	void registeredDocumentsRunByHashOrText() {
		HttpClientSupport client = new HttpClientSupport(this.port);
		String hash = Hashes.sha256Hex(REGISTERED);
		HttpResponse<String> byHash = client.get("", "?extensions", PersistedQueryTests.extensions(hash));
		assertThat(byHash.statusCode()).isEqualTo(200);
		assertThat(byHash.body()).contains("\"version\"");
		HttpResponse<String> byText = client.post("{\"query\":\"" + REGISTERED.replace("\n", "\\n") + "\"}");
		assertThat(byText.statusCode()).isEqualTo(200);
	}

	@Test
	void anythingElseIsRefused() {
		HttpResponse<String> response = new HttpClientSupport(this.port)
			.post("{\"query\":\"{ statements { totalCount } }\"}");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("PERSISTED_QUERY_NOT_ALLOWED");
	}

}
