package org.accords.agreement;

import java.util.List;

import org.accords.actor.Post;
import org.accords.evidence.DatePrecision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the agreements filter on a day reads of a participant's periods: one taking part
 * for each period it is active in, none for a suspension.
 */
class TakingPartTests {

	private static Participant latvia(List<ParticipationPeriod> periods) {
		return new Participant("Country:LV", ParticipantRole.MEMBER, "2025-03-01", DatePrecision.MONTH, "Country:LV",
				List.of(), null, null, List.of(), false, periods);
	}

	@Test
	void aPartyThatLeftAndRejoinedTakesPartInEachPeriodButNotInTheGap() {
		Participant latvia = latvia(List.of(
				new ParticipationPeriod("2025-03-01", DatePrecision.MONTH, "2026-03-03", DatePrecision.DAY, false,
						false, List.of()),
				new ParticipationPeriod("2026-06-10", DatePrecision.DAY, null, null, false, false, List.of())));
		assertThat(TakingPart.of(List.of(), List.of(latvia))).extracting(TakingPart::from, TakingPart::until)
			.containsExactly(tuple("2025-03-01", "2026-03-03"), tuple("2026-06-10", Post.OPEN_END));
	}

	@Test
	void aSuspendedPeriodIsNoTakingPart() {
		Participant latvia = latvia(
				List.of(new ParticipationPeriod(null, null, "2026-04-01", DatePrecision.DAY, false, false, List.of()),
						new ParticipationPeriod("2026-04-01", DatePrecision.DAY, "2026-07-02", DatePrecision.DAY, true,
								false, List.of()),
						new ParticipationPeriod("2026-07-02", DatePrecision.DAY, null, null, false, false, List.of())));
		assertThat(TakingPart.of(List.of(), List.of(latvia))).extracting(TakingPart::from, TakingPart::until)
			.containsExactly(tuple(Post.OPEN_START, "2026-04-01"), tuple("2026-07-02", Post.OPEN_END));
	}

	@Test
	void aParticipantStoredWithoutPeriodsHasOneFromItsJoiningToItsLeaving() {
		Participant stored = new Participant("Country:LV", ParticipantRole.MEMBER, "2025-03-01", DatePrecision.MONTH,
				"Country:LV", List.of(), "2026-03-03", DatePrecision.DAY, List.of(), false, null);
		assertThat(stored.periods()).extracting(ParticipationPeriod::from, ParticipationPeriod::until)
			.containsExactly(tuple("2025-03-01", "2026-03-03"));
		assertThat(stored.activeOn("2026-03-02")).isTrue();
		assertThat(stored.activeOn("2026-03-03")).isFalse();
	}

}
