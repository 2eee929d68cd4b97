package org.accords.feed;

import java.time.Instant;

import org.accords.dataset.Changelog;
import org.jspecify.annotations.Nullable;

/**
 * One entity added, changed or removed by one dataset version.
 *
 * @param version the version that made the change
 * @param publishedAt when that version was published
 * @param type GraphQL type name, such as {@code Statement}
 * @param id node id
 * @param change what happened to it
 * @param label its name, title or words, when the version that holds it is still kept
 * @param url its page, for types that have one (an article's is its source view; a
 * removed entity's page answers 404)
 */
public record EntityChange(String version, Instant publishedAt, String type, String id, Changelog.Change change,
		@Nullable String label, @Nullable String url) {
}
