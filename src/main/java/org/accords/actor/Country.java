package org.accords.actor;

import java.util.List;

import org.accords.evidence.Alias;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * A country, by its ISO 3166-1 alpha-2 code.
 *
 * @param id node id
 * @param code ISO 3166-1 alpha-2 code
 * @param name English short name
 * @param aliases other names under which articles write it, each with its articles
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 */
public record Country(String id, String code, String name, List<Alias> aliases,
		@Nullable Provenance provenance) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Country";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Country> ENTITY = EntityType.of(EntityCatalog.COUNTRY, Country.class);

	/** An entity stored before {@code aliases} were recorded reads as having none. */
	public Country {
		aliases = (aliases != null) ? aliases : List.of();
	}

	/** Countries are named, not excerpted: their sources carry no evidence. */
	@Override
	public List<Evidence> evidence() {
		return List.of();
	}

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
