package org.accords.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance with no dataset is not ready, and says so to GraphQL clients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.seed.load-on-startup=false" })
class ReadinessTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void readinessIsDownUntilADatasetIsLoaded() throws IOException, InterruptedException {
		HttpResponse<String> readiness = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("no dataset loaded yet");
		HttpResponse<String> liveness = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/liveness"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(liveness.statusCode()).isEqualTo(200);
	}

	@Test
	void queriesSayTheServiceIsUnavailable() throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ dataset { version } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).contains("SERVICE_UNAVAILABLE", "No dataset is loaded yet");
	}

}
