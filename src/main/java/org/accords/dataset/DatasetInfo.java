package org.accords.dataset;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * One loaded dataset version, as recorded in the {@code datasets} collection, without the
 * list of seed files it was built from ({@link Stored}): 10,000 files for a
 * 100k-statement corpus, read only when a request asks for them
 * ({@code DatasetState#sources}).
 *
 * @param version hash of the seed files
 * @param loadedAt when it was loaded
 * @param counts number of entities per collection
 * @param contentDate the date of its newest article, ISO: the version's publication date
 * in citations, the same on every instance whenever it was loaded; null for versions
 * recorded before it was kept
 */
public record DatasetInfo(@Id String version, Instant loadedAt, Map<String, Long> counts,
		@Nullable String contentDate) {

	/** The field of a stored record that lists its seed files. */
	public static final String SOURCES = "sources";

	/**
	 * A version's record as it is stored: with its seed files.
	 *
	 * @param version hash of the seed files
	 * @param loadedAt when it was loaded
	 * @param counts number of entities per collection
	 * @param sources the seed files it was built from, with their hashes
	 * @param contentDate the date of its newest article, ISO
	 */
	public record Stored(@Id String version, Instant loadedAt, Map<String, Long> counts, List<SourceFile> sources,
			@Nullable String contentDate) {
	}

	/**
	 * The date of the newest of {@code articleDates} (ISO dates), null when there are
	 * none.
	 */
	public static @Nullable String newest(Collection<String> articleDates) {
		return articleDates.stream().filter(Objects::nonNull).max(String::compareTo).orElse(null);
	}

	/**
	 * A seed file.
	 *
	 * @param path path below the seed folder
	 * @param sha256 SHA-256 of its bytes, hex
	 */
	public record SourceFile(String path, String sha256) {
	}

}
