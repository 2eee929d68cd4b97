package org.accords.graphql;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.accords.QuickTier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance with its own page sizes says them wherever the schema is read: GraphiQL's
 * docs explorer (introspection) and the SDL download told every front-end developer
 * "(default 20, at most 100)" on an instance that refused {@code first: 100}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.api.default-page-size=7",
				"accords.api.max-page-size=42" })
@Tag(QuickTier.STARTS_APPLICATION)
class ConfiguredPageSizesTests {

	@LocalServerPort
	int port;

	@Test
	void introspectionSaysTheConfiguredPageSizes() {
		HttpResponse<String> response = new HttpClientSupport(this.port)
			.post(LimitsTests.body("{ __type(name: \"Query\") { fields { name args { name description } } } }"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.contains("Return at most this many statements after `after` (default 7, at most 42).")
			.contains("Return at most this many statements before `before` (at most 42; not with `first`).")
			.doesNotContain("at most 100")
			.doesNotContain("default 20");
		HttpResponse<String> refused = new HttpClientSupport(this.port)
			.post(LimitsTests.body("{ statements(first: 43) { totalCount } }"));
		assertThat(refused.body()).as("the number said is the one enforced").contains("between 0 and 42");
	}

	@Test
	void theSchemaDownloadSaysThemAndRevalidates() {
		HttpClientSupport client = new HttpClientSupport(this.port);
		HttpResponse<String> schema = client.send(HttpRequest.newBuilder(client.uri("/graphql/schema")).build());
		assertThat(schema.statusCode()).isEqualTo(200);
		assertThat(schema.body()).contains("(default 7, at most 42)", "(at most 42; not with `first`)")
			.doesNotContain("at most 100")
			.doesNotContain("default 20");
		String etag = schema.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = client
			.send(HttpRequest.newBuilder(client.uri("/graphql/schema")).header("If-None-Match", etag).build());
		assertThat(again.statusCode()).as("the ETag is the served bytes'").isEqualTo(304);
	}

}
