package org.accords.publish;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoCollection;
import org.accords.dataset.Changelog;
import org.accords.store.Entity;
import org.accords.store.ReplicationBarrier;
import org.accords.store.VersionedCollections;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The store writes one batch while the publisher converts the next; a failure on either
 * side still ends the publish only once no write of it is running, so that the cleanup of
 * a failed write never races an insert (the embedded server's collections are not safe
 * for that).
 */
@SpringBootTest(properties = { "accords.store.embedded-mode=memory", "accords.cache.max-bytes=1MB" })
class DatasetPublisherBatchTests {

	static final String TYPE = "BatchItem";

	static final String VERSION = "batchtest0000001";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Changelog changelog;

	/** An entity whose id cannot be read when {@code unreadable}. */
	record Item(String id, boolean unreadable) implements Entity {

		@Override
		public String id() {
			if (this.unreadable) {
				throw new IllegalStateException("unreadable entity");
			}
			return this.id;
		}

	}

	@AfterEach
	void dropWritten() {
		this.mongo.dropCollection(VersionedCollections.of(TYPE, VERSION));
	}

	/** A store whose inserts take a while, counting those still running. */
	MongoTemplate slowStore(AtomicInteger running, AtomicInteger inserted) {
		return new MongoTemplate(this.mongo.getMongoDatabaseFactory(), this.mongo.getConverter()) {
			@Override
			@SuppressWarnings("unchecked")
			public MongoCollection<Document> getCollection(String name) {
				MongoCollection<Document> real = super.getCollection(name);
				return (MongoCollection<Document>) Proxy.newProxyInstance(getClass().getClassLoader(),
						new Class<?>[] { MongoCollection.class }, (proxy, method, args) -> {
							boolean insert = method.getName().equals("insertMany");
							if (insert) {
								running.incrementAndGet();
								Thread.sleep(500);
							}
							try {
								Object result = method.invoke(real, args);
								if (insert) {
									inserted.addAndGet(((List<?>) args[0]).size());
								}
								return result;
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
							finally {
								if (insert) {
									running.decrementAndGet();
								}
							}
						});
			}
		};
	}

	@Test
	void aFailureWhileABatchIsWrittenEndsThePublishOnlyOnceThatBatchIsWritten() {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger inserted = new AtomicInteger();
		MongoTemplate store = slowStore(running, inserted);
		DatasetPublisher publisher = new DatasetPublisher(store, this.changelog, new ReplicationBarrier(store));
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			// the first batch (1000) is being written when entity 1200 fails
			items.add(new Item("item" + i, i == 1200));
		}
		NewVersion version = new NewVersion(VERSION, Map.of(TYPE, items), Map.of(), List.of(), null);
		assertThatIllegalStateException().isThrownBy(() -> publisher.publish(version)).withMessage("unreadable entity");
		assertThat(running).hasValue(0);
		assertThat(inserted).hasValue(1000);
		assertThat(this.mongo.getCollection(VersionedCollections.of(TYPE, VERSION)).countDocuments()).isEqualTo(1000);
	}

}
