package org.accords.ops;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.dataset.DatasetState;
import org.accords.graphql.GuardedHttpTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a mixed load (queries executed, one served from the response cache, a 304, a
 * partner refused by its rate limit) a scrape of {@code /actuator/prometheus} shows every
 * metric an operator needs, and the Grafana dashboard asks only for metrics the scrape
 * has.
 */
@GuardedHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTests {

	static final String STATEMENTS = "query Statements { statements(first: 5) { edges { node { text speaker { name } } } } }";

	static final Path DASHBOARD = Path.of("ops/grafana/accords.json");

	static String scrape;

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	DatasetState state;

	@BeforeAll
	void mixedLoadThenScrape() throws Exception {
		int port = this.port;
		assertThat(post(port, "{\"query\":\"" + STATEMENTS + "\",\"operationName\":\"Statements\"}").statusCode())
			.isEqualTo(200);
		HttpResponse<String> executed = get(port, STATEMENTS);
		assertThat(executed.statusCode()).isEqualTo(200);
		assertThat(get(port, STATEMENTS).statusCode()).as("from the response cache").isEqualTo(200);
		String etag = executed.headers().firstValue("ETag").orElseThrow();
		assertThat(get(port, STATEMENTS, "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(post(port, "{\"query\":\"{ nope }\"}").statusCode()).as("an invalid document").isEqualTo(400);
		int status = 200;
		// the partner "newsroom", whose budget of 300 only this class spends
		for (int i = 0; i < 100 && status != 429; i++) {
			status = get(port, "{ dataset { version } statements { totalCount } }", "X-API-Key",
					"newsroom-key-for-tests")
				.statusCode();
		}
		assertThat(status).as("the partner runs out of budget").isEqualTo(429);
		HttpResponse<String> metrics = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).as("served on the main port by default").isEqualTo(200);
		scrape = metrics.body();
	}

	@Test
	void graphQlObservationsAreRecordedThroughOurOwnTransport() {
		assertThat(samples("graphql_request_seconds_count"))
			.anyMatch((line) -> line.contains("graphql_operation_name=\"Statements\"")
					&& line.contains("graphql_outcome=\"SUCCESS\""));
		assertThat(samples("graphql_request_seconds_count"))
			.anyMatch((line) -> line.contains("graphql_outcome=\"REQUEST_ERROR\""));
		assertThat(samples("graphql_datafetcher_seconds_count")).isNotEmpty();
		assertThat(samples("graphql_dataloader_seconds_count")).isNotEmpty();
	}

	@Test
	void everyRequestIsCountedByRouteStatusAndCacheOutcome() {
		List<String> requests = samples("accords_graphql_http_requests_seconds_count");
		assertThat(requests).allMatch((line) -> line.contains("route=\"/graphql\""));
		assertThat(requests).anyMatch((line) -> line.contains("cache=\"executed\"") && line.contains("status=\"200\"")
				&& line.contains("operation=\"Statements\""));
		assertThat(requests).anyMatch((line) -> line.contains("cache=\"hit\""));
		assertThat(requests)
			.anyMatch((line) -> line.contains("cache=\"not_modified\"") && line.contains("status=\"304\""));
		assertThat(requests).anyMatch((line) -> line.contains("cache=\"refused\"") && line.contains("status=\"429\"")
				&& line.contains("error=\"RATE_LIMITED\""));
		assertThat(requests).anyMatch((line) -> line.contains("error=\"GRAPHQL_VALIDATION_FAILED\""));
		assertThat(samples("http_server_requests_seconds_count")).anyMatch((line) -> line.contains("uri=\"/graphql\""));
	}

	@Test
	void queryCostIsAHistogramAndRefusalsAreCountedByPolicy() {
		assertThat(samples("accords_graphql_query_cost_bucket")).hasSizeGreaterThan(5);
		assertThat(samples("accords_rate_limit_refusals_total"))
			.anyMatch((line) -> line.contains("policy=\"newsroom\"") && !line.endsWith(" 0.0"));
	}

	@Test
	void everyCaffeineCacheReportsHitsMissesEvictionsAndSize() {
		for (String cache : List.of("entities", "queries", "documents", "responses", "persisted-queries",
				"rate-limit-buckets")) {
			String label = "cache=\"" + cache + "\"";
			assertThat(samples("cache_gets_total")).as(cache).anyMatch((line) -> line.contains(label));
			assertThat(samples("cache_evictions_total")).as(cache).anyMatch((line) -> line.contains(label));
			assertThat(samples("cache_size")).as(cache).anyMatch((line) -> line.contains(label));
		}
		assertThat(samples("cache_gets_total")).anyMatch((line) -> line.contains("cache=\"responses\"")
				&& line.contains("result=\"hit\"") && !line.endsWith(" 0.0"));
		assertThat(samples("accords_response_cache_weight_bytes")).anyMatch((line) -> !line.endsWith(" 0.0"));
	}

	@Test
	void mongoDriverCommandsAndConnectionPoolAreMeasured() {
		assertThat(samples("mongodb_driver_commands_seconds_count"))
			.anyMatch((line) -> line.contains("command=\"find\""));
		assertThat(samples("mongodb_driver_pool_size")).isNotEmpty();
	}

	@Test
	void theServedDatasetVersionIsAnInfoMetricWithItsAge() {
		String version = this.state.version();
		assertThat(samples("accords_dataset_info"))
			.containsExactly("accords_dataset_info{version=\"" + version + "\"} 1");
		assertThat(samples("accords_dataset_age_seconds")).hasSize(1);
	}

	@Test
	void jvmAndProcessMetricsAreThere() {
		assertThat(samples("jvm_memory_used_bytes")).isNotEmpty();
		assertThat(samples("jvm_threads_live_threads")).isNotEmpty();
		assertThat(samples("process_cpu_usage")).isNotEmpty();
	}

	@Test
	void theDashboardAsksOnlyForMetricsTheScrapeHas() throws IOException {
		JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
		List<String> expressions = new ArrayList<>();
		dashboard.findValues("expr").forEach((expr) -> expressions.add(expr.asString()));
		assertThat(expressions).hasSizeGreaterThan(10);
		Set<String> names = new TreeSet<>();
		expressions.forEach((expr) -> names.addAll(metricNames(expr)));
		assertThat(names).contains("graphql_request_seconds_count", "accords_graphql_http_requests_seconds_count",
				"cache_gets_total", "mongodb_driver_commands_seconds_count", "accords_dataset_info");
		for (String name : names) {
			assertThat(samples(name)).as(name + " in the dashboard but not in the scrape").isNotEmpty();
		}
	}

	/**
	 * Metric names in a PromQL expression: label matchers, groupings and functions
	 * removed.
	 */
	static Set<String> metricNames(String expr) {
		String bare = expr.replaceAll("\\{[^}]*\\}", "")
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "")
			.replaceAll("\\[[^\\]]*\\]", "")
			.replaceAll("\"[^\"]*\"", "");
		Set<String> names = new TreeSet<>();
		Matcher identifiers = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()").matcher(bare);
		while (identifiers.find()) {
			String identifier = identifiers.group();
			if (identifier.contains("_") && !Set.of("group_left", "group_right").contains(identifier)) {
				names.add(identifier);
			}
		}
		return names;
	}

	static List<String> samples(String name) {
		return scrape.lines().filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " ")).toList();
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	static HttpResponse<String> post(int port, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> get(int port, String query, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI
			.create("http://localhost:" + port + "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
