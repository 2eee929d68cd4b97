package org.accords.sourceview;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.accords.graphql.NodeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The source view in headless Chromium ({@code scripts/check-source-view.mjs}): every
 * highlighted span's DOM text equals its excerpt, {@code ?fact=} marks and scrolls to
 * that fact's words, keyboard focus shows the fact with a GraphiQL link, the page reads
 * without scripts and makes no request elsewhere. Screenshots are kept in
 * {@code target/source-view-*.png}. Skipped, saying why, where Debian's chromium, node or
 * {@code scripts/node_modules} (npm ci) are missing; {@code .ci/run} installs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourceViewBrowserTests extends SourceViewSeed {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	static final Path SCRIPT = Path.of("scripts", "check-source-view.mjs");

	@LocalServerPort
	int port;

	@BeforeAll
	static void browserInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM),
				"Skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium; .ci/run does it)");
		assumeTrue(Files.isDirectory(Path.of("scripts", "node_modules", "playwright-core")),
				"Skipped: scripts/node_modules/playwright-core missing (cd scripts && npm ci; .ci/run does it)");
		assumeTrue(nodeRuns(), "Skipped: node is not on the PATH");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "test-article, " + TEST_ARTICLE + ", Statement, tamm-share-sites",
			"seed-article, " + SEED_ARTICLE + ", Statement, kasciunas-joint-company" })
	void spansLandOnTheirWordsInChromium(String name, String article, String factType, String factKey)
			throws Exception {
		Path screenshot = Path.of("target", "source-view-" + name + ".png").toAbsolutePath();
		Path output = Files.createTempFile(Path.of("target"), "source-view-" + name, ".json");
		ProcessBuilder process = new ProcessBuilder("node", SCRIPT.toString()).redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		process.environment().put("BASE_URL", "http://localhost:" + this.port);
		process.environment().put("ARTICLE", article);
		process.environment().put("FACT", NodeId.of(factType, factKey));
		process.environment().put("SCREENSHOT", screenshot.toString());
		process.environment().put("CHROMIUM", CHROMIUM.toString());
		Process running = process.start();
		boolean finished = running.waitFor(3, TimeUnit.MINUTES);
		if (!finished) {
			running.destroyForcibly();
		}
		String summary = Files.readString(output, StandardCharsets.UTF_8);
		System.out.println(summary);
		assertThat(finished).as("browser check finished within 3 minutes").isTrue();
		assertThat(running.exitValue()).as("browser check failed:\n" + summary).isZero();
		assertThat(summary).contains("\"failures\": []");
		assertThat(screenshot).isNotEmptyFile();
		assertThat(Path.of(screenshot.toString().replace(".png", "-fact.png"))).isNotEmptyFile();
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
