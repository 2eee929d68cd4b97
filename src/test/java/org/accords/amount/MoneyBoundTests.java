package org.accords.amount;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sum an article gives as a bound ("more than 50 million euros", "up to 20 million")
 * agrees with a sum that may be true beside it, and holds a figure within it.
 */
class MoneyBoundTests {

	private static Money money(String amount, String currency, MoneyBound bound) {
		return new Money(amount, currency, false, null, List.of(), bound);
	}

	private static Money exact(String amount) {
		return new Money(amount, "EUR", false, null, List.of(), null);
	}

	@Test
	void aBoundAgreesWithAFigureItHoldsAndNotWithOneOutside() {
		Money moreThan50 = money("50000000", "EUR", MoneyBound.MORE_THAN);
		assertThat(moreThan50.overlaps(exact("62000000"))).isTrue();
		assertThat(exact("62000000").overlaps(moreThan50)).isTrue();
		assertThat(moreThan50.overlaps(exact("50000000"))).isFalse();
		assertThat(moreThan50.overlaps(exact("40000000"))).isFalse();
		assertThat(money("50000000", "EUR", MoneyBound.AT_LEAST).overlaps(exact("50000000"))).isTrue();
		Money upTo20 = money("20000000", "EUR", MoneyBound.UP_TO);
		assertThat(upTo20.overlaps(exact("20000000"))).isTrue();
		assertThat(upTo20.overlaps(exact("25000000"))).isFalse();
		assertThat(money("20000000", "EUR", MoneyBound.LESS_THAN).overlaps(exact("20000000"))).isFalse();
	}

	@Test
	void twoBoundsAgreeWhenBothMayBeTrue() {
		assertThat(money("50000000", "EUR", MoneyBound.MORE_THAN).overlaps(money("60000000", "EUR", MoneyBound.UP_TO)))
			.isTrue();
		assertThat(money("50000000", "EUR", MoneyBound.MORE_THAN).overlaps(money("50000000", "EUR", MoneyBound.UP_TO)))
			.isFalse();
		assertThat(
				money("50000000", "EUR", MoneyBound.MORE_THAN).overlaps(money("70000000", "EUR", MoneyBound.MORE_THAN)))
			.isTrue();
	}

	@Test
	void anotherCurrencyOrAnApproximateSumIsNoFigureTheBoundHolds() {
		Money moreThan50 = money("50000000", "EUR", MoneyBound.MORE_THAN);
		assertThat(moreThan50.overlaps(new Money("67000000", "USD", false, null, List.of(), null))).isFalse();
		assertThat(moreThan50.overlaps(new Money("62000000", "EUR", true, null, List.of(), null))).isFalse();
		assertThat(exact("62000000").overlaps(exact("62000000.0"))).isFalse();
	}

	@Test
	void aBoundIsCoarserThanAFigureItHoldsAndThanANarrowerBound() {
		Money moreThan50 = money("50000000", "EUR", MoneyBound.MORE_THAN);
		assertThat(moreThan50.coarser(exact("62000000"))).isTrue();
		assertThat(exact("62000000").coarser(moreThan50)).isFalse();
		assertThat(moreThan50.coarser(money("60000000", "EUR", MoneyBound.AT_LEAST))).isTrue();
		assertThat(moreThan50.coarser(moreThan50)).isFalse();
		assertThat(moreThan50.coarser(exact("40000000"))).isFalse();
	}

}
