package org.accords.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health checks of the image and of the compose topology, run as Docker runs them
 * (bash, no curl) against a server that answers readiness as the application does:
 * healthy only once readiness is UP. The readiness body lists its components, and a
 * component is UP before the whole is (the store is UP while the dataset is still
 * loading), so a check must read the status code, not look for an UP in the body.
 */
class ContainerHealthcheckTests {

	private static final String NOT_READY = "{\"components\":{\"dataset\":{\"details\":{\"reason\":\"no dataset loaded yet\"},"
			+ "\"status\":\"OUT_OF_SERVICE\"},\"readinessState\":{\"status\":\"OUT_OF_SERVICE\"},\"store\":{\"status\":\"UP\"}},"
			+ "\"status\":\"OUT_OF_SERVICE\"}";

	private static final String READY = "{\"components\":{\"dataset\":{\"status\":\"UP\"},\"readinessState\":{\"status\":\"UP\"},"
			+ "\"store\":{\"status\":\"UP\"}},\"status\":\"UP\"}";

	@Test
	void theImageIsHealthyOnlyOnceReadinessIsUp() throws Exception {
		assertHealthyOnlyOnceReady("the Dockerfile", dockerfileCommand(), "8080");
	}

	@Test
	void theComposeInstancesAreHealthyOnlyOnceReadinessIsUp() throws Exception {
		Map<String, String> commands = composeCommands();
		assertThat(commands).as("the compose services with a bash health check").hasSize(3);
		for (Map.Entry<String, String> service : commands.entrySet()) {
			assertHealthyOnlyOnceReady("compose service " + service.getKey(), service.getValue(), "8081");
		}
	}

	private static void assertHealthyOnlyOnceReady(String where, String command, String port)
			throws IOException, InterruptedException {
		assertThat(command).as(where).contains("/127.0.0.1/" + port);
		assertThat(run(command, port, 503, NOT_READY)).as(where + ": exit status while the dataset loads").isNotZero();
		assertThat(run(command, port, 200, READY)).as(where + ": exit status once ready").isZero();
	}

	/** Runs a health check command against readiness answering so. */
	private static int run(String command, String port, int status, String body)
			throws IOException, InterruptedException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/actuator/health/readiness", (exchange) -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		server.start();
		try {
			String local = command.replace("/127.0.0.1/" + port, "/127.0.0.1/" + server.getAddress().getPort());
			Process process = new ProcessBuilder("bash", "-c", local).redirectErrorStream(true).start();
			assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the health check ends").isTrue();
			return process.exitValue();
		}
		finally {
			server.stop(0);
		}
	}

	/**
	 * The command of the Dockerfile's HEALTHCHECK, as the shell in its exec form gets it.
	 */
	private static String dockerfileCommand() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"), StandardCharsets.UTF_8);
		Matcher matcher = Pattern.compile("(?m)^HEALTHCHECK [^\\n]*\\\\\\n\\s*CMD bash -c '([^']*)'$")
			.matcher(dockerfile);
		assertThat(matcher.find()).as("the Dockerfile's HEALTHCHECK runs bash -c '...'").isTrue();
		return matcher.group(1);
	}

	/** The bash commands of the compose services' health checks, by service. */
	private static Map<String, String> composeCommands() {
		JsonNode compose = OpsManifestTests.yaml.readTree(OpsManifestTests.COMPOSE.resolve("compose.yaml").toFile());
		Map<String, String> commands = new java.util.TreeMap<>();
		for (Map.Entry<String, JsonNode> service : compose.get("services").properties()) {
			JsonNode test = service.getValue().path("healthcheck").path("test");
			List<String> words = new ArrayList<>();
			test.forEach((word) -> words.add(word.asString()));
			if (words.size() == 4 && words.subList(0, 3).equals(List.of("CMD", "bash", "-c"))) {
				commands.put(service.getKey(), words.get(3));
			}
		}
		return commands;
	}

}
