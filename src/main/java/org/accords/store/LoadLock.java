package org.accords.store;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;

import de.bwaldvogel.mongo.MongoServer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A lock in the store that lets one instance at a time publish a dataset, so that
 * instances starting together never load twice: one document with an owner and an expiry,
 * taken with a single atomic upsert (the unique {@code _id} refuses a second holder), on
 * MongoDB and on the embedded server alike. An instance that dies holding it blocks the
 * others only until it expires.
 */
@Component
public class LoadLock {

	/** Collection of the lock document; no underscore, so never taken for a version. */
	static final String COLLECTION = "locks";

	static final String ID = "dataset-load";

	/** Longer than a load of the largest corpus measured (docs/benchmarks.md). */
	static final Duration TTL = Duration.ofMinutes(15);

	private static final Duration POLL = Duration.ofMillis(200);

	private static final Log logger = LogFactory.getLog(LoadLock.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final String owner;

	/**
	 * Whether this process opened the store itself (the embedded server): no other
	 * process can have held a lock in it since, so one found there is stale.
	 */
	private boolean staleLockPossible;

	@Autowired
	LoadLock(MongoTemplate mongo, ObjectProvider<MongoServer> embedded) {
		this(mongo, Clock.systemUTC());
		this.staleLockPossible = embedded.getIfAvailable() != null;
	}

	public LoadLock(MongoTemplate mongo) {
		this(mongo, Clock.systemUTC());
	}

	LoadLock(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
	}

	/** The lock while held; closing releases it. */
	public interface Lease extends AutoCloseable {

		@Override
		void close();

	}

	/** Takes the lock, waiting while another live instance holds it. */
	public Lease acquire() {
		if (this.staleLockPossible) {
			// a lock kept in the embedded store's file by a process that ended (or
			// restored by a damaged file rolled back to an older state) would otherwise
			// block every start until it expires
			this.staleLockPossible = false;
			if (this.mongo.remove(new Query(Criteria.where("_id").is(ID)), COLLECTION).getDeletedCount() > 0) {
				logger.warn("Removed a dataset load lock left in the embedded store by a process that has ended");
			}
		}
		boolean told = false;
		while (!tryAcquire()) {
			if (!told) {
				logger.info("Another instance is publishing a dataset; waiting for it");
				told = true;
			}
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the dataset load lock", ex);
			}
		}
		return this::release;
	}

	/**
	 * Takes the lock if it is free, expired or already ours: the filter matches only
	 * then, and otherwise the upsert's insert of the same {@code _id} fails.
	 */
	boolean tryAcquire() {
		Instant now = Instant.now(this.clock);
		Document current = this.mongo.findById(ID, Document.class, COLLECTION);
		if (current != null && !this.owner.equals(current.getString("owner"))
				&& current.getDate("expiresAt").toInstant().isAfter(now)) {
			// held: no write, so the store logs no refused upsert every poll
			return false;
		}
		Query free = new Query(Criteria.where("_id")
			.is(ID)
			.orOperator(Criteria.where("expiresAt").lt(Date.from(now)), Criteria.where("owner").is(this.owner)));
		Update take = new Update().set("owner", this.owner)
			.set("expiresAt", Date.from(now.plus(TTL)))
			.set("acquiredAt", Date.from(now));
		try {
			Document held = this.mongo.findAndModify(free, take,
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
			return held != null && this.owner.equals(held.getString("owner"));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	void release() {
		this.mongo.remove(new Query(Criteria.where("_id").is(ID).and("owner").is(this.owner)), COLLECTION);
	}

	String owner() {
		return this.owner;
	}

}
