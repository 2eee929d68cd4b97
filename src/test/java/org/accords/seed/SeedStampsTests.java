package org.accords.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import org.accords.SmallCacheTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed files' version told from their recorded size and modification time: equal to
 * the version of their bytes, and a change seen unless it keeps both the size and the
 * time of a file recorded once settled (the guarantee docs/operations.md states).
 */
@SmallCacheTest
class SeedStampsTests {

	@Autowired
	SeedStamps stamps;

	@Autowired
	MongoTemplate mongo;

	@TempDir
	Path folder;

	SeedFixture seed;

	final FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

	@BeforeEach
	void copySeedLastChangedAnHourAgo() throws IOException {
		this.seed = SeedFixture.copyOfRealSeed(this.folder);
		try (Stream<Path> files = Files.walk(this.folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(file, this.anHourAgo);
			}
		}
	}

	private String stamped() {
		return stamped(this.stamps);
	}

	private String stamped(SeedStamps stamps) {
		return stamps.version(SeedFiles.list(new PathMatchingResourcePatternResolver(), this.seed.location()));
	}

	private String ofBytes() {
		return SeedFiles.read(new PathMatchingResourcePatternResolver(), this.seed.location()).version();
	}

	private void sameSizeEdit(FileTime time) throws IOException {
		this.seed.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: press confession");
		Files.setLastModifiedTime(this.folder.resolve(SeedFixture.CURATED), time);
	}

	@Test
	void theVersionFromStampsIsTheVersionOfTheBytesBeforeAndAfterTheyAreRecorded() {
		String version = ofBytes();
		assertThat(stamped()).isEqualTo(version);
		assertThat(stamped()).isEqualTo(version);
	}

	@Test
	void anEditThatChangesTheModificationTimeIsSeen() throws IOException {
		String before = stamped();
		sameSizeEdit(FileTime.from(this.anHourAgo.toInstant().plusSeconds(1)));
		assertThat(stamped()).isNotEqualTo(before).isEqualTo(ofBytes());
	}

	@Test
	void anEditThatChangesTheSizeIsSeen() throws IOException {
		String before = stamped();
		this.seed.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: news conference");
		Files.setLastModifiedTime(this.folder.resolve(SeedFixture.CURATED), this.anHourAgo);
		assertThat(stamped()).isNotEqualTo(before).isEqualTo(ofBytes());
	}

	@Test
	void aNewFileIsSeen() throws IOException {
		String before = stamped();
		this.seed.write("curated/zzz_extra.yaml", "statements: []\n");
		assertThat(stamped()).isNotEqualTo(before).isEqualTo(ofBytes());
	}

	@Test
	void anEditWithinSecondsOfBeingRecordedIsSeenEvenWithTheSameSizeAndTime() throws IOException {
		Instant now = Instant.now();
		Files.setLastModifiedTime(this.folder.resolve(SeedFixture.CURATED), FileTime.from(now));
		// recorded the moment it was written, whatever the machine's pace (a stamp taken
		// 3 s or more after the write, as a pause of a loaded machine could make it,
		// would
		// be trusted)
		String before = stamped(new SeedStamps(this.mongo, Clock.fixed(now, ZoneOffset.UTC)));
		// written again within the file system's time granularity: the same size and time
		sameSizeEdit(FileTime.from(now));
		assertThat(stamped()).isNotEqualTo(before).isEqualTo(ofBytes());
	}

	@Test
	void aSameSizeEditWithTheOldTimeRestoredIsNotSeenOnceTheFileHadSettled() throws IOException {
		String before = stamped();
		sameSizeEdit(this.anHourAgo);
		// the documented limit: such an edit needs accords.seed.trust-file-times=false
		assertThat(stamped()).isEqualTo(before).isNotEqualTo(ofBytes());
	}

}
