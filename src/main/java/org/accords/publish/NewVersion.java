package org.accords.publish;

import java.util.List;
import java.util.Map;

import org.accords.dataset.DatasetInfo;
import org.accords.store.Entity;
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
 */
public record NewVersion(String version, Map<String, List<? extends Entity>> collections,
		Map<String, List<List<String>>> indexes, List<DatasetInfo.SourceFile> files, @Nullable String contentDate) {
}
