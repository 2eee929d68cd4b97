package org.accords.sourceview;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.accords.BrowserCheck;
import org.accords.QuickTier;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source view in headless Chromium ({@code scripts/check-source-view.mjs}): every
 * highlighted span's DOM text equals its excerpt, {@code ?fact=} marks and scrolls to
 * that fact's words, keyboard focus shows the fact with a GraphiQL link, the page reads
 * without scripts and makes no request elsewhere. Screenshots are kept in
 * {@code target/source-view-*.png}. Skipped, saying why, where Debian's chromium, node or
 * {@code scripts/node_modules} (npm ci) are missing; {@code .ci/run} installs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(QuickTier.STARTS_APPLICATION)
class SourceViewBrowserTests extends SourceViewSeed {

	static final String SCRIPT = "check-source-view.mjs";

	@LocalServerPort
	int port;

	@BeforeAll
	static void browserInstalled() {
		BrowserCheck.assumeInstalled();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "test-article, " + TEST_ARTICLE + ", Statement, tamm-share-sites",
			"seed-article, " + SEED_ARTICLE + ", Statement, kasciunas-joint-company" })
	void spansLandOnTheirWordsInChromium(String name, String article, String factType, String factKey)
			throws Exception {
		Path screenshot = Path.of("target", "source-view-" + name + ".png").toAbsolutePath();
		BrowserCheck
			.start(SCRIPT,
					Map.of("BASE_URL", "http://localhost:" + this.port, "ARTICLE", article, "FACT",
							NodeId.of(factType, factKey), "SCREENSHOT", screenshot.toString()))
			.succeeds(Duration.ofMinutes(3));
		assertThat(screenshot).isNotEmptyFile();
		assertThat(Path.of(screenshot.toString().replace(".png", "-fact.png"))).isNotEmptyFile();
	}

}
