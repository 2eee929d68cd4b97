package org.accords.dataset;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dataset version served, as an info metric ({@code accords_dataset_info{version}}
 * 1), and the seconds since it was published: an instance stuck on an old version shows
 * on a dashboard.
 */
@Component
class DatasetMetrics implements MeterBinder {

	private final DatasetState state;

	private volatile @Nullable MultiGauge info;

	DatasetMetrics(DatasetState state) {
		this.state = state;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.info = MultiGauge.builder("accords.dataset.info")
			.description("The dataset version this instance serves (always 1, the version is the label)")
			.register(registry);
		TimeGauge.builder("accords.dataset.age", this.state, TimeUnit.SECONDS, DatasetMetrics::age)
			.description("Seconds since the served dataset version was published")
			.register(registry);
		update();
	}

	/**
	 * Follows the version {@link DatasetState} serves: once the startup load has run (so
	 * a first scrape already names it), then as often as the state is refreshed. One at a
	 * time: a scheduled update that read "no version yet" just before the load published
	 * one must not register its empty reading after the startup update registered the
	 * version (the gauge then named none until the next run). The row of a version
	 * already registered is left in place: overwritten, it was removed and added again at
	 * every update, and a scrape meanwhile had no {@code accords_dataset_info} at all; a
	 * new version's row is added before the old one is removed.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(fixedDelayString = "${accords.dataset.refresh-interval:2s}")
	synchronized void update() {
		MultiGauge gauge = this.info;
		String version = this.state.currentVersion();
		if (gauge != null) {
			gauge.register((version != null) ? List.of(MultiGauge.Row.of(Tags.of("version", version), 1))
					: List.<MultiGauge.Row<?>>of(), false);
		}
	}

	private static double age(DatasetState state) {
		DatasetInfo info = state.currentOrNull();
		return (info != null) ? Duration.between(info.loadedAt(), Instant.now()).toMillis() / 1000.0 : Double.NaN;
	}

}
