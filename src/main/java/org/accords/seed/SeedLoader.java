package org.accords.seed;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.accords.AccordsProperties;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.publish.DatasetPublisher;
import org.accords.search.VersionWarmedUp;
import org.accords.store.LoadLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the seed data: reads every file, verifies everything, and only then publishes a
 * new dataset version. Runs at startup. A first start (an empty store) is not ready until
 * it is done; a restart serves the version stored at once, and checks the seed files once
 * that version is warmed up, publishing a changed seed as any load does.
 */
@Component
public class SeedLoader implements ApplicationRunner, DisposableBean {

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	private final ResourcePatternResolver resolver;

	private final DatasetPublisher publisher;

	private final DatasetState state;

	private final AccordsProperties properties;

	private final StoreIntegrity integrity;

	private final LoadLock loadLock;

	private final SeedStamps stamps;

	/** The version a restart served, whose warm-up the check of the seed files awaits. */
	private final AtomicReference<@Nullable String> checkAfter = new AtomicReference<>();

	/** The version warmed up last (the served one, once it is). */
	private volatile @Nullable String lastWarmed;

	/** The check of the seed files after a restart, while it runs. */
	private volatile @Nullable Thread check;

	SeedLoader(ResourcePatternResolver resolver, DatasetPublisher publisher, DatasetState state,
			AccordsProperties properties, StoreIntegrity integrity, LoadLock loadLock, SeedStamps stamps) {
		this.resolver = resolver;
		this.publisher = publisher;
		this.state = state;
		this.properties = properties;
		this.integrity = integrity;
		this.loadLock = loadLock;
		this.stamps = stamps;
	}

	/** What a load did. */
	public enum Outcome {

		/** a new version is served */
		PUBLISHED,
		/** the files are those of the version already served */
		UNCHANGED

	}

	@Override
	public void run(ApplicationArguments args) {
		// a damaged or rolled-back store is rebuilt from the seeds even when loading at
		// startup is off
		boolean damaged = this.integrity.damaged(this.properties.seed().location());
		if (!this.properties.seed().loadOnStartup() && !damaged) {
			this.state.refresh();
			this.integrity.served(this.state.currentVersion());
			return;
		}
		if (!damaged) {
			// a restart: the version stored was verified when it was published, and is
			// served at once; the seed files are checked once it is warmed up (listing
			// 10,000 files and comparing their stamps took a 100k-statement start some
			// 2 s of a slow core before its first answer)
			this.state.refresh();
			String served = this.state.currentVersion();
			if (served != null) {
				this.integrity.served(served);
				this.checkAfter.set(served);
				// its warm-up may have ended already (it follows the served version on a
				// schedule too): then the check starts here
				if (served.equals(this.lastWarmed)) {
					warmedUp(new VersionWarmedUp(served));
				}
				return;
			}
		}
		loadOrKeepServing();
	}

	/**
	 * Loads the seed folder; if it cannot be loaded while a version is served, says why
	 * and keeps serving that version.
	 */
	private void loadOrKeepServing() {
		try {
			load(this.properties.seed().location());
		}
		catch (SeedException | LoadFailedException ex) {
			this.state.refresh();
			if (this.state.currentOrNull() == null) {
				throw ex;
			}
			String separator = (ex instanceof SeedException) ? "\n" : ". ";
			logger.error(ex.getMessage() + separator + "Still serving dataset version " + this.state.version());
		}
		this.integrity.served(this.state.currentVersion());
	}

