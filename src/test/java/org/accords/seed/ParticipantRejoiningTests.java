package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.agreement.Agreement;
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
 * A party that leaves a coalition and joins it again, or suspends its participation and
 * resumes it: the curated {@code rejoinedOn}, {@code suspendedOn} and {@code resumedOn}
 * of a participant, the participant's periods, the days it takes part, and the mistakes
 * the validator refuses. Invented wire reports about a river-patrol coalition.
 */
class ParticipantRejoiningTests {

	@TempDir
	Path folder;

	private void report(String name, String published, String sentence, String dates, String excerpt) {
		SeedFixture.latviaReport(this.folder, name, published, sentence, dates, excerpt);
	}

	private void leftInMarch() {
		report("daugava-wire", "2026-03-04",
				"Latvia withdrew from the river-patrol coalition on 3 March, its ministry said, "
						+ "a year after joining it in March 2025.",
				"joinedOn: \"2025-03\"\n        leftOn: 2026-03-03",
				"Latvia withdrew from the river-patrol coalition on 3 March");
	}

	private void rejoinedInJune() {
		report("gulf-desk", "2026-06-11",
				"Latvia rejoined the river-patrol coalition on Wednesday after a new government "
						+ "took office in Riga, the coalition said.",
				"rejoinedOn: Wednesday", "Latvia rejoined the river-patrol coalition on Wednesday");
	}

	private void memberInJanuary() {
		report("amber-desk", "2026-01-10", "Latvia is a member of the river-patrol coalition, officials said.", "",
				"Latvia is a member of the river-patrol coalition");
	}

	private Agreement coalition() {
		return SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
	}

	private Participant latvia() {
		Agreement coalition = coalition();
		assertThat(coalition.participants()).hasSize(1);
		return coalition.participants().get(0);
	}

	private static List<String> articles(List<Evidence> evidence) {
		return evidence.stream().map((e) -> NodeId.parse(e.articleId()).key()).toList();
	}

	@Test
	void aPartyThatLeftAndRejoinedHasTwoPeriodsAndIsNotActiveInTheGap() {
		leftInMarch();
		rejoinedInJune();
		Participant latvia = latvia();
		assertThat(latvia.periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::fromPrecision, ParticipationPeriod::until,
					ParticipationPeriod::suspended)
			.containsExactly(tuple("2025-03-01", DatePrecision.MONTH, "2026-03-03", false),
					// Wednesday before Thursday 11 June 2026
					tuple("2026-06-10", DatePrecision.DAY, null, false));
		assertThat(articles(latvia.periods().get(0).evidence())).containsExactly("daugava-wire");
		assertThat(articles(latvia.periods().get(1).evidence())).containsExactly("gulf-desk");
		// it takes part again: no leaving is open
		assertThat(latvia.leftOn()).isNull();
		assertThat(latvia.joinedOn()).isEqualTo("2025-03-01");
		assertThat(latvia.leftEvidence()).extracting(Evidence::excerpt)
			.containsExactly("Latvia withdrew from the river-patrol coalition on 3 March");
		assertThat(latvia.activeOn("2026-03-02")).isTrue();
		assertThat(latvia.activeOn("2026-03-03")).isFalse();
		assertThat(latvia.activeOn("2026-06-09")).isFalse();
		assertThat(latvia.activeOn("2026-06-10")).isTrue();
	}

	@Test
	void aLaterArticleThatNamesTheRejoiningDoesNotDisputeTheLeaving() {
		leftInMarch();
		rejoinedInJune();
		Agreement coalition = coalition();
		assertThat(coalition.participants().get(0).leftOnDisputed()).isFalse();
		assertThat(coalition.isDisputed()).isFalse();
		assertThat(coalition.getCompetingValues()).isEmpty();
		// the rejoining is a claim about the participants, as a leaving is
		assertThat(coalition.getClaims()).filteredOn((claim) -> claim.field().equals("participants"))
			.extracting(Claim::value, Claim::served)
			.contains(tuple("LV left 2026-03-03", true), tuple("LV rejoined 2026-06-10", true));
	}

