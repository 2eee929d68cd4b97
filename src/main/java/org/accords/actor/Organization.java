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
 * A ministry, company or other body named in an article.
 *
 * @param id node id
 * @param name name as written in the article
 * @param kind what kind of body it is
 * @param countryId node id of its country, when the article gives it
 * @param evidence the words that name it
 * @param searchText folded name for accent-insensitive search
 * @param aliases other names under which articles write it, each with its articles
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 */
public record Organization(String id, String name, OrganizationKind kind, @Nullable String countryId,
		List<Evidence> evidence, String searchText, List<Alias> aliases,
		@Nullable Provenance provenance) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Organization";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Organization> ENTITY = EntityType.of(EntityCatalog.ORGANIZATION, Organization.class);

	/** An entity stored before {@code aliases} were recorded reads as having none. */
	public Organization {
		aliases = (aliases != null) ? aliases : List.of();
	}

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Organization that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
