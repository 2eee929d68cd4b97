package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.agreement.Lifecycle;
import org.accords.agreement.LifecycleEvent;
import org.accords.agreement.LifecycleStage;
import org.accords.agreement.Participant;
import org.accords.agreement.ParticipationPeriod;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Publishers that give different days for one change of an agreement (its suspension,
 * resumption, termination or expiry) or of a participant (its rejoining): the change is
 * kept once, on the earliest day, as a disputed leaving is, and the days are competing
 * claims. Invented wire reports about a joint shell-production programme of Ukraine and
 * Lithuania, and a river-patrol coalition Latvia leaves and rejoins.
 */
class ChangeDateDisputeTests {

	@TempDir
	Path folder;

	private void event(String name, String published, String verb, String on, String stage, String date) {
		SeedFixture.programmeEvent(this.folder, name, published, verb, on, stage, date);
	}

	private void signed() {
		event("amber-wire", "2025-11-21", "signed", "on 20 November", "SIGNED", "2025-11-20");
	}

	private Agreement programme() {
		return SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
	}

	private static List<String> articles(List<Evidence> evidence) {
		return evidence.stream().map((e) -> NodeId.parse(e.articleId()).key()).distinct().toList();
	}

	private static List<String> keys(List<String> articleIds) {
		return articleIds.stream().map((id) -> NodeId.parse(id).key()).toList();
	}

