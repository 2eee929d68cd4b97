package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.agreement.LifecycleEvent;
import org.accords.agreement.LifecycleStage;
import org.accords.evidence.Claim;
import org.accords.evidence.Evidence;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A publisher's correction of its own report's day for a lifecycle step (the signing, a
 * suspension) withdraws the report's event of that step as it withdraws the report's
 * {@code signedOn}: the event is not served, stays a claim of {@code events} naming the
 * correction, and competes with none; an event the correction does not speak to stands.
 * Invented wire reports about a joint shell-production programme of Ukraine and
 * Lithuania.
 */
class CorrectedEventTests {

	private static final String PUBLISHER = "Amber Wire";

	@TempDir
	Path folder;

	/**
	 * Amber Wire's report, on Tuesday 1 December 2026, of the programme signed on Monday
	 * 30 November, its talks announced in October.
	 */
	private void report() {
		SeedFixture.programmeReport(this.folder, "amber-wire", PUBLISHER, "", "2026-12-01",
				"Kyiv and Vilnius signed their joint shell-production programme on Monday, officials said. "
						+ "Talks on the programme were first announced in October.",
				"""
						      - stage: ANNOUNCED
						        date: "2026-10"
						        evidence: ["Talks on the programme were first announced in October"]
						      - stage: SIGNED
						        date: Monday
						        evidence: ["Kyiv and Vilnius signed their joint shell-production programme on Monday"]
						    signedOn: Monday
						""");
	}

	/**
	 * Amber Wire's correction, on Wednesday 2 December: the programme was signed on
	 * Sunday 29 November.
	 * @param events what its agreement entry gives after {@code events:}
	 */
	private void correction(String events) {
		SeedFixture
			.programmeReport(this.folder, "amber-wire-correction", PUBLISHER, ", corrects: [amber-wire]", "2026-12-02",
					"CORRECTION - A report on Tuesday gave the wrong day for the signing of the joint shell-production "
							+ "programme by Kyiv and Vilnius. The programme was signed on Sunday, not on Monday.",
					events);
	}

	private Agreement programme() {
		return SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
	}

	private static List<String> keys(List<String> articleIds) {
		return articleIds.stream().map((id) -> NodeId.parse(id).key()).toList();
	}

	/** The programme signed on 20 November 2025, by another publisher's report. */
	private void signedInNovember2025() {
		SeedFixture.programmeEvent(this.folder, "baltic-ledger", "2025-11-21", "signed", "on 20 November", "SIGNED",
				"2025-11-20");
	}

	private static List<String> articles(List<Evidence> evidence) {
		return evidence.stream().map((e) -> NodeId.parse(e.articleId()).key()).distinct().toList();
	}

