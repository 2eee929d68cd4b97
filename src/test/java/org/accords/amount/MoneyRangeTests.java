package org.accords.amount;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sum an article gives as a range ("between 20 and 30 million euros") agrees with the
 * same range and holds a figure within it; another range is another sum.
 */
class MoneyRangeTests {

	private static Money range(String amount, String upTo) {
		return new Money(amount, "EUR", false, null, List.of(), null, upTo, false);
	}

	private static Money exact(String amount) {
		return new Money(amount, "EUR", false, null, List.of(), null);
	}

	@Test
	void theSameRangeAgreesAndAnotherRangeDoesNot() {
		assertThat(range("20000000", "30000000").overlaps(range("20000000", "30000000"))).isTrue();
		assertThat(range("20000000", "30000000").overlaps(range("20000000", "35000000"))).isFalse();
		assertThat(range("20000000", "30000000").overlaps(range("25000000", "30000000"))).isFalse();
	}

	@Test
	void aRangeHoldsAFigureWithinItBothEndsIncluded() {
		Money range = range("20000000", "30000000");
		assertThat(range.overlaps(exact("25000000"))).isTrue();
		assertThat(range.overlaps(exact("20000000"))).isTrue();
		assertThat(range.overlaps(exact("30000000"))).isTrue();
		assertThat(exact("30000000").overlaps(range)).isTrue();
		assertThat(range.overlaps(exact("31000000"))).isFalse();
		assertThat(range.overlaps(exact("19000000"))).isFalse();
		assertThat(range.coarser(exact("25000000"))).isTrue();
		assertThat(exact("25000000").coarser(range)).isFalse();
	}

	@Test
	void aRangeAndAFigureOfTheLowerEndAreTwoSums() {
		// the figure 20 million is held by the range, yet not the same sum: the range is
		// served only when no more precise figure is reported
		assertThat(range("20000000", "30000000").equals(exact("20000000"))).isFalse();
	}

	@Test
	void aRangeAgreesWithABoundItMeets() {
		Money range = range("20000000", "30000000");
		assertThat(range.overlaps(new Money("25000000", "EUR", false, null, List.of(), MoneyBound.MORE_THAN))).isTrue();
		assertThat(range.overlaps(new Money("30000000", "EUR", false, null, List.of(), MoneyBound.MORE_THAN)))
			.isFalse();
	}

	@Test
	void theFiguresOfARangeReadAsARange() {
		assertThat(range("20000000", "30000000").figures()).isEqualTo("20000000 to 30000000");
		assertThat(exact("20000000").figures()).isEqualTo("20000000");
	}

}
