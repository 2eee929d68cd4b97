package org.accords.commitment;

import java.util.List;

import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.jspecify.annotations.Nullable;

/**
 * Who undertook what for whom, and how firmly.
 *
 * @param id node id
 * @param agreementId node id of the agreement it is part of, if any
 * @param obligorId node id of the party that commits (country, organization or person)
 * @param beneficiaryId node id of the party it is for, when the article gives one
 * @param description what is promised
 * @param status how firmly
 * @param areaIds node ids of the cooperation areas it concerns
 * @param evidence the words that state it
 * @param searchText folded description
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 */
public record Commitment(String id, @Nullable String agreementId, String obligorId, @Nullable String beneficiaryId,
		String description, CommitmentStatus status, List<String> areaIds, List<Evidence> evidence, String searchText,
		@Nullable Provenance provenance) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Commitment";

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Commitment that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