	@Test
	void anArticleThatNamesItAMemberAfterItRejoinedDoesNotDisputeTheLeavingButOneInTheGapDoes() {
		leftInMarch();
		rejoinedInJune();
		report("neman-post", "2026-07-01", "Latvia, a member of the river-patrol coalition, sent two boats.", "",
				"Latvia, a member of the river-patrol coalition");
		assertThat(latvia().leftOnDisputed()).isFalse();
		assertThat(coalition().isDisputed()).isFalse();
		report("polder-news", "2026-04-20", "Latvia, a partner in the river-patrol coalition, trained crews.", "",
				"Latvia, a partner in the river-patrol coalition");
		assertThat(latvia().leftOnDisputed()).isTrue();
		assertThat(coalition().isDisputed()).isTrue();
	}

	@Test
	void aPartyThatLeavesAgainAfterRejoiningHasThreePeriodsAndItsLatestLeaving() {
		leftInMarch();
		rejoinedInJune();
		report("neman-post", "2026-09-02", "Latvia left the river-patrol coalition again on 1 September.",
				"leftOn: 2026-09-01", "Latvia left the river-patrol coalition again on 1 September");
		Participant latvia = latvia();
		assertThat(latvia.periods()).extracting(ParticipationPeriod::from, ParticipationPeriod::until)
			.containsExactly(tuple("2025-03-01", "2026-03-03"), tuple("2026-06-10", "2026-09-01"));
		assertThat(latvia.leftOn()).isEqualTo("2026-09-01");
		assertThat(latvia.leftOnDisputed()).isFalse();
		assertThat(coalition().isDisputed()).isFalse();
		assertThat(latvia.activeOn("2026-08-31")).isTrue();
		assertThat(latvia.activeOn("2026-09-01")).isFalse();
	}

	@Test
	void twoLeavingDaysOfOnePeriodAreStillDisputed() {
		leftInMarch();
		report("polder-news", "2026-03-12", "Latvia quit the river-patrol coalition on 10 March, a spokesman said.",
				"leftOn: 2026-03-10", "Latvia quit the river-patrol coalition on 10 March");
		rejoinedInJune();
		Participant latvia = latvia();
		assertThat(latvia.periods()).extracting(ParticipationPeriod::from, ParticipationPeriod::until)
			.containsExactly(tuple("2025-03-01", "2026-03-03"), tuple("2026-06-10", null));
		assertThat(latvia.leftOnDisputed()).isTrue();
		assertThat(coalition().isDisputed()).isTrue();
		// the dispute is of the first period's end; the second is not disputed
		assertThat(latvia.periods()).extracting(ParticipationPeriod::disputed).containsExactly(true, false);
	}

	@Test
	void aLeavingDisputedInTheLatestPeriodMarksThatPeriodOnly() {
		leftInMarch();
		rejoinedInJune();
		report("polder-news", "2026-09-03",
				"Latvia left the river-patrol coalition again on 1 September, a spokesman said.", "leftOn: 2026-09-01",
				"Latvia left the river-patrol coalition again on 1 September");
		report("hansa-post", "2026-09-09", "Latvia quit the river-patrol coalition on 7 September, its ministry said.",
				"leftOn: 2026-09-07", "Latvia quit the river-patrol coalition on 7 September");
		Participant latvia = latvia();
		assertThat(latvia.periods()).extracting(ParticipationPeriod::until, ParticipationPeriod::disputed)
			.containsExactly(tuple("2026-03-03", false), tuple("2026-09-01", true));
	}