	@Test
	void aCorrectedSigningDayWithdrawsTheReportsSignedEventOfThatDay() {
		report();
		// the correction gives the day as signedOn only, as draft proposes it
		correction("""
				      []
				    signedOn: Sunday
				""");
		Agreement programme = programme();
		assertThat(programme.signedOn()).isEqualTo("2026-11-29");
		// the announcement, which the correction does not speak to, stands
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date)
			.containsExactly(tuple(LifecycleStage.ANNOUNCED, "2026-10-01"));
		// in effect from the corrected day, not from the report's
		assertThat(programme.activeFrom()).isEqualTo("2026-11-29");
		assertThat(programme.status()).isEqualTo(LifecycleStage.ANNOUNCED);
		assertThat(programme.isDisputed()).isFalse();
		assertThat(programme.getCompetingValues()).isEmpty();
		assertThat(programme.getClaims()).filteredOn((claim) -> claim.field().equals("events"))
			.extracting(Claim::value, (c) -> keys(c.sourceIds()), Claim::competing, (c) -> keys(c.correctedByIds()))
			.containsExactlyInAnyOrder(tuple("ANNOUNCED 2026-10-01 (MONTH)", List.of("amber-wire"), false, List.of()),
					tuple("SIGNED 2026-11-30", List.of("amber-wire"), false, List.of("amber-wire-correction")));
	}

	@Test
	void aCorrectionsOwnSignedEventIsServedInPlaceOfTheReports() {
		report();
		correction("""
				      - stage: SIGNED
				        date: Sunday
				        evidence: ["The programme was signed on Sunday, not on Monday"]
				    signedOn: Sunday
				""");
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date, LifecycleEvent::disputed)
			.containsExactly(tuple(LifecycleStage.ANNOUNCED, "2026-10-01", false),
					tuple(LifecycleStage.SIGNED, "2026-11-29", false));
		assertThat(articles(programme.events().get(1).evidence())).containsExactly("amber-wire-correction");
		assertThat(programme.activeFrom()).isEqualTo("2026-11-29");
		assertThat(programme.getClaims()).filteredOn((claim) -> !claim.correctedByIds().isEmpty())
			.extracting(Claim::field, Claim::value)
			.containsExactlyInAnyOrder(tuple("events", "SIGNED 2026-11-30"), tuple("signedOn", "2026-11-30"));
	}

	@Test
	void aCorrectionsSignedEventAloneCorrectsTheReportsSigningDay() {
		report();
		// the correction gives the day as a SIGNED event only, no signedOn
		correction("""
				      - stage: SIGNED
				        date: Sunday
				        evidence: ["The programme was signed on Sunday, not on Monday"]
				""");
		Agreement programme = programme();
		assertThat(programme.signedOn()).isEqualTo("2026-11-29");
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date)
			.containsExactly(tuple(LifecycleStage.ANNOUNCED, "2026-10-01"), tuple(LifecycleStage.SIGNED, "2026-11-29"));
		assertThat(programme.activeFrom()).isEqualTo("2026-11-29");
		assertThat(programme.isDisputed()).isFalse();
		assertThat(programme.getClaims()).filteredOn((claim) -> claim.field().equals("signedOn"))
			.extracting(Claim::value, (c) -> keys(c.sourceIds()), Claim::competing, (c) -> keys(c.correctedByIds()),
					Claim::served)
			.containsExactlyInAnyOrder(
					tuple("2026-11-30", List.of("amber-wire"), false, List.of("amber-wire-correction"), false),
					tuple("2026-11-29", List.of("amber-wire-correction"), false, List.of(), true));
	}

	@Test
	void aCorrectionsSignedEventOfAnotherAgreementsReportGivesNoSigningDay() {
		// an ordinary report's SIGNED event is no signedOn, and a correction's is one
		// only where a report it corrects gives a signedOn of the agreement
		SeedFixture.programmeReport(this.folder, "amber-wire", PUBLISHER, "", "2026-12-01",
				"Kyiv and Vilnius announced talks on a joint shell-production programme in October.", """
						      - stage: ANNOUNCED
						        date: "2026-10"
						        evidence: ["announced talks on a joint shell-production programme in October"]
						""");
		correction("""
				      - stage: SIGNED
				        date: Sunday
				        evidence: ["The programme was signed on Sunday, not on Monday"]
				""");
		Agreement programme = programme();
		assertThat(programme.signedOn()).isNull();
		assertThat(programme.getClaims()).noneMatch((claim) -> claim.field().equals("signedOn"));
	}

	@Test
	void aSigningDayAnotherPublisherAlsoGivesStands() {
		report();
		correction("""
				      []
				    signedOn: Sunday
				""");
		SeedFixture.programmeEvent(this.folder, "baltic-ledger", "2026-12-01", "signed", "on Monday", "SIGNED",
				"Monday");
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date)
			.containsExactly(tuple(LifecycleStage.ANNOUNCED, "2026-10-01"), tuple(LifecycleStage.SIGNED, "2026-11-30"));
		assertThat(articles(programme.events().get(1).evidence())).containsExactly("amber-wire", "baltic-ledger");
		assertThat(programme.getClaims()).filteredOn((claim) -> claim.field().equals("events"))
			.allSatisfy((claim) -> assertThat(claim.correctedBy()).isNull());
	}

	@Test
	void aSigningDayTheCorrectionAgreesWithStands() {
		report();
		// "in late November" holds the report's Monday: no other day
		correction("""
				      - stage: SIGNED
				        date: "2026-11"
				        evidence: ["The programme was signed on Sunday"]
				""");
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date)
			.containsExactly(tuple(LifecycleStage.ANNOUNCED, "2026-10-01"), tuple(LifecycleStage.SIGNED, "2026-11-30"));
		assertThat(programme.getClaims()).allSatisfy((claim) -> assertThat(claim.correctedBy()).isNull());
	}

	// ---- a change's day: corrected days never compete ----

	private void suspension(String name, String publisher, String articleFields, String published, String words,
			String date) {
		SeedFixture.programmeReport(this.folder, name, publisher, articleFields, published, words + ", officials said.",
				"""
						      - stage: SUSPENDED
						        date: "%s"
						        evidence: ["%s"]
						""".formatted(date, words));
	}

	private void signedAndSuspendedThenCorrected() {
		signedInNovember2025();
		// Monday 9 March 2026, corrected to Thursday 12 March
		suspension("amber-wire", PUBLISHER, "", "2026-03-10",
				"Kyiv and Vilnius suspended their joint shell-production programme on Monday", "Monday");
		suspension("amber-wire-correction", PUBLISHER, ", corrects: [amber-wire]", "2026-03-13",
				"Kyiv and Vilnius suspended their joint shell-production programme on Thursday, not on Monday",
				"Thursday");
	}

	@Test
	void aCorrectedSuspensionDayIsWithdrawnAndCompetesWithNone() {
		signedAndSuspendedThenCorrected();
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date, LifecycleEvent::disputed)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20", false),
					tuple(LifecycleStage.SUSPENDED, "2026-03-12", false));
		assertThat(articles(programme.events().get(1).evidence())).containsExactly("amber-wire-correction");
		// in effect on the report's day: suspended from the correction's
		assertThat(programme.activeUntil()).isEqualTo("2026-03-12");
		assertThat(programme.isDisputed()).isFalse();
		assertThat(programme.getCompetingValues()).isEmpty();
		assertThat(programme.getClaims()).filteredOn((claim) -> !claim.correctedByIds().isEmpty())
			.extracting(Claim::value, (c) -> keys(c.correctedByIds()))
			.containsExactly(tuple("SUSPENDED 2026-03-09", List.of("amber-wire-correction")));
	}

	@Test
	void aCorrectedSuspensionDayAnotherPublisherAlsoGivesStandsAndCompetes() {
		signedAndSuspendedThenCorrected();
		suspension("dnipro-desk", "Dnipro Desk", "", "2026-03-10",
				"Kyiv and Vilnius halted their joint shell-production programme on Monday", "Monday");
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date, LifecycleEvent::disputed)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20", false),
					tuple(LifecycleStage.SUSPENDED, "2026-03-09", true));
		assertThat(programme.activeUntil()).isEqualTo("2026-03-09");
		assertThat(programme.getCompetingValues()).extracting(Claim::value, (c) -> keys(c.sourceIds()))
			.containsExactlyInAnyOrder(tuple("SUSPENDED 2026-03-09", List.of("amber-wire", "dnipro-desk")),
					tuple("SUSPENDED 2026-03-12", List.of("amber-wire-correction")));
	}

	// ---- one of a report's two suspensions re-dated ----

	/**
	 * Amber Wire's report, on Tuesday 15 September 2026, of the programme suspended again
	 * on Monday 14 September, after a first suspension from 9 March to 16 June; signed in
	 * November 2025 by another publisher's report.
	 */
	private void suspendedTwice() {
		signedInNovember2025();
		SeedFixture.programmeReport(this.folder, "amber-wire", PUBLISHER, "", "2026-09-15",
				"Kyiv and Vilnius suspended their joint shell-production programme again on Monday, officials said. "
						+ "They first suspended it on 9 March and resumed it on 16 June.",
				"""
						      - stage: SUSPENDED
						        date: "2026-03-09"
						        evidence: ["They first suspended it on 9 March"]
						      - stage: RESUMED
						        date: "2026-06-16"
						        evidence: ["resumed it on 16 June"]
						      - stage: SUSPENDED
						        date: Monday
						        evidence: ["Kyiv and Vilnius suspended their joint shell-production programme again on Monday"]
						""");
	}

	/** Amber Wire's correction of the report, on 16 September, giving {@code events}. */
	private void suspensionCorrection(String words, String events) {
		SeedFixture.programmeReport(this.folder, "amber-wire-correction", PUBLISHER, ", corrects: [amber-wire]",
				"2026-09-16", "CORRECTION - A report about the joint shell-production programme of Kyiv and Vilnius "
						+ "gave a wrong day. " + words,
				events);
	}

	private static String suspended(String date, String words) {
		return """
				      - stage: SUSPENDED
				        date: "%s"
				        evidence: ["%s"]
				""".formatted(date, words);
	}

	@Test
	void aCorrectionReDatingOneOfTwoSuspensionsWithdrawsOnlyTheNearest() {
		suspendedTwice();
		suspensionCorrection("The first suspension began on 12 March, not on 9 March.",
				suspended("2026-03-12", "The first suspension began on 12 March, not on 9 March"));
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date, LifecycleEvent::disputed)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20", false),
					tuple(LifecycleStage.SUSPENDED, "2026-03-12", false),
					tuple(LifecycleStage.RESUMED, "2026-06-16", false),
					tuple(LifecycleStage.SUSPENDED, "2026-09-14", false));
		assertThat(programme.status()).isEqualTo(LifecycleStage.SUSPENDED);
		assertThat(programme.activeUntil()).isEqualTo("2026-09-14");
		assertThat(programme.getClaims()).filteredOn((claim) -> !claim.correctedByIds().isEmpty())
			.extracting(Claim::value, (c) -> keys(c.correctedByIds()))
			.containsExactly(tuple("SUSPENDED 2026-03-09", List.of("amber-wire-correction")));
	}

	@Test
	void aCorrectionDayNearerTheSecondSuspensionReDatesTheSecond() {
		suspendedTwice();
		suspensionCorrection("The second suspension began on 21 September, not on Monday.",
				suspended("2026-09-21", "The second suspension began on 21 September, not on Monday"));
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20"), tuple(LifecycleStage.SUSPENDED, "2026-03-09"),
					tuple(LifecycleStage.RESUMED, "2026-06-16"), tuple(LifecycleStage.SUSPENDED, "2026-09-21"));
		assertThat(SeedFixture.corrected(programme)).containsExactly("SUSPENDED 2026-09-14");
	}

	@Test
	void aCorrectionReDatingBothSuspensionsWithdrawsBoth() {
		suspendedTwice();
		suspensionCorrection("The suspensions began on 12 March and 11 September.",
				suspended("2026-03-12", "The suspensions began on 12 March")
						+ suspended("2026-09-11", "The suspensions began on 12 March and 11 September"));
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20"), tuple(LifecycleStage.SUSPENDED, "2026-03-12"),
					tuple(LifecycleStage.RESUMED, "2026-06-16"), tuple(LifecycleStage.SUSPENDED, "2026-09-11"));
		assertThat(SeedFixture.corrected(programme)).containsExactlyInAnyOrder("SUSPENDED 2026-03-09",
				"SUSPENDED 2026-09-14");
	}

	@Test
	void aCorrectionThatConfirmsOneSuspensionAndReDatesTheOtherWithdrawsOnlyTheOther() {
		suspendedTwice();
		// the confirmed day is nearer the other suspension than the re-dated one is: the
		// day the correction confirms is not re-dated
		suspensionCorrection("The suspensions began on 9 March and on 1 June.",
				suspended("2026-03-09", "The suspensions began on 9 March")
						+ suspended("2026-06-01", "The suspensions began on 9 March and on 1 June"));
		Agreement programme = programme();
		assertThat(SeedFixture.corrected(programme)).containsExactly("SUSPENDED 2026-09-14");
	}

	@Test
	void aCorrectionDayEquallyFarFromBothSuspensionsReDatesTheEarlier() {
		signedInNovember2025();
		SeedFixture.programmeReport(this.folder, "amber-wire", PUBLISHER, "", "2026-03-22",
				"Kyiv and Vilnius suspended their joint shell-production programme on 1 March, resumed it on "
						+ "15 March and suspended it again on 21 March.",
				suspended("2026-03-01", "suspended their joint shell-production programme on 1 March") + """
						      - stage: RESUMED
						        date: "2026-03-15"
						        evidence: ["resumed it on 15 March"]
						""" + suspended("2026-03-21", "suspended it again on 21 March"));
		// 11 March is ten days from each
		suspensionCorrection("The programme was first suspended on 11 March.",
				suspended("2026-03-11", "The programme was first suspended on 11 March"));
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20"), tuple(LifecycleStage.SUSPENDED, "2026-03-11"),
					tuple(LifecycleStage.RESUMED, "2026-03-15"), tuple(LifecycleStage.SUSPENDED, "2026-03-21"));
		assertThat(SeedFixture.corrected(programme)).containsExactly("SUSPENDED 2026-03-01");
	}

	// ---- a resumption needs a suspension that stands ----

	@Test
	void aResumptionWhoseOnlySuspensionACorrectionReDatesAfterItIsRefused() {
		signedInNovember2025();
		suspension("amber-wire", PUBLISHER, "", "2026-03-10",
				"Kyiv and Vilnius suspended their joint shell-production programme on Monday", "Monday");
		SeedFixture.programmeEvent(this.folder, "dnipro-desk", "2026-04-21", "resumed", "on Monday", "RESUMED",
				"Monday");
		// the suspension began on 12 May, after the resumption another publisher gives
		suspension("amber-wire-correction", PUBLISHER, ", corrects: [amber-wire]", "2026-05-13",
				"Kyiv and Vilnius suspended their joint shell-production programme on Tuesday, not in March",
				"Tuesday");
		assertThat(SeedFixture.problems(ValidateCommand.read(this.folder)))
			.anySatisfy((problem) -> assertThat(problem).contains("curated/dnipro-desk.yaml")
				.contains("RESUMED on 2026-04-20")
				.contains("no earlier SUSPENDED event of this agreement in any file"));
	}

	@Test
	void aResumptionTheCorrectionReDatesWithItsSuspensionIsNotChecked() {
		signedInNovember2025();
		SeedFixture.programmeReport(this.folder, "amber-wire", PUBLISHER, "", "2026-04-02",
				"Kyiv and Vilnius suspended their joint shell-production programme on 9 March and resumed it on "
						+ "1 April, officials said.",
				suspended("2026-03-09", "suspended their joint shell-production programme on 9 March") + """
						      - stage: RESUMED
						        date: "2026-04-01"
						        evidence: ["resumed it on 1 April"]
						""");
		suspensionCorrection("The programme was suspended on 10 April and resumed on 1 May.",
				suspended("2026-04-10", "The programme was suspended on 10 April") + """
						      - stage: RESUMED
						        date: "2026-05-01"
						        evidence: ["resumed on 1 May"]
						""");
		Agreement programme = programme();
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20"), tuple(LifecycleStage.SUSPENDED, "2026-04-10"),
					tuple(LifecycleStage.RESUMED, "2026-05-01"));
	}

	// ---- a correction of a correction; a dispute corrected away ----

	/**
	 * The programme signed on 20 November 2025 and suspended on {@code day}, undisputed.
	 */
	private static void assertSignedThenSuspendedOn(Agreement programme, String day) {
		assertThat(programme.events()).extracting(LifecycleEvent::stage, LifecycleEvent::date, LifecycleEvent::disputed)
			.containsExactly(tuple(LifecycleStage.SIGNED, "2025-11-20", false),
					tuple(LifecycleStage.SUSPENDED, day, false));
		assertThat(programme.isDisputed()).isFalse();
	}

	@Test
	void aCorrectionOfACorrectionServesTheLatestDay() {
		signedAndSuspendedThenCorrected();
		// Amber Wire corrects its correction: the suspension began on Friday 13 March
		suspension("amber-wire-correction-2", PUBLISHER, ", corrects: [amber-wire-correction]", "2026-03-14",
				"Kyiv and Vilnius suspended their joint shell-production programme on Friday, not on Thursday",
				"Friday");
		Agreement programme = programme();
		assertSignedThenSuspendedOn(programme, "2026-03-13");
		assertThat(programme.getClaims()).filteredOn((claim) -> !claim.correctedByIds().isEmpty())
			.extracting(Claim::value, (c) -> keys(c.correctedByIds()))
			.containsExactlyInAnyOrder(tuple("SUSPENDED 2026-03-09", List.of("amber-wire-correction")),
					tuple("SUSPENDED 2026-03-12", List.of("amber-wire-correction-2")));
	}

	@Test
	void aCorrectionOfACorrectionBackToTheReportsDayServesThatDay() {
		signedAndSuspendedThenCorrected();
		// the second correction says the first was wrong: Monday after all
		suspension("amber-wire-correction-2", PUBLISHER, ", corrects: [amber-wire-correction]", "2026-03-14",
				"Kyiv and Vilnius suspended their joint shell-production programme on Monday 9 March, as first reported",
				"2026-03-09");
		Agreement programme = programme();
		assertSignedThenSuspendedOn(programme, "2026-03-09");
		assertThat(programme.getClaims()).filteredOn((claim) -> !claim.correctedByIds().isEmpty())
			.extracting(Claim::value, (c) -> keys(c.correctedByIds()))
			.containsExactly(tuple("SUSPENDED 2026-03-12", List.of("amber-wire-correction-2")));
	}

	@Test
	void aDisputedSuspensionDayCorrectedToAgreeIsNoLongerDisputed() {
		SeedFixture.programmeEvent(this.folder, "polder-news", "2025-11-21", "signed", "on 20 November", "SIGNED",
				"2025-11-20");
		SeedFixture.programmeSuspendedOnTwoDays(this.folder);
		// Dnipro Desk corrects its Tuesday to Baltic Ledger's Monday
		suspension("dnipro-desk-correction", "dnipro-desk", ", corrects: [dnipro-desk]", "2026-03-13",
				"Kyiv and Vilnius suspended their joint shell-production programme on Monday, not on Tuesday",
				"2026-03-09");
		Agreement programme = programme();
		assertSignedThenSuspendedOn(programme, "2026-03-09");
		assertThat(programme.getCompetingValues()).isEmpty();
		assertThat(SeedFixture.corrected(programme)).containsExactly("SUSPENDED 2026-03-10");
	}

}
