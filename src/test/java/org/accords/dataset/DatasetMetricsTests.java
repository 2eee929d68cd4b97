package org.accords.dataset;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The served version's info metric is always in the registry once a version is served:
 * each scheduled update re-registered it (removed, then added again), and a Prometheus
 * scrape that ran meanwhile had no {@code accords_dataset_info} at all (MetricsTests
 * failed so, two runs in five on a loaded machine).
 */
class DatasetMetricsTests {

	final DatasetState state = mock(DatasetState.class);

	final MeterRegistry registry = new SimpleMeterRegistry();

	final List<Meter.Id> removed = new CopyOnWriteArrayList<>();

	final DatasetMetrics metrics = new DatasetMetrics(this.state);

	DatasetMetricsTests() {
		this.registry.config().onMeterRemoved((meter) -> this.removed.add(meter.getId()));
	}

	List<String> versions() {
		return this.registry.find("accords.dataset.info")
			.gauges()
			.stream()
			.map((gauge) -> gauge.getId().getTag("version"))
			.toList();
	}

	@Test
	void anUpdateWithTheSameVersionLeavesItsRowInPlace() {
		given(this.state.currentVersion()).willReturn("1234abcd");
		this.metrics.bindTo(this.registry);
		assertThat(versions()).containsExactly("1234abcd");
		this.metrics.update();
		this.metrics.update();
		assertThat(this.removed).isEmpty();
		assertThat(versions()).containsExactly("1234abcd");
	}

	@Test
	void aNewVersionReplacesTheRowOfTheOldOne() {
		given(this.state.currentVersion()).willReturn(null);
		this.metrics.bindTo(this.registry);
		assertThat(versions()).isEmpty();
		given(this.state.currentVersion()).willReturn("1234abcd");
		this.metrics.update();
		assertThat(versions()).containsExactly("1234abcd");
		given(this.state.currentVersion()).willReturn("5678ef90");
		this.metrics.update();
		assertThat(versions()).containsExactly("5678ef90");
		assertThat(this.removed).extracting((id) -> id.getTag("version")).containsExactly("1234abcd");
	}

}
