package org.accords.store;

import org.jspecify.annotations.Nullable;

/**
 * Names of the versioned collections: each dataset version is written to its own set of
 * collections ({@code statements_<version>}, ...) and becomes visible all at once when
 * the {@code datasets} pointer moves to it.
 */
public final class VersionedCollections {

	/** Holds one document per loaded version and the {@code current} pointer. */
	public static final String DATASETS = "datasets";

	/**
	 * Base name of the collection a version's search index is stored in
	 * ({@code search/SearchIndex}): not an entity type.
	 */
	public static final String SEARCH_INDEX = "searchindex";

	private VersionedCollections() {
	}

	public static String of(String base, String version) {
		return base + "_" + version;
	}

	/** The version part of a versioned collection name, or null for other names. */
	public static @Nullable String versionOf(String collectionName) {
		int underscore = collectionName.lastIndexOf('_');
		return (underscore > 0) ? collectionName.substring(underscore + 1) : null;
	}

}
