package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.commitment.Commitment;
import org.accords.commitment.CommitmentStatus;
import org.accords.evidence.Claim;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A commitment reported as promised, then delivered in part, then fulfilled by later
 * articles (the invented reports of {@code faithful-fixtures}): the later stage is
 * served, the earlier ones stay claims that compete with none, and the load is not
 * refused for the fulfilment's date.
 */
class CommitmentProgressTests {

	private static final String MORTARS = NodeId.of("Commitment", "ee-mortars");

	private static final String PROMISE = NodeId.of("Article", "gull-wire-2026-02-10");

	private static final String CONDITIONAL = NodeId.of("Article", "marsh-dispatch-2026-02-12");

	private static final String FIRST_DELIVERY = NodeId.of("Article", "gull-wire-2026-04-20");

	private static final String LAST_DELIVERY = NodeId.of("Article", "gull-wire-2026-06-30");

	/** The invented reports of {@code faithful-fixtures}, read as curated. */
	static SeedFiles fixtures() {
		return ValidateCommand.read(Path.of("src/test/resources/faithful-fixtures"));
	}

	private static Commitment mortars(SeedFiles files) {
		return SeedValidator.validate(files)
			.commitments()
			.stream()
			.filter((c) -> c.id().equals(MORTARS))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aFulfilmentReportedLaterIsServedAndTheEarlierStagesDoNotCompete() {
		Commitment mortars = mortars(fixtures());
		assertThat(mortars.status()).isEqualTo(CommitmentStatus.FULFILLED);
		assertThat(mortars.fulfilledOn()).isEqualTo("2026-06-29");
		assertThat(mortars.provenance().disputed()).isNull();
		assertThat(mortars.provenance().claims()).filteredOn((c) -> c.field().equals("status"))
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::correctedBy, Claim::served)
			.containsExactly(tuple("UNDERTAKEN", List.of(PROMISE, CONDITIONAL), false, null, false),
					tuple("FULFILLED", List.of(LAST_DELIVERY), false, null, true));
	}

	@Test
	void aLargerDeliveryReportedLaterIsServedAndTheEarlierOneStaysAClaim() {
		Commitment mortars = mortars(fixtures());
		assertThat(mortars.delivered()).isNotNull();
		assertThat(mortars.delivered().value()).isEqualTo("30");
		assertThat(mortars.delivered().text()).isEqualTo("all 30 mortars");
		assertThat(mortars.provenance().claims()).filteredOn((c) -> c.field().equals("delivered"))
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("12 mortars", List.of(FIRST_DELIVERY), false, false),
					tuple("30 mortars", List.of(LAST_DELIVERY), false, true));
	}

	@Test
	void aStageReportedAfterTheFulfilmentStillDisputesIt() {
		// the report of 20 April calls it fulfilled, the one of 30 June still promised: a
		// source that calls it promised after another said it was fulfilled disagrees, as
		// an undated naming after a leaving does; the conditional promise of 12 February
		// is a promise, which the fulfilment of 20 April outgrows
		SeedFiles files = SeedFixture.changed(fixtures(), "curated/405_gull_wire_all_mortars.yaml",
				"    status: FULFILLED\n    fulfilledOn: Monday\n", "    status: UNDERTAKEN\n");
		Commitment mortars = mortars(SeedFixture.changed(files, "curated/404_gull_wire_first_mortars.yaml",
				"  - id: ee-mortars\n", "  - id: ee-mortars\n    status: FULFILLED\n"));
		assertThat(mortars.provenance().disputed()).isTrue();
		assertThat(mortars.provenance().claims()).filteredOn((c) -> c.field().equals("status"))
			.extracting(Claim::value, Claim::sourceIds, Claim::competing)
			.containsExactly(tuple("UNDERTAKEN", List.of(PROMISE, CONDITIONAL, LAST_DELIVERY), true),
					tuple("FULFILLED", List.of(FIRST_DELIVERY), true));
	}

	/**
	 * A promise one report makes conditional ("depends on its parliament approving a
	 * supplementary budget") is the promise the other reports, on that condition: no
	 * dispute. Before the condition could be curated, the report said {@code INTENDED},
	 * and the pledge read as disputed.
	 */
	@Test
	void withoutAFulfilmentAConditionalPromiseIsUndertakenOnItsCondition() {
		Commitment mortars = mortars(withoutTheFulfilment());
		assertThat(mortars.status()).isEqualTo(CommitmentStatus.UNDERTAKEN);
		assertThat(mortars.provenance().disputed()).isNull();
		assertThat(mortars.condition()).isNotNull();
		assertThat(mortars.condition().text())
			.isEqualTo("the Estonian parliament approves a supplementary budget in March");
		assertThat(mortars.condition().evidence()).extracting(org.accords.evidence.Evidence::excerpt)
			.containsExactly("depends on its parliament approving a supplementary budget in March");
		// both reports give one status: no claims of it to list
		assertThat(mortars.provenance().claims()).noneMatch((c) -> c.field().equals("status"));
	}

	@Test
	void withoutAFulfilmentTwoStatusesOfTheSameTimeDispute() {
		// a report that gave the pledge as a mere intention, not a promise
		Commitment mortars = mortars(SeedFixture.changed(withoutTheFulfilment(),
				"curated/402_marsh_dispatch_ee_ua_shell_letter.yaml", "    status: UNDERTAKEN\n",
				"    status: INTENDED\n    disputeNote: Marsh Dispatch says Estonia only intends to send them; "
						+ "Gull Wire calls them promised.\n"));
		assertThat(mortars.status()).isEqualTo(CommitmentStatus.UNDERTAKEN);
		assertThat(mortars.provenance().disputed()).isTrue();
		assertThat(mortars.provenance().claims()).filteredOn((c) -> c.field().equals("status"))
			.extracting(Claim::value, Claim::competing, Claim::served)
			.containsExactly(tuple("UNDERTAKEN", true, true), tuple("INTENDED", true, false));
		assertThat(mortars.provenance().note()).contains("only intends");
	}

	private static SeedFiles withoutTheFulfilment() {
		return SeedFixture.changed(fixtures(), "curated/405_gull_wire_all_mortars.yaml",
				"    status: FULFILLED\n    fulfilledOn: Monday\n", "");
	}

	@Test
	void aSmallerDeliveryReportedLaterDisputesTheLargerOne() {
		Commitment mortars = mortars(SeedFixture.changed(fixtures(), "curated/404_gull_wire_first_mortars.yaml",
				"value: \"12\"", "value: \"40\""));
		assertThat(mortars.provenance().claims()).filteredOn((c) -> c.field().equals("delivered"))
			.extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("40 mortars", true), tuple("30 mortars", true));
	}

}
