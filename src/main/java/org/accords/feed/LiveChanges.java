package org.accords.feed;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.accords.dataset.DatasetState;
import org.accords.http.ClientNetwork;
import org.accords.http.PlacesPerClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /data/changes/stream}: Server-Sent Events, one {@code dataset-published} event
 * with the version's summary (as in {@code /data/changes.json}) whenever the version this
 * instance serves changes. Every instance follows the store's pointer, so a browser may
 * listen to any of them. Not a GraphQL subscription.
 * <p>
 * On shutdown the open streams are ended before the web server's graceful shutdown starts
 * (a lifecycle at the default phase stops before it): a stream never finishes by itself,
 * so graceful shutdown would otherwise wait its whole timeout, and an {@code EventSource}
 * reconnects to another instance at once.
 */
@Controller
class LiveChanges implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(LiveChanges.class);

	/** Listeners held at once; more are answered 503. */
	static final int MAX_LISTENERS = 1000;

	/**
	 * Of those, the most one address holds: one client opened all 1,000 places, each held
	 * an hour, and every other listener was refused.
	 */
	static final int MAX_LISTENERS_PER_ADDRESS = 20;

	private final DatasetState state;

	private final Changes changes;

	/** Each listener with the version it last heard of ("" for none). */
	private final Map<SseEmitter, String> listeners = new ConcurrentHashMap<>();

	/** Each listener's address, and how many listeners each address holds. */
	private final Map<SseEmitter, String> addresses = new ConcurrentHashMap<>();

	private final PlacesPerClient byAddress = new PlacesPerClient(MAX_LISTENERS_PER_ADDRESS);

	private volatile boolean running;

	LiveChanges(DatasetState state, Changes changes) {
		this.state = state;
		this.changes = changes;
	}

	@GetMapping(path = "/data/changes/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<?> stream(HttpServletRequest request) throws IOException {
		if (!this.running) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", "This instance is shutting down; connect again", "status", 503));
		}
		if (this.listeners.size() >= MAX_LISTENERS) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", "Too many listeners; poll /data/changes.json instead", "status", 503));
		}
		// an IPv6 client by its /64, as its rate limit
		String address = ClientNetwork.of(request.getRemoteAddr());
		if (!this.byAddress.take(address)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", "Too many listeners from this address (at most " + MAX_LISTENERS_PER_ADDRESS
						+ "); close one, or poll /data/changes.json instead", "status", 503));
		}
		// an hour, then the browser's EventSource reconnects by itself
		SseEmitter emitter = new SseEmitter(3_600_000L);
		String current = this.state.currentVersion();
		this.addresses.put(emitter, address);
		this.listeners.put(emitter, (current != null) ? current : "");
		emitter.onCompletion(() -> remove(emitter));
		emitter.onTimeout(() -> remove(emitter));
		emitter.onError((ex) -> remove(emitter));
		emitter.send(SseEmitter.event().comment("listening; current version " + this.state.currentVersion()));
		return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(emitter);
	}

	/** Forgets a listener, and frees its address's place (once). */
	private void remove(SseEmitter emitter) {
		this.listeners.remove(emitter);
		String address = this.addresses.remove(emitter);
		if (address != null) {
			this.byAddress.release(address);
		}
	}

	/** Announces a version the moment this instance serves it. */
	@Scheduled(fixedDelay = 250)
	void poll() {
		String version = this.state.currentVersion();
		// each listener hears of every version it did not know when it connected
		if (version == null || this.listeners.values().stream().allMatch(version::equals)) {
			return;
		}
		VersionSummary summary;
		try {
			summary = this.changes.summary(version);
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot summarise version " + version + " for listeners: " + ex.getMessage());
			summary = null;
		}
		Object data = (summary != null) ? summary : Map.of("version", version);
		for (Map.Entry<SseEmitter, String> listener : this.listeners.entrySet()) {
			if (version.equals(listener.getValue())) {
				continue;
			}
			SseEmitter emitter = listener.getKey();
			listener.setValue(version);
			try {
				emitter.send(SseEmitter.event()
					.name("dataset-published")
					.id(version)
					.data(data, MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException ex) {
				remove(emitter);
			}
		}
	}

	/** A comment now and then, so proxies do not close a quiet stream. */
	@Scheduled(fixedDelay = 30_000)
	void keepAlive() {
		for (SseEmitter emitter : this.listeners.keySet()) {
			try {
				emitter.send(SseEmitter.event().comment("keep-alive"));
			}
			catch (IOException | IllegalStateException ex) {
				remove(emitter);
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Ends every open stream; listeners reconnect (to another instance). */
	@Override
	public void stop() {
		this.running = false;
		for (SseEmitter emitter : this.listeners.keySet()) {
			remove(emitter);
			emitter.complete();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
