package org.accords.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import org.accords.AccordsProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Driver settings: an unreachable or silent store fails fast instead of after the
 * driver's 30-second default or never; and a startup line naming the store in use.
 */
@Configuration(proxyBeanMethods = false)
class StoreSettings {

	private static final Log logger = LogFactory.getLog(StoreSettings.class);

	/** Says which store is in use; the embedded server reports itself when it starts. */
	@Bean
	SmartInitializingSingleton storeReport(MongoConnectionDetails connection, Environment environment) {
		return () -> {
			if (StringUtils.hasText(environment.getProperty("spring.mongodb.uri"))) {
				ConnectionString uri = connection.getConnectionString();
				logger.info("Store: MongoDB at " + String.join(", ", uri.getHosts()) + ", database "
						+ environment.getProperty("spring.mongodb.database", "accords"));
			}
		};
	}

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
