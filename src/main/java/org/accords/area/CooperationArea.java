package org.accords.area;

import java.util.List;

import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * A field of cooperation that an agreement covers.
 *
 * @param id node id
 * @param agreementId node id of the agreement
 * @param name short name
 * @param category broad field
 * @param description what the article says of it
 * @param evidence the words that state it
 * @param searchText folded name and description
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 */
public record CooperationArea(String id, String agreementId, String name, AreaCategory category,
		@Nullable String description, List<Evidence> evidence, String searchText,
		@Nullable Provenance provenance) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "CooperationArea";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<CooperationArea> ENTITY = EntityType.of(EntityCatalog.COOPERATION_AREA,
			CooperationArea.class);

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof CooperationArea that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