	/**
	 * After a restart, checks the seed files in the background once the version it served
	 * is warmed up (its query tables and search index read): on one core, what a start's
	 * first pages and searches need comes first.
	 */
	@EventListener
	void warmedUp(VersionWarmedUp event) {
		this.lastWarmed = event.version();
		String served = this.checkAfter.getAndSet(null);
		if (served == null) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				loadOrKeepServing();
			}
			catch (RuntimeException ex) {
				logger.error("Cannot check the seed data at " + this.properties.seed().location() + " ("
						+ ex.getMessage() + "). Still serving dataset version " + served);
			}
			finally {
				this.check = null;
			}
		}, "seed-check");
		thread.setDaemon(true);
		this.check = thread;
		thread.start();
	}

	/** Waits for a check of the seed files still running: it may be writing a version. */
	@Override
	public void destroy() throws InterruptedException {
		awaitCheck();
	}

	/**
	 * Returns once the check of the seed files after a restart is done (at most a
	 * minute).
	 */
	void awaitCheck() throws InterruptedException {
		Thread running = this.check;
		if (running != null) {
			running.join(60_000);
		}
	}

	/**
	 * Loads the seed folder at {@code location} (a Spring resource location).
	 * @throws SeedException naming every problem; nothing is written then
	 * @throws LoadFailedException when writing failed; what was written is removed
	 */
	public Outcome load(String location) {
		try {
			return loadUnlessFailed(location);
		}
		catch (SeedException | LoadFailedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// the store closed by a write that failed (a full disk) before this load
			// wrote: it is opened again, and the load fails as a failed write
			throw this.integrity.failedBeforeWriting(ex);
		}
	}

	private Outcome loadUnlessFailed(String location) {
		String current = this.publisher.currentVersion();
		SeedFiles.Listing listing = SeedFiles.list(this.resolver, location);
		boolean trustFileTimes = this.properties.seed().trustFileTimes();
		if (current != null && trustFileTimes) {
			// files unchanged since their hashes were recorded are not read again
			String stamped = this.stamps.version(listing);
			if (current.equals(stamped)) {
				return unchanged(current);
			}
		}
		// the first load into a store reads every file: their stamps, taken before the
		// read, are recorded with what was read, so that the first restart reads none
		// (else it read and hashed them all again: 100 MB at 100k statements)
		SeedStamps.Taken taken = (current == null && trustFileTimes) ? this.stamps.take(listing) : null;
		SeedFiles files = SeedFiles.read(listing);
		List<SeedFiles.Hashed> hashed = files.hashed();
		String version = SeedFiles.version(hashed);
		if (version.equals(current)) {
			return unchanged(version);
		}
		List<DatasetInfo.SourceFile> sources = SeedFiles.sources(hashed);
		if (taken != null) {
			this.stamps.record(taken, sources);
		}
		// the files are read for this load alone: their bytes go once parsed
		SeedValidator.Checked checked;
		try {
			checked = SeedValidator.checkReleasing(files);
		}
		catch (SeedException ex) {
			// the files the problems name are read again, for the lines of what they name
			throw new SeedException(YamlLines.added(ex.problems(), SeedFiles.named(listing, ex.problems())));
		}
		if (checked.summary() != null) {
			logger.warn(checked.summary());
		}
		SeedDataset dataset = checked.dataset();
		// each entity converted once: checked here, written as it is by the publisher
		Map<String, List<Document>> documents = this.integrity.checkStorable(dataset);
		boolean published = false;
		LoadFailedException failed = null;
		// one instance publishes at a time; the others wait, then find the version
		// published and publish nothing
		try (LoadLock.Lease lease = this.loadLock.acquire()) {
			// only a failed write is cleaned up: a failure to take the lock must not drop
			// the collections another instance is writing
			try {
				published = this.publisher.publish(dataset.asVersion(version, sources, documents));
			}
			catch (RuntimeException ex) {
				failed = this.integrity.failedWrite(version, ex);
			}
		}
		if (failed != null) {
			this.integrity.settle();
			throw failed;
		}
		this.state.refresh();
		this.integrity.served(this.state.currentVersion());
		if (!published) {
			logger.info("Seed data unchanged, serving dataset version " + version);
		}
		return published ? Outcome.PUBLISHED : Outcome.UNCHANGED;
	}

	private Outcome unchanged(String version) {
		// the very files of the version served were verified when it was published: a
		// restart need not parse and check them again (minutes for a large corpus)
		this.state.refresh();
		logger.info("Seed data unchanged, serving dataset version " + version);
		return Outcome.UNCHANGED;
	}

}
