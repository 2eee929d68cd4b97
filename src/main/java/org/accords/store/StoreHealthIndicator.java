package org.accords.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import org.accords.AccordsProperties;
import org.bson.Document;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: pings the store within a bounded time, so an instance whose store is
 * unreachable is taken out of rotation and put back when the store answers again.
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

	private final MongoClient client;

	private final long timeoutMillis;

	StoreHealthIndicator(MongoClient client, AccordsProperties properties) {
		this.client = client;
		// a probe that hangs longer than the store's own timeouts tells nothing more
		this.timeoutMillis = Math.min(properties.store().serverSelectionTimeout().toMillis(),
				properties.store().socketTimeout().toMillis());
	}

	@Override
	public Health health() {
		try {
			// the client-side operation timeout bounds server selection, connecting and
			// the reply alike
			this.client.getDatabase("admin")
				.withTimeout(this.timeoutMillis, TimeUnit.MILLISECONDS)
				.runCommand(new Document("ping", 1));
			return Health.up().build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("reason", "the store does not answer").build();
		}
	}

}
