package org.accords.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import java.util.function.Consumer;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store orders its index keys as mongo-java-server's H2 backend does,
 * without serializing string ids: the same order for every key, and a file written by
 * either reads with the other.
 */
class EmbeddedBackendTests {

	private static final String[] EDGES = { "", "a", "b", "ab", "statement:000001", "statement:000002", "\u0000",
			"a\u0000", "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", "\uD83D\uDE00", "\u00E9", "e\u0301", "Умєров",
			"Umerov", "Ljava/util/List;", "x".repeat(22000), "\u0800".repeat(21845), "\u0800".repeat(21846) };

	@Test
	void keysOfStringIdsOrderAsSerializedKeysDo() {
		List<Object> keys = new ArrayList<>();
		for (String edge : EDGES) {
			keys.add(new KeyValue(edge));
		}
		Random random = new Random(15);
		for (int i = 0; i < 300; i++) {
			keys.add(new KeyValue(randomString(random)));
		}
		keys.add(new KeyValue(42));
		keys.add(new KeyValue(new ObjectId(new java.util.Date(0), 7)));
		keys.add(new KeyValue("a", "b"));
		keys.add("a plain string");
		ObjectDataType library = new ObjectDataType();
		EmbeddedBackend.KeyOrder order = new EmbeddedBackend.KeyOrder();
		for (Object a : keys) {
			for (Object b : keys) {
				assertThat(Integer.signum(order.compare(a, b))).as("%s vs %s", a, b)
					.isEqualTo(Integer.signum(library.compare(a, b)));
			}
		}
	}

	private static String randomString(Random random) {
		// mostly ids alike in their prefix, some of any character
		StringBuilder text = new StringBuilder(random.nextBoolean() ? "statement:" : "");
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) ('0' + random.nextInt(40)));
		}
		return text.toString();
	}

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
			ids.add(randomString(random) + i);
		}
		withServer(new H2Backend(MVStore.open(file)), (database) -> {
			MongoCollection<Document> things = database.getCollection("things");
			ids.forEach((id) -> things.insertOne(new Document("_id", id)));
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
