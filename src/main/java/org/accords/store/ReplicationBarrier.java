package org.accords.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoWriteConcernException;
import com.mongodb.WriteConcern;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Waits until every data-bearing member of a replica set has what was written so far,
 * before a new dataset version is pointed to: instances reading from secondaries then
 * never follow the pointer to collections their secondary does not have yet. Members
 * apply the oplog in order, so one write acknowledged by all of them covers every earlier
 * write. A standalone server has nothing to wait for; the embedded one writes all of it
 * to its file first, so that a disk that fills up fails the load before the pointer
 * moves, not after it (H2 writes in the background, and then closes the store).
 */
@Component
public class ReplicationBarrier {

	/** How long a lagging or unreachable member is waited for before the load goes on. */
	static final Duration WAIT = Duration.ofSeconds(60);

	private static final Log logger = LogFactory.getLog(ReplicationBarrier.class);

	private final MongoTemplate mongo;

	private final @Nullable EmbeddedDataFile dataFile;

	/** A barrier built by hand (tests): no embedded data file. */
	public ReplicationBarrier(MongoTemplate mongo) {
		this.mongo = mongo;
		this.dataFile = null;
	}

	@Autowired
	ReplicationBarrier(MongoTemplate mongo, ObjectProvider<EmbeddedDataFile> dataFile) {
		this.mongo = mongo;
		this.dataFile = dataFile.getIfAvailable();
	}

	/**
	 * Returns once every member confirms, or after {@link #WAIT} with a warning.
	 * @throws RuntimeException if the embedded store's file cannot be written
	 */
	public void awaitAllMembers() {
		if (this.dataFile != null) {
			this.dataFile.commit();
		}
		// isMaster, not hello: the embedded server knows only the older name, MongoDB 8
		// still answers it
		Document hello = this.mongo.executeCommand(new Document("isMaster", 1));
		if (hello.getString("setName") == null) {
			return;
		}
		int members = hello.getList("hosts", Object.class, List.of()).size()
				+ hello.getList("passives", Object.class, List.of()).size();
		try {
			this.mongo.getCollection(LoadLock.COLLECTION)
				.withWriteConcern(new WriteConcern(members).withWTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS))
				.updateOne(Filters.eq("_id", "replication-barrier"), Updates.set("at", Date.from(Instant.now())),
						new UpdateOptions().upsert(true));
		}
		catch (MongoWriteConcernException ex) {
			logger.warn("Not every one of the " + members + " replica set members confirmed the new dataset within "
					+ WAIT.toSeconds() + " s; instances reading from a lagging member see empty results "
					+ "for the new version until it catches up");
		}
	}

}
