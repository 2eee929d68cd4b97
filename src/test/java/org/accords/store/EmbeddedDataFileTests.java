package org.accords.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded store's file: how it writes, and a file another process holds.
 */
class EmbeddedDataFileTests {

	/**
	 * A second instance started on the file of a running one: H2 finds the file locked.
	 * That is not damage: the file stays where it is (it was moved aside as unreadable,
	 * under the running instance, and an empty store started in its place), and the start
	 * fails saying what to do.
	 */
	@Test
	void aFileAnotherProcessHoldsIsNotMovedAsideAndTheStartSaysWhy(@TempDir Path folder) throws Exception {
		Path path = folder.resolve("accords.mv");
		EmbeddedDataFile running = EmbeddedDataFile.open(path, Clock.systemUTC());
		try {
			running.commit();
			assertThatExceptionOfType(StoreUnavailableException.class)
				.isThrownBy(() -> EmbeddedDataFile.open(path, Clock.systemUTC()))
				.withMessageContaining(path.toString())
				.withMessageContaining("in use by another process")
				.satisfies((ex) -> assertThat(ex.action()).contains("accords.store.embedded-path"));
			try (var listing = Files.list(folder)) {
				assertThat(listing.map((file) -> file.getFileName().toString()))
					.noneMatch((name) -> name.contains("damaged"));
			}
		}
		finally {
			running.backend().close();
		}
		// and once it is free, it opens
		EmbeddedDataFile again = EmbeddedDataFile.open(path, Clock.systemUTC());
		again.backend().close();
	}

	/**
	 * The file writes its changes a few megabytes at a time: H2's default (19 MB of
	 * changes at a 1 GB heap) made it serialize chunks of up to 53 MB into one buffer,
	 * which G1 could not place in a fragmented 1 GB heap while 100k statements were
	 * loaded, and H2 then closed the store.
	 */
	@Test
	void theStoreWritesItsChangesEveryFourMegabytes(@TempDir Path folder) {
		EmbeddedDataFile file = EmbeddedDataFile.open(folder.resolve("accords.mv"), Clock.systemUTC());
		try {
			assertThat(file.backend().getMvStore().getAutoCommitMemory()).isEqualTo(4 * 1024 * 1024);
		}
		finally {
			file.backend().close();
		}
	}

}
