package org.accords.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;

/**
 * One loaded dataset version, as recorded in the {@code datasets} collection.
 *
 * @param version hash of the seed files
 * @param loadedAt when it was loaded
 * @param counts number of entities per collection
 * @param sources the seed files it was built from, with their hashes
 */
public record DatasetInfo(@Id String version, Instant loadedAt, Map<String, Long> counts, List<SourceFile> sources) {

	/**
	 * A seed file.
	 *
	 * @param path path below the seed folder
	 * @param sha256 SHA-256 of its bytes, hex
	 */
	public record SourceFile(String path, String sha256) {
	}

}
