package org.accords.seed;

import java.nio.file.Path;

import org.accords.agreement.Agreement;
import org.accords.agreement.Lifecycle;
import org.accords.agreement.LifecycleStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement suspended and later resumed ({@code RESUMED} events): its status, the gap
 * in the days it is in effect, and the resumption the validator refuses, one no
 * suspension precedes in any file (a later article may give only the resumption).
 * Invented wire reports about a joint shell-production programme of Ukraine and
 * Lithuania.
 */
class AgreementResumptionTests {

	@TempDir
	Path folder;

	private void report(String name, String published, String text, String events) {
		SeedFixture.programmeReport(this.folder, name, published, text, events);
	}

	/**
	 * A report of one event: "Kyiv and Vilnius {@code verb} joint shell-production
	 * programme on {@code on}", curated as {@code stage} on {@code date}.
	 */
	private void oneEvent(String name, String published, String verb, String on, String stage, String date) {
		String words = "Kyiv and Vilnius " + verb + " joint shell-production programme on " + on;
		report(name, published, words + ", officials said.", """
				      - stage: %s
				        date: %s
				        evidence: ["%s"]
				""".formatted(stage, date, words));
	}

	private void signedAndSuspended() {
		report("amber-wire", "2026-03-10",
				"Kyiv and Vilnius signed their joint shell-production programme on 20 November 2025 and suspended it "
						+ "on Monday over a dispute about export licences, officials said.",
				"""
						      - stage: SIGNED
						        date: 2025-11-20
						        evidence: ["Kyiv and Vilnius signed their joint shell-production programme on 20 November 2025"]
						      - stage: SUSPENDED
						        date: Monday
						        evidence: ["suspended it on Monday over a dispute about export licences"]
						""");
	}

	@Test
	void aResumedAgreementIsInEffectAgainAndItsStatusIsTheResumption() {
		signedAndSuspended();
		report("dnipro-desk", "2026-06-17",
				"Kyiv and Vilnius resumed the joint shell-production programme suspended in March on Tuesday, "
						+ "once the licences were settled.",
				"""
						      - stage: SUSPENDED
						        date: "2026-03"
						        evidence: ["the joint shell-production programme suspended in March"]
						      - stage: RESUMED
						        date: Tuesday
						        evidence: ["Kyiv and Vilnius resumed the joint shell-production programme suspended in March on Tuesday"]
						""");
		Agreement programme = SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
		assertThat(programme.status()).isEqualTo(LifecycleStage.RESUMED);
		assertThat(programme.activeFrom()).isEqualTo("2025-11-20");
		assertThat(programme.activeUntil()).isNull();
		// Monday 9 March 2026 (the month of the second report folds into it); Tuesday 16
		// June 2026
		assertThat(programme.suspensions()).containsExactly(new Lifecycle.Suspension("2026-03-09", "2026-06-16"));
	}

	@Test
	void aResumptionWhoseSuspensionAnotherFileGivesIsAccepted() {
		signedAndSuspended();
		oneEvent("dnipro-desk", "2026-06-17", "resumed the", "Tuesday", "RESUMED", "Tuesday");
		Agreement programme = SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
		assertThat(programme.status()).isEqualTo(LifecycleStage.RESUMED);
		assertThat(programme.suspensions()).containsExactly(new Lifecycle.Suspension("2026-03-09", "2026-06-16"));
	}

	@Test
	void aResumptionWhoseSuspensionAFileReadBeforeItGivesIsAccepted() {
		// the resumption's file ("amber-...") comes before the suspension's by name
		oneEvent("amber-wire", "2026-06-17", "resumed the", "Tuesday", "RESUMED", "Tuesday");
		oneEvent("baltic-ledger", "2026-03-10", "suspended their", "Monday", "SUSPENDED", "Monday");
		Agreement programme = SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
		assertThat(programme.events()).extracting((event) -> event.stage())
			.containsExactly(LifecycleStage.SUSPENDED, LifecycleStage.RESUMED);
	}

	@Test
	void aResumptionNoFileGivesAnEarlierSuspensionForIsRefusedWithTheFileAgreementEventAndDate() {
		oneEvent("amber-wire", "2026-03-10", "signed their", "20 November 2025", "SIGNED", "2025-11-20");
		oneEvent("dnipro-desk", "2026-06-17", "resumed the", "Tuesday", "RESUMED", "Tuesday");
		assertRefused("dnipro-desk", "2026-06-16");
	}

	@Test
	void aResumptionOnlyALaterSuspensionInAnotherFileFollowsIsRefused() {
		oneEvent("amber-wire", "2026-03-10", "resumed the", "Monday", "RESUMED", "Monday");
		oneEvent("dnipro-desk", "2026-06-17", "suspended the", "Tuesday", "SUSPENDED", "Tuesday");
		assertRefused("amber-wire", "2026-03-09");
	}

	/**
	 * The folder is refused for the first RESUMED event of file {@code name}, on
	 * {@code day}.
	 */
	private void assertRefused(String name, String day) {
		assertThat(SeedFixture.problems(ValidateCommand.read(this.folder)))
			.anySatisfy((problem) -> assertThat(problem).contains("curated/" + name + ".yaml")
				.contains("shell-production-programme")
				.contains("events[0]")
				.contains("RESUMED on " + day)
				.contains("no earlier SUSPENDED event of this agreement in any file"));
	}

}
