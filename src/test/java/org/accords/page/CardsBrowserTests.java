package org.accords.page;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.accords.BrowserCheck;
import org.accords.QuickTier;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cards in headless Chromium ({@code scripts/check-cards.mjs}): each type in both
 * themes renders its text with scripts off, requests nothing but itself, is no wider than
 * a 560, 320 or 200 px frame and, in the frame oEmbed gives it at 560, 320 and 200 px,
 * shows whole (no taller than oEmbed's height, so nothing scrolls out of sight), also set
 * in each other installed sans-serif the script knows (Liberation Sans here); a partner
 * page on another origin queries {@code /graphql}, fetches {@code /data/statements.json}
 * and shows a card in an iframe with the default settings. Screenshots go to
 * {@code target/card-*.png}. Skipped, saying why, where Chromium, node or
 * {@code scripts/node_modules} are missing, as the source view's browser test is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(QuickTier.STARTS_APPLICATION)
class CardsBrowserTests extends PageSeed {

	@LocalServerPort
	int port;

	@BeforeAll
	static void browserInstalled() {
		BrowserCheck.assumeInstalled();
	}

	@Test
	void everyCardRendersInBothThemesAndInAPartnerPageOnAnotherOrigin() throws Exception {
		String cards = "[" + card("statement", "Statement", "kasciunas-joint-company", "Laurynas Kasčiūnas") + ","
				+ card("agreement", "Agreement", "ee-fi-radar-loi", "Finland") + ","
				+ card("commitment", "Commitment", "fi-funds-half", "fund half of the first station") + ","
				+ card("person", "Person", "kaarel-tamm", "Defence Minister") + ","
				+ card("organization", "Organization", "fi-mod", "Ministry of Defence of Finland") + ","
				+ card("country", "Country", "EE", "Estonia") + ","
				+ card("cooperation-area", "CooperationArea", "coastal-radar", "coastal radar stations") + ","
				+ card("signatory", "Signatory", "fi-mod-signs", "On behalf of") + ","
				+ card("agreement", "Agreement", "lt-ua-defence-industry-memorandum-2024", "prior right to buy") + ","
				+ card("commitment", "Commitment", "joint-company", "joint company") + ","
				+ card("commitment", "Commitment", "palianytsia-production-transfer", "Palianytsia") + ","
				+ card("event", "Event", "kasciunas-visit-kyiv-2024-11", "Participant") + ","
				+ card("post", "Post", "ausrine-armonaite/Minister of the Economy and Innovation/"
						+ "lt-ministry-of-the-economy-and-innovation", "Last reported")
				+ "]";
		check(this.port, PUBLIC_URL, "/embed/statement/" + NodeId.of("Statement", "kasciunas-joint-company"), cards,
				Path.of("target"), "statement", "agreement", "commitment", "person", "organization", "country",
				"cooperation-area", "signatory", "event", "post");
	}

	/**
	 * Runs {@code check-cards.mjs} on {@code cards} (a JSON list of
	 * {@link #card(String, String, String, String)}, {@code firstCard} the first's path)
	 * of the application on {@code port} (its {@code accords.public-url} is
	 * {@code publicUrl}) with a partner page on another origin that frames it; fails when
	 * a check does, and when a screenshot of a card of each of {@code types} in each
	 * theme is missing from {@code screenshots}.
	 */
	static void check(int port, String publicUrl, String firstCard, String cards, Path screenshots, String... types)
			throws Exception {
		// the partner: a page on another origin (another port on loopback) that frames
		// the first card
		byte[] portal = ("<!DOCTYPE html><html><body><h1>Partner portal</h1><iframe src=\"http://localhost:" + port
				+ firstCard + "\" width=\"560\" height=\"320\" style=\"border:0\"></iframe></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		HttpServer partner = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		partner.createContext("/portal.html", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, portal.length);
			exchange.getResponseBody().write(portal);
			exchange.close();
		});
		partner.start();
		try {
			BrowserCheck
				.start("check-cards.mjs",
						Map.of("BASE_URL", "http://localhost:" + port, "CARDS", cards, "PARTNER_PAGE",
								"http://127.0.0.1:" + partner.getAddress().getPort() + "/portal.html", "SCREENSHOTS",
								screenshots.toAbsolutePath().toString(), "PUBLIC_URL", publicUrl))
				.succeeds(Duration.ofMinutes(3));
		}
		finally {
			partner.stop(0);
		}
		for (String type : types) {
			assertThat(screenshots.resolve("card-" + type + "-light.png")).isNotEmptyFile();
			assertThat(screenshots.resolve("card-" + type + "-dark.png")).isNotEmptyFile();
		}
	}

	static String card(String card, String type, String key, String expect) {
		return "{\"path\":\"/embed/" + card + "/" + NodeId.of(type, key) + "\",\"expect\":\"" + expect + "\"}";
	}

}
