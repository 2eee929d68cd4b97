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

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Country that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
