package org.accords.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many places (open subscriptions, connections, listeners) each client holds, at most
 * {@code most} each: so that one client cannot take every place of an instance. A client
 * that holds none has no entry, so there are never more entries than places held.
 */
public final class PlacesPerClient {

	private final int most;

	private final Map<String, Integer> held = new ConcurrentHashMap<>();

	public PlacesPerClient(int most) {
		this.most = most;
	}

	/** The most places one client may hold. */
	public int most() {
		return this.most;
	}

	/**
	 * Counts a place to {@code client}, unless it holds its most already.
	 * @return whether it was counted; when it was, {@link #release} must follow
	 */
	public boolean take(String client) {
		boolean[] taken = { false };
		this.held.compute(client, (key, count) -> {
			int places = (count != null) ? count : 0;
			if (places >= this.most) {
				return count;
			}
			taken[0] = true;
			return places + 1;
		});
		return taken[0];
	}

	/** Frees one of {@code client}'s places. */
	public void release(String client) {
		this.held.computeIfPresent(client, (key, count) -> (count <= 1) ? null : count - 1);
	}

	/** The places {@code client} holds now. */
	public int held(String client) {
		return this.held.getOrDefault(client, 0);
	}

	/** The places every client holds now, together. */
	public int total() {
		return this.held.values().stream().mapToInt(Integer::intValue).sum();
	}

}
