package org.accords.statement;

import com.mongodb.ExplainVerbosity;
import org.accords.QuickTier;
import org.accords.dataset.DatasetState;
import org.accords.paging.NodeId;
import org.accords.store.VersionedCollections;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same dataset API suite against a real MongoDB 8 in a container; skipped, not
 * failed, where no Docker engine is available.
 */
@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
@Tag(QuickTier.STARTS_APPLICATION)
class RealMongoDatasetApiTests extends DatasetApiContract {

	@Container
	@ServiceConnection
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.4");

	@Autowired
	MongoTemplate template;

	@Autowired
	DatasetState state;

	/**
	 * A filtered, ordered page is answered from an index: the documents MongoDB examines
	 * do not depend on how many statements the collection holds.
	 */
	@Test
	void filteredPagesAreServedFromAnIndex() {
		String collection = VersionedCollections.of(Statement.TYPE, this.state.version());
		Document explain = this.template.getCollection(collection)
			.find(new Document("speakerId", NodeId.of("Person", "laurynas-kasciunas")))
			.sort(new Document("saidOn", 1).append("_id", 1))
			.limit(2)
			.explain(ExplainVerbosity.EXECUTION_STATS);
		assertThat(explain.toJson()).contains("IXSCAN").doesNotContain("\"stage\": \"SORT\"");
		// the default verbosity (query planner) has no executionStats: ask for them
		Document stats = explain.get("executionStats", Document.class);
		assertThat(stats).as("explain's executionStats").isNotNull();
		assertThat(stats.getInteger("totalDocsExamined")).isLessThanOrEqualTo(2);
	}

	@DynamicPropertySource
	static void uri(DynamicPropertyRegistry registry) {
		// also switches the embedded store off, so exactly one store is in use
		registry.add("spring.mongodb.uri", () -> mongo.getConnectionString() + "/accords");
	}

}
