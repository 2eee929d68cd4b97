package org.accords.actor;

import org.accords.store.Entity;

/**
 * A country, by its ISO 3166-1 alpha-2 code.
 *
 * @param id node id
 * @param code ISO 3166-1 alpha-2 code
 * @param name English short name
 */
public record Country(String id, String code, String name) implements Entity {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Country";

}
