package org.accords.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.accords.AccordsApplication;
import org.accords.Awaits;
import org.accords.QuickTier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Startup problems end in one clear report, quickly.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag(QuickTier.STARTS_APPLICATION)
class StartupFailureTests {

	private static void start(String... properties) {
		String[] args = new String[properties.length];
		for (int i = 0; i < properties.length; i++) {
			args[i] = "--" + properties[i];
		}
		new SpringApplicationBuilder(AccordsApplication.class).run(args);
	}

	@Test
	void unreachableMongoDbFailsFastNamingTheHost(CapturedOutput output) {
		// the start gives up after the setting's 250 ms (its report says so), not after a
		// retry loop: how long the start itself takes is not asserted (a start on a
		// machine busy with other builds took 45 s), a start that never ends fails
		assertTimeoutPreemptively(Awaits.HUNG,
				() -> assertThatException().isThrownBy(() -> start("spring.mongodb.uri=mongodb://127.0.0.1:9/accords",
						"server.port=0", "accords.store.server-selection-timeout=250ms")));
		assertThat(output).contains("MongoDB at 127.0.0.1:9 did not answer within 250ms.");
		assertThat(output).doesNotContain("at com.mongodb.");
	}

	@Test
	void unknownAccordsPropertyIsRefused(CapturedOutput output) {
		assertThatException().isThrownBy(
				() -> start("accords.store.embedded-mode=memory", "server.port=0", "accords.api.max-page-sise=50"));
		assertThat(output).contains("accords.api.max-page-sise");
	}

	@Test
	void unwritableDataFolderIsNamed(@TempDir Path folder, CapturedOutput output) throws IOException {
		Path notAFolder = Files.createFile(folder.resolve("not-a-folder"));
		assertThatException().isThrownBy(
				() -> start("server.port=0", "accords.store.embedded-path=" + notAFolder.resolve("accords.mv")));
		assertThat(output).contains("The embedded store's data folder " + notAFolder + " cannot be created");
	}

	@Test
	void portInUseIsNamed(CapturedOutput output) throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			assertThatException()
				.isThrownBy(() -> start("accords.store.embedded-mode=memory", "server.port=" + taken.getLocalPort()));
			assertThat(output).contains("Port " + taken.getLocalPort() + " was already in use");
		}
	}

}
