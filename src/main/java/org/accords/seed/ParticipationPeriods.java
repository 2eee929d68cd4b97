package org.accords.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accords.agreement.ParticipationPeriod;
import org.accords.evidence.Evidence;
import org.accords.seed.SeedValidator.Change;
import org.accords.seed.SeedValidator.ResolvedDate;
import org.jspecify.annotations.Nullable;

/**
 * A participant's periods, from its spells (a joining or rejoining to the next leaving)
 * and its suspensions; and the order a curated participant entry's dates must keep.
 */
final class ParticipationPeriods {

	private ParticipationPeriods() {
	}

	/**
	 * From a joining (or a rejoining after a leaving) to the next leaving.
	 *
	 * @param from its first day; null from the start or a day not reported
	 * @param evidence the words that say it began
	 * @param until the day it ended (the leaving served); null while none
	 * @param untilEvidence the words that say it ended
	 * @param disputed whether sources disagree on its leaving: the period that ends with
	 * it is disputed
	 * @param fromDisputed whether sources give days for the rejoining that begins it that
	 * cannot both be true: the period that begins with it is disputed
	 */
	record Spell(@Nullable ResolvedDate from, List<Evidence> evidence, @Nullable ResolvedDate until,
			List<Evidence> untilEvidence, boolean disputed, boolean fromDisputed) {

		Spell(@Nullable ResolvedDate from, List<Evidence> evidence) {
			this(from, List.copyOf(evidence), null, List.of(), false, false);
		}

		/** This spell with more words that say it began. */
		Spell withEvidence(List<Evidence> more) {
			return new Spell(this.from, joined(this.evidence, more), this.until, this.untilEvidence, this.disputed,
					this.fromDisputed);
		}

		/** This spell, its beginning (a rejoining) disputed. */
		Spell withDisputedStart() {
			return new Spell(this.from, this.evidence, this.until, this.untilEvidence, this.disputed, true);
		}

		/**
		 * This spell, ended on a day, by these words; {@code disputed} when sources
		 * disagree on the day.
		 */
		Spell ending(ResolvedDate day, List<Evidence> words, boolean disputed) {
			return new Spell(this.from, this.evidence, day, List.copyOf(words), disputed, this.fromDisputed);
		}

	}

	/**
	 * A suspension ({@code suspends}) or a resumption of a party's participation, on a
	 * day, with the words that say so.
	 *
	 * @param claim the participants item that reports it, a competing claim when sources
	 * date the change differently
	 */
	record Mark(boolean suspends, ResolvedDate on, List<Evidence> evidence, Object claim) {
	}

	/**
	 * From a suspension to the resumption after it; {@code until} null while none. Each
	 * is disputed when its reports give days that cannot both be true; {@code fromClaim}
	 * and {@code untilClaim} are the first (earliest) report of each.
	 */
	private record Suspension(ResolvedDate from, List<Evidence> evidence, @Nullable ResolvedDate until,
			List<Evidence> untilEvidence, boolean fromDisputed, boolean untilDisputed, Object fromClaim,
			@Nullable Object untilClaim) {
	}

