package org.accords.agreement;

import java.util.List;

import org.accords.evidence.DatePrecision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an agreement's events say of it: its status and the days it is in effect, with a
 * suspension that is later resumed as a gap.
 */
class LifecycleTests {

	private static LifecycleEvent event(LifecycleStage stage, String date) {
		return new LifecycleEvent(stage, date, DatePrecision.DAY, List.of());
	}

	@Test
	void aResumptionPutsTheAgreementInEffectAgainAfterTheSuspension() {
		Lifecycle lifecycle = Lifecycle.of(List.of(event(LifecycleStage.SIGNED, "2025-11-20"),
				event(LifecycleStage.SUSPENDED, "2026-03-09"), event(LifecycleStage.RESUMED, "2026-06-16")), null);
		assertThat(lifecycle.status()).isEqualTo(LifecycleStage.RESUMED);
		assertThat(lifecycle.activeFrom()).isEqualTo("2025-11-20");
		assertThat(lifecycle.activeUntil()).isNull();
		assertThat(lifecycle.suspensions()).containsExactly(new Lifecycle.Suspension("2026-03-09", "2026-06-16"));
		assertThat(lifecycle.activeOn("2026-03-08")).isTrue();
		assertThat(lifecycle.activeOn("2026-03-09")).isFalse();
		assertThat(lifecycle.activeOn("2026-06-15")).isFalse();
		assertThat(lifecycle.activeOn("2026-06-16")).isTrue();
	}

	@Test
	void anEndingAfterTheResumptionEndsItAgainAndASuspensionNeverResumedEndsIt() {
		Lifecycle ended = Lifecycle.of(
				List.of(event(LifecycleStage.IN_FORCE, "2025-01-10"), event(LifecycleStage.SUSPENDED, "2025-05-01"),
						event(LifecycleStage.RESUMED, "2025-07-01"), event(LifecycleStage.SUSPENDED, "2025-09-01"),
						event(LifecycleStage.RESUMED, "2025-10-01"), event(LifecycleStage.TERMINATED, "2026-02-01")),
				null);
		assertThat(ended.status()).isEqualTo(LifecycleStage.TERMINATED);
		assertThat(ended.activeUntil()).isEqualTo("2026-02-01");
		assertThat(ended.suspensions()).containsExactly(new Lifecycle.Suspension("2025-05-01", "2025-07-01"),
				new Lifecycle.Suspension("2025-09-01", "2025-10-01"));
		assertThat(ended.activeOn("2025-09-15")).isFalse();
		assertThat(ended.activeOn("2025-12-01")).isTrue();
		assertThat(ended.activeOn("2026-02-01")).isFalse();
		Lifecycle suspended = Lifecycle.of(
				List.of(event(LifecycleStage.SIGNED, "2025-06-02"), event(LifecycleStage.SUSPENDED, "2025-09-12")),
				null);
		assertThat(suspended.activeUntil()).isEqualTo("2025-09-12");
		assertThat(suspended.suspensions()).isEmpty();
	}

	@Test
	void aSecondReportOfTheSuspensionOnAnotherDayKeepsItSuspendedUntilItResumes() {
		// two publishers date one suspension a day apart: still one suspension, which the
		// later resumption ends
		Lifecycle lifecycle = Lifecycle.of(
				List.of(event(LifecycleStage.SIGNED, "2025-11-20"), event(LifecycleStage.SUSPENDED, "2026-03-09"),
						event(LifecycleStage.SUSPENDED, "2026-03-10"), event(LifecycleStage.RESUMED, "2026-06-16")),
				null);
		assertThat(lifecycle.activeUntil()).isNull();
		assertThat(lifecycle.suspensions()).containsExactly(new Lifecycle.Suspension("2026-03-09", "2026-06-16"));
		assertThat(lifecycle.activeOn("2026-07-01")).isTrue();
	}

	@Test
	void aResumptionAfterATerminationOrBeforeTheAgreementTookEffectStartsNothing() {
		Lifecycle terminated = Lifecycle.of(
				List.of(event(LifecycleStage.SIGNED, "2025-01-10"), event(LifecycleStage.SUSPENDED, "2025-03-01"),
						event(LifecycleStage.TERMINATED, "2025-04-01"), event(LifecycleStage.RESUMED, "2025-05-01")),
				null);
		assertThat(terminated.activeUntil()).isEqualTo("2025-03-01");
		assertThat(terminated.activeOn("2025-06-01")).isFalse();
		// talks suspended and resumed before anything was signed
		Lifecycle talks = Lifecycle.of(
				List.of(event(LifecycleStage.UNDER_NEGOTIATION, "2025-01-10"),
						event(LifecycleStage.SUSPENDED, "2025-03-01"), event(LifecycleStage.RESUMED, "2025-05-01")),
				null);
		assertThat(talks.activeFrom()).isNull();
		assertThat(talks.activeOn("2025-06-01")).isFalse();
	}

	@Test
	void aSuspensionEndsAnAgreementKnownOnlyByItsSigningDate() {
		Lifecycle lifecycle = Lifecycle.of(
				List.of(event(LifecycleStage.SUSPENDED, "2026-03-09"), event(LifecycleStage.RESUMED, "2026-06-16")),
				"2025-11-20");
		assertThat(lifecycle.activeFrom()).isEqualTo("2025-11-20");
		assertThat(lifecycle.suspensions()).containsExactly(new Lifecycle.Suspension("2026-03-09", "2026-06-16"));
		assertThat(lifecycle.activeOn("2026-04-01")).isFalse();
	}

}
