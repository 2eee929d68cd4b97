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
 * A publisher's correction that says its report of one change of a party's part (a
 * leaving, a rejoining, a suspension, a resumption) was wrong withdraws that change alone
 * ({@code withdraws: - agreement: …, rejoinings: [LV]}): the party's other items stand,
 * no period or {@code activeOn} reads the withdrawn day, and the day stays a claim naming
 * the correction. Invented wire reports about a river-patrol coalition.
 */
class ChangeWithdrawalTests {

	private static final String PUBLISHER = "Daugava Wire";

	@TempDir
	Path folder;

	/** Daugava Wire's report of Latvia's part, one participant entry. */
	private void report(String published, String sentence, String dates) {
		SeedFixture.report(this.folder, "daugava-wire", PUBLISHER, "", published, sentence,
				SeedFixture.riverPatrolCoalition("[ { code: LV, name: Latvia } ]", """
						      - party: LV
						        role: MEMBER
						        %s
						        evidence: ["%s"]
						""".formatted(dates, sentence.substring(0, sentence.length() - 1))));
	}

	/**
	 * Daugava Wire's correction of its report, withdrawing {@code list} of Latvia, with
	 * {@code sections} of its own (empty, or a participant entry of its own).
	 */
	private void correction(String published, String list, String sentence, String words, String sections) {
		SeedFixture
			.report(this.folder, "daugava-wire-correction", PUBLISHER,
					", corrects: [daugava-wire], withdraws: [ { agreement: river-patrol-coalition, " + list
							+ ": [LV], evidence: [\"" + words + "\"] } ]",
					published, "CORRECTION - " + sentence, sections);
	}

	private Agreement coalition() {
		return SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
	}

	private List<String> problems() {
		return SeedFixture.problems(ValidateCommand.read(this.folder));
	}

	private static List<String> keys(List<String> ids) {
		return ids.stream().map((id) -> NodeId.parse(id).key()).toList();
	}

