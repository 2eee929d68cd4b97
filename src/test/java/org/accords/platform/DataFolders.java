package org.accords.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies of an embedded store's data folder (its file and the records beside it), so that
 * each test restarts on a store prepared once.
 */
final class DataFolders {

	private DataFolders() {
	}

	/** Copies every file of {@code from} into {@code to}; the copy's data file. */
	static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
		return to.resolve("accords.mv");
	}

}
