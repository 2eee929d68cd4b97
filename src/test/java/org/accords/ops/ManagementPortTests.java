package org.accords.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.accords.AccordsApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code management.server.port} set, metrics and health move to that port and the
 * public port no longer serves them.
 */
class ManagementPortTests {

	final HttpClient http = HttpClient.newHttpClient();

	int status(int port, String path) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	@Test
	void aSeparateManagementPortServesMetricsAndThePublicPortDoesNot() throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AccordsApplication.class)
			.run("--server.port=0", "--management.server.port=0", "--accords.store.embedded-mode=memory")) {
			int publicPort = MetricsTests.port(app);
			int managementPort = Integer.parseInt(app.getEnvironment().getProperty("local.management.port"));
			assertThat(managementPort).isNotEqualTo(publicPort);
			assertThat(status(managementPort, "/actuator/prometheus")).isEqualTo(200);
			assertThat(status(managementPort, "/actuator/health/readiness")).isEqualTo(200);
			assertThat(status(publicPort, "/actuator/prometheus")).isEqualTo(404);
			assertThat(status(publicPort, "/graphql?query=%7B__typename%7D")).isEqualTo(200);
		}
	}

}
