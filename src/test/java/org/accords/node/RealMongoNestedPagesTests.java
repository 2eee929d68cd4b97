package org.accords.node;

import org.accords.QuickTier;
import org.accords.store.StoreCommands;
import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link NestedPagesContract} against a real MongoDB 8 in a container, where the lists
 * are read by a projected query on the index of each reference: skipped, not failed,
 * where no Docker engine is available.
 */
@SpringBootTest(properties = { "accords.seed.load-on-startup=false", "accords.export.measure-sizes=false" })
@Testcontainers(disabledWithoutDocker = true)
@Import(StoreCommands.Counting.class)
@Tag(QuickTier.STARTS_APPLICATION)
class RealMongoNestedPagesTests extends NestedPagesContract {

	@Container
	@ServiceConnection
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.4");

	@DynamicPropertySource
	static void uri(DynamicPropertyRegistry registry) {
		// also switches the embedded store off, so exactly one store is in use
		registry.add("spring.mongodb.uri", () -> mongo.getConnectionString() + "/accords");
	}

}
