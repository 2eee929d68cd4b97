package org.accords.graphql.http;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.accords.graphql.GuardedHttpTest;
import org.accords.http.ClientNetwork;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow senders from one address cannot hold every request thread: at most
 * {@value RequestBodies#MAX_BODIES_PER_ADDRESS} of its bodies are read at once, and the
 * rest of a refused body is not waited for.
 */
@GuardedHttpTest
class SlowBodyTests {

	@LocalServerPort
	int port;

	/** The application's count of bodies being read, not another context's. */
	@Autowired
	RequestBodies bodies;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> post() throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-API-Key", "portal-secret-for-tests")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void oneAddressIsReadAtMostTwentyBodiesAtOnce() throws Exception {
		// the places that slow senders from this address would hold, each a request
		// thread waiting for the next byte
		String address = ClientNetwork.of("127.0.0.1");
		int taken = 0;
		try {
			for (; taken < RequestBodies.MAX_BODIES_PER_ADDRESS; taken++) {
				assertThat(this.bodies.reading.take(address)).isTrue();
			}
			HttpResponse<String> refused = post();
			assertThat(refused.statusCode()).isEqualTo(413);
			assertThat(refused.body()).contains("PAYLOAD_TOO_LARGE",
					"Too many request bodies being sent at once from this address (at most 20)");
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
			this.bodies.reading.release(address);
			taken--;
			assertThat(post().statusCode()).isEqualTo(200);
		}
		finally {
			for (; taken > 0; taken--) {
				this.bodies.reading.release(address);
			}
		}
	}

	@Test
	void theRestOfARefusedBodyIsNotWaitedFor() throws Exception {
		// a declared body over the maximum, of which a few bytes come and then nothing:
		// Tomcat answered 413 and then waited for the rest (to discard it) on the
		// request thread, for as long as each next byte came within its timeout
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 200000\r\n\r\n{\"query\":\"{ __typename ")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			long start = System.nanoTime();
			// the answer, then the end of the stream: the connection is closed at once
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("PAYLOAD_TOO_LARGE");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
	}

}
