package org.accords.store;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import org.accords.graphql.VersionBusyException;
import org.jspecify.annotations.Nullable;

/**
 * What an instance derives per dataset version and holds in memory (the search index, the
 * query tables), kept so that asking for older versions cannot make it work without end:
 * the version served is pinned (a request for an older one never evicts it), one older
 * version is held beside it, and an older version not held is loaded at most once per
 * {@code olderInterval}. A client alternating {@code Accords-Version} between two old
 * versions would otherwise have every switch re-read (or rebuild) a whole version, and
 * push the served one out for everybody else.
 *
 * @param <V> what is held per version
 */
public final class VersionSlots<V> {

	private record Slot<V>(String version, V value) {
	}

	private final Supplier<@Nullable String> current;

	private final Duration olderInterval;

	private final String what;

	private volatile @Nullable Slot<V> pinned;

	private volatile @Nullable Slot<V> older;

	/** The version about to be served, loaded before it is ({@link #prepare}). */
	private volatile @Nullable Slot<V> next;

	private long lastOlderLoad = Long.MIN_VALUE;

	/**
	 * @param what what is held, for the refusal's message ("the search index")
	 * @param current the version served now (null before the first)
	 * @param olderInterval the least time between two loads of older versions
	 */
	public VersionSlots(String what, Supplier<@Nullable String> current, Duration olderInterval) {
		this.what = what;
		this.current = current;
		this.olderInterval = olderInterval;
	}

	/**
	 * The value of {@code version}, loaded with {@code load} when not held.
	 * @throws VersionBusyException when an older version is asked for too soon after
	 * another was loaded
	 */
	public V get(String version, Function<String, V> load) {
		Slot<V> slot = this.pinned;
		if (slot != null && slot.version().equals(version)) {
			return slot.value();
		}
		slot = this.older;
		if (slot != null && slot.version().equals(version)) {
			return slot.value();
		}
		synchronized (this) {
			// another request may have loaded it meanwhile
			for (Slot<V> held : java.util.Arrays.asList(this.pinned, this.older)) {
				if (held != null && held.version().equals(version)) {
					return held.value();
				}
			}
			Slot<V> prepared = this.next;
			if (prepared != null && prepared.version().equals(version) && !version.equals(this.current.get())) {
				return prepared.value();
			}
			if (version.equals(this.current.get())) {
				return pin(version, load);
			}
			long now = System.nanoTime();
			long wait = this.lastOlderLoad + this.olderInterval.toNanos() - now;
			if (this.lastOlderLoad != Long.MIN_VALUE && wait > 0) {
				throw new VersionBusyException("Dataset version '" + version + "' is not the one served and "
						+ this.what
						+ " of another older version was loaded moments ago; an instance loads one older version per "
						+ this.olderInterval.toSeconds() + " s: retry in " + (wait / 1_000_000_000 + 1) + " s",
						wait / 1_000_000_000 + 1);
			}
			this.lastOlderLoad = now;
			V value = load.apply(version);
			this.older = new Slot<>(version, value);
			return value;
		}
	}

	/**
	 * The value of {@code version} for an instance's own work in the background, only
	 * while it is the version served (loaded with {@code load} and pinned when not held,
	 * as for its first request); null for any other version, held or not. Never loads an
	 * older version nor spends the one older version's load per interval that clients'
	 * requests are allowed: work for a version no longer served is for nobody, and its
	 * load would refuse (or push out) the older version a client reads.
	 */
	public synchronized @Nullable V getIfServed(String version, Function<String, V> load) {
		if (!version.equals(this.current.get())) {
			return null;
		}
		for (Slot<V> held : java.util.Arrays.asList(this.pinned, this.older)) {
			if (held != null && held.version().equals(version)) {
				return held.value();
			}
		}
		return pin(version, load);
	}

	/**
	 * Holds {@code version}, the one served, as pinned: the one prepared for it, or
	 * loaded; the version pinned before is kept as the older one if none is. Called
	 * holding the lock.
	 */
	private V pin(String version, Function<String, V> load) {
		Slot<V> previous = this.pinned;
		Slot<V> prepared = this.next;
		this.next = null;
		Slot<V> pinned = (prepared != null && prepared.version().equals(version)) ? prepared
				: new Slot<>(version, load.apply(version));
		this.pinned = pinned;
		// the version served before is now an older one: held while it is asked for
		if (previous != null && this.older == null) {
			this.older = previous;
		}
		return pinned.value();
	}

	/**
	 * Loads the value of {@code version} before it is served, so that the version
	 * switched to is held from its first request on (an instance keeps serving the
	 * previous one meanwhile). Not counted as an older version's load; replaces an
	 * earlier version prepared and not served.
	 */
	public synchronized void prepare(String version, Function<String, V> load) {
		if (holds(version)) {
			return;
		}
		this.next = new Slot<>(version, load.apply(version));
	}

	/** Whether the value of {@code version} is held (loaded, not loading). */
	public boolean holds(String version) {
		for (Slot<V> held : java.util.Arrays.asList(this.pinned, this.older, this.next)) {
			if (held != null && held.version().equals(version)) {
				return true;
			}
		}
		return false;
	}

	/** Forgets every value held. */
	public synchronized void clear() {
		this.pinned = null;
		this.older = null;
		this.next = null;
		this.lastOlderLoad = Long.MIN_VALUE;
	}

}
