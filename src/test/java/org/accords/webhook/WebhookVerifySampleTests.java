package org.accords.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.Docs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The receiver's check that docs/partners.md gives partners to paste (its Python
 * {@code verify}) accepts what Accords signs and refuses a body changed on the way,
 * another secret and an old delivery: the sample is run as written, against
 * {@link WebhookSignature}'s header.
 */
class WebhookVerifySampleTests {

	private static final Pattern PYTHON = Pattern.compile("```python\n(.*?)```", Pattern.DOTALL);

	private static final String SECRET = "newsroom-webhook-secret";

	private static final byte[] BODY = "{\"event\":\"dataset.published\",\"version\":\"2024-11-05.1\"}"
		.getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;

	@Test
	void theDocsVerifyAcceptsWhatAccordsSignsAndNothingElse() throws Exception {
		long now = Instant.now().getEpochSecond();
		String header = WebhookSignature.header(SECRET, now, BODY);
		assertThat(verify(SECRET, header, BODY)).as("a delivery as sent").isEqualTo("True");
		assertThat(verify(SECRET, header,
				"{\"event\":\"dataset.published\",\"version\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
			.as("a body changed on the way")
			.isEqualTo("False");
		assertThat(verify("another-secret-entirely", header, BODY)).as("another secret").isEqualTo("False");
		assertThat(verify(SECRET, WebhookSignature.header(SECRET, now - 600, BODY), BODY))
			.as("a delivery signed ten minutes ago (a replay)")
			.isEqualTo("False");
	}

	/** What the sample's {@code verify} prints for one delivery. */
	private String verify(String secret, String header, byte[] body) throws IOException, InterruptedException {
		Matcher sample = PYTHON.matcher(Docs.text(Docs.page("partners.md")));
		assertThat(sample.find()).as("docs/partners.md has the Python verify sample").isTrue();
		Path script = this.folder.resolve("verify.py");
		Files.writeString(script, sample.group(1) + "\nimport sys\n"
				+ "print(verify(sys.argv[1].encode(), sys.argv[2], open(sys.argv[3], 'rb').read()))\n");
		Path bodyFile = Files.write(this.folder.resolve("body.json"), body);
		Process python;
		try {
			python = new ProcessBuilder("python3", script.toString(), secret, header, bodyFile.toString())
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			assumeTrue(false, "no python3 on this machine: " + ex.getMessage());
			throw ex;
		}
		assertThat(python.waitFor(30, TimeUnit.SECONDS)).as("python3 finished").isTrue();
		String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(python.exitValue()).as(out).isZero();
		return out;
	}

}
