package org.accords.seed;

import org.accords.agreement.Agreement;
import org.accords.agreement.Participant;
import org.accords.agreement.ParticipationPeriod;
import org.accords.evidence.DatePrecision;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The coastal-artillery coalition of the invented reports of {@code faithful-fixtures}: a
 * publisher's corrections withdraw one change of a party's part each (Latvia's rejoining,
 * 409; Lithuania's suspension, 414), and the party's other items stand.
 */
class FaithfulMembershipTests {

	private static Agreement coalition() {
		return SeedValidator.validate(CommitmentProgressTests.fixtures())
			.agreements()
			.stream()
			.filter((a) -> a.id().equals(NodeId.of("Agreement", "coastal-artillery-coalition")))
			.findFirst()
			.orElseThrow();
	}

	private static Participant participant(Agreement coalition, String code) {
		return coalition.participants()
			.stream()
			.filter((p) -> p.partyId().equals(NodeId.of("Country", code)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aWithdrawnRejoiningLeavesTheLeavingTheCorrectionRestates() {
		Participant latvia = participant(coalition(), "LV");
		assertThat(latvia.leftOn()).isEqualTo("2026-04-01");
		assertThat(latvia.periods()).extracting(ParticipationPeriod::from, ParticipationPeriod::until)
			.containsExactly(tuple("2026-02-26", "2026-04-01"));
		assertThat(latvia.activeOn("2026-05-01")).isFalse();
	}

	@Test
	void aWithdrawnSuspensionLeavesThePartyActive() {
		Agreement coalition = coalition();
		Participant lithuania = participant(coalition, "LT");
		assertThat(lithuania.periods()).extracting(ParticipationPeriod::suspended).containsExactly(false);
		assertThat(lithuania.activeOn("2026-05-20")).isTrue();
		assertThat(SeedFixture.corrected(coalition)).containsExactly("LV rejoined 2026-04-28",
				"LT suspended 2026-05-11");
	}

	@Test
	void aPartyThatAgreedToJoinIsActiveFromItsJoining() {
		Participant finland = participant(coalition(), "FI");
		assertThat(finland.agreedOn()).isEqualTo("2026-05-11");
		assertThat(finland.agreedOnPrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(finland.joinedOn()).isEqualTo("2026-06-15");
		assertThat(finland.activeOn("2026-06-01")).isFalse();
		assertThat(finland.activeOn("2026-06-20")).isTrue();
	}

}
