package org.accords;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The browser tests' one way of running a check in headless Chromium: a playwright-core
 * script under {@code scripts/} run by node, its JSON summary (with a {@code failures}
 * list) on standard output. Skipped, saying why, where Chromium, playwright-core or node
 * is missing.
 */
public final class BrowserCheck {

	/** Debian's chromium, or the one {@code CHROMIUM} names. */
	public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	private BrowserCheck() {
	}

	/** Skips the calling test class where the browser check cannot run. */
	public static void assumeInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM),
				"Skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium; .ci/run does it)");
		assumeTrue(Files.isDirectory(Path.of("scripts", "node_modules", "playwright-core")),
				"Skipped: scripts/node_modules/playwright-core missing (cd scripts && npm ci; .ci/run does it)");
		assumeTrue(nodeRuns(), "Skipped: node is not on the PATH");
	}

	/**
	 * Starts {@code scripts/<script>} with these environment variables (and CHROMIUM).
	 */
	public static Running start(String script, Map<String, String> environment) throws IOException {
		Path output = Files.createTempFile(Path.of("target"), script.replace(".mjs", ""), ".json");
		ProcessBuilder process = new ProcessBuilder("node", Path.of("scripts", script).toString())
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		process.environment().putAll(environment);
		process.environment().put("CHROMIUM", CHROMIUM.toString());
		return new Running(process.start(), output);
	}

	/** A running check. */
	public record Running(Process process, Path output) {

		/**
		 * Waits for the check, prints its summary and asserts that it finished in time,
		 * succeeded and reported no failures; returns the summary.
		 */
		public String succeeds(Duration timeout) throws IOException, InterruptedException {
			boolean finished = this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (!finished) {
				this.process.destroyForcibly();
			}
			String summary = Files.readString(this.output, StandardCharsets.UTF_8);
			System.out.println(summary);
			assertThat(finished).as("browser check finished within " + timeout.toMinutes() + " minutes").isTrue();
			assertThat(this.process.exitValue()).as("browser check failed:\n" + summary).isZero();
			assertThat(summary).contains("\"failures\": []");
			return summary;
		}

	}

	private static boolean nodeRuns() {
		try {
			// its output is not needed: a file of one name in the shared temporary folder
			// was written by every build on the machine at once
			Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return node.waitFor(20, TimeUnit.SECONDS) && node.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
