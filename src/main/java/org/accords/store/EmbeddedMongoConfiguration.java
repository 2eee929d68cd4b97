package org.accords.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.accords.AccordsProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The zero-setup store: when no MongoDB URI is configured, an in-process
 * MongoDB-wire-protocol server (mongo-java-server) is started on loopback and the normal
 * driver is pointed at it. Replacing Boot's {@link MongoConnectionDetails} guarantees
 * that exactly one store is in use.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriCondition.class)
class EmbeddedMongoConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedMongoConfiguration.class);

	/**
	 * The data file in file mode, read through before use and moved aside when it cannot
	 * be; none in memory mode.
	 */
	@Bean
	@ConditionalOnProperty(name = "accords.store.embedded-mode", havingValue = "file", matchIfMissing = true)
	EmbeddedDataFile embeddedDataFile(AccordsProperties properties) {
		Path file = properties.store().embeddedPath().toAbsolutePath().normalize();
		return EmbeddedDataFile.open(writableFile(file), Clock.systemDefaultZone());
	}

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(ObjectProvider<EmbeddedDataFile> dataFile) {
		EmbeddedDataFile file = dataFile.getIfAvailable();
		MongoBackend backend = (file != null) ? file.serverBackend() : new MemoryBackend();
		String where = (file != null) ? "file " + file.file() + " (" + file.howOpened() + ")" : "in memory";
		MongoServer server = new MongoServer(backend) {

			@Override
			public void shutdown() {
				super.shutdown();
				// the file is closed now: record its checksum for the next start
				if (file != null) {
					file.closed();
				}
			}

		};
		InetSocketAddress address = server.bind();
		logger.info("Store: embedded MongoDB wire-protocol server (mongo-java-server), data " + where + ", on "
				+ address.getHostString() + ":" + address.getPort());
		return server;
	}

	/**
	 * Filters and orders resolved to ids from tables stored with each version, since this
	 * server reads and sorts a whole collection for any other query.
	 */
	@Bean
	QueryTables queryTables(MongoTemplate mongo, AccordsProperties properties,
			ObjectProvider<org.accords.graphql.DatasetVersionSource> served) {
		return new QueryTables(mongo, properties.store().queryTables(), () -> {
			org.accords.graphql.DatasetVersionSource source = served.getIfAvailable();
			return (source != null) ? source.currentVersion() : null;
		});
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server) {
		InetSocketAddress address = server.getLocalAddress();
		ConnectionString uri = new ConnectionString(
				"mongodb://" + address.getHostString() + ":" + address.getPort() + "/accords");
		return () -> uri;
	}

	private static Path writableFile(Path file) {
		Path folder = file.getParent();
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new StoreUnavailableException(
					"The embedded store's data folder " + folder + " cannot be created ("
							+ ex.getClass().getSimpleName() + ")",
					"Set accords.store.embedded-path to a writable location.");
		}
		if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
			throw new StoreUnavailableException("The embedded store's data file " + file + " is not writable",
					"Set accords.store.embedded-path to a writable location, or fix the folder's permissions.");
		}
		return file;
	}

}
