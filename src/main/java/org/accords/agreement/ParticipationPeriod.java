package org.accords.agreement;

import java.util.List;

import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of a participant's part in an agreement: from the day it joined, rejoined,
 * was suspended or resumed, to the day it left, was suspended or resumed. A participant
 * that never left nor was suspended has one, open; one that left and rejoined has one
 * before the gap and one after it; a suspension is a period of its own, marked
 * {@code suspended}, in which the party is not active.
 *
 * @param from its first day, ISO-8601 (a month or year as its first day); null from the
 * start or from a day not reported
 * @param fromPrecision how much of {@code from} the article gives; null with it
 * @param until the day it ends (the party no longer takes part in this way from that
 * day), ISO-8601; null while no source says it ended
 * @param untilPrecision how much of {@code until} the article gives; null with it
 * @param suspended whether the party had suspended its participation: a participant, but
 * not active
 * @param disputed whether sources disagree on the leaving that ends it, as
 * {@link Participant#leftOnDisputed()} says of the participant: leaving days that cannot
 * both be true, an article published after the leaving (and before a rejoining) that
 * still names the party taking part, or a first leaving before the day it joined
 * @param evidence the words that report its start and its end
 * @param fromDisputed whether sources give days for the rejoining that begins it that
 * cannot both be true ({@code from} is the earliest)
 */
public record ParticipationPeriod(@Nullable String from, @Nullable DatePrecision fromPrecision, @Nullable String until,
		@Nullable DatePrecision untilPrecision, boolean suspended, boolean disputed, List<Evidence> evidence,
		boolean fromDisputed) {

	/** A period whose start sources do not dispute. */
	public ParticipationPeriod(@Nullable String from, @Nullable DatePrecision fromPrecision, @Nullable String until,
			@Nullable DatePrecision untilPrecision, boolean suspended, boolean disputed, List<Evidence> evidence) {
		this(from, fromPrecision, until, untilPrecision, suspended, disputed, evidence, false);
	}

	/**
	 * The change that begins this period after {@code before}, as a claim words it:
	 * {@code suspended}, {@code resumed} (a suspension ends on its first day) or
	 * {@code rejoined}.
	 */
	public String change(ParticipationPeriod before) {
		if (this.suspended) {
			return "suspended";
		}
		return (before.suspended() && this.from != null && this.from.equals(before.until())) ? "resumed" : "rejoined";
	}

	/** Whether the party takes part, not suspended, on this day (ISO-8601). */
	public boolean activeOn(String day) {
		return !this.suspended && (this.from == null || this.from.compareTo(day) <= 0)
				&& (this.until == null || this.until.compareTo(day) > 0);
	}

}
