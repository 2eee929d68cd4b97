package org.accords.ops;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.accords.AccordsApplication;
import org.accords.HttpApi;
import org.accords.QuickTier;
import org.accords.TestLogging;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the {@code json} profile every log line is an ECS JSON object, and each GraphQL
 * request writes one access line with its id, operation, cost, cache outcome, status,
 * duration and anonymized client, never the document or its variables; the request id is
 * returned and carried by errors. With {@code management.server.port} set, metrics and
 * health move to that port and the public port no longer serves them (checked on the same
 * application, which saves the suite a start; was {@code ManagementPortTests}).
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag(QuickTier.STARTS_APPLICATION)
class AccessLogTests {

	static final String SECRET = "Kasciunas-secret-variable";

	/** The application's name, in each of its log lines. */
	static final String NAME = "accords-access-log";

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void logsAreJsonLinesWithOneAccessLinePerRequest(CapturedOutput output) throws Exception {
		List<HttpResponse<String>> responses = new ArrayList<>();
		// the logging system is the JVM's: while an application of an earlier test class
		// runs it counts as set up, and an application started then keeps its format
		LoggingSystem.get(getClass().getClassLoader()).cleanUp();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AccordsApplication.class)
			.profiles("json")
			.run("--server.port=0", "--management.server.port=0", "--accords.store.embedded-mode=memory",
					"--spring.application.name=" + NAME)) {
			int port = MetricsTests.port(app);
			// the management port: not a GraphQL request, so no access line
			int managementPort = Integer.parseInt(app.getEnvironment().getProperty("local.management.port"));
			assertThat(managementPort).isNotEqualTo(port);
			assertThat(new HttpApi(managementPort).get("/actuator/prometheus").statusCode()).isEqualTo(200);
			assertThat(new HttpApi(managementPort).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(new HttpApi(port).get("/actuator/prometheus").statusCode()).isEqualTo(404);
			responses.add(MetricsTests.post(port,
					"{\"query\":\"query Speaker($name: String) { statements(filter: {speakerName: $name}) { totalCount } }\","
							+ "\"operationName\":\"Speaker\",\"variables\":{\"name\":\"" + SECRET + "\"}}"));
			responses.add(MetricsTests.get(port, "{ nope }", "X-Request-Id", "report-42"));
			responses.add(MetricsTests.get(port, "{ __typename }", "X-Request-Id", "forged id <script>"));
		}
		finally {
			// closing the application left the JVM's logging not set up: set it up again
			// (plain format), so that applications started later find it set up, as they
			// did before this class
			TestLogging.setUpPlain();
		}
		assertThat(responses.get(0).statusCode()).isEqualTo(200);
		assertThat(responses.get(1).headers().firstValue("X-Request-Id")).hasValue("report-42");
		assertThat(responses.get(1).body()).contains("\"requestId\":\"report-42\"");
		// the public port still serves GraphQL
		assertThat(responses.get(2).statusCode()).isEqualTo(200);
		String generated = responses.get(2).headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(generated).as("an insane id is replaced").matches("[0-9a-f-]{36}");

		// the lines naming this application, each one JSON (the other applications of the
		// test JVM may log meanwhile); had its logging kept the format another
		// application
		// set up, none would name it, as that format names the application that set it up
		List<JsonNode> lines = new ArrayList<>();
		for (String line : output.getOut().split("\n")) {
			if (line.contains(NAME)) {
				lines.add(this.json.readTree(line));
			}
		}
		assertThat(lines).isNotEmpty()
			.allMatch((line) -> line.has("@timestamp") && line.has("log") && line.has("message"))
			.allMatch((line) -> NAME.equals(line.at("/service/name").asString()));
		List<JsonNode> access = lines.stream()
			.filter((line) -> "org.accords.access".equals(line.path("log").path("logger").asString()))
			.toList();
		assertThat(access).hasSize(3);
		JsonNode speaker = access.get(0);
		assertThat(speaker.at("/graphql/operation/name").asString()).isEqualTo("Speaker");
		assertThat(speaker.at("/graphql/cost").asLong()).isPositive();
		assertThat(speaker.at("/graphql/cache").asString()).isEqualTo("executed");
		assertThat(speaker.at("/http/response/status_code").asInt()).isEqualTo(200);
		assertThat(speaker.at("/http/request/method").asString()).isEqualTo("POST");
		assertThat(speaker.at("/event/duration").asLong()).isPositive();
		assertThat(speaker.at("/client/address").asString()).isEqualTo("127.0.0.0/24");
		assertThat(speaker.at("/http/request/id").asString())
			.isEqualTo(responses.get(0).headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(speaker.has("error")).isFalse();
		JsonNode refused = access.get(1);
		assertThat(refused.at("/http/request/id").asString()).isEqualTo("report-42");
		assertThat(refused.at("/error/code").asString()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
		assertThat(refused.at("/http/response/status_code").asInt()).isEqualTo(400);
		assertThat(access.get(2).at("/http/request/id").asString()).isEqualTo(generated);
		assertThat(output.getOut()).doesNotContain(SECRET).doesNotContain("speakerName").doesNotContain("<script>");
	}

}
