package org.accords.search;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import jakarta.annotation.PreDestroy;
import org.accords.AccordsProperties;
import org.accords.graphql.DatasetVersionSource;
import org.accords.store.QueryTables;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one warm-up of a newly served dataset version, in the background: its search index
 * (only searches and text filters need it; unless {@code accords.dataset.search-warm-up}
 * is off). Its query tables (every page on the embedded store needs them) are read before
 * the version is served ({@code dataset/DatasetState}), so here they are held already and
 * {@link QueryTables#awaitHeld} returns at once; it stays for a read that failed then.
 * The index's read waits for the pages being resolved from the tables, at most
 * {@link #PAGES_FIRST}, so that on one core a start's first pages do not share the core
 * with it. It runs as soon as the application is ready, then follows the served version
 * at each refresh interval; readiness never waits for it. A search that arrives meanwhile
 * builds the index itself, or waits for the read in progress
 * ({@code store/VersionSlots}), rather than reading it twice. Its end is published
 * ({@link VersionWarmedUp}).
 */
@Component
class VersionWarmUp {

	private static final Logger log = LoggerFactory.getLogger(VersionWarmUp.class);

	private final DatasetVersionSource served;

	private final ObjectProvider<QueryTables> tables;

	private final SearchIndex search;

	private final boolean searchWarmUp;

	private final ApplicationEventPublisher events;

	/** The longest the index's read waits for pages being resolved. */
	static final Duration PAGES_FIRST = Duration.ofSeconds(5);

	/** Reads off the request threads, one version at a time. */
	private final ExecutorService reader = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "version-warm-up");
		thread.setDaemon(true);
		return thread;
	});

	/** The version last warmed, or being warmed. */
	private volatile @Nullable String warmed;

	VersionWarmUp(DatasetVersionSource served, ObjectProvider<QueryTables> tables, SearchIndex search,
			AccordsProperties properties, ApplicationEventPublisher events) {
		this.served = served;
		this.tables = tables;
		this.search = search;
		this.searchWarmUp = properties.dataset().searchWarmUp();
		this.events = events;
	}

	/**
	 * Warms the served version if it is new: at once when the application is ready rather
	 * than one refresh interval later, then at each interval.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(fixedDelayString = "${accords.dataset.refresh-interval:2s}",
			initialDelayString = "${accords.dataset.refresh-interval:2s}")
	void warmUp() {
		String version = this.served.currentVersion();
		if (version == null || version.equals(this.warmed)) {
			return;
		}
		this.warmed = version;
		this.reader.execute(() -> {
			warm(version);
			if (!Thread.currentThread().isInterrupted()) {
				this.events.publishEvent(new VersionWarmedUp(version));
			}
		});
	}

	/** Reads what the version's pages and searches need; a failure is left to them. */
	private void warm(String version) {
		try {
			QueryTables held = this.tables.getIfAvailable();
			if (held != null) {
				// a read that fails is left to the first page, which says why
				held.awaitHeld(version);
				// the pages that waited for the tables (a start's first ones) finish
				// before the index's read takes its share of the core
				if (!pagesFirst(held::resolving, PAGES_FIRST)) {
					return;
				}
			}
			if (this.searchWarmUp) {
				this.search.index(version);
			}
		}
		catch (java.util.concurrent.CancellationException ex) {
			// stopping
		}
		catch (RuntimeException ex) {
			// the next check, or the first search, tries again
			log.warn("Search index of dataset {} not built: {}", version, ex.getMessage());
			this.warmed = null;
		}
	}

	/**
	 * Returns once {@code resolving} says no page is being resolved, or after
	 * {@code longest} (a server never idle still gets its index); false if interrupted
	 * (stopping).
	 */
	static boolean pagesFirst(BooleanSupplier resolving, Duration longest) {
		long until = System.nanoTime() + longest.toNanos();
		try {
			while (resolving.getAsBoolean() && System.nanoTime() < until) {
				Thread.sleep(10);
			}
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@PreDestroy
	void stop() {
		this.reader.shutdownNow();
	}

}
