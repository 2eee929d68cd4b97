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
			String preparing = this.state.preparing();
			String reason = (preparing != null) ? "reading dataset version " + preparing + "'s query tables"
					: "no dataset loaded yet";
			return Health.outOfService().withDetail("reason", reason).build();
		}
		return Health.up().withDetail("version", info.version()).withDetail("loadedAt", info.loadedAt()).build();
	}

}