	@Test
	void aWithdrawnRejoiningLeavesTheLeavingThatTheCorrectionRestates() {
		report("2026-06-11",
				"Latvia, which withdrew from the river-patrol coalition on 3 March, rejoined it on 10 June.",
				"leftOn: 2026-03-03\n        rejoinedOn: 2026-06-10");
		String sentence = "A report on Thursday wrongly said that Latvia had rejoined the river-patrol coalition. "
				+ "Latvia, which left the coalition on 3 March, remains outside it.";
		correction("2026-06-12", "rejoinings", sentence, "wrongly said that Latvia had rejoined",
				SeedFixture.riverPatrolCoalition("[ { code: LV, name: Latvia } ]", """
						      - party: LV
						        role: MEMBER
						        leftOn: 2026-03-03
						        evidence: ["Latvia, which left the coalition on 3 March, remains outside it"]
						"""));
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.leftOn()).isEqualTo("2026-03-03");
		assertThat(latvia.periods()).extracting(ParticipationPeriod::from, ParticipationPeriod::until)
			.containsExactly(tuple(null, "2026-03-03"));
		assertThat(latvia.activeOn("2026-07-01")).isFalse();
		assertThat(coalition.isDisputed()).isFalse();
		assertThat(coalition.getClaims()).filteredOn((claim) -> !claim.correctedByIds().isEmpty())
			.extracting(Claim::value, (c) -> keys(c.sourceIds()), (c) -> keys(c.correctedByIds()), Claim::competing)
			.containsExactly(tuple("LV rejoined 2026-06-10", List.of("daugava-wire"),
					List.of("daugava-wire-correction"), false));
	}

	@Test
	void aWithdrawnLeavingLeavesThePartyActive() {
		report("2026-03-04", "Latvia withdrew from the river-patrol coalition on 3 March.", "leftOn: 2026-03-03");
		correction("2026-03-05", "leavings", "A report on Wednesday wrongly said that Latvia had left the coalition.",
				"wrongly said that Latvia had left the coalition", "");
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.leftOn()).isNull();
		assertThat(latvia.leftEvidence()).isEmpty();
		assertThat(latvia.activeOn("2026-04-01")).isTrue();
		assertThat(SeedFixture.corrected(coalition)).containsExactly("LV left 2026-03-03");
	}

	@Test
	void aWithdrawnResumptionLeavesThePartySuspended() {
		report("2026-07-03",
				"Latvia, which suspended its part in the river-patrol coalition on 1 April, resumed it on 2 July.",
				"suspendedOn: 2026-04-01\n        resumedOn: 2026-07-02");
		correction("2026-07-06", "resumptions",
				"A report on Friday wrongly said that Latvia had resumed its part in the coalition.",
				"wrongly said that Latvia had resumed its part", "");
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.periods())
			.extracting(ParticipationPeriod::from, ParticipationPeriod::until, ParticipationPeriod::suspended)
			.containsExactly(tuple(null, "2026-04-01", false), tuple("2026-04-01", null, true));
		assertThat(latvia.activeOn("2026-08-01")).isFalse();
		assertThat(SeedFixture.corrected(coalition)).containsExactly("LV resumed 2026-07-02");
	}

	@Test
	void aWithdrawnSuspensionLeavesThePartyActiveThroughIt() {
		report("2026-04-02", "Latvia suspended its part in the river-patrol coalition on 1 April.",
				"suspendedOn: 2026-04-01");
		correction("2026-04-03", "suspensions",
				"A report on Thursday wrongly said that Latvia had suspended its part in the coalition.",
				"wrongly said that Latvia had suspended its part", "");
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.periods()).extracting(ParticipationPeriod::suspended).containsExactly(false);
		assertThat(latvia.activeOn("2026-05-01")).isTrue();
		assertThat(SeedFixture.corrected(coalition)).containsExactly("LV suspended 2026-04-01");
	}

	@Test
	void aChangeAnotherPublisherAlsoGivesStands() {
		report("2026-03-04", "Latvia withdrew from the river-patrol coalition on 3 March.", "leftOn: 2026-03-03");
		SeedFixture.latviaReport(this.folder, "neman-post", "2026-03-04",
				"Latvia left the river-patrol coalition on 3 March.", "leftOn: 2026-03-03",
				"Latvia left the river-patrol coalition on 3 March");
		correction("2026-03-05", "leavings", "A report on Wednesday wrongly said that Latvia had left the coalition.",
				"wrongly said that Latvia had left the coalition", "");
		Agreement coalition = coalition();
		assertThat(coalition.participants().get(0).leftOn()).isEqualTo("2026-03-03");
		assertThat(SeedFixture.corrected(coalition)).isEmpty();
	}

	@Test
	void aWithdrawalOfAChangeTheReportDidNotGiveIsRefused() {
		report("2026-03-04", "Latvia withdrew from the river-patrol coalition on 3 March.", "leftOn: 2026-03-03");
		correction("2026-03-05", "rejoinings", "A report on Wednesday wrongly said that Latvia had rejoined.",
				"wrongly said that Latvia had rejoined", "");
		assertThat(problems()).singleElement()
			.asString()
			.contains("curated/daugava-wire-correction.yaml")
			.contains("withdraws[0]: rejoinings[0]: 'daugava-wire', which this article corrects, gives no "
					+ "rejoining of 'LV' in agreement 'river-patrol-coalition': a withdrawal names a change the "
					+ "report gave");
	}

	@Test
	void aWithdrawalOfAChangeTheCorrectionGivesItselfIsRefused() {
		report("2026-03-04", "Latvia withdrew from the river-patrol coalition on 3 March.", "leftOn: 2026-03-03");
		String sentence = "A report on Wednesday wrongly said that Latvia had left the river-patrol coalition on "
				+ "3 March. Latvia left the coalition on 4 March.";
		correction("2026-03-05", "leavings", sentence, "wrongly said that Latvia had left the river-patrol coalition",
				SeedFixture.riverPatrolCoalition("[ { code: LV, name: Latvia } ]", """
						      - party: LV
						        role: MEMBER
						        leftOn: 2026-03-04
						        evidence: ["Latvia left the coalition on 4 March"]
						"""));
		assertThat(problems()).singleElement()
			.asString()
			.contains("withdraws[0]: leavings[0]: this article itself gives a leaving of 'LV' in agreement "
					+ "'river-patrol-coalition', so it cannot withdraw it");
	}

	@Test
	void aChangeListOnACommitmentIsRefused() {
		report("2026-03-04", "Latvia withdrew from the river-patrol coalition on 3 March.", "leftOn: 2026-03-03");
		SeedFixture.report(this.folder, "daugava-wire-correction", PUBLISHER,
				", corrects: [daugava-wire], withdraws: [ { commitment: river-patrol-coalition, leavings: [LV], "
						+ "evidence: [\"wrongly said\"] } ]",
				"2026-03-05", "CORRECTION - A report wrongly said so.", "");
		assertThat(problems()).singleElement().asString().contains("leavings: a commitment has no such list");
	}

}