	/**
	 * The periods of the spells, oldest first, each cut by the suspensions that fall in
	 * it; the period that ends with a spell's disputed leaving is disputed, and so is the
	 * start of a period that begins with a disputed rejoining, suspension or resumption.
	 * Marks, oldest first, pair into suspensions: a suspension lasts to the first
	 * resumption after it, or while none, to the end of the spell; a second suspension
	 * before a resumption is another report of the first, a second resumption before a
	 * suspension another report of the resumption, and a resumption no suspension
	 * precedes opens no gap. The reports of one suspension (one resumption) whose days
	 * cannot both be true are a dispute ({@link ChangeDays#competing}): the earliest day
	 * is served. A suspension counts only while the party takes part: it begins no
	 * earlier than the spell and ends no later.
	 * @param disputing the marks' claims found competing, added to
	 * @param shown the marks' claims the periods show, added to: each suspension's and
	 * each resumption's first (earliest) report, when a period begins or ends with it
	 * (one dated while the party is out shows in none)
	 */
	static List<ParticipationPeriod> periods(List<Spell> spells, List<Mark> marks, Set<Object> disputing,
			Set<Object> shown) {
		// each suspension's reports, then its resumption's (empty while none)
		List<List<Mark>> suspending = new ArrayList<>();
		List<List<Mark>> resuming = new ArrayList<>();
		for (Mark mark : marks) {
			boolean open = !suspending.isEmpty() && resuming.get(resuming.size() - 1).isEmpty();
			if (mark.suspends() && !open) {
				suspending.add(new ArrayList<>());
				resuming.add(new ArrayList<>());
			}
			if (mark.suspends()) {
				suspending.get(suspending.size() - 1).add(mark);
			}
			else if (!suspending.isEmpty()) {
				resuming.get(resuming.size() - 1).add(mark);
			}
		}
		List<Suspension> suspensions = new ArrayList<>();
		for (int i = 0; i < suspending.size(); i++) {
			List<Mark> from = suspending.get(i);
			List<Mark> until = resuming.get(i);
			Set<Mark> fromCompeting = ChangeDays.competing(from, Mark::on);
			Set<Mark> untilCompeting = ChangeDays.competing(until, Mark::on);
			fromCompeting.forEach((mark) -> disputing.add(mark.claim()));
			untilCompeting.forEach((mark) -> disputing.add(mark.claim()));
			suspensions.add(new Suspension(from.get(0).on(), evidenceOf(from),
					until.isEmpty() ? null : until.get(0).on(), evidenceOf(until), !fromCompeting.isEmpty(),
					!untilCompeting.isEmpty(), from.get(0).claim(), until.isEmpty() ? null : until.get(0).claim()));
		}
		List<ParticipationPeriod> periods = new ArrayList<>();
		for (Spell spell : spells) {
			int first = periods.size();
			ResolvedDate cursor = spell.from();
			List<Evidence> cursorEvidence = spell.evidence();
			boolean ended = false;
			// whether the change that begins the period from the cursor is disputed (a
			// rejoining is marked below)
			boolean cursorDisputed = false;
			for (Suspension suspension : suspensions) {
				ResolvedDate resumed = suspension.until();
				if ((resumed != null && !after(resumed, spell.from()))
						|| (spell.until() != null && !before(suspension.from(), spell.until()))) {
					continue;
				}
				// a suspension reported before the spell began is cut to its start
				boolean cut = !after(suspension.from(), spell.from());
				ResolvedDate start = cut ? spell.from() : suspension.from();
				if (start != null && after(start, cursor)) {
					periods.add(period(cursor, start, false, false, joined(cursorEvidence, suspension.evidence()),
							cursorDisputed));
				}
				boolean toTheEnd = resumed == null || (spell.until() != null && !before(resumed, spell.until()));
				ResolvedDate end = toTheEnd ? spell.until() : resumed;
				// a change a period shows: one dated while the party is out shows in none
				shown.add(suspension.fromClaim());
				if (!toTheEnd && suspension.untilClaim() != null) {
					shown.add(suspension.untilClaim());
				}
				periods.add(period(start, end, true, toTheEnd && spell.disputed(),
						joined(suspension.evidence(), toTheEnd ? spell.untilEvidence() : suspension.untilEvidence()),
						!cut && suspension.fromDisputed()));
				if (toTheEnd) {
					ended = true;
					break;
				}
				cursor = end;
				cursorEvidence = suspension.untilEvidence();
				cursorDisputed = suspension.untilDisputed();
			}
			if (!ended) {
				periods.add(period(cursor, spell.until(), false, spell.disputed(),
						joined(cursorEvidence, spell.untilEvidence()), cursorDisputed));
			}
			if (spell.fromDisputed()) {
				ParticipationPeriod begun = periods.get(first);
				periods.set(first, new ParticipationPeriod(begun.from(), begun.fromPrecision(), begun.until(),
						begun.untilPrecision(), begun.suspended(), begun.disputed(), begun.evidence(), true));
			}
		}
		return List.copyOf(periods);
	}

