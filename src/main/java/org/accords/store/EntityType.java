package org.accords.store;

/**
 * An {@link EntityCatalog} entry bound to the record class its documents are read as:
 * what the store's reads take, so that a type name and a class can never disagree. Each
 * record declares its own once ({@code Agreement.ENTITY}).
 *
 * @param <T> the record class
 * @param catalog the catalog entry
 * @param type the record class
 */
public record EntityType<T extends Entity>(EntityCatalog catalog, Class<T> type) {

	public EntityType {
		// records are named as their GraphQL types: a mismatch is a wrong binding
		if (!type.getSimpleName().equals(catalog.typeName()) && type != Entity.class) {
			throw new IllegalArgumentException(
					type.getName() + " cannot be read as " + catalog.typeName() + " (EntityCatalog." + catalog + ")");
		}
	}

	public static <T extends Entity> EntityType<T> of(EntityCatalog catalog, Class<T> type) {
		return new EntityType<>(catalog, type);
	}

	/** The entries of a type read as any {@link Entity}: for reads by node id. */
	public static EntityType<Entity> any(EntityCatalog catalog) {
		return new EntityType<>(catalog, Entity.class);
	}

	/** GraphQL type name, also the type in its node ids. */
	public String typeName() {
		return this.catalog.typeName();
	}

	/** Base name of its versioned collections. */
	public String collection() {
		return this.catalog.collection();
	}

}
