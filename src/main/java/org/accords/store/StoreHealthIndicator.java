package org.accords.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import org.accords.AccordsProperties;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: pings the store within a bounded time, so an instance whose store is
 * unreachable is taken out of rotation and put back when the store answers again. The
 * embedded store's server answers a ping even when H2 has closed its file after a failed
 * write (a full disk), when no query can be: that is asked of the file itself.
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

	private final MongoClient client;

	private final @Nullable EmbeddedDataFile dataFile;

	private final long timeoutMillis;

	StoreHealthIndicator(MongoClient client, ObjectProvider<EmbeddedDataFile> dataFile, AccordsProperties properties) {
		this.client = client;
		this.dataFile = dataFile.getIfAvailable();
		// a probe that hangs longer than the store's own timeouts tells nothing more
		this.timeoutMillis = Math.min(properties.store().serverSelectionTimeout().toMillis(),
				properties.store().socketTimeout().toMillis());
	}

	@Override
	public Health health() {
		if (this.dataFile != null && this.dataFile.closedByFailedWrite()) {
			// until a load's failure opens it again, or a restart does
			return Health.down()
				.withDetail("reason", "the embedded store's data file could not be written, and the store closed")
				.build();
		}
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