	/**
	 * What is out of order among one entry's dates: a rejoining not after its leaving (or
	 * its joining), a resumption not after its suspension, a suspension before the
	 * joining, a suspension or resumption while the party is out (from its leaving to its
	 * rejoining), and a suspension that spans that gap. Each problem names the dates.
	 */
	static List<String> disorder(@Nullable ResolvedDate joinedOn, @Nullable ResolvedDate leftOn,
			Map<Change, ResolvedDate> changed) {
		List<String> problems = new ArrayList<>();
		ResolvedDate rejoinedOn = changed.get(Change.REJOINED);
		ResolvedDate suspendedOn = changed.get(Change.SUSPENDED);
		ResolvedDate resumedOn = changed.get(Change.RESUMED);
		if (rejoinedOn != null && leftOn != null && !rejoinedOn.last().isAfter(leftOn.first())) {
			problems.add("rejoinedOn " + rejoinedOn + " is not after leftOn " + leftOn
					+ "; a party rejoins after it leaves");
		}
		if (rejoinedOn != null && joinedOn != null && !rejoinedOn.last().isAfter(joinedOn.first())) {
			problems.add("rejoinedOn " + rejoinedOn + " is not after joinedOn " + joinedOn
					+ "; a party rejoins after it joins");
		}
		if (suspendedOn != null && resumedOn != null && !resumedOn.last().isAfter(suspendedOn.first())) {
			problems.add("resumedOn " + resumedOn + " is not after suspendedOn " + suspendedOn
					+ "; a party resumes after it suspends");
		}
		if (suspendedOn != null && joinedOn != null && suspendedOn.last().isBefore(joinedOn.first())) {
			problems.add("suspendedOn " + suspendedOn + " is before joinedOn " + joinedOn
					+ "; a party suspends its participation after it joins");
		}
		if (leftOn != null) {
			for (Change change : List.of(Change.SUSPENDED, Change.RESUMED)) {
				ResolvedDate on = changed.get(change);
				if (on != null && !on.first().isBefore(leftOn.first())
						&& (rejoinedOn == null || on.last().isBefore(rejoinedOn.first()))) {
					problems.add(change.field + " " + on
							+ ((rejoinedOn != null)
									? " falls between leftOn " + leftOn + " and rejoinedOn " + rejoinedOn
									: " is not before leftOn " + leftOn)
							+ "; a party that left takes no part to suspend or resume");
				}
			}
			if (suspendedOn != null && resumedOn != null && rejoinedOn != null
					&& suspendedOn.last().isBefore(leftOn.first()) && !resumedOn.first().isBefore(rejoinedOn.first())) {
				problems.add("suspendedOn " + suspendedOn + " and resumedOn " + resumedOn + " span the gap from leftOn "
						+ leftOn + " to rejoinedOn " + rejoinedOn + "; a suspension ends when the party leaves");
			}
		}
		return problems;
	}

	private static ParticipationPeriod period(@Nullable ResolvedDate from, @Nullable ResolvedDate until,
			boolean suspended, boolean disputed, List<Evidence> evidence, boolean fromDisputed) {
		return new ParticipationPeriod((from != null) ? from.iso() : null, (from != null) ? from.precision() : null,
				(until != null) ? until.iso() : null, (until != null) ? until.precision() : null, suspended, disputed,
				evidence, fromDisputed);
	}

	/** The words of the marks, each once, in order. */
	private static List<Evidence> evidenceOf(List<Mark> marks) {
		return marks.stream().map(Mark::evidence).reduce(List.of(), ParticipationPeriods::joined);
	}

	/**
	 * Whether {@code day} begins after {@code other}, which null (the start) precedes.
	 */
	private static boolean after(ResolvedDate day, @Nullable ResolvedDate other) {
		return other == null || day.first().isAfter(other.first());
	}

	/** Whether {@code day} begins before {@code other}. */
	private static boolean before(ResolvedDate day, ResolvedDate other) {
		return day.first().isBefore(other.first());
	}

	private static List<Evidence> joined(List<Evidence> first, List<Evidence> second) {
		List<Evidence> all = new ArrayList<>(first);
		second.stream().filter((e) -> !all.contains(e)).forEach(all::add);
		return List.copyOf(all);
	}

}
