package org.accords;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's command line: help lists the commands, a mistyped command is refused instead
 * of starting a server on port 8080, and settings still start the server.
 */
class AccordsApplicationCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private Integer run(String... args) {
		return AccordsApplication.command(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void helpListsTheCommandsAndStartsNothing() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("validate DIR", "draft ARTICLE.txt",
				"generate --statements=N");
		assertThat(run("-h")).isZero();
	}

	@Test
	void aMistypedCommandIsRefusedWithTheUsage() {
		assertThat(run("valdiate", "seed-data")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown command 'valdiate'", "validate DIR");
	}

	@Test
	void settingsOrNothingStartTheServer() {
		assertThat(run()).isNull();
		assertThat(run("--server.port=0", "--accords.store.embedded-mode=memory")).isNull();
		assertThat(this.out.size() + this.err.size()).isZero();
	}

}
