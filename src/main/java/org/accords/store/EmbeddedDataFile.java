package org.accords.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

/**
 * The embedded store's data file (an H2 MVStore). It is opened only after every page of
 * it has been read back; a file that cannot be is moved aside and an empty one started,
 * so that the seed data can rebuild it. Beside it, a one-line record of the dataset
 * version last served from it tells a file that lost its last writes (truncated, its tail
 * zeroed: H2 then silently opens an older state) from an intact one.
 */
public final class EmbeddedDataFile {

	private static final Log logger = LogFactory.getLog(EmbeddedDataFile.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private final Path file;

	private final Path record;

	private final H2Backend backend;

	private final @Nullable Path movedAside;

	private final Duration readThrough;

	private EmbeddedDataFile(Path file, H2Backend backend, @Nullable Path movedAside, Duration readThrough) {
		this.file = file;
		this.record = file.resolveSibling(file.getFileName() + ".version");
		this.backend = backend;
		this.movedAside = movedAside;
		this.readThrough = readThrough;
	}

	/**
	 * Opens the file and reads all of it; an unreadable file is moved to
	 * {@code <name>.damaged-<timestamp>} and an empty store started in its place.
	 */
	static EmbeddedDataFile open(Path file, Clock clock) {
		long start = System.nanoTime();
		if (!Files.exists(file)) {
			// a record beside a file that was deleted on purpose says nothing of the new
			// one
			deleteRecord(file);
		}
		try {
			H2Backend backend = openVerified(file);
			return new EmbeddedDataFile(file, backend, null, Duration.ofNanos(System.nanoTime() - start));
		}
		catch (RuntimeException ex) {
			Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + STAMP.format(LocalDateTime.now(clock)));
			try {
				Files.move(file, aside);
			}
			catch (IOException moveFailed) {
				throw new StoreUnavailableException(
						"The embedded store's data file " + file + " is unreadable (" + reason(ex)
								+ ") and cannot be moved aside (" + moveFailed + ")",
						"Move or delete the file; the seed data rebuilds the dataset at the next start.");
			}
			logger.error("The embedded store's data file " + file + " is unreadable (" + reason(ex) + "); moved it to "
					+ aside + " and starting with an empty store, rebuilt from the seed data");
			return new EmbeddedDataFile(file, openVerified(file), aside, Duration.ofNanos(System.nanoTime() - start));
		}
	}

	private static void deleteRecord(Path file) {
		try {
			Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".version"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static H2Backend openVerified(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).open();
		try {
			// H2 checks a page when it reads it, and reads lazily: read them all now, so
			// that damage is found here rather than by a query later
			for (String name : store.getMapNames()) {
				MVMap<Object, Object> map = store.openMap(name);
				for (Cursor<Object, Object> cursor = map.cursor(null); cursor.hasNext();) {
					cursor.next();
					cursor.getValue();
				}
			}
			return new H2Backend(store);
		}
		catch (RuntimeException ex) {
			store.closeImmediately();
			throw ex;
		}
	}

	private static String reason(RuntimeException ex) {
		String message = String.valueOf(ex.getMessage());
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	H2Backend backend() {
		return this.backend;
	}

	public Path file() {
		return this.file;
	}

	/** How long opening and reading the whole file took. */
	Duration readThrough() {
		return this.readThrough;
	}

	/** Where the file was moved because it could not be read, or null if it could. */
	public @Nullable Path movedAside() {
		return this.movedAside;
	}

	/** The dataset version last served from this file, or null if none is recorded. */
	public @Nullable String lastServed() {
		try {
			String version = Files.readString(this.record, StandardCharsets.UTF_8).trim();
			return version.isEmpty() ? null : version;
		}
		catch (NoSuchFileException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Records {@code version} as served, once the file holds it: the store is committed
	 * first, so the record never claims what the file may not have.
	 */
	public void served(String version) {
		if (version.equals(lastServed())) {
			return;
		}
		Path temporary = this.record.resolveSibling(this.record.getFileName() + ".tmp");
		try {
			this.backend.commit();
			Files.writeString(temporary, version + "\n", StandardCharsets.UTF_8);
			Files.move(temporary, this.record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			// the record only sharpens the next start's check; serving goes on without it
			// (a full disk must not stop an instance that can serve)
			logger.warn("Cannot record the served dataset version beside " + this.file + " (" + ex + ")");
		}
	}

}
