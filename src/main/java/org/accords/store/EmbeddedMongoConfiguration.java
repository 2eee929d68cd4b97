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
		MongoBackend backend = (file != null) ? file.backend() : new MemoryBackend();
		String where = (file != null)
				? "file " + file.file() + " (opened and read through in " + file.readThrough().toMillis() + " ms)"
				: "in memory";
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		logger.info("Store: embedded MongoDB wire-protocol server (mongo-java-server), data " + where + ", on "
				+ address.getHostString() + ":" + address.getPort());
		return server;
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
