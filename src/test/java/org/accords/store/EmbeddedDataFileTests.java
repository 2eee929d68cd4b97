package org.accords.store;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's file writes its changes a few megabytes at a time: H2's default
 * (19 MB of changes at a 1 GB heap) made it serialize chunks of up to 53 MB into one
 * buffer, which G1 could not place in a fragmented 1 GB heap while 100k statements were
 * loaded, and H2 then closed the store.
 */
class EmbeddedDataFileTests {

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