	@Test
	void aSuspendedPartyIsAParticipantButNotActiveUntilItResumes() {
		report("daugava-wire", "2026-04-02",
				"Latvia suspended its participation in the river-patrol coalition on 1 April, citing a budget dispute.",
				"suspendedOn: 2026-04-01",
				"Latvia suspended its participation in the river-patrol coalition on 1 April");
		report("gulf-desk", "2026-07-03", "Latvia resumed its participation in the river-patrol coalition on Thursday.",
				"resumedOn: Thursday", "Latvia resumed its participation in the river-patrol coalition on Thursday");
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::until, ParticipationPeriod::suspended)
			.containsExactly(tuple(null, "2026-04-01", false), tuple("2026-04-01", "2026-07-02", true),
					tuple("2026-07-02", null, false));
		assertThat(articles(latvia.periods().get(1).evidence())).containsExactly("daugava-wire", "gulf-desk");
		assertThat(latvia.leftOn()).isNull();
		assertThat(latvia.activeOn("2026-03-31")).isTrue();
		assertThat(latvia.activeOn("2026-04-01")).isFalse();
		assertThat(latvia.activeOn("2026-07-01")).isFalse();
		assertThat(latvia.activeOn("2026-07-02")).isTrue();
		assertThat(coalition.isDisputed()).isFalse();
		assertThat(coalition.getClaims()).extracting(Claim::value, Claim::served)
			.contains(tuple("LV suspended 2026-04-01", true), tuple("LV resumed 2026-07-02", true));
	}

	@Test
	void aSuspensionNoArticleEndsLastsUntilThePartyLeaves() {
		report("daugava-wire", "2026-04-02",
				"Latvia suspended its participation in the river-patrol coalition on 1 April and left it on 20 May.",
				"suspendedOn: 2026-04-01\n        leftOn: 2026-05-20",
				"Latvia suspended its participation in the river-patrol coalition on 1 April and left it on 20 May");
		Participant latvia = latvia();
		assertThat(latvia.periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::until, ParticipationPeriod::suspended)
			.containsExactly(tuple(null, "2026-04-01", false), tuple("2026-04-01", "2026-05-20", true));
		assertThat(latvia.leftOn()).isEqualTo("2026-05-20");
	}

	@Test
	void aSingleLeavingIsOnePeriodAsBefore() {
		leftInMarch();
		Participant latvia = latvia();
		assertThat(latvia.periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::until, ParticipationPeriod::untilPrecision)
			.containsExactly(tuple("2025-03-01", "2026-03-03", DatePrecision.DAY));
		assertThat(latvia.leftOn()).isEqualTo("2026-03-03");
	}

	@Test
	void aRejoiningNoLeavingPrecedesOpensNoGap() {
		rejoinedInJune();
		Participant latvia = latvia();
		assertThat(latvia.periods()).extracting(ParticipationPeriod::from, ParticipationPeriod::until)
			.containsExactly(tuple(null, null));
		assertThat(articles(latvia.periods().get(0).evidence())).containsExactly("gulf-desk");
		assertThat(latvia.activeOn("2026-01-01")).isTrue();
		// with a second source, each item is a claim: the rejoining's day is shown
		// nowhere, so its claim is not served
		memberInJanuary();
		assertThat(coalition().getClaims()).extracting(Claim::value, Claim::served)
			.containsExactly(tuple("LV MEMBER", true), tuple("LV rejoined 2026-06-10", false));
	}

	/**
	 * Asserts that one report whose entry gives these dates is refused with a problem
	 * that names its file, its entry and {@code dates}, the words of the problem.
	 */
	private void assertRefused(String published, String sentence, String entryDates, String problemWords) {
		report("daugava-wire", published, sentence, entryDates, sentence.substring(0, sentence.length() - 1));
		assertThat(SeedFixture.problems(ValidateCommand.read(this.folder)))
			.anySatisfy((problem) -> assertThat(problem).contains("curated/daugava-wire.yaml")
				.contains("participants[0]")
				.contains(problemWords));
	}

	@Test
	void aRejoiningBeforeTheLeavingOfItsEntryIsRefusedWithTheFileEntryAndDates() {
		assertRefused("2026-06-11", "Latvia left the river-patrol coalition in March and rejoined it in June.",
				"leftOn: 2026-06-10\n        rejoinedOn: \"2026-03\"",
				"rejoinedOn 2026-03-01 (MONTH) is not after leftOn 2026-06-10");
	}

	@Test
	void aResumptionBeforeTheSuspensionIsRefused() {
		assertRefused("2026-07-03", "Latvia suspended its participation on 1 July and resumed it in April.",
				"suspendedOn: 2026-07-01\n        resumedOn: 2026-04-01",
				"resumedOn 2026-04-01 is not after suspendedOn 2026-07-01");
	}

	@Test
	void aSuspensionWhileThePartyIsOutIsRefused() {
		assertRefused("2026-06-11",
				"Latvia left the river-patrol coalition on 3 March, suspended its part on 1 April and rejoined on 10 June.",
				"leftOn: 2026-03-03\n        suspendedOn: 2026-04-01\n        rejoinedOn: 2026-06-10",
				"suspendedOn 2026-04-01 falls between leftOn 2026-03-03 and rejoinedOn 2026-06-10");
	}

	@Test
	void aResumptionWithoutASuspensionBeforeItOpensNoGap() {
		report("gulf-desk", "2026-07-03", "Latvia resumed its participation in the river-patrol coalition on Thursday.",
				"resumedOn: Thursday", "Latvia resumed its participation in the river-patrol coalition on Thursday");
		Participant latvia = latvia();
		assertThat(latvia.periods()).extracting(ParticipationPeriod::from, ParticipationPeriod::suspended)
			.containsExactly(tuple(null, false));
		assertThat(latvia.activeOn("2026-05-01")).isTrue();
		// with a second source, each item is a claim: the resumption's day is shown
		// nowhere, so its claim is not served
		memberInJanuary();
		assertThat(coalition().getClaims()).extracting(Claim::value, Claim::served)
			.containsExactly(tuple("LV MEMBER", true), tuple("LV resumed 2026-07-02", false));
	}

	// ---- another article's suspension or resumption while the party is out ----

	private List<String> competing() {
		return coalition().getCompetingValues()
			.stream()
			.map((claim) -> claim.value() + " "
					+ claim.sourceIds().stream().map((id) -> NodeId.parse(id).key()).toList())
			.toList();
	}

	@Test
	void aSuspensionAnotherArticleDatesAfterTheLeavingDisputesTheLeaving() {
		leftInMarch();
		// Friday 1 May 2026: the party takes part, by this report, after it left
		SeedFixture.latviaPart(this.folder, "gulf-desk", "2026-05-02", "suspended", "on Friday", "suspendedOn");
		Participant latvia = latvia();
		assertThat(latvia.leftOn()).isEqualTo("2026-03-03");
		assertThat(latvia.leftOnDisputed()).isTrue();
		// no period shows the suspension; the period its leaving ends is disputed
		assertThat(latvia.periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::until, ParticipationPeriod::suspended,
					ParticipationPeriod::disputed)
			.containsExactly(tuple("2025-03-01", "2026-03-03", false, true));
		assertThat(coalition().isDisputed()).isTrue();
		assertThat(competing()).containsExactlyInAnyOrder("LV left 2026-03-03 [daugava-wire]",
				"LV suspended 2026-05-01 [gulf-desk]");
		// the suspension is served by no period
		assertThat(coalition().getClaims()).filteredOn((claim) -> claim.value().startsWith("LV suspended"))
			.extracting(Claim::served)
			.containsExactly(false);
	}

	@Test
	void aResumptionAnotherArticleDatesAfterTheLeavingDisputesTheLeaving() {
		SeedFixture.latviaPart(this.folder, "gulf-desk", "2026-02-05", "suspended", "on Wednesday", "suspendedOn");
		leftInMarch();
		SeedFixture.latviaPart(this.folder, "neman-post", "2026-07-03", "resumed", "on Thursday", "resumedOn");
		Participant latvia = latvia();
		assertThat(latvia.leftOnDisputed()).isTrue();
		assertThat(latvia.periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::until, ParticipationPeriod::suspended,
					ParticipationPeriod::disputed)
			.containsExactly(tuple("2025-03-01", "2026-02-04", false, false),
					tuple("2026-02-04", "2026-03-03", true, true));
		assertThat(competing()).containsExactlyInAnyOrder("LV left 2026-03-03 [daugava-wire]",
				"LV resumed 2026-07-02 [neman-post]");
	}

	@Test
	void aSuspensionAnotherArticleDatesAfterTheRejoiningDisputesNothing() {
		leftInMarch();
		rejoinedInJune();
		SeedFixture.latviaPart(this.folder, "neman-post", "2026-07-03", "suspended", "on Thursday", "suspendedOn");
		Participant latvia = latvia();
		assertThat(latvia.leftOnDisputed()).isFalse();
		assertThat(coalition().isDisputed()).isFalse();
		assertThat(latvia.periods()).extracting(ParticipationPeriod::from, ParticipationPeriod::suspended)
			.containsExactly(tuple("2025-03-01", false), tuple("2026-06-10", false), tuple("2026-07-02", true));
	}

}
