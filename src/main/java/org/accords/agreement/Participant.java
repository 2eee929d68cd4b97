package org.accords.agreement;

import java.time.LocalDate;
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
 * @param leftOn when it left (withdrew), ISO-8601: the earliest day a source gives for
 * its latest period; null while no source says it left, or once it rejoined
 * @param leftOnPrecision how much of {@code leftOn} the article gives
 * @param leftEvidence the words that report its leaving, from every source that does
 * @param leftOnDisputed whether sources give different leaving dates, or an article
 * published after the leaving date still reports it taking part
 * @param periods the stretches of its part, oldest first: one per joining and rejoining,
 * with its suspensions apart ({@link ParticipationPeriod}); none while it agreed to join
 * and no source says it joined
 * @param agreedOn when it agreed (or was announced) to join, before it joined, ISO-8601:
 * the earliest day a source gives; null when no source says so
 * @param agreedOnPrecision how much of {@code agreedOn} the article gives
 */
public record Participant(String partyId, ParticipantRole role, @Nullable String joinedOn,
		@Nullable DatePrecision joinedOnPrecision, @Nullable String countryId, List<Evidence> evidence,
		@Nullable String leftOn, @Nullable DatePrecision leftOnPrecision, List<Evidence> leftEvidence,
		boolean leftOnDisputed, List<ParticipationPeriod> periods, @Nullable String agreedOn,
		@Nullable DatePrecision agreedOnPrecision) {

	/** A participant no source says agreed to join before it joined. */
	public Participant(String partyId, ParticipantRole role, @Nullable String joinedOn,
			@Nullable DatePrecision joinedOnPrecision, @Nullable String countryId, List<Evidence> evidence,
			@Nullable String leftOn, @Nullable DatePrecision leftOnPrecision, List<Evidence> leftEvidence,
			boolean leftOnDisputed, List<ParticipationPeriod> periods) {
		this(partyId, role, joinedOn, joinedOnPrecision, countryId, evidence, leftOn, leftOnPrecision, leftEvidence,
				leftOnDisputed, periods, null, null);
	}

	/**
	 * A participant stored before periods were recorded has one: from the day it joined
	 * to the day it left.
	 */
	public Participant {
		periods = (periods != null) ? periods : List.of(new ParticipationPeriod(joinedOn, joinedOnPrecision, leftOn,
				leftOnPrecision, false, leftOnDisputed, (evidence != null) ? evidence : List.of()));
	}

	/**
	 * Whether it takes part on this day (ISO-8601): in one of its periods that is not a
	 * suspension, begun on or before the day (or on an unreported day) and not ended on
	 * or before it. A date known only to the month or year counts from its first day.
	 */
	public boolean activeOn(String day) {
		return this.periods.stream().anyMatch((period) -> period.activeOn(day));
	}

	/**
	 * {@code Agreement.participants(activeOn:)}: those taking part on the day, or all of
	 * them when none is given.
	 */
	public static List<Participant> activeOn(List<Participant> participants, @Nullable LocalDate day) {
		return (day != null) ? participants.stream().filter((p) -> p.activeOn(day.toString())).toList() : participants;
	}

}
