package org.accords.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.accords.AccordsTest;
import com.jayway.jsonpath.JsonPath;
import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/health} is UP when the service is, with the embedded store, and tells
 * an anonymous caller each component's status but no class name, message, port or path.
 */
@AccordsTest
class HealthEndpointTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoServer store;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void healthIsUpWithTheEmbeddedStore() throws IOException, InterruptedException {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
		assertThat(health.body()).contains("\"store\":{\"status\":\"UP\"}", "\"dataset\":{\"status\":\"UP\"}");
	}

	@Test
	void bootsOwnMongoIndicatorIsOffSoItCannotTurnHealthDown() throws IOException, InterruptedException {
		// Boot 4 reads management.health.mongodb.enabled; with Boot 3's name its
		// indicator
		// runs and fails against the embedded server
		assertThat(get("/actuator/health").body()).doesNotContain("\"mongo");
	}

	@Test
	void healthShowsNoClassNamesMessagesPortsOrPaths() throws IOException, InterruptedException {
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness",
				"/actuator/health/liveness" }) {
			String body = get(path).body();
			assertThat(body).as(path)
				.doesNotContain("Exception", "error", "\"path\"", "\"details\":{\"total\"")
				.doesNotContain(System.getProperty("user.dir"))
				.doesNotContain(Integer.toString(this.store.getLocalAddress().getPort()))
				.doesNotContain(Integer.toString(this.port));
		}
	}

}
