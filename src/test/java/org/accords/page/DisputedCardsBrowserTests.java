package org.accords.page;

import java.nio.file.Path;

import org.accords.AccordsProperties;
import org.accords.BrowserCheck;
import org.accords.GeneratedCorpusTest;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cards of disputed facts in headless Chromium, as {@link CardsBrowserTests} checks
 * every card: the "Sources differ" line shows in both themes, and the card, one line
 * taller, still fits a 320 px frame and shows whole in the frame oEmbed gives it at 560,
 * 320 and 200 px (so {@code PageHtml.height} counts the line). A pledge two publishers
 * give different sums, and a quote they word differently (invented reports under
 * {@code src/test/resources/dispute-fixtures}). Screenshots go to
 * {@code target/disputed-cards/}. Skipped, saying why, where Chromium, node or
 * {@code scripts/node_modules} are missing.
 */
@GeneratedCorpusTest(fixtures = "classpath:dispute-fixtures/")
class DisputedCardsBrowserTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void browserInstalled() {
		BrowserCheck.assumeInstalled();
	}

	@Test
	void aDisputedCardSaysSourcesDifferAndShowsWholeInItsFrame() throws Exception {
		// a statement first: the script's 404 check takes the first card for a
		// statement's
		String quote = "/embed/statement/" + NodeId.of("Statement", "laakso-fields");
		String cards = "["
				+ CardsBrowserTests.card("statement", "Statement", "laakso-fields",
						"Sources differ: 2 competing values")
				+ "," + CardsBrowserTests.card("commitment", "Commitment", "fi-demining-robots",
						"Sources differ: 2 competing values")
				+ "]";
		CardsBrowserTests.check(this.port, AccordsProperties.DEFAULT_PUBLIC_URL, quote, cards,
				Path.of("target", "disputed-cards"), "statement", "commitment");
	}

}
