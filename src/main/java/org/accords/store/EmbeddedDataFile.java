package org.accords.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.CRC32C;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.jspecify.annotations.Nullable;

/**
 * The embedded store's data file (an H2 MVStore). It is opened only after every page of
 * it has been read back; a file that cannot be is moved aside and an empty one started,
 * so that the seed data can rebuild it. Beside it, a one-line record of the dataset
 * version last served from it tells a file that lost its last writes (truncated, its tail
 * zeroed: H2 then silently opens an older state) from an intact one. A write that fails
 * (disk full) makes H2 close the store: the loader's cleanup opens the file again as it
 * was at its last complete write ({@link #reopenIfWriteFailed}), so that the version
 * served before stays served.
 */
public final class EmbeddedDataFile {

	private static final Log logger = LogFactory.getLog(EmbeddedDataFile.class);

	/**
	 * Changes the store keeps in memory before it writes them to the file, in KiB of its
	 * estimate.
	 */
	static final int WRITE_BUFFER_KB = 4 * 1024;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private final Path file;

	private final Path record;

	/** What H2 opens: the file's path, behind a file system scheme in tests. */
	private final String location;

	private volatile H2Backend backend;

	private final MongoBackend serverBackend = reopening();

	private final @Nullable Path movedAside;

	private final String howOpened;

	private EmbeddedDataFile(Path file, String location, H2Backend backend, @Nullable Path movedAside,
			String howOpened) {
		this.file = file;
		this.location = location;
		this.record = file.resolveSibling(file.getFileName() + ".version");
		this.backend = backend;
		this.movedAside = movedAside;
		this.howOpened = howOpened;
	}

	/**
	 * Opens the file and reads all of it; an unreadable file is moved to
	 * {@code <name>.damaged-<timestamp>} and an empty store started in its place.
	 */
	static EmbeddedDataFile open(Path file, Clock clock) {
		return open(file, "", clock);
	}

