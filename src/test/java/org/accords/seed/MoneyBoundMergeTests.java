package org.accords.seed;

import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.amount.MoneyBound;
import org.accords.commitment.Commitment;
import org.accords.evidence.Claim;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A sum one publisher gives as a bound ("valued at more than 50 million euros") and
 * another as a figure within it ("the 62 million euro letter") are one sum, not a
 * dispute: the figure is served and the bound stays a claim (the invented reports of
 * {@code faithful-fixtures}).
 */
class MoneyBoundMergeTests {

	private static final String LETTER = NodeId.of("Agreement", "ee-ua-shell-letter");

	private static final String BOUND = NodeId.of("Article", "gull-wire-2026-02-10");

	private static final String FIGURE = NodeId.of("Article", "marsh-dispatch-2026-02-12");

	private static final String DOLLARS = NodeId.of("Article", "prairie-ledger-2026-02-13");

	private static SeedFiles fixtures() {
		return CommitmentProgressTests.fixtures();
	}

	/** The fixtures without the report in dollars. */
	private static SeedFiles inEuros() {
		SeedFiles files = fixtures();
		return new SeedFiles(files.articles().stream().filter((f) -> !f.path().contains("prairie_ledger")).toList(),
				files.curated().stream().filter((f) -> !f.path().contains("prairie_ledger")).toList());
	}

	private static Agreement letter(SeedFiles files) {
		return SeedValidator.validate(files)
			.agreements()
			.stream()
			.filter((a) -> a.id().equals(LETTER))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aFigureWithinABoundIsServedAndTheBoundIsAClaimThatDoesNotCompete() {
		Agreement letter = letter(inEuros());
		assertThat(letter.value()).isNotNull();
		assertThat(letter.value().amount()).isEqualTo("62000000");
		assertThat(letter.value().bound()).isNull();
		assertThat(letter.value().text()).isEqualTo("62 million euro");
		assertThat(letter.provenance().disputed()).isNull();
		assertThat(letter.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("more than 50000000 EUR", List.of(BOUND), false, false),
					tuple("62000000 EUR", List.of(FIGURE), false, true));
	}

	@Test
	void aFigureOutsideTheBoundDisputesIt() {
		Agreement letter = letter(SeedFixture.changed(inEuros(), "curated/401_gull_wire_ee_ua_shell_letter.yaml",
				"bound: MORE_THAN", "bound: UP_TO"));
		assertThat(letter.provenance().disputed()).isTrue();
		assertThat(letter.value().bound()).isEqualTo(MoneyBound.UP_TO);
		assertThat(letter.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("up to 50000000 EUR", true), tuple("62000000 EUR", true));
	}

	@Test
	void aSumInAnotherCurrencyStillCompetes() {
		Agreement letter = letter(fixtures());
		assertThat(letter.provenance().disputed()).isTrue();
		assertThat(letter.value().amount()).isEqualTo("62000000");
		assertThat(letter.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("more than 50000000 EUR", List.of(BOUND), true, false),
					tuple("62000000 EUR", List.of(FIGURE), true, true),
					tuple("67000000 USD", List.of(DOLLARS), true, false));
	}

	@Test
	void anUpperBoundIsServedWithItsBound() {
		Commitment line = SeedValidator.validate(fixtures())
			.commitments()
			.stream()
			.filter((c) -> c.id().equals(NodeId.of("Commitment", "ee-filling-line")))
			.findFirst()
			.orElseThrow();
		assertThat(line.amount()).isNotNull();
		assertThat(line.amount().bound()).isEqualTo(MoneyBound.UP_TO);
		assertThat(line.amount().approximate()).isFalse();
		assertThat(line.amount().text()).isEqualTo("up to 20 million euros");
	}

	@Test
	void aBoundThatIsNoneOfTheKnownOnesIsRefused() {
		assertThat(SeedFixture.problems(SeedFixture.changed(fixtures(), "curated/401_gull_wire_ee_ua_shell_letter.yaml",
				"bound: UP_TO", "bound: ABOUT")))
			.containsExactly("curated/401_gull_wire_ee_ua_shell_letter.yaml:46: commitments[0] 'ee-filling-line': "
					+ "amount: bound 'ABOUT' is not one of MORE_THAN, AT_LEAST, UP_TO, LESS_THAN");
	}

}
