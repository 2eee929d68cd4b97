package org.accords.agreement;

import java.util.List;

import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Who signed an agreement, on whose behalf.
 *
 * @param id node id
 * @param agreementId node id of the agreement
 * @param personId node id of the person who signed, when known
 * @param organizationId node id of the organization that signed, when known
 * @param onBehalfOfId node id of the country signed for
 * @param role the capacity in which they signed, in the words of its first report (other
 * reports' wordings of the same seat agree with it and are kept as claims)
 * @param evidence the words that report it
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 */
public record Signatory(String id, String agreementId, @Nullable String personId, @Nullable String organizationId,
		@Nullable String onBehalfOfId, @Nullable String role, List<Evidence> evidence,
		@Nullable Provenance provenance) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Signatory";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Signatory> ENTITY = EntityType.of(EntityCatalog.SIGNATORY, Signatory.class);

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Signatory that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
