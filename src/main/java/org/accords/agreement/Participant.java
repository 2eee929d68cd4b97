package org.accords.agreement;

import java.util.List;

import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * A country or organization taking part in an agreement, in a role.
 *
 * @param partyId node id of the country or organization
 * @param role the part it plays
 * @param joinedOn when it joined, ISO-8601, when the article gives it
 * @param joinedOnPrecision how much of {@code joinedOn} the article gives
 * @param countryId the country it counts for: itself, or the organization's country
 * @param evidence the words that report it
 */
public record Participant(String partyId, ParticipantRole role, @Nullable String joinedOn,
		@Nullable DatePrecision joinedOnPrecision, @Nullable String countryId, List<Evidence> evidence) {
}
