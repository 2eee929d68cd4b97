package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.agreement.Participant;
import org.accords.agreement.TakingPart;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A party that agreed (or was announced) to join an agreement before it joined
 * ({@code agreedOn}): served as {@code Participant.agreedOn}, the earliest day any source
 * gives, and active on no day until a source gives its joining. Invented wire reports
 * about a river-patrol coalition.
 */
class ParticipantAgreedTests {

	@TempDir
	Path folder;

	private Agreement coalition() {
		return SeedValidator.validate(ValidateCommand.read(this.folder)).agreements().get(0);
	}

	@Test
	void aPartyThatOnlyAgreedToJoinIsActiveOnNoDay() {
		SeedFixture.latviaReport(this.folder, "daugava-wire", "2026-02-27",
				"Latvia agreed on Thursday to join the river-patrol coalition.", "agreedOn: Thursday",
				"Latvia agreed on Thursday to join the river-patrol coalition");
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.agreedOn()).isEqualTo("2026-02-26");
		assertThat(latvia.agreedOnPrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(latvia.joinedOn()).isNull();
		assertThat(latvia.periods()).isEmpty();
		assertThat(latvia.activeOn("2026-01-01")).isFalse();
		assertThat(latvia.activeOn("2026-03-01")).isFalse();
		assertThat(coalition.takingPart()).isEmpty();
	}

	@Test
	void aPartyThatAgreedIsActiveFromTheJoiningAnotherArticleGives() {
		SeedFixture.latviaReport(this.folder, "daugava-wire", "2026-02-27",
				"Latvia agreed on Thursday to join the river-patrol coalition.", "agreedOn: Thursday",
				"Latvia agreed on Thursday to join the river-patrol coalition");
		SeedFixture.latviaReport(this.folder, "neman-post", "2026-03-17",
				"Latvia joined the river-patrol coalition on Monday.", "joinedOn: Monday",
				"Latvia joined the river-patrol coalition on Monday");
		Agreement coalition = coalition();
		assertThat(coalition.participants()).singleElement().satisfies((latvia) -> {
			assertThat(latvia.agreedOn()).isEqualTo("2026-02-26");
			assertThat(latvia.joinedOn()).isEqualTo("2026-03-16");
			assertThat(latvia.activeOn("2026-03-01")).isFalse();
			assertThat(latvia.activeOn("2026-03-16")).isTrue();
		});
		assertThat(coalition.takingPart()).extracting(TakingPart::from).containsExactly("2026-03-16");
	}

	@Test
	void severalSourcesAgreeingOnDifferentDaysServeTheEarliestUndisputed() {
		SeedFixture.latviaReport(this.folder, "daugava-wire", "2026-02-27",
				"Latvia agreed in principle on Thursday to join the river-patrol coalition.", "agreedOn: Thursday",
				"Latvia agreed in principle on Thursday to join the river-patrol coalition");
		SeedFixture.latviaReport(this.folder, "neman-post", "2026-03-06",
				"Latvia's government formally agreed on Thursday to join the river-patrol coalition.",
				"agreedOn: Thursday",
				"Latvia's government formally agreed on Thursday to join the river-patrol coalition");
		Agreement coalition = coalition();
		Participant latvia = coalition.participants().get(0);
		assertThat(latvia.agreedOn()).isEqualTo("2026-02-26");
		assertThat(latvia.periods()).isEmpty();
		assertThat(coalition.isDisputed()).isFalse();
		assertThat(coalition.getClaims()).filteredOn((claim) -> claim.value().contains("agreed to join"))
			.extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("LV agreed to join 2026-02-26", false),
					tuple("LV agreed to join 2026-03-05", false));
	}

	@Test
	void anArticleNamingThePartyTakingPartSaysItJoined() {
		SeedFixture.latviaReport(this.folder, "daugava-wire", "2026-02-27",
				"Latvia agreed on Thursday to join the river-patrol coalition.", "agreedOn: Thursday",
				"Latvia agreed on Thursday to join the river-patrol coalition");
		SeedFixture.latviaReport(this.folder, "neman-post", "2026-04-02",
				"Latvia, a member of the river-patrol coalition, sent two boats.", "",
				"Latvia, a member of the river-patrol coalition, sent two boats");
		Participant latvia = coalition().participants().get(0);
		assertThat(latvia.agreedOn()).isEqualTo("2026-02-26");
		assertThat(latvia.activeOn("2026-04-01")).isTrue();
	}

	@Test
	void anAgreeingAfterTheJoiningInOneEntryIsRefused() {
		SeedFixture.latviaReport(this.folder, "daugava-wire", "2026-03-17",
				"Latvia joined the river-patrol coalition on Monday.", "joinedOn: Monday\n        agreedOn: 2026-04-01",
				"Latvia joined the river-patrol coalition on Monday");
		assertThat(SeedFixture.problems(ValidateCommand.read(this.folder))).singleElement()
			.asString()
			.contains("curated/daugava-wire.yaml")
			.contains("participants[0]: agreedOn 2026-04-01 is after joinedOn 2026-03-16; a party agrees to join "
					+ "before it joins");
	}

	@Test
	void aMalformedAgreedOnIsRefused() {
		SeedFixture.latviaReport(this.folder, "daugava-wire", "2026-02-27",
				"Latvia agreed on Thursday to join the river-patrol coalition.", "agreedOn: soon",
				"Latvia agreed on Thursday to join the river-patrol coalition");
		assertThat(SeedFixture.problems(ValidateCommand.read(this.folder))).singleElement()
			.asString()
			.contains("agreedOn");
	}

}
