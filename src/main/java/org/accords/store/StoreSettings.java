package org.accords.store;

import java.util.concurrent.TimeUnit;

import org.accords.AccordsProperties;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Driver settings: an unreachable or silent store fails fast instead of after the
 * driver's 30-second default or never.
 */
@Configuration(proxyBeanMethods = false)
class StoreSettings {

	@Bean
	MongoClientSettingsBuilderCustomizer failFastMongoClient(AccordsProperties properties) {
		long timeout = properties.store().serverSelectionTimeout().toMillis();
		long readTimeout = properties.store().socketTimeout().toMillis();
		// a store that accepts a connection but stops answering must not hold a request
		// (and its thread) for longer than the socket timeout
		return (settings) -> settings
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS))
			.applyToSocketSettings((socket) -> socket.connectTimeout((int) timeout, TimeUnit.MILLISECONDS)
				.readTimeout((int) readTimeout, TimeUnit.MILLISECONDS));
	}

}
