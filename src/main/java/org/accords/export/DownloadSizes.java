package org.accords.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.accords.AccordsProperties;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.http.Gzip;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The byte size of each download of the served version. Downloads are streamed, so their
 * size is unknown until they have been written once: a background thread writes each to
 * nowhere and counts, right after the version is served, and stops when a newer version
 * is served before it is done. The sizes of every version still kept
 * ({@code accords.dataset.keep-versions}) are kept, a few dozen numbers a version, so an
 * older kept version's listing, ranges and {@code Content-Length} stay once a newer one
 * is measured; a version's sizes are dropped with the version.
 */
@Component
class DownloadSizes implements DisposableBean {

	private static final Log logger = LogFactory.getLog(DownloadSizes.class);

	private final DatasetState state;

	private final TableWriter writer;

	private final Archive archive;

	private final Metadata metadata;

	private final boolean enabled;

	private final Map<String, Map<String, Long>> byVersion = new ConcurrentHashMap<>();

	private final Set<String> started = ConcurrentHashMap.newKeySet();

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "download-sizes");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	});

	/**
	 * @param reader read with {@link ChunkedReader#ofServedOnly()}: a measurement that a
	 * newer version overtakes stops rather than load the superseded version's query
	 * tables as an older version's
	 */
	DownloadSizes(DatasetState state, ChunkedReader reader, MongoTemplate mongo, Metadata metadata,
			AccordsProperties properties) {
		this.state = state;
		this.writer = new TableWriter(reader.ofServedOnly(), mongo);
		this.archive = new Archive(this.writer, metadata);
		this.metadata = metadata;
		this.enabled = properties.export().measureSizes();
	}

	/** The sizes measured so far for {@code version}, by file name; empty until done. */
	Map<String, Long> of(String version) {
		return this.byVersion.getOrDefault(version, Map.of());
	}

	/**
	 * The size of one variant of a collection's file ({@code ""}, {@code -bom},
	 * {@code -gzip}, {@code -bom-gzip}), or null until measured.
	 */
	@Nullable Long of(String version, Table<?> table, Format format, String variant) {
		return of(version).get(Downloads.file(table, format) + variant);
	}

	@Scheduled(fixedDelayString = "${accords.dataset.refresh-interval:2s}")
	void measureCurrent() {
		DatasetInfo info = this.state.currentOrNull();
		if (this.enabled && info != null) {
			retain(this.state.keptVersions());
			measureInBackground(info);
		}
	}

	/**
	 * Drops the sizes of the versions no longer kept, and the mark that they were
	 * measured: a version is dropped from the store with its sizes, and one published
	 * again after that is measured again.
	 */
	void retain(Collection<String> kept) {
		this.byVersion.keySet().retainAll(kept);
		this.started.retainAll(kept);
	}

	/**
	 * Measures {@code info} in the background unless it is measured or being measured.
	 */
	void measureInBackground(DatasetInfo info) {
		if (this.started.add(info.version())) {
			this.executor.execute(() -> measure(info));
		}
	}

	/** Measures every download of {@code info}; in the background when it is served. */
	void measure(DatasetInfo info) {
		long start = System.nanoTime();
		Map<String, Long> sizes = new ConcurrentHashMap<>();
		try {
			for (Table<?> table : Tables.ALL) {
				for (Format format : Format.values()) {
					measure(info, table, format, sizes);
				}
			}
			TableWriter.Counting counting = new TableWriter.Counting(OutputStream.nullOutputStream());
			this.archive.write(info, counting);
			sizes.put(Downloads.archive(info.version()), counting.count());
			sizes.put(Downloads.DATAPACKAGE,
					(long) Archive.JSON.writeValueAsBytes(this.metadata.dataPackage(info)).length);
			// the other kept versions keep theirs (measureCurrent lets go of those no
			// longer kept)
			this.byVersion.put(info.version(), sizes);
			logger.info("Measured the downloads of dataset version " + info.version() + " in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
		}
		catch (CancellationException ex) {
			// a newer version is served: measuring this one is work for nobody (it is
			// measured again if it is served again)
			logger.info("Stopped measuring the downloads of dataset version " + info.version()
					+ ": it is no longer the one served");
			this.started.remove(info.version());
		}
		catch (IOException | RuntimeException ex) {
			// the version was replaced meanwhile, or the store is away: try again later
			logger.debug("Could not measure the downloads of " + info.version() + ": " + ex.getMessage());
			this.started.remove(info.version());
		}
	}

	/**
	 * One pass over a collection measures its file and its gzip variant, each fed the
	 * writes the download sends it, buffered as the download buffers them (the deflater's
	 * output depends only on its input, but so nothing can differ): a range of any
	 * variant needs its length. A CSV's copy for spreadsheets ({@code -bom}) has other
	 * cells, so a pass of its own.
	 */
	private void measure(DatasetInfo info, Table<?> table, Format format, Map<String, Long> sizes) throws IOException {
		String file = Downloads.file(table, format);
		measure(info, table, format, false, file, sizes);
		if (format == Format.CSV) {
			measure(info, table, format, true, file + "-bom", sizes);
		}
	}

	private void measure(DatasetInfo info, Table<?> table, Format format, boolean bom, String name,
			Map<String, Long> sizes) throws IOException {
		TableWriter.Counting identity = new TableWriter.Counting(OutputStream.nullOutputStream());
		TableWriter.Counting gzipped = new TableWriter.Counting(OutputStream.nullOutputStream());
		try (OutputStream gzip = DownloadController.buffered(Gzip.compressing(gzipped))) {
			OutputStream tee = new OutputStream() {

				@Override
				public void write(int b) throws IOException {
					write(new byte[] { (byte) b }, 0, 1);
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					identity.write(b, off, len);
					gzip.write(b, off, len);
				}

			};
			this.writer.write(table, format, info.version(), tee, bom);
		}
		sizes.put(name, identity.count());
		sizes.put(name + Gzip.VARIANT, gzipped.count());
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
