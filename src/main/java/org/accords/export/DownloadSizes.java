package org.accords.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.accords.AccordsProperties;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The byte size of each download of the served version. Downloads are streamed, so their
 * size is unknown until they have been written once: a background thread writes each to
 * nowhere and counts, once per version, right after the version is first seen.
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

	DownloadSizes(DatasetState state, TableWriter writer, Archive archive, Metadata metadata,
			AccordsProperties properties) {
		this.state = state;
		this.writer = writer;
		this.archive = archive;
		this.metadata = metadata;
		this.enabled = properties.export().measureSizes();
	}

	/** The sizes measured so far for {@code version}, by file name; empty until done. */
	Map<String, Long> of(String version) {
		return this.byVersion.getOrDefault(version, Map.of());
	}

	@Scheduled(fixedDelayString = "${accords.dataset.refresh-interval:2s}")
	void measureCurrent() {
		DatasetInfo info = this.state.currentOrNull();
		if (this.enabled && info != null && this.started.add(info.version())) {
			this.executor.execute(() -> measure(info));
		}
	}

	private void measure(DatasetInfo info) {
		long start = System.nanoTime();
		Map<String, Long> sizes = new ConcurrentHashMap<>();
		try {
			for (Table<?> table : Tables.ALL) {
				for (Format format : Format.values()) {
					TableWriter.Counting counting = new TableWriter.Counting(OutputStream.nullOutputStream());
					this.writer.write(table, format, info.version(), counting, false);
					sizes.put(Downloads.file(table, format), counting.count());
				}
			}
			TableWriter.Counting counting = new TableWriter.Counting(OutputStream.nullOutputStream());
			this.archive.write(info, counting);
			sizes.put(Downloads.archive(info.version()), counting.count());
			sizes.put(Downloads.DATAPACKAGE,
					(long) Archive.JSON.writeValueAsBytes(this.metadata.dataPackage(info)).length);
			this.byVersion.keySet().removeIf((version) -> !version.equals(info.version()));
			this.byVersion.put(info.version(), sizes);
			logger.info("Measured the downloads of dataset version " + info.version() + " in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
		}
		catch (IOException | RuntimeException ex) {
			// the version was replaced meanwhile, or the store is away: try again later
			logger.debug("Could not measure the downloads of " + info.version() + ": " + ex.getMessage());
			this.started.remove(info.version());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
