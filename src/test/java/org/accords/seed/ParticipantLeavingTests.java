package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.agreement.Participant;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A country that withdraws from a coalition it joined: the curated {@code leftOn} of a
 * participant, the mistakes the validator rejects, and how the reports of several
 * articles merge. Invented wire reports about a river-patrol coalition.
 */
class ParticipantLeavingTests {

	@TempDir
	Path folder;

	private void report(String name, String published, String sentence, String dates, String excerpt) {
		SeedFixture.latviaReport(this.folder, name, published, sentence, dates, excerpt);
	}

	private Participant latvia() {
		Agreement coalition = coalition();
		assertThat(coalition.participants()).hasSize(1);
		return coalition.participants().get(0);
	}

	private Agreement coalition() {
		return SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
	}

	/** The agreement's competing claims, each as {@code value [articles]}. */
	private List<String> competing() {
		return coalition().getCompetingValues()
			.stream()
			.map((claim) -> claim.field() + ": " + claim.value() + " "
					+ claim.sourceIds().stream().map((id) -> NodeId.parse(id).key()).toList())
			.toList();
	}

	private static List<String> articles(List<Evidence> evidence) {
		return evidence.stream().map((e) -> NodeId.parse(e.articleId()).key()).toList();
	}

	@Test
	void aCountryThatWithdrewHasItsLeavingDateAndTheWordsThatSaySo() {
		report("daugava-wire", "2026-03-04",
				"Latvia withdrew from the river-patrol coalition on Tuesday, "
						+ "its defence ministry said, a year after joining it in March 2025.",
				"joinedOn: \"2025-03\"\n        leftOn: Tuesday",
				"Latvia withdrew from the river-patrol coalition on Tuesday");
		Participant latvia = latvia();
		assertThat(latvia.joinedOn()).isEqualTo("2025-03-01");
		assertThat(latvia.joinedOnPrecision()).isEqualTo(DatePrecision.MONTH);
		// Tuesday before Wednesday 4 March 2026
		assertThat(latvia.leftOn()).isEqualTo("2026-03-03");
		assertThat(latvia.leftOnPrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(latvia.leftEvidence()).extracting(Evidence::excerpt)
			.containsExactly("Latvia withdrew from the river-patrol coalition on Tuesday");
		assertThat(latvia.leftOnDisputed()).isFalse();
		assertThat(latvia.activeOn("2026-03-02")).isTrue();
		assertThat(latvia.activeOn("2026-03-03")).isFalse();
		assertThat(latvia.activeOn("2025-02-28")).isFalse();
	}

	@Test
	void aCountryNoArticleSaysLeftHasNoLeavingDate() {
		report("daugava-wire", "2026-01-10", "Latvia is a member of the river-patrol coalition, officials said.", "",
				"Latvia is a member of the river-patrol coalition");
		Participant latvia = latvia();
		assertThat(latvia.leftOn()).isNull();
		assertThat(latvia.leftOnPrecision()).isNull();
		assertThat(latvia.leftEvidence()).isEmpty();
		assertThat(latvia.leftOnDisputed()).isFalse();
		assertThat(latvia.activeOn("2026-01-10")).isTrue();
	}

	@Test
	void twoArticlesThatGiveTheLeavingToTheDayAndToTheMonthAgreeOnTheDay() {
		report("daugava-wire", "2026-03-04",
				"Latvia withdrew from the river-patrol coalition on 3 March, " + "its ministry said.",
				"leftOn: 2026-03-03", "Latvia withdrew from the river-patrol coalition on 3 March");
		report("gulf-desk", "2026-04-15",
				"Latvia, which left the river-patrol coalition in March, " + "has not said whether it will return.",
				"leftOn: \"2026-03\"", "Latvia, which left the river-patrol coalition in March");
		Participant latvia = latvia();
		assertThat(latvia.leftOn()).isEqualTo("2026-03-03");
		assertThat(latvia.leftOnPrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(articles(latvia.leftEvidence())).containsExactlyInAnyOrder("daugava-wire", "gulf-desk");
		// each article's words stay a claim about the participants, and neither competes
		Agreement coalition = coalition();
		// the day is the leaving the participant shows: its claim is served
		assertThat(coalition.getClaims()).filteredOn((claim) -> claim.field().equals("participants"))
			.extracting(Claim::value, Claim::competing, Claim::served)
			.contains(tuple("LV left 2026-03-03", false, true), tuple("LV left 2026-03-01 (MONTH)", false, false));
		assertThat(latvia.leftOnDisputed()).isFalse();
		assertThat(coalition.isDisputed()).isFalse();
		assertThat(coalition.getCompetingValues()).isEmpty();
	}

	@Test
	void twoArticlesThatGiveDifferentLeavingDaysAreDisputedAndTheEarlierIsServed() {
		report("daugava-wire", "2026-03-04",
				"Latvia withdrew from the river-patrol coalition on 3 March, " + "its ministry said.",
				"leftOn: 2026-03-03", "Latvia withdrew from the river-patrol coalition on 3 March");
		report("gulf-desk", "2026-03-12", "Latvia quit the river-patrol coalition on 10 March, a spokesman said.",
				"leftOn: 2026-03-10", "Latvia quit the river-patrol coalition on 10 March");
		Participant latvia = latvia();
		assertThat(latvia.leftOn()).isEqualTo("2026-03-03");
		assertThat(latvia.leftOnDisputed()).isTrue();
		assertThat(articles(latvia.leftEvidence())).containsExactlyInAnyOrder("daugava-wire", "gulf-desk");
		// the agreement is disputed as for any competing value, and says on what
		assertThat(coalition().isDisputed()).isTrue();
		assertThat(competing()).containsExactly("participants: LV left 2026-03-03 [daugava-wire]",
				"participants: LV left 2026-03-10 [gulf-desk]");
		assertThat(coalition().getCompetingValues()).extracting(Claim::value, Claim::served)
			.containsExactly(tuple("LV left 2026-03-03", true), tuple("LV left 2026-03-10", false));
	}

	@Test
	void oneArticleThatGivesTwoLeavingDaysDisputesItWithoutAnotherSource() {
		SeedFixture.report(this.folder, "daugava-wire", "2026-03-12",
				"Latvia quit the river-patrol coalition on 3 March as a member and on 10 March as its funder.",
				SeedFixture.riverPatrolCoalition("[ { code: LV, name: Latvia } ]", """
						      - party: LV
						        role: MEMBER
						        leftOn: 2026-03-03
						        evidence: ["Latvia quit the river-patrol coalition on 3 March as a member"]
						      - party: LV
						        role: FUNDER
						        leftOn: 2026-03-10
						        evidence: ["on 10 March as its funder"]
						"""));
		Agreement coalition = coalition();
		assertThat(coalition.participants()).extracting(Participant::leftOn, Participant::leftOnDisputed)
			.containsExactly(tuple("2026-03-03", true), tuple("2026-03-03", true));
		assertThat(coalition.isDisputed()).isTrue();
		// one source: its competing items are its only claims
		assertThat(competing()).containsExactly("participants: LV left 2026-03-03 [daugava-wire]",
				"participants: LV left 2026-03-10 [daugava-wire]");
		assertThat(coalition.getClaims()).hasSize(2);
	}

	@Test
	void anArticlePublishedAfterTheLeavingThatStillNamesItAMemberDisputesTheLeaving() {
		report("daugava-wire", "2026-03-04",
				"Latvia withdrew from the river-patrol coalition on 3 March, " + "its ministry said.",
				"leftOn: 2026-03-03", "Latvia withdrew from the river-patrol coalition on 3 March");
		report("gulf-desk", "2026-03-20",
				"Latvia, a member of the river-patrol coalition, sent two boats to " + "the exercise.", "",
				"Latvia, a member of the river-patrol coalition");
		Participant latvia = latvia();
		// nothing is overwritten: the leaving stays, and is disputed
		assertThat(latvia.leftOn()).isEqualTo("2026-03-03");
		assertThat(latvia.leftOnDisputed()).isTrue();
		assertThat(articles(latvia.evidence())).containsExactlyInAnyOrder("daugava-wire", "gulf-desk");
		assertThat(articles(latvia.leftEvidence())).containsExactly("daugava-wire");
		// the leaving competes with the later article's naming of the member, which the
		// leaving article makes too (it names the member it says left)
		assertThat(coalition().isDisputed()).isTrue();
		assertThat(competing()).containsExactly("participants: LV MEMBER [daugava-wire, gulf-desk]",
				"participants: LV left 2026-03-03 [daugava-wire]");
	}

	@Test
	void aJoiningThatAnotherArticleDatesAfterTheLeavingDisputesBoth() {
		report("daugava-wire", "2026-03-04",
				"Latvia withdrew from the river-patrol coalition on 3 March, " + "its ministry said.",
				"leftOn: 2026-03-03", "Latvia withdrew from the river-patrol coalition on 3 March");
		report("gulf-desk", "2026-06-02", "Latvia joined the river-patrol coalition in May, a spokesman said.",
				"joinedOn: \"2026-05\"", "Latvia joined the river-patrol coalition in May");
		Participant latvia = latvia();
		assertThat(latvia.joinedOn()).isEqualTo("2026-05-01");
		assertThat(latvia.leftOn()).isEqualTo("2026-03-03");
		assertThat(latvia.leftOnDisputed()).isTrue();
		assertThat(coalition().isDisputed()).isTrue();
		assertThat(competing()).containsExactlyInAnyOrder("participants: LV left 2026-03-03 [daugava-wire]",
				"participants: LV MEMBER joined 2026-05-01 (MONTH) [gulf-desk]");
	}

	@Test
	void anArticlePublishedBeforeTheLeavingThatNamesItAMemberDoesNotDisputeIt() {
		report("gulf-desk", "2026-02-20",
				"Latvia, a member of the river-patrol coalition, sent two boats to " + "the exercise.", "",
				"Latvia, a member of the river-patrol coalition");
		report("daugava-wire", "2026-03-04",
				"Latvia withdrew from the river-patrol coalition on 3 March, " + "its ministry said.",
				"leftOn: 2026-03-03", "Latvia withdrew from the river-patrol coalition on 3 March");
		Participant latvia = latvia();
		assertThat(latvia.leftOn()).isEqualTo("2026-03-03");
		assertThat(latvia.leftOnDisputed()).isFalse();
		assertThat(coalition().isDisputed()).isFalse();
		assertThat(coalition().getCompetingValues()).isEmpty();
	}

	@Test
	void aLeavingBeforeTheJoiningIsRejectedWithTheEntryNamed() {
		report("daugava-wire", "2026-03-04",
				"Latvia joined the river-patrol coalition in May 2025 and left it " + "on 3 March, its ministry said.",
				"joinedOn: 2026-05-01\n        leftOn: 2026-03-03",
				"Latvia joined the river-patrol coalition in May 2025 and left it on 3 March");
		SeedException ex = catchThrowableOfType(SeedException.class,
				() -> SeedValidator.validate(ValidateCommand.read(this.folder)));
		assertThat(ex).isNotNull();
		assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem).contains("participants[0]")
			.contains("leftOn 2026-03-03 is before joinedOn 2026-05-01"));
	}

	@Test
	void aLeavingDateThatIsNoDateIsRejectedWithTheFieldNamed() {
		report("daugava-wire", "2026-03-04", "Latvia withdrew from the river-patrol coalition, its ministry said.",
				"leftOn: soon", "Latvia withdrew from the river-patrol coalition");
		SeedException ex = catchThrowableOfType(SeedException.class,
				() -> SeedValidator.validate(ValidateCommand.read(this.folder)));
		assertThat(ex).isNotNull();
		assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem).contains("participants[0]")
			.contains("leftOn 'soon' is neither a date"));
	}

}
