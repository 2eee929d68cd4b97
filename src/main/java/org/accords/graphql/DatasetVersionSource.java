package org.accords.graphql;

import org.jspecify.annotations.Nullable;

/**
 * Tells the transport which dataset version is being served, so that cached responses and
 * ETags can be keyed by it.
 */
public interface DatasetVersionSource {

	/** Key of the dataset version in the GraphQL context of a request. */
	String CONTEXT_KEY = "datasetVersion";

	/** The version served now, or null when none is loaded yet. */
	@Nullable String currentVersion();

}
