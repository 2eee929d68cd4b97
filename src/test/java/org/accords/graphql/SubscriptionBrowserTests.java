package org.accords.graphql;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.accords.dataset.Changelog;
import org.accords.dataset.DatasetState;
import org.accords.page.PageSeed;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Subscriptions in headless Chromium ({@code scripts/check-subscriptions.mjs}): a partner
 * page on another origin subscribes to {@code datasetPublished} over Server-Sent Events
 * with the default settings and receives it within 2 s of a new version's publication
 * time (as the changelog records it); GraphiQL runs the same subscription over its
 * WebSocket. Skipped, saying why, where Chromium, node or {@code scripts/node_modules}
 * are missing, as the cards' browser test is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.dataset.refresh-interval=500ms", "accords.subscriptions.max=3",
				"spring.graphql.http.sse.keep-alive=1s", "spring.graphql.websocket.keep-alive=1s",
				"accords.http.timeout=2s" })
class SubscriptionBrowserTests extends PageSeed {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	@LocalServerPort
	int port;

	@Autowired
	SeedLoader loader;

	@Autowired
	SubscriptionAdmission admission;

	@Autowired
	DatasetState state;

	@Autowired
	Changelog changelog;

	@BeforeAll
	static void browserInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM),
				"Skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium; .ci/run does it)");
		assumeTrue(Files.isDirectory(Path.of("scripts", "node_modules", "playwright-core")),
				"Skipped: scripts/node_modules/playwright-core missing (cd scripts && npm ci; .ci/run does it)");
		assumeTrue(nodeRuns(), "Skipped: node is not on the PATH");
	}

	@Test
	void aPartnerPageOnAnotherOriginReceivesDatasetPublishedOverSseWithinTwoSeconds() throws Exception {
		byte[] portal = "<!DOCTYPE html><html><body><h1>Partner newsroom</h1></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		HttpServer partner = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		partner.createContext("/newsroom.html", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, portal.length);
			exchange.getResponseBody().write(portal);
			exchange.close();
		});
		partner.start();
		Path output = Files.createTempFile(Path.of("target"), "subscriptions", ".json");
		Path published = Path.of("target", "subscriptions-published-" + System.nanoTime() + ".txt");
		// the streams other tests closed are found by the 1 s keep-alive
		await().atMost(Duration.ofSeconds(20)).until(() -> this.admission.open() == 0);
		try {
			ProcessBuilder process = new ProcessBuilder("node",
					Path.of("scripts", "check-subscriptions.mjs").toString())
				.redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT);
			process.environment().put("BASE_URL", "http://localhost:" + this.port);
			process.environment()
				.put("PARTNER_PAGE", "http://127.0.0.1:" + partner.getAddress().getPort() + "/newsroom.html");
			process.environment().put("PUBLISHED_FILE", published.toAbsolutePath().toString());
			process.environment().put("CHROMIUM", CHROMIUM.toString());
			Process running = process.start();
			// both pages listen: the partner's SSE stream and GraphiQL's WebSocket
			await().atMost(Duration.ofSeconds(90)).until(() -> this.admission.open() >= 2 || !running.isAlive());
			NewVersions.publish(this.loader);
			// the version's publication time, as the changelog and the feeds give it (the
			// load before it, validating and writing the files, is not delivery)
			String version = this.state.version();
			long publishedAt = this.changelog.entry(version).publishedAt().toEpochMilli();
			Files.writeString(published, Long.toString(publishedAt));
			boolean finished = running.waitFor(2, TimeUnit.MINUTES);
			if (!finished) {
				running.destroyForcibly();
			}
			String summary = Files.readString(output, StandardCharsets.UTF_8);
			System.out.println(summary);
			assertThat(finished).as("browser check finished within 2 minutes").isTrue();
			assertThat(running.exitValue()).as("browser check failed:\n" + summary).isZero();
			assertThat(summary).contains("\"failures\": []");
		}
		finally {
			partner.stop(0);
		}
	}

	private static boolean nodeRuns() {
		try {
			Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true)
				.redirectOutput(new File(System.getProperty("java.io.tmpdir"), "accords-node-version"))
				.start();
			return node.waitFor(20, TimeUnit.SECONDS) && node.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
