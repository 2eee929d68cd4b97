package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.agreement.Participant;
import org.accords.agreement.ParticipationPeriod;
import org.accords.evidence.Claim;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A publisher's correction of its own report's day for a participant's change (its
 * leaving, rejoining, suspension or resumption) withdraws the report's day, as it
 * withdraws a corrected lifecycle event: the day stays a claim naming the correction,
 * competes with none, and the periods read the correction's. Invented wire reports about
 * a river-patrol coalition.
 */
class CorrectedParticipantDayTests {

	private static final String PUBLISHER = "Daugava Wire";

	@TempDir
	Path folder;

	/** A report (or, with {@code articleFields}, its correction) of Latvia's part. */
	private void latvia(String name, String articleFields, String published, String sentence, String dates,
			String excerpt) {
		SeedFixture.report(this.folder, name, PUBLISHER, articleFields, published, sentence,
				SeedFixture.riverPatrolCoalition("[ { code: LV, name: Latvia } ]", """
						      - party: LV
						        role: MEMBER
						        %s
						        evidence: ["%s"]
						""".formatted(dates, excerpt)));
	}

	private void correction(String published, String sentence, String dates, String excerpt) {
		latvia("daugava-wire-correction", ", corrects: [daugava-wire]", published, "CORRECTION - " + sentence, dates,
				excerpt);
	}

	private Agreement coalition() {
		return SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
	}

	private static List<String> keys(List<String> ids) {
		return ids.stream().map((id) -> NodeId.parse(id).key()).toList();
	}

	@Test
	void aCorrectedLeavingDayIsWithdrawnAndCompetesWithNone() {
		latvia("daugava-wire", "", "2026-03-04", "Latvia withdrew from the river-patrol coalition on 3 March.",
				"leftOn: 2026-03-03", "Latvia withdrew from the river-patrol coalition on 3 March");
		correction("2026-03-11", "Latvia withdrew from the river-patrol coalition on 10 March, not on 3 March.",
				"leftOn: 2026-03-10", "Latvia withdrew from the river-patrol coalition on 10 March");
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.leftOn()).isEqualTo("2026-03-10");
		assertThat(latvia.leftOnDisputed()).isFalse();
		assertThat(coalition.isDisputed()).isFalse();
		assertThat(coalition.getCompetingValues()).isEmpty();
		assertThat(coalition.getClaims()).filteredOn((claim) -> !claim.correctedByIds().isEmpty())
			.extracting(Claim::value, (c) -> keys(c.correctedByIds()))
			.containsExactly(tuple("LV left 2026-03-03", List.of("daugava-wire-correction")));
	}

	@Test
	void aCorrectedRejoiningDayIsWithdrawnAndCompetesWithNone() {
		latvia("daugava-wire", "", "2026-06-11",
				"Latvia, which withdrew from the river-patrol coalition on 3 March, rejoined it on 10 June.",
				"leftOn: 2026-03-03\n        rejoinedOn: 2026-06-10",
				"Latvia, which withdrew from the river-patrol coalition on 3 March, rejoined it on 10 June");
		correction("2026-06-16", "Latvia rejoined the river-patrol coalition on 15 June, not on 10 June.",
				"rejoinedOn: 2026-06-15", "Latvia rejoined the river-patrol coalition on 15 June");
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.periods()).extracting(ParticipationPeriod::from, ParticipationPeriod::fromDisputed)
			.containsExactly(tuple(null, false), tuple("2026-06-15", false));
		assertThat(coalition.isDisputed()).isFalse();
		assertThat(SeedFixture.corrected(coalition)).containsExactly("LV rejoined 2026-06-10");
	}

	@Test
	void aCorrectedSuspensionDayIsWithdrawnAndCompetesWithNone() {
		latvia("daugava-wire", "", "2026-04-02", "Latvia suspended its part in the river-patrol coalition on 1 April.",
				"suspendedOn: 2026-04-01", "Latvia suspended its part in the river-patrol coalition on 1 April");
		correction("2026-04-08", "Latvia suspended its part in the river-patrol coalition on 6 April, not on 1 April.",
				"suspendedOn: 2026-04-06", "Latvia suspended its part in the river-patrol coalition on 6 April");
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::suspended, ParticipationPeriod::fromDisputed)
			.containsExactly(tuple(null, false, false), tuple("2026-04-06", true, false));
		assertThat(coalition.isDisputed()).isFalse();
		assertThat(SeedFixture.corrected(coalition)).containsExactly("LV suspended 2026-04-01");
	}

	@Test
	void aWithdrawnRejoiningLeavesThePartyOutFromAnotherPublishersLeaving() {
		SeedFixture.latviaReport(this.folder, "neman-post", "2026-03-04",
				"Latvia withdrew from the river-patrol coalition on 3 March.", "leftOn: 2026-03-03",
				"Latvia withdrew from the river-patrol coalition on 3 March");
		latvia("daugava-wire", "", "2026-06-11", "Latvia rejoined the river-patrol coalition on Wednesday.",
				"rejoinedOn: Wednesday", "Latvia rejoined the river-patrol coalition on Wednesday");
		SeedFixture.report(this.folder, "daugava-wire-correction", PUBLISHER,
				", corrects: [daugava-wire], withdraws: [ { agreement: river-patrol-coalition, participants: [LV], "
						+ "evidence: [\"wrongly said that Latvia had rejoined\"] } ]",
				"2026-06-12",
				"CORRECTION - A report on Thursday wrongly said that Latvia had rejoined the river-patrol coalition.",
				"");
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.leftOn()).isEqualTo("2026-03-03");
		assertThat(latvia.periods()).extracting(ParticipationPeriod::from, ParticipationPeriod::until)
			.containsExactly(tuple(null, "2026-03-03"));
		assertThat(coalition.isDisputed()).isFalse();
		// the naming of the member stands: the leaving's report gives it too
		assertThat(SeedFixture.corrected(coalition)).containsExactly("LV rejoined 2026-06-10");
	}

}
