package org.accords.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
 * Entities the loader converted already (to check their sizes) are written as those
 * documents, not converted a second time, and the publisher lets go of each as it writes
 * it; without them it converts the entities itself, to the same documents.
 */
@SpringBootTest(properties = { "accords.store.embedded-mode=memory", "accords.cache.max-bytes=1MB" })
class DatasetPublisherConvertedTests {

	static final String TYPE = "ConvertedItem";

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
		this.mongo.dropCollection(VersionedCollections.of(TYPE, CONVERTED));
		this.mongo.dropCollection(VersionedCollections.of(TYPE, UNCONVERTED));
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
