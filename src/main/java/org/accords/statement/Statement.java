package org.accords.statement;

import java.util.List;

import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.jspecify.annotations.Nullable;

/**
 * What an official said, quoted or paraphrased.
 *
 * @param id node id
 * @param speakerId node id of the person
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
 * @param eventId node id of the event at which it was made, if the article says
 */
public record Statement(String id, String speakerId, @Nullable String speakerRole, @Nullable String speakerCountryId,
		StatementKind kind, String text, @Nullable String saidOn, @Nullable String occasion,
		@Nullable String agreementId, List<String> areaIds, List<Evidence> evidence, String searchText,
		@Nullable DatePrecision saidOnPrecision, @Nullable Provenance provenance,
		@Nullable String eventId) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Statement";

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
