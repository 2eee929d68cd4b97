package org.accords.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import de.bwaldvogel.mongo.MongoServer;
import org.accords.QuickTier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the store goes away while serving, queries fail fast with 503 and
 * {@code SERVICE_UNAVAILABLE}, readiness goes down, and both recover without a restart
 * once the store is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.store.server-selection-timeout=250ms" })
@Tag(QuickTier.STARTS_APPLICATION)
class StoreOutageTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoServer store;

	final HttpClient http = HttpClient.newHttpClient();

	/**
	 * Sent with a request id of its own: an error's {@code requestId} is otherwise a
	 * random UUID, whose digits held the store's port now and then (one run in some
	 * hundred thousand), which the answer must not name.
	 */
	HttpResponse<String> query(String document) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Request-Id", "store-outage-test")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + document.replace("\"", "\\\"") + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> readiness() throws IOException, InterruptedException {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A query no cache has seen, so that it has to reach the store: a name filter (search
	 * itself is answered by the in-memory index), each name a different person.
	 */
	static String uncached(String name) {
		return "{ people(filter: { name: \"" + name + "\" }) { totalCount } }";
	}

	@Test
	void anOutageIsReported503AndServiceRecoversWithoutRestart() throws Exception {
		assertThat(query(uncached("umerov")).statusCode()).isEqualTo(200);
		InetSocketAddress address = this.store.getLocalAddress();
		this.store.stopListening();
		// drop the driver's pooled connections too, as a store that goes away does
		ReflectionTestUtils.invokeMethod(this.store, "closeClients");

		Instant start = Instant.now();
		HttpResponse<String> failed = query(uncached("kamyshin"));
		assertThat(Duration.between(start, Instant.now())).as("fails fast").isLessThan(Duration.ofSeconds(5));
		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(failed.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"", "The data store is unavailable")
			.doesNotContain("Exception")
			.doesNotContain("mongo")
			.doesNotContain(Integer.toString(address.getPort()));
		HttpResponse<String> notReady = readiness();
		assertThat(notReady.statusCode()).isEqualTo(503);
		assertThat(notReady.body()).contains("\"store\":{\"details\":{\"reason\":\"the store does not answer\"}");
		HttpResponse<String> health = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.body()).as("no details for anonymous callers, even when down")
			.contains("\"store\":{\"status\":\"DOWN\"}")
			.doesNotContain("Exception")
			.doesNotContain(Integer.toString(address.getPort()));

		this.store.bind(address);
		HttpResponse<String> recovered = null;
		Instant deadline = Instant.now().plusSeconds(20);
		while (Instant.now().isBefore(deadline)) {
			recovered = query(uncached("armonaite"));
			if (recovered.statusCode() == 200) {
				break;
			}
			Thread.sleep(250);
		}
		assertThat(recovered.statusCode()).isEqualTo(200);
		assertThat(recovered.body()).startsWith("{\"data\":{\"people\":{\"totalCount\":").doesNotContain("\"errors\"");
		assertThat(recovered.body()).doesNotContain("\"totalCount\":0");
		assertThat(readiness().statusCode()).isEqualTo(200);
	}

}
