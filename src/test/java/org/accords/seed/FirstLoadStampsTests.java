package org.accords.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import org.accords.dataset.DatasetState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first load into a store records the stamps of the files it read, so that the first
 * restart after it reads no seed file (it used to read and hash them all, 100 MB for a
 * 100k-statement corpus). The store starts empty: nothing is loaded at startup.
 */
@SpringBootTest(properties = { "accords.store.embedded-mode=memory", "accords.seed.load-on-startup=false" })
class FirstLoadStampsTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	SeedStamps stamps;

	@Autowired
	DatasetState state;

	@TempDir
	Path folder;

	@Test
	void aFirstLoadRecordsTheStampsOfTheFilesItRead() throws IOException {
		FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
		SeedFixture seed = SeedFixture.copyOfRealSeed(this.folder);
		try (Stream<Path> files = Files.walk(this.folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(file, anHourAgo);
			}
		}
		assertThat(this.state.currentOrNull()).isNull();
		assertThat(this.loader.load(seed.location())).isEqualTo(SeedLoader.Outcome.PUBLISHED);
		String loaded = this.state.version();
		// an edit that keeps a file's size and time is seen only by reading the file: a
		// start that trusts recorded stamps does not, so the version told is the one
		// loaded
		seed.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: press confession");
		Files.setLastModifiedTime(this.folder.resolve(SeedFixture.CURATED), anHourAgo);
		SeedFiles.Listing listing = SeedFiles.list(new PathMatchingResourcePatternResolver(), seed.location());
		assertThat(this.stamps.version(listing)).isEqualTo(loaded).isNotEqualTo(SeedFiles.read(listing).version());
	}

}
