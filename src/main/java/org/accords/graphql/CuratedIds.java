package org.accords.graphql;

import org.jspecify.annotations.Nullable;

/**
 * The id of the entity of a type whose curated id is a key ({@code laurynas-kasciunas}),
 * in a dataset version; null when the version has none: what a value that is no id meant,
 * for the refusal's message.
 */
public interface CuratedIds {

	@Nullable String idOf(String version, String type, String key);

}
