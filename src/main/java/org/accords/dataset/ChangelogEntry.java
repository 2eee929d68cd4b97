package org.accords.dataset;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * What one dataset version added, changed and removed compared with the version served
 * before it; the ids themselves are stored apart, in parts (see {@link Changelog}).
 *
 * @param version the version published
 * @param previousVersion the version it replaced; null for the first one, whose entry
 * lists everything as added
 * @param publishedAt when it was published
 * @param collections the counts per collection, in the publisher's fixed order
 */
public record ChangelogEntry(@Id String version, @Nullable String previousVersion, Instant publishedAt,
		List<Counts> collections) {

	/**
	 * Changes to one collection.
	 *
	 * @param collection GraphQL type name of the collection, such as {@code Statement}
	 * @param added entities whose id is new
	 * @param changed entities whose id existed and whose content differs
	 * @param removed entities whose id no longer exists
	 */
	public record Counts(String collection, long added, long changed, long removed) {
	}

}
