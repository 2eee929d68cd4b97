package org.accords.graphql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.accords.Awaits;
import org.accords.QuickTier;
import org.accords.page.PageSeed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graphql-sse subscription with the served settings (a keep-alive every 15 s): the
 * README's {@code curl -N} and a page's {@code fetch} get the stream's headers and a
 * first comment line at once, not with the first keep-alive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(QuickTier.STARTS_APPLICATION)
class SubscriptionHeadersTests extends PageSeed {

	@LocalServerPort
	int port;

	@Test
	void theStreamOpensWithItsFirstKeepAliveWithinSeconds() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<InputStream> response = client
			.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "text/event-stream")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"query\":\"subscription { datasetPublished { version title } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofInputStream())
			.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
		try (InputStream body = response.body()) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
			// what curl prints first (it shows nothing before the first bytes): the
			// first keep-alive comment
			String first = CompletableFuture.supplyAsync(() -> {
				try {
					return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)).readLine();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
			assertThat(first).startsWith(":");
		}
	}

}
