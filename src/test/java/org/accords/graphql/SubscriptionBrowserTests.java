package org.accords.graphql;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.accords.BrowserCheck;
import org.accords.dataset.Changelog;
import org.accords.dataset.DatasetState;
import org.accords.graphql.guard.SubscriptionAdmission;
import org.accords.page.PageSeed;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.accords.Awaits.await;

/**
 * Subscriptions in headless Chromium ({@code scripts/check-subscriptions.mjs}): a partner
 * page on another origin subscribes to {@code datasetPublished} over Server-Sent Events
 * with the default settings and receives it within 2 s of a new version's publication
 * time (as the changelog records it); GraphiQL runs the same subscription over its
 * WebSocket. Skipped, saying why, where Chromium, node or {@code scripts/node_modules}
 * are missing, as the cards' browser test is.
 */
@SubscriptionHttpTest
class SubscriptionBrowserTests extends PageSeed {

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
		BrowserCheck.assumeInstalled();
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
		Path published = Path.of("target", "subscriptions-published-" + System.nanoTime() + ".txt");
		// the streams other tests closed are found by the 100 ms keep-alive
		await().until(() -> this.admission.open() == 0);
		try {
			BrowserCheck.Running check = BrowserCheck.start("check-subscriptions.mjs",
					Map.of("BASE_URL", "http://localhost:" + this.port, "PARTNER_PAGE",
							"http://127.0.0.1:" + partner.getAddress().getPort() + "/newsroom.html", "PUBLISHED_FILE",
							published.toAbsolutePath().toString()));
			Process running = check.process();
			// both pages listen: the partner's SSE stream and GraphiQL's WebSocket
			await().until(() -> this.admission.open() >= 2 || !running.isAlive());
			NewVersions.publish(this.loader);
			// the version's publication time, as the changelog and the feeds give it (the
			// load before it, validating and writing the files, is not delivery)
			String version = this.state.version();
			long publishedAt = this.changelog.entry(version).publishedAt().toEpochMilli();
			Files.writeString(published, Long.toString(publishedAt));
			check.succeeds(Duration.ofMinutes(2));
		}
		finally {
			partner.stop(0);
		}
	}

}
