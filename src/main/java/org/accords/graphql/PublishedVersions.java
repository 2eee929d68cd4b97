package org.accords.graphql;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dataset versions this instance starts serving, as they come: the event source of
 * the GraphQL subscriptions. Like {@code /data/changes/stream} it follows the served
 * version ({@code DatasetState}), which follows the store's pointer on every instance
 * (its refresh interval), so a subscriber hears of a version whichever instance published
 * it.
 * <p>
 * On shutdown the stream completes, and with it every open subscription, before the web
 * server's graceful shutdown starts: an open subscription never finishes by itself, so
 * graceful shutdown would otherwise wait its whole timeout, and clients reconnect to
 * another instance at once.
 */
@Component
public class PublishedVersions implements SmartLifecycle {

	/** Listeners that fall behind lose events rather than hold the others back. */
	private volatile Sinks.Many<String> sink = Sinks.many().multicast().directBestEffort();

	private final DatasetVersionSource state;

	/** The version last seen; null before the first. */
	private volatile @Nullable String seen;

	private volatile boolean running;

	PublishedVersions(DatasetVersionSource state) {
		this.state = state;
		this.seen = state.currentVersion();
	}

	/** The versions served from now on, one event each, never the one served now. */
	public Flux<String> versions() {
		return this.sink.asFlux();
	}

	/** Announces a version the moment this instance serves it. */
	@Scheduled(fixedDelay = 250)
	void poll() {
		String version = this.state.currentVersion();
		String seen = this.seen;
		if (version == null || version.equals(seen)) {
			return;
		}
		this.seen = version;
		if (seen != null) {
			// the version served at startup is not news
			this.sink.tryEmitNext(version);
		}
	}

	/**
	 * Starts, or starts again after {@link #stop()} with a new stream (a completed one
	 * cannot carry events; test contexts are stopped and started again between tests).
	 */
	@Override
	public void start() {
		if (!this.running) {
			this.sink = Sinks.many().multicast().directBestEffort();
			this.running = true;
		}
	}

	/** Completes the stream: every open subscription ends. */
	@Override
	public void stop() {
		this.running = false;
		this.sink.tryEmitComplete();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
