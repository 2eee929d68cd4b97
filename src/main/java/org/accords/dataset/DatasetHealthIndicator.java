package org.accords.dataset;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: an instance is ready only once it serves a dataset.
 */
@Component("dataset")
class DatasetHealthIndicator implements HealthIndicator {

	private final DatasetState state;

	DatasetHealthIndicator(DatasetState state) {
		this.state = state;
	}

	@Override
	public Health health() {
		DatasetInfo info = this.state.currentOrNull();
		if (info == null) {
			return Health.outOfService().withDetail("reason", "no dataset loaded yet").build();
		}
		return Health.up().withDetail("version", info.version()).withDetail("loadedAt", info.loadedAt()).build();
	}

}
