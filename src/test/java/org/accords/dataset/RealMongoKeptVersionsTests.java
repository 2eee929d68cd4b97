package org.accords.dataset;

import org.accords.QuickTier;
import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link KeptVersionsContract} against a real MongoDB 8 in a container; skipped, not
 * failed, where no Docker engine is available.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "accords.dataset.keep-versions=2")
@Testcontainers(disabledWithoutDocker = true)
@Tag(QuickTier.STARTS_APPLICATION)
class RealMongoKeptVersionsTests extends KeptVersionsContract {

	@Container
	@ServiceConnection
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.4");

	@DynamicPropertySource
	static void uri(DynamicPropertyRegistry registry) {
		// also switches the embedded store off, so exactly one store is in use
		registry.add("spring.mongodb.uri", () -> mongo.getConnectionString() + "/accords");
	}

}
