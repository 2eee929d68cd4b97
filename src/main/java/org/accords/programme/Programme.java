package org.accords.programme;

import java.util.List;

import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * A named programme that agreements belong to, such as a country's scheme for funding
 * production in Ukraine.
 *
 * @param id node id
 * @param name its name, as the article gives it
 * @param runById node id of the country or organization that runs it, when known
 * @param countryId the country that runs it: the runner itself, or the organization's
 * country
 * @param evidence the words that report it
 * @param searchText folded name
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 */
public record Programme(String id, String name, @Nullable String runById, @Nullable String countryId,
		List<Evidence> evidence, String searchText, @Nullable Provenance provenance) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Programme";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Programme> ENTITY = EntityType.of(EntityCatalog.PROGRAMME, Programme.class);

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Programme that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
