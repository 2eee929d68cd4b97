package org.accords.commitment;

import java.util.List;

import org.accords.amount.Money;
import org.accords.amount.Quantity;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Who undertook what for whom, and how firmly.
 *
 * @param id node id
 * @param agreementId node id of the agreement it is part of, if any
 * @param obligorId node id of the (first) party that commits (country, organization or
 * person); null when the article names none
 * @param beneficiaryId node id of the party it is for, when the article gives one
 * @param description what is promised
 * @param status how firmly
 * @param areaIds node ids of the cooperation areas it concerns
 * @param evidence the words that state it
 * @param searchText folded description
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 * @param amount the money committed, when the article gives it
 * @param quantity how many things are committed, when the article gives it
 * @param dueBy the date it is due by, ISO-8601, when the article gives it
 * @param dueByPrecision how much of {@code dueBy} the article gives
 * @param amountKey {@link org.accords.amount.Amounts#key} of the amount, for exact range
 * filters in the store; not data
 * @param obligorIds node ids of every party that commits (a joint commitment has several;
 * none when the article names only where the money comes from)
 * @param fundingSource where the money comes from, when the article names it
 * @param fulfilledOn when it was fulfilled, ISO-8601, when the article gives it
 * @param fulfilledOnPrecision how much of {@code fulfilledOn} the article gives
 * @param delivered how much has been delivered so far, when the article gives it
 * @param condition what it depends on, when the article says ("provided parliament
 * approves")
 * @param obligorCountryIds node ids of the countries bound, once each in the order of
 * {@code obligorIds}: a country itself, an organization's or a person's country; derived
 * at load, for "who is bound, by country" (absent from a document stored by an earlier
 * release: empty)
 */
public record Commitment(String id, @Nullable String agreementId, @Nullable String obligorId,
		@Nullable String beneficiaryId, String description, CommitmentStatus status, List<String> areaIds,
		List<Evidence> evidence, String searchText, @Nullable Provenance provenance, @Nullable Money amount,
		@Nullable Quantity quantity, @Nullable String dueBy, @Nullable DatePrecision dueByPrecision,
		@Nullable String amountKey, List<String> obligorIds, @Nullable FundingSource fundingSource,
		@Nullable String fulfilledOn, @Nullable DatePrecision fulfilledOnPrecision, @Nullable Quantity delivered,
		@Nullable Condition condition, List<String> obligorCountryIds) implements Reported {

	public Commitment {
		// a document stored by a release before the field was derived has none
		obligorCountryIds = (obligorCountryIds != null) ? obligorCountryIds : List.of();
	}

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Commitment";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Commitment> ENTITY = EntityType.of(EntityCatalog.COMMITMENT, Commitment.class);

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
