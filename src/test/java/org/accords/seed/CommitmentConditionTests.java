package org.accords.seed;

import org.accords.commitment.Commitment;
import org.accords.commitment.CommitmentStatus;
import org.accords.evidence.Evidence;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commitment made on a condition ("provided the Finnish parliament approves a spring
 * supplementary budget") holds it as its condition, with the words that state it, checked
 * against the article as any evidence is; before, the condition was a status
 * ({@code INTENDED}) disputed with a firm report, its words only in evidence (the
 * invented reports of {@code faithful-fixtures}).
 */
class CommitmentConditionTests {

	private static final String MACHINES = NodeId.of("Commitment", "fi-demining-machines");

	private static final String GULL_FILE = "curated/410_gull_wire_fi_ua_demining.yaml";

	private static final String MARSH_FILE = "curated/412_marsh_dispatch_fi_ua_demining.yaml";

	private static Commitment machines(SeedFiles files) {
		return SeedValidator.validate(files)
			.commitments()
			.stream()
			.filter((c) -> c.id().equals(MACHINES))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aConditionIsServedWithTheEvidenceOfEveryReportThatGivesIt() {
		Commitment machines = machines(CommitmentProgressTests.fixtures());
		assertThat(machines.status()).isEqualTo(CommitmentStatus.UNDERTAKEN);
		assertThat(machines.condition()).isNotNull();
		assertThat(machines.condition().text())
			.isEqualTo("the Finnish parliament approves a spring supplementary budget");
		assertThat(machines.condition().evidence()).extracting(Evidence::excerpt)
			.containsExactly("provided the Finnish parliament approves a spring supplementary budget",
					"hangs on lawmakers approving the spring supplementary budget");
		assertThat(machines.provenance().disputed()).isNull();
	}

	@Test
	void anotherConditionIsADispute() {
		Commitment machines = machines(SeedFixture.changed(CommitmentProgressTests.fixtures(), MARSH_FILE,
				"text: the Finnish parliament approves a spring supplementary budget",
				"text: lawmakers approve the spring supplementary budget"));
		assertThat(machines.provenance().disputed()).isTrue();
	}

	@Test
	void aCommitmentWithoutAConditionHasNone() {
		Commitment machines = machines(SeedFixture.changed(
				SeedFixture.changed(CommitmentProgressTests.fixtures(), GULL_FILE,
						"    condition:\n      text: the Finnish parliament approves a spring supplementary budget\n"
								+ "      evidence: [\"provided the Finnish parliament approves a spring supplementary "
								+ "budget\"]\n",
						""),
				MARSH_FILE,
				"    condition:\n      text: the Finnish parliament approves a spring supplementary budget\n"
						+ "      evidence: [\"hangs on lawmakers approving the spring supplementary budget\"]\n",
				""));
		assertThat(machines.condition()).isNull();
	}

	@Test
	void aConditionsWordsMustBeFoundInTheArticle() {
		assertThat(SeedFixture.problems(SeedFixture.changed(CommitmentProgressTests.fixtures(), GULL_FILE,
				"evidence: [\"provided the Finnish parliament approves a spring supplementary budget\"]",
				"evidence: [\"provided the Finnish parliament approves an autumn budget\"]")))
			.singleElement()
			.asString()
			.startsWith(GULL_FILE + ":")
			.contains("commitments[0] 'fi-demining-machines': condition")
			.contains("provided the Finnish parliament approves an autumn budget");
	}

	@Test
	void aConditionWithoutTextIsRefused() {
		assertThat(SeedFixture.problems(SeedFixture.changed(CommitmentProgressTests.fixtures(), GULL_FILE,
				"      text: the Finnish parliament approves a spring supplementary budget\n", "")))
			.singleElement()
			.asString()
			.startsWith(GULL_FILE + ":")
			.contains("commitments[0] 'fi-demining-machines': condition")
			.contains("text");
	}

}
