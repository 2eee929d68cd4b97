package org.accords.dataset;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A changelog in a store of its own (mongo-java-server in memory, no application), which
 * counts the ids its readers are sent: what a feed or a download reads of a version's
 * changes, whatever it then lists.
 */
public final class ChangelogStore implements AutoCloseable {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client;

	private final MongoTemplate mongo;

	private final AtomicLong idsRead = new AtomicLong();

	private final AtomicLong entriesRead = new AtomicLong();

	public ChangelogStore() {
		String address = this.server.bindAndGetConnectionString();
		this.client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(address))
			.addCommandListener(new CommandListener() {
				@Override
				public void commandSucceeded(CommandSucceededEvent event) {
					count(event.getResponse());
				}
			})
			.build());
		this.mongo = new MongoTemplate(this.client, "accords");
	}

	private void count(BsonDocument response) {
		BsonDocument cursor = response.getDocument("cursor", new BsonDocument());
		String ns = cursor.getString("ns", new org.bson.BsonString("")).getValue();
		BsonArray batch = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch")
				: cursor.getArray("nextBatch", new BsonArray());
		if (ns.endsWith("." + Changelog.PARTS)) {
			for (BsonValue part : batch) {
				this.idsRead.addAndGet(part.asDocument().getArray("ids", new BsonArray()).size());
			}
		}
		else if (ns.endsWith("." + Changelog.ENTRIES)) {
			this.entriesRead.addAndGet(batch.size());
		}
	}

	public MongoTemplate mongo() {
		return this.mongo;
	}

	public Changelog changelog() {
		return new Changelog(this.mongo);
	}

	/** The ids of {@code Changelog.PARTS} documents read since the last reset. */
	public long idsRead() {
		return this.idsRead.get();
	}

	/** The changelog's entries read since the last reset. */
	public long entriesRead() {
		return this.entriesRead.get();
	}

	public void reset() {
		this.idsRead.set(0);
		this.entriesRead.set(0);
	}

	/** Records {@code entry}, its collections' ids as given. */
	public void record(ChangelogEntry entry, Map<String, Map<Changelog.Change, List<String>>> ids) {
		changelog().record(entry, ids);
		reset();
	}

	/** The ids read in one part: a reader reads whole parts. */
	public static int partSize() {
		return Changelog.PART_SIZE;
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdownNow();
	}

}
