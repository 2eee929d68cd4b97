package org.accords.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import java.util.function.Consumer;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store's index keys in a file: a new collection's id index keeps the
 * embedded order, and a file written with mongo-java-server's H2 backend reads with this
 * one (the order itself, key by key: {@link EmbeddedKeyOrderTests}).
 */
class EmbeddedBackendTests {

	@Test
	void theIdIndexOfANewCollectionIsKeptInThatOrder(@TempDir Path folder) {
		MVStore store = MVStore.open(folder.resolve("a.mv").toString());
		withServer(new EmbeddedBackend(store), (database) -> {
			database.getCollection("things").insertOne(new Document("_id", "x"));
			String index = store.getMapNames()
				.stream()
				.filter((name) -> name.contains("things._index_"))
				.findFirst()
				.orElseThrow();
			assertThat(store.openMap(index).getKeyType()).isInstanceOf(EmbeddedBackend.KeyOrder.class);
		});
	}

	@Test
	void aFileWrittenWithTheLibrarysOrderReadsWithThisOne(@TempDir Path folder) {
		String file = folder.resolve("a.mv").toString();
		List<String> ids = new ArrayList<>();
		Random random = new Random(16);
		for (int i = 0; i < 3000; i++) {
			ids.add(EmbeddedKeyOrderTests.randomString(random) + i);
		}
		withServer(new H2Backend(MVStore.open(file)), (database) -> {
			MongoCollection<Document> things = database.getCollection("things");
			// one command for the lot: the file's keys are what the test reads back, not
			// how
			// they were sent (3,000 inserts one by one were half the test's round trips)
			things.insertMany(ids.stream().map((id) -> new Document("_id", id)).toList());
		});
		withServer(new EmbeddedBackend(MVStore.open(file)), (database) -> {
			MongoCollection<Document> things = database.getCollection("things");
			for (String id : ids) {
				assertThat(things.find(Filters.eq("_id", id)).first()).as(id).isNotNull();
			}
			assertThatThrownBy(() -> things.insertOne(new Document("_id", ids.get(1234))))
				.hasMessageContaining("duplicate key");
			things.insertOne(new Document("_id", "new"));
			assertThat(things.countDocuments()).isEqualTo(ids.size() + 1);
		});
	}

	/** Serves {@code backend} to {@code use} through the driver, then closes both. */
	private static void withServer(MongoBackend backend, Consumer<MongoDatabase> use) {
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			use.accept(client.getDatabase("accords"));
		}
		finally {
			server.shutdown();
		}
	}

}