	@Test
	void oneSuspensionTwoPublishersDateADayApartIsKeptOnceOnTheEarlierDayAndDisputed() {
		signed();
		SeedFixture.programmeSuspendedOnTwoDays(this.folder);
		event("neman-post", "2026-06-17", "resumed", "on Tuesday", "RESUMED", "Tuesday");
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date, LifecycleEvent::disputed)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20", false),
					// Monday 9 March 2026 by one, Tuesday 10 March by the other
					tuple(LifecycleStage.SUSPENDED, "2026-03-09", true),
					tuple(LifecycleStage.RESUMED, "2026-06-16", false));
		assertThat(articles(programme.events().get(1).evidence())).containsExactly("baltic-ledger", "dnipro-desk");
		// the served day is the suspension's first: still one suspension, which the
		// resumption ends
		assertThat(programme.suspensions()).containsExactly(new Lifecycle.Suspension("2026-03-09", "2026-06-16"));
		assertThat(programme.activeUntil()).isNull();
		assertThat(programme.isDisputed()).isTrue();
		assertThat(programme.getCompetingValues()).extracting(Claim::field, Claim::value, (c) -> keys(c.sourceIds()))
			.containsExactlyInAnyOrder(tuple("events", "SUSPENDED 2026-03-09", List.of("baltic-ledger")),
					tuple("events", "SUSPENDED 2026-03-10", List.of("dnipro-desk")));
		// the day the event shows is the served claim; the other report's is not
		assertThat(programme.getCompetingValues()).extracting(Claim::value, Claim::served)
			.containsExactlyInAnyOrder(tuple("SUSPENDED 2026-03-09", true), tuple("SUSPENDED 2026-03-10", false));
	}

	@Test
	void aMonthHoldingTheDayAgreesAndAMonthHoldingTwoDisputedDaysCompetesWithNeither() {
		signed();
		event("baltic-ledger", "2026-03-10", "suspended", "on Monday", "SUSPENDED", "Monday");
		event("dnipro-desk", "2026-06-17", "resumed", "suspended in March, on Tuesday", "SUSPENDED", "2026-03");
		Agreement agreed = programme();
		assertThat(agreed.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date, LifecycleEvent::disputed)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20", false),
					tuple(LifecycleStage.SUSPENDED, "2026-03-09", false));
		assertThat(agreed.isDisputed()).isFalse();
		event("gulf-desk", "2026-03-12", "suspended", "on Tuesday", "SUSPENDED", "Tuesday");
		Agreement disputed = programme();
		assertThat(disputed.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date, LifecycleEvent::disputed)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20", false),
					tuple(LifecycleStage.SUSPENDED, "2026-03-01", true));
		assertThat(disputed.events().get(1).datePrecision()).isEqualTo(DatePrecision.MONTH);
		assertThat(disputed.getCompetingValues()).extracting(Claim::value)
			.containsExactlyInAnyOrder("SUSPENDED 2026-03-09", "SUSPENDED 2026-03-10");
		assertThat(disputed.getClaims()).extracting(Claim::value, Claim::competing)
			.contains(tuple("SUSPENDED 2026-03-01 (MONTH)", false));
	}

	@Test
	void aSecondSuspensionAfterAResumptionIsAnotherSuspensionNotADispute() {
		signed();
		event("baltic-ledger", "2026-03-10", "suspended", "on Monday", "SUSPENDED", "Monday");
		event("dnipro-desk", "2026-06-17", "resumed", "on Tuesday", "RESUMED", "Tuesday");
		event("gulf-desk", "2026-09-02", "suspended", "again on 1 September", "SUSPENDED", "2026-09-01");
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::disputed).containsOnly(false);
		assertThat(programme.events()).hasSize(4);
		assertThat(programme.isDisputed()).isFalse();
		assertThat(programme.activeUntil()).isEqualTo("2026-09-01");
	}

	@Test
	void twoDaysForOneResumptionOrOneTerminationAreDisputedAndTheEarlierIsServed() {
		signed();
		event("baltic-ledger", "2026-03-10", "suspended", "on Monday", "SUSPENDED", "Monday");
		event("dnipro-desk", "2026-06-17", "resumed", "on Tuesday", "RESUMED", "Tuesday");
		event("gulf-desk", "2026-06-19", "resumed", "on Thursday", "RESUMED", "Thursday");
		event("neman-post", "2026-10-02", "terminated", "on 1 October", "TERMINATED", "2026-10-01");
		event("polder-news", "2026-10-06", "terminated", "on 5 October", "TERMINATED", "2026-10-05");
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date, LifecycleEvent::disputed)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20", false),
					tuple(LifecycleStage.SUSPENDED, "2026-03-09", false),
					tuple(LifecycleStage.RESUMED, "2026-06-16", true),
					tuple(LifecycleStage.TERMINATED, "2026-10-01", true));
		assertThat(programme.suspensions()).containsExactly(new Lifecycle.Suspension("2026-03-09", "2026-06-16"));
		assertThat(programme.activeUntil()).isEqualTo("2026-10-01");
		assertThat(programme.getCompetingValues()).extracting(Claim::value)
			.containsExactlyInAnyOrder("RESUMED 2026-06-16", "RESUMED 2026-06-18", "TERMINATED 2026-10-01",
					"TERMINATED 2026-10-05");
	}

	@Test
	void ratificationsOnDifferentDaysAreNotADispute() {
		// each party's legislature ratifies on its own day
		signed();
		event("baltic-ledger", "2026-01-15", "ratified", "in Vilnius on 14 January", "RATIFIED", "2026-01-14");
		event("dnipro-desk", "2026-02-04", "ratified", "in Kyiv on 3 February", "RATIFIED", "2026-02-03");
		Agreement programme = programme();
		assertThat(programme.events()).hasSize(3);
		assertThat(programme.events()).extracting(LifecycleEvent::disputed).containsOnly(false);
		assertThat(programme.isDisputed()).isFalse();
	}

	// ---- a participant's rejoining ----

	private void latvia(String name, String published, String sentence, String dates, String excerpt) {
		SeedFixture.latviaReport(this.folder, name, published, sentence, dates, excerpt);
	}

	@Test
	void twoDaysForOneRejoiningDisputeTheStartOfThePeriodItBeginsAndTheEarlierIsServed() {
		SeedFixture.latviaRejoinedOnTwoDays(this.folder);
		Agreement coalition = SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::until, ParticipationPeriod::fromDisputed,
					ParticipationPeriod::disputed)
			// Wednesday 10 June by one, Monday 15 June by the other; the leaving before
			// is not disputed
			.containsExactly(tuple(null, "2026-03-03", false, false), tuple("2026-06-10", null, true, false));
		assertThat(articles(latvia.periods().get(1).evidence())).containsExactly("gulf-desk", "neman-post");
		assertThat(latvia.leftOnDisputed()).isFalse();
		assertThat(latvia.activeOn("2026-06-12")).isTrue();
		assertThat(coalition.isDisputed()).isTrue();
		assertThat(coalition.getCompetingValues()).extracting(Claim::field, Claim::value, (c) -> keys(c.sourceIds()))
			.containsExactlyInAnyOrder(tuple("participants", "LV rejoined 2026-06-10", List.of("gulf-desk")),
					tuple("participants", "LV rejoined 2026-06-15", List.of("neman-post")));
		assertThat(coalition.getCompetingValues()).extracting(Claim::value, Claim::served)
			.containsExactlyInAnyOrder(tuple("LV rejoined 2026-06-10", true), tuple("LV rejoined 2026-06-15", false));
	}

	@Test
	void aRejoiningAfterALaterLeavingIsAnotherRejoiningNotADispute() {
		latvia("daugava-wire", "2026-03-04", "Latvia withdrew from the river-patrol coalition on 3 March.",
				"leftOn: 2026-03-03", "Latvia withdrew from the river-patrol coalition on 3 March");
		latvia("gulf-desk", "2026-06-11", "Latvia rejoined the river-patrol coalition on Wednesday.",
				"rejoinedOn: Wednesday", "Latvia rejoined the river-patrol coalition on Wednesday");
		latvia("neman-post", "2026-09-02", "Latvia left the river-patrol coalition again on 1 September.",
				"leftOn: 2026-09-01", "Latvia left the river-patrol coalition again on 1 September");
		latvia("polder-news", "2026-11-03", "Latvia rejoined the river-patrol coalition on 2 November.",
				"rejoinedOn: 2026-11-02", "Latvia rejoined the river-patrol coalition on 2 November");
		Agreement coalition = SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
		assertThat(coalition.participants().get(0).periods()).extracting(ParticipationPeriod::fromDisputed)
			.containsOnly(false);
		assertThat(coalition.isDisputed()).isFalse();
	}

	// ---- a participant's suspension and resumption ----

	@Test
	void twoDaysForOneSuspensionAndForItsResumptionDisputeThePeriodsTheyBegin() {
		SeedFixture.latviaSuspendedAndResumedOnTwoDaysEach(this.folder);
		Agreement coalition = SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::until, ParticipationPeriod::suspended,
					ParticipationPeriod::fromDisputed, ParticipationPeriod::disputed)
			// suspended Wednesday 1 April or Monday 6 April, resumed Thursday 2 July or
			// Tuesday 7 July: the earlier of each is served
			.containsExactly(tuple(null, "2026-04-01", false, false, false),
					tuple("2026-04-01", "2026-07-02", true, true, false),
					tuple("2026-07-02", null, false, true, false));
		assertThat(articles(latvia.periods().get(1).evidence())).contains("gulf-desk", "neman-post");
		assertThat(articles(latvia.periods().get(2).evidence())).contains("polder-news", "daugava-wire");
		assertThat(latvia.leftOnDisputed()).isFalse();
		assertThat(latvia.activeOn("2026-07-03")).isTrue();
		assertThat(coalition.isDisputed()).isTrue();
		assertThat(coalition.getCompetingValues()).extracting(Claim::field, Claim::value, (c) -> keys(c.sourceIds()))
			.containsExactlyInAnyOrder(tuple("participants", "LV suspended 2026-04-01", List.of("gulf-desk")),
					tuple("participants", "LV suspended 2026-04-06", List.of("neman-post")),
					tuple("participants", "LV resumed 2026-07-02", List.of("polder-news")),
					tuple("participants", "LV resumed 2026-07-07", List.of("daugava-wire")));
		assertThat(coalition.getCompetingValues()).extracting(Claim::value, Claim::served)
			.containsExactlyInAnyOrder(tuple("LV suspended 2026-04-01", true), tuple("LV suspended 2026-04-06", false),
					tuple("LV resumed 2026-07-02", true), tuple("LV resumed 2026-07-07", false));
	}

	@Test
	void oneSuspensionReportedOnOneDayAndInItsMonthIsNotADispute() {
		SeedFixture.latviaPart(this.folder, "gulf-desk", "2026-04-02", "suspended", "on Wednesday", "suspendedOn");
		SeedFixture.latviaPart(this.folder, "neman-post", "2026-05-04", "suspended", "in 2026-04", "suspendedOn");
		SeedFixture.latviaPart(this.folder, "polder-news", "2026-07-03", "resumed", "on Thursday", "resumedOn");
		Agreement coalition = SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
		assertThat(coalition.participants().get(0).periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::suspended, ParticipationPeriod::fromDisputed)
			.containsExactly(tuple(null, false, false), tuple("2026-04-01", true, false),
					tuple("2026-07-02", false, false));
		assertThat(coalition.isDisputed()).isFalse();
	}

	@Test
	void aSecondSuspensionAfterAResumptionIsAnotherSuspensionNotADisputeForAParticipant() {
		SeedFixture.latviaPart(this.folder, "gulf-desk", "2026-04-02", "suspended", "on Wednesday", "suspendedOn");
		SeedFixture.latviaPart(this.folder, "polder-news", "2026-07-03", "resumed", "on Thursday", "resumedOn");
		SeedFixture.latviaPart(this.folder, "neman-post", "2026-10-02", "suspended", "again on 2026-10-01",
				"suspendedOn");
		Agreement coalition = SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
		assertThat(coalition.participants().get(0).periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::suspended, ParticipationPeriod::fromDisputed)
			.containsExactly(tuple(null, false, false), tuple("2026-04-01", true, false),
					tuple("2026-07-02", false, false), tuple("2026-10-01", true, false));
		assertThat(coalition.isDisputed()).isFalse();
	}

}
