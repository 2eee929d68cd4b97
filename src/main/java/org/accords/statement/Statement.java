package org.accords.statement;

import java.util.List;

import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * What an official said, quoted or paraphrased.
 *
 * @param id node id
 * @param speakerId node id of the person who spoke; null when an organization speaks
 * @param speakerRole the speaker's role at the time, as the article gives it
 * @param speakerCountryId node id of the speaker's country, for filtering
 * @param kind quote or paraphrase
 * @param text the words, verbatim from the article
 * @param saidOn when, ISO-8601, if the article says
 * @param occasion where or at what, if the article says
 * @param agreementId node id of the agreement it concerns, if any
 * @param areaIds node ids of the cooperation areas it concerns
 * @param evidence the words that report it, with the attribution
 * @param searchText folded text, speaker name and occasion
 * @param saidOnPrecision how much of {@code saidOn} the article gives; null when it gives
 * no date
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 * @param speakerOrganizationId node id of the organization that speaks, when no person is
 * named as speaker ("the ministry said")
 * @param onBehalfOfId node id of the organization a person speaks for, when the article
 * says so
 * @param onBehalfOfEvidence the words that say on whose behalf the person speaks
 * @param organizationId the organization speaking or spoken for, for filtering
 * @param eventId node id of the event at which it was made, if the article says
 */
public record Statement(String id, @Nullable String speakerId, @Nullable String speakerRole,
		@Nullable String speakerCountryId, StatementKind kind, String text, @Nullable String saidOn,
		@Nullable String occasion, @Nullable String agreementId, List<String> areaIds, List<Evidence> evidence,
		String searchText, @Nullable DatePrecision saidOnPrecision, @Nullable Provenance provenance,
		@Nullable String speakerOrganizationId, @Nullable String onBehalfOfId, List<Evidence> onBehalfOfEvidence,
		@Nullable String organizationId, @Nullable String eventId) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Statement";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Statement> ENTITY = EntityType.of(EntityCatalog.STATEMENT, Statement.class);

	/** A statement stored before organizations could speak reads as a person's. */
	public Statement {
		onBehalfOfEvidence = (onBehalfOfEvidence != null) ? onBehalfOfEvidence : List.of();
	}

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Statement that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
