package org.accords.seed;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.accords.dataset.DatasetInfo;
import org.accords.graphql.Hashes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The hashes of the seed files by their size and modification time, kept in the store
 * ({@code seedfiles}, one document per seed location), so that a restart on unchanged
 * files tells their dataset version from the files' metadata instead of reading and
 * hashing every byte (100 MB for a 100k-statement corpus).
 * <p>
 * The guarantee: a file is read and hashed again when its size or its modification time
 * (to the file system's precision) differs from the one recorded, when it is new, and
 * when it was modified less than {@link #SETTLE_MILLIS} before it was recorded (a file
 * written again within the file system's time granularity would keep its time). A change
 * that keeps both the size and the modification time of a file recorded (an edit of the
 * same length followed by {@code touch -d} back to the old time) is not seen;
 * {@code accords.seed.trust-file-times=false} hashes every file at every start. Only
 * plain files have stamps: seed data inside a jar (the built-in
 * {@code classpath:seed-data/}) is always hashed, as reproducible builds give every entry
 * the same time.
 */
@Component
class SeedStamps {

	private static final Log logger = LogFactory.getLog(SeedStamps.class);

	/** The collection: not versioned (no underscore in its name). */
	static final String COLLECTION = "seedfiles";

	/**
	 * How long before being recorded a file must have last changed for its stamp to be
	 * trusted: above the coarsest file system time granularity (2 s, FAT).
	 */
	static final long SETTLE_MILLIS = 3000;

	private final MongoTemplate mongo;

	/** When stamps are taken. */
	private final Clock clock;

	@Autowired
	SeedStamps(MongoTemplate mongo) {
		this(mongo, Clock.systemUTC());
	}

	SeedStamps(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The dataset version of the listed files, hashing only those whose stamp is not
	 * recorded or not trusted, and recording the stamps of those it hashed; null if a
	 * file is not a plain file or cannot be read (the caller then reads them all, and
	 * reports what is wrong).
	 */
	@Nullable String version(SeedFiles.Listing listing) {
		Taken taken = take(listing);
		if (taken == null) {
			return null;
		}
		List<SeedFiles.Listed> all = listing.all();
		Document recorded = this.mongo.getCollection(COLLECTION).find(Filters.eq("_id", listing.base())).first();
		Map<String, Stamp> known = known(recorded);
		List<SeedFiles.Hashed> hashed = new ArrayList<>(taken.stamps().size());
		List<Document> files = new ArrayList<>(taken.stamps().size());
		int rehashed = 0;
		for (int i = 0; i < taken.stamps().size(); i++) {
			Stamp stamp = taken.stamps().get(i);
			Stamp previous = known.get(stamp.path());
			String sha256;
			if (previous != null && previous.size() == stamp.size() && previous.modified() == stamp.modified()
					&& previous.settled()) {
				sha256 = previous.sha256();
			}
			else {
				try {
					// a file the read refuses is not read here either: the read says why
					SeedFiles.Listed file = all.get(i);
					if (file.resource().isFile()
							&& SeedFiles.refused(file.path(), file.resource().getFile().toPath()) != null) {
						return null;
					}
					sha256 = Hashes.hex(Hashes.sha256(file.resource().getContentAsByteArray()));
				}
				catch (IOException ex) {
					return null;
				}
				rehashed++;
			}
			hashed.add(new SeedFiles.Hashed(stamp.path(), HexFormat.of().parseHex(sha256)));
			files.add(taken.document(stamp, sha256));
		}
		if (rehashed > 0 || known.size() != taken.stamps().size() || unsettled(known)) {
			write(taken, files);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Seed files at " + listing.base() + ": " + rehashed + " of " + taken.stamps().size()
					+ " hashed, the others unchanged since recorded");
		}
		return SeedFiles.version(hashed);
	}

	/**
	 * The size and modification time of the listed files, taken now, before they are
	 * read; null if one is not a plain file or cannot be read (seed data in a jar: no
	 * stamps).
	 */
	@Nullable Taken take(SeedFiles.Listing listing) {
		long takenAt = this.clock.millis();
		List<Stamp> stamps = new ArrayList<>();
		for (SeedFiles.Listed file : listing.all()) {
			Stamp stamp = stamp(file);
			if (stamp == null) {
				return null;
			}
			stamps.add(stamp);
		}
		return new Taken(listing.base(), takenAt, stamps);
	}

	/**
	 * Records the stamps {@code taken} before the files were read with the hashes of the
	 * bytes then read, so that the next start reads none of them: a load that read every
	 * file anyway (the first one into a store) leaves its stamps, rather than the first
	 * restart after it reading and hashing every file again. A file not hashed here (one
	 * added between the listing and the read) is left out, and read at the next start.
	 * @param sources the files read, with the hashes of their bytes
	 */
	void record(Taken taken, List<DatasetInfo.SourceFile> sources) {
		Map<String, String> read = new HashMap<>();
		sources.forEach((source) -> read.put(source.path(), source.sha256()));
		List<Document> files = new ArrayList<>(taken.stamps().size());
		for (Stamp stamp : taken.stamps()) {
			String sha256 = read.get(stamp.path());
			if (sha256 != null) {
				files.add(taken.document(stamp, sha256));
			}
		}
		write(taken, files);
	}

	private void write(Taken taken, List<Document> files) {
		this.mongo.getCollection(COLLECTION)
			.replaceOne(Filters.eq("_id", taken.base()),
					new Document("_id", taken.base()).append("takenAt", taken.takenAt()).append("files", files),
					new ReplaceOptions().upsert(true));
	}

	/**
	 * The stamps of a seed folder's files, taken at one time.
	 *
	 * @param base the folder's location
	 * @param takenAt when, in milliseconds since the epoch
	 * @param stamps each file's, in the listing's order
	 */
	record Taken(String base, long takenAt, List<Stamp> stamps) {

		/**
		 * What is recorded of a file: settled when it had not changed for
		 * {@link #SETTLE_MILLIS} when its stamp was taken.
		 */
		Document document(Stamp stamp, String sha256) {
			boolean settled = stamp.modified() <= TimeUnit.MILLISECONDS.toNanos(this.takenAt - SETTLE_MILLIS);
			return new Document("path", stamp.path()).append("size", stamp.size())
				.append("modified", stamp.modified())
				.append("settled", settled)
				.append("sha256", sha256);
		}

	}

	private static boolean unsettled(Map<String, Stamp> known) {
		return known.values().stream().anyMatch((stamp) -> !stamp.settled());
	}

	private static Map<String, Stamp> known(@Nullable Document recorded) {
		Map<String, Stamp> known = new HashMap<>();
		if (recorded == null) {
			return known;
		}
		for (Document file : recorded.getList("files", Document.class, List.of())) {
			Stamp stamp = new Stamp(file.getString("path"), file.get("size", Number.class).longValue(),
					file.get("modified", Number.class).longValue(), Boolean.TRUE.equals(file.getBoolean("settled")),
					file.getString("sha256"));
			known.put(stamp.path(), stamp);
		}
		return known;
	}

	private static @Nullable Stamp stamp(SeedFiles.Listed file) {
		try {
			if (!file.resource().isFile()) {
				return null;
			}
			File plain = file.resource().getFile();
			BasicFileAttributes attributes = Files.readAttributes(plain.toPath(), BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				return null;
			}
			return new Stamp(file.path(), attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
					false, "");
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * What is recorded of one file.
	 *
	 * @param path path below the seed folder
	 * @param size its size in bytes
	 * @param modified its modification time, in nanoseconds since the epoch
	 * @param settled whether it had not changed for {@link #SETTLE_MILLIS} when recorded
	 * @param sha256 the hash of its bytes, hex
	 */
	record Stamp(String path, long size, long modified, boolean settled, String sha256) {
	}

}
