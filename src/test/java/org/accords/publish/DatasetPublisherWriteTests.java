package org.accords.publish;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoCollection;
import org.accords.SmallCacheTest;
import org.accords.dataset.Changelog;
import org.accords.store.Entity;
import org.accords.store.ReplicationBarrier;
import org.accords.store.VersionedCollections;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How the publisher writes a collection. The store writes one batch while the publisher
 * converts the next; a failure on either side still ends the publish only once no write
 * of it is running, so that the cleanup of a failed write never races an insert (the
 * embedded server's collections are not safe for that). Entities the loader converted
 * already (to check their sizes) are written as those documents, not converted a second
 * time, and the publisher lets go of each as it writes it; without them it converts the
 * entities itself, to the same documents.
 */
@SmallCacheTest
class DatasetPublisherWriteTests {

	static final String TYPE = "WrittenItem";

	static final String VERSION = "batchtest0000001";

	static final String CONVERTED = "converted0000001";

	static final String UNCONVERTED = "converted0000002";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Changelog changelog;

	/** An entity whose id cannot be read when {@code unreadable}: it ends the publish. */
	record Item(String id, String name, boolean unreadable) implements Entity {

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
		for (String version : List.of(VERSION, CONVERTED, UNCONVERTED)) {
			String collection = VersionedCollections.of(TYPE, version);
			if (this.mongo.collectionExists(collection)) {
				this.mongo.dropCollection(collection);
			}
		}
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
			items.add(new Item("item" + i, "Item " + i, i == 1200));
		}
		NewVersion version = new NewVersion(VERSION, Map.of(TYPE, items), Map.of(), List.of(), null);
		assertThatIllegalStateException().isThrownBy(() -> publisher.publish(version)).withMessage("unreadable entity");
		assertThat(running).hasValue(0);
		assertThat(inserted).hasValue(1000);
		assertThat(this.mongo.getCollection(VersionedCollections.of(TYPE, VERSION)).countDocuments()).isEqualTo(1000);
	}

	@Test
	void documentsConvertedAlreadyAreWrittenAsTheyAreAndLetGo() {
		DatasetPublisher publisher = new DatasetPublisher(this.mongo, this.changelog,
				new ReplicationBarrier(this.mongo));
		// the publish ends at entity 1400, once the first batch (1000) is written: the
		// version is never served (the test moves no pointer)
		List<Item> items = new ArrayList<>();
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			Item item = new Item("item" + i, "Item " + i, i == 1400);
			items.add(item);
			Document document = new Document();
			this.mongo.getConverter().write(item, document);
			documents.add(document);
		}
		List<Document> expected = documents.subList(0, 1000).stream().map(Document::new).toList();
		// a field the converter does not write: seen in the store only if the documents
		// given are those written
		documents.get(500).append("marker", "given");
		assertThatIllegalStateException()
			.isThrownBy(() -> publisher.publish(
					new NewVersion(CONVERTED, Map.of(TYPE, items), Map.of(), List.of(), null, Map.of(TYPE, documents))))
			.withMessage("unreadable entity");
		assertThat(documents.subList(0, 1000)).containsOnlyNulls();
		List<Document> written = stored(CONVERTED);
		assertThat(written).hasSize(1000);
		assertThat(written.get(500)).containsEntry("marker", "given");
		assertThat(written.get(499)).isEqualTo(expected.get(499));
		// without them, the publisher converts the entities to the same documents
		assertThatIllegalStateException().isThrownBy(
				() -> publisher.publish(new NewVersion(UNCONVERTED, Map.of(TYPE, items), Map.of(), List.of(), null)))
			.withMessage("unreadable entity");
		assertThat(stored(UNCONVERTED)).isEqualTo(expected);
	}

	/** The documents of a version's collection, in the order of their entities. */
	private List<Document> stored(String version) {
		return this.mongo.getCollection(VersionedCollections.of(TYPE, version))
			.find()
			.into(new ArrayList<>())
			.stream()
			.sorted(Comparator.comparingInt((Document d) -> Integer.parseInt(d.getString("_id").substring(4))))
			.toList();
	}

}
