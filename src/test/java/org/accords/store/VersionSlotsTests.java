package org.accords.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Asking for older dataset versions cannot make an instance load without end, nor push
 * out what it holds for the version it serves.
 */
class VersionSlotsTests {

	final AtomicReference<String> served = new AtomicReference<>("v3");

	final List<String> loads = new ArrayList<>();

	final VersionSlots<String> slots = new VersionSlots<>("the index", this.served::get, Duration.ofMinutes(1));

	/** Loads the value of a version, noting it in {@link #loads}. */
	String load(String version) {
		this.loads.add(version);
		return "index of " + version;
	}

	String get(String version) {
		return this.slots.get(version, this::load);
	}

	@Nullable String getIfServed(String version) {
		return this.slots.getIfServed(version, this::load);
	}

	@Test
	void theServedVersionStaysHeldWhileOlderOnesAreAskedFor() {
		assertThat(get("v3")).isEqualTo("index of v3");
		assertThat(get("v1")).isEqualTo("index of v1");
		assertThat(get("v3")).isEqualTo("index of v3");
		assertThat(get("v1")).isEqualTo("index of v1");
		assertThat(this.loads).containsExactly("v3", "v1");
	}

	@Test
	void alternatingOlderVersionsIsRefusedUntilTheIntervalPasses() {
		get("v3");
		get("v1");
		assertThatExceptionOfType(org.accords.graphql.VersionBusyException.class).isThrownBy(() -> get("v2"))
			.withMessageContaining("'v2'")
			.withMessageContaining("the index")
			.withMessageContaining("retry in")
			.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isBetween(1L, 60L));
		// the served version is never refused, nor the older one held
		assertThat(get("v3")).isEqualTo("index of v3");
		assertThat(get("v1")).isEqualTo("index of v1");
		assertThat(this.loads).containsExactly("v3", "v1");
	}

	@Test
	void aNewlyServedVersionIsPinnedAndThePreviousOneKeptAsOlder() {
		get("v3");
		this.served.set("v4");
		assertThat(get("v4")).isEqualTo("index of v4");
		assertThat(get("v3")).isEqualTo("index of v3");
		assertThat(this.loads).containsExactly("v3", "v4");
	}

	@Test
	void olderVersionsLoadAgainOnceTheIntervalHasPassed() {
		VersionSlots<String> quick = new VersionSlots<>("the index", this.served::get, Duration.ZERO);
		quick.get("v1", (v) -> v);
		assertThat(quick.get("v2", (v) -> v)).isEqualTo("v2");
		assertThat(quick.get("v1", (v) -> v)).isEqualTo("v1");
	}

	@Test
	void aVersionPreparedBeforeItIsServedIsLoadedOnceAndPinnedWhenServed() {
		get("v3");
		get("v1");
		// prepared while v3 is served: not an older version's load, so not refused
		this.slots.prepare("v4", this::load);
		assertThat(this.slots.holds("v4")).isTrue();
		this.served.set("v4");
		assertThat(get("v4")).isEqualTo("index of v4");
		assertThat(get("v1")).isEqualTo("index of v1");
		assertThat(this.loads).containsExactly("v3", "v1", "v4");
		// preparing a version held already loads nothing
		this.slots.prepare("v4", (v) -> {
			throw new AssertionError("loaded again");
		});
	}

	@Test
	void backgroundWorkGetsTheServedVersionOnlyAndSpendsNoOlderVersionsLoad() {
		// an older version, held or not, is neither loaded nor counted against clients
		assertThat(getIfServed("v1")).isNull();
		assertThat(this.loads).isEmpty();
		assertThat(get("v1")).isEqualTo("index of v1");
		assertThat(getIfServed("v1")).isNull();
		// the served one is loaded and pinned, as for its first page
		assertThat(getIfServed("v3")).isEqualTo("index of v3");
		assertThat(get("v3")).isEqualTo("index of v3");
		assertThat(this.loads).containsExactly("v1", "v3");
	}

	@Test
	void backgroundWorkOnAVersionSupersededMeanwhileLeavesClientsTheirOlderVersionsLoad() {
		get("v3");
		this.slots.prepare("v4", (v) -> "index of " + v);
		this.served.set("v4");
		// the newly served version, prepared, is pinned without a load; v3 is kept as
		// older
		assertThat(getIfServed("v4")).isEqualTo("index of v4");
		assertThat(getIfServed("v3")).isNull();
		assertThat(getIfServed("v2")).isNull();
		// so a client's first older version after is loaded, not refused
		assertThat(get("v2")).isEqualTo("index of v2");
		assertThat(this.loads).containsExactly("v3", "v2");
	}

}
