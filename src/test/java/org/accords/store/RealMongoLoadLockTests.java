package org.accords.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.accords.QuickTier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load lock and the replication barrier on a real MongoDB 8 (a one-member replica
 * set, as Testcontainers starts it); skipped, not failed, where no Docker engine is
 * available.
 */
@Testcontainers(disabledWithoutDocker = true)
@Tag(QuickTier.STARTS_APPLICATION)
class RealMongoLoadLockTests {

	@Container
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.4");

	@Test
	void theLockIsExclusiveAndTheBarrierPassesOnAReplicaSet() {
		try (MongoClient client = MongoClients.create(mongo.getReplicaSetUrl())) {
			MongoTemplate template = new MongoTemplate(client, "accords");
			LoadLock first = new LoadLock(template);
			LoadLock second = new LoadLock(template);
			assertThat(first.tryAcquire()).isTrue();
			assertThat(second.tryAcquire()).isFalse();
			first.release();
			assertThat(second.tryAcquire()).isTrue();

			new ReplicationBarrier(template).awaitAllMembers();
			assertThat(template.getCollection(LoadLock.COLLECTION).countDocuments()).as("the lock and the barrier")
				.isEqualTo(2);
		}
	}

}
