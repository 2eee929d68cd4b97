package org.accords.feed;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.accords.AccordsApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * An instance shutting down ends its open change streams at once, so the listeners
 * reconnect elsewhere and graceful shutdown is not held for its whole timeout (30 s) by
 * streams that never finish.
 */
class LiveChangesShutdownTests {

	@Test
	void shutdownEndsOpenStreamsInsteadOfWaitingForThem() throws Exception {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(AccordsApplication.class)
			.run("--server.port=0", "--accords.store.embedded-mode=memory");
		InputStream stream;
		try {
			HttpResponse<InputStream> response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port")
							+ "/data/changes/stream"))
					.header("Accept", "text/event-stream")
					.build(), HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			stream = response.body();
			// the listening comment: the stream is open
			assertThat(stream.read()).isNotNegative();
		}
		catch (Exception ex) {
			app.close();
			throw ex;
		}
		assertTimeoutPreemptively(Duration.ofSeconds(15), app::close,
				"graceful shutdown waited for an open change stream");
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			while (stream.read() >= 0) {
				// the rest of what was sent before the end
			}
		});
	}

}
