package org.accords.agreement;

import java.time.LocalDate;
import java.util.List;

import com.mongodb.ExplainVerbosity;
import org.accords.QuickTier;
import org.accords.dataset.DatasetState;
import org.accords.search.SearchIndex;
import org.accords.store.FactStore;
import org.accords.store.VersionedCollections;
import org.accords.store.Where;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreements filter on a day against a real MongoDB 8 in a container (its
 * {@code $elemMatch} on each country's days as the server reads it, from an index);
 * skipped, not failed, where no Docker engine is available.
 */
@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
@Tag(QuickTier.STARTS_APPLICATION)
class RealMongoTakingPartFiltersTests extends TakingPartFiltersContract {

	@Container
	@ServiceConnection
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.4");

	@Autowired
	MongoTemplate template;

	@Autowired
	DatasetState state;

	@Autowired
	SearchIndex search;

	@Autowired
	FactStore store;

	/**
	 * Two countries on a day: MongoDB reads the agreements of the first from an index of
	 * the countries involved, and checks each one's days on those alone.
	 */
	@Test
	void filtersOnADayAreServedFromAnIndex() {
		String version = this.state.version();
		AgreementController.AgreementFilter filter = new AgreementController.AgreementFilter(null, null, null, null,
				null, null, null, null, null, null, LocalDate.parse("2026-03-31"),
				List.of(LeavingFixture.LATVIA, LeavingFixture.UKRAINE), LeavingFixture.LATVIA, null, null, null, null,
				null);
		Document query = filter.where(Where.all(), this.search, this.store, version).criteria().getCriteriaObject();
		Document explain = this.template.getCollection(VersionedCollections.of(Agreement.TYPE, version))
			.find(query)
			.sort(new Document("signedOn", 1).append("_id", 1))
			.explain(ExplainVerbosity.EXECUTION_STATS);
		assertThat(explain.toJson()).contains("IXSCAN");
		Document stats = explain.get("executionStats", Document.class);
		assertThat(stats).as("explain's executionStats").isNotNull();
		assertThat(stats.getInteger("nReturned")).isEqualTo(1);
	}

	@DynamicPropertySource
	static void uri(DynamicPropertyRegistry registry) {
		// also switches the embedded store off, so exactly one store is in use
		registry.add("spring.mongodb.uri", () -> mongo.getConnectionString() + "/accords");
	}

}