	/**
	 * Opens the file through the H2 file system named by {@code scheme} (a prefix such as
	 * {@code "nio:"}; empty for H2's default).
	 */
	static EmbeddedDataFile open(Path file, String scheme, Clock clock) {
		String location = scheme + file;
		long start = System.nanoTime();
		if (!Files.exists(file)) {
			// a record beside a file that was deleted on purpose says nothing of the new
			// one
			deleteRecord(file);
		}
		try {
			Boolean unchangedSinceClosed = unchangedSinceClosed(file);
			boolean unchanged = Boolean.TRUE.equals(unchangedSinceClosed);
			H2Backend backend = openVerified(location, !unchanged);
			if (Boolean.FALSE.equals(unchangedSinceClosed)) {
				logger.warn("The embedded store's data file " + file
						+ " changed since this application closed it; every page of it reads back");
			}
			return new EmbeddedDataFile(file, location, backend, null,
					(unchanged ? "unchanged since it was closed, opened in " : "opened and read through in ")
							+ millisSince(start) + " ms");
		}
		catch (RuntimeException ex) {
			if (ex instanceof MVStoreException locked && locked.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
				// not damage: another instance (or another store in this one) has it
				// open,
				// and moving it aside would pull it from under that instance
				throw new StoreUnavailableException(
						"The embedded store's data file " + file + " is in use by another process (" + reason(ex) + ")",
						"Stop the instance that has it open, or give this one a file of its own "
								+ "(accords.store.embedded-path); instances share one store only through MongoDB "
								+ "(MONGODB_URI).");
			}
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
			return new EmbeddedDataFile(file, location, openVerified(location, false), aside,
					"started empty in " + millisSince(start) + " ms");
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

	/**
	 * Whether the file is byte for byte as it was when this application last closed it
	 * cleanly (a CRC-32C of it is recorded then, and removed once it is open again); null
	 * when that is unknown (no clean close recorded).
	 */
	private static @Nullable Boolean unchangedSinceClosed(Path file) {
		Path closed = closedRecord(file);
		try {
			if (!Files.exists(closed) || !Files.exists(file)) {
				return null;
			}
			boolean unchanged = Files.readString(closed, StandardCharsets.UTF_8).trim().equals(crc(file));
			Files.delete(closed);
			return unchanged;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static Path closedRecord(Path file) {
		return file.resolveSibling(file.getFileName() + ".closed");
	}

	private static String crc(Path file) throws IOException {
		CRC32C crc = new CRC32C();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				crc.update(buffer, 0, read);
			}
		}
		return Files.size(file) + ":" + Long.toHexString(crc.getValue());
	}

	/**
	 * Called once the store is shut down and the file closed: records its checksum, so
	 * that the next start need not read it through.
	 */
	void closed() {
		try {
			Files.writeString(closedRecord(this.file), crc(this.file) + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			logger
				.warn("Cannot record the checksum of " + this.file + " (" + ex + "); the next start reads it through");
		}
	}

	private static H2Backend openVerified(String location, boolean readThrough) {
		// the store writes its changes once they take WRITE_BUFFER_KB (H2's default is
		// 19 MB at a 1 GB heap): a smaller write buffer keeps each write out of the
		// humongous objects that fragment G1's heap (docs/operations.md)
		MVStore store = new MVStore.Builder().fileName(location).autoCommitBufferSize(WRITE_BUFFER_KB).open();
		try {
			// H2 checks a page when it reads it, and reads lazily: unless the file is
			// unchanged since it was closed, read every page now, so that damage is found
			// here rather than by a query later
			for (String name : readThrough ? store.getMapNames() : java.util.Set.<String>of()) {
				MVMap<Object, Object> map = EmbeddedBackend.openMap(store, name);
				for (Cursor<Object, Object> cursor = map.cursor(null); cursor.hasNext();) {
					cursor.next();
					cursor.getValue();
				}
			}
			return new EmbeddedBackend(store);
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

	/** The store as it is open now. */
	H2Backend backend() {
		return this.backend;
	}

	/**
	 * Whether H2 has closed the store after a write to the file failed, until it is
	 * opened again.
	 */
	boolean closedByFailedWrite() {
		return this.backend.getMvStore().isClosed();
	}

	/**
	 * The backend the wire-protocol server uses: the store as it is open now, also once
	 * it was opened again after a failed write.
	 */
	MongoBackend serverBackend() {
		return this.serverBackend;
	}

	/**
	 * Writes every change made so far to the file.
	 * @throws RuntimeException if the file cannot be written (disk full): H2 has closed
	 * the store then, until {@link #reopenIfWriteFailed}
	 */
	public void commit() {
		this.backend.commit();
	}

	/**
	 * Writes every change made so far to the file, or, if it cannot be written, opens it
	 * again as it was at its last complete write: nothing is left for H2's background
	 * writer to fail on, which would close the store again with no one to open it.
	 * @return why the file could not be written; null if it was
	 */
	public @Nullable String commitOrReopen() {
		try {
			commit();
			return null;
		}
		catch (RuntimeException ex) {
			String failure = reopenIfWriteFailed();
			if (failure == null) {
				throw ex;
			}
			return failure;
		}
	}

	/**
	 * After a write to the file failed (disk full), H2 has closed the store: opens the
	 * file again, as it was at its last complete write (the writes after it are lost, as
	 * after a crash), and says so. Not done on the server's next command on its own: a
	 * load writing then would go on into a store that lost its first writes.
	 * @return why the write failed, naming the file and the cause (No space left on
	 * device); null if no write failed
	 */
	public synchronized @Nullable String reopenIfWriteFailed() {
		H2Backend failed = this.backend;
		MVStoreException panic = failed.getMvStore().getPanicException();
		if (panic == null) {
			return null;
		}
		String failure = "the embedded store's data file " + this.file + " could not be written: " + rootCause(panic);
		long start = System.nanoTime();
		// H2 leaves the file open, and locked, when it closes the store so
		closeFile(failed.getMvStore());
		// its last chunk may be partly written: every page is read back
		this.backend = openVerified(this.location, true);
		logger.error("The embedded store's data file " + this.file + " could not be written (" + rootCause(panic)
				+ "); the store closed, and was opened again as the file held it at its last complete write, in "
				+ millisSince(start) + " ms");
		return failure;
	}

	/**
	 * A backend that hands each call to the store open now (its cursors are gone with a
	 * store closed by a failed write). A proxy, not a class: the interface's methods take
	 * Netty's types, which mongo-java-server keeps off this project's compile classpath.
	 */
	private MongoBackend reopening() {
		return (MongoBackend) Proxy.newProxyInstance(MongoBackend.class.getClassLoader(),
				new Class<?>[] { MongoBackend.class }, (proxy, method, args) -> {
					H2Backend target = this.backend;
					Object result;
					try {
						result = method.invoke(target, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					return (result == target) ? proxy : result;
				});
	}

	private static void closeFile(MVStore closed) {
		try {
			closed.getFileStore().close();
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot close " + closed.getFileStore().getFileName() + " (" + ex.getMessage() + ")");
		}
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return String.valueOf((cause.getMessage() != null) ? cause.getMessage() : cause);
	}

	public Path file() {
		return this.file;
	}

	/** Whether the file was read through at startup, and how long opening it took. */
	String howOpened() {
		return this.howOpened;
	}

	private static long millisSince(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
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
			// nor a store closed by the failed commit: what the file holds is served
			reopenIfWriteFailed();
		}
	}

}
