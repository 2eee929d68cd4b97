package org.accords.publish;

import java.util.List;
import java.util.Map;

import org.accords.dataset.DatasetInfo;
import org.accords.store.Entity;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A verified dataset ready to be published: what {@link DatasetPublisher} writes.
 *
 * @param version the version (hash of the seed files)
 * @param collections every collection with its entities, in a fixed order
 * @param indexes the MongoDB indexes of each collection, fields in order (unused on the
 * embedded server, where the query tables serve)
 * @param files the seed files it was built from, with their hashes
 * @param contentDate the date of its newest article, ISO; null when there is none
 * @param documents each collection's entities converted to the documents the store keeps,
 * in the same order, when they were converted already (the loader does, to check their
 * sizes); null to let the publisher convert them. The publisher empties each list as it
 * writes it, so that what is written is not kept
 */
public record NewVersion(String version, Map<String, List<? extends Entity>> collections,
		Map<String, List<List<String>>> indexes, List<DatasetInfo.SourceFile> files, @Nullable String contentDate,
		@Nullable Map<String, List<Document>> documents) {

	/** A version whose entities the publisher converts. */
	public NewVersion(String version, Map<String, List<? extends Entity>> collections,
			Map<String, List<List<String>>> indexes, List<DatasetInfo.SourceFile> files, @Nullable String contentDate) {
		this(version, collections, indexes, files, contentDate, null);
	}

}
