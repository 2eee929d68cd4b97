package org.accords.amount;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sum the reporter converted into another currency ("about 21 million dollars" beside
 * the official euro figure) is no second sum: it agrees with a sum in any other currency,
 * and the sum not converted is the one served. No exchange rate is applied.
 */
class MoneyConversionTests {

	private static Money money(String amount, String currency, boolean converted) {
		return new Money(amount, currency, false, null, List.of(), null, null, converted);
	}

	@Test
	void aConvertedSumAgreesWithASumInAnotherCurrency() {
		Money euros = money("20000000", "EUR", false);
		Money dollars = money("21000000", "USD", true);
		assertThat(dollars.overlaps(euros)).isTrue();
		assertThat(euros.overlaps(dollars)).isTrue();
		// whatever the rate: the conversion is the reporter's, not Accords'
		assertThat(money("90000000", "USD", true).overlaps(euros)).isTrue();
	}

	@Test
	void twoSumsInTwoCurrenciesNeitherConvertedStillCompete() {
		assertThat(money("21000000", "USD", false).overlaps(money("20000000", "EUR", false))).isFalse();
	}

	@Test
	void twoSumsInOneCurrencyStillCompareWhenOneIsConverted() {
		assertThat(money("21000000", "USD", true).overlaps(money("25000000", "USD", false))).isFalse();
		assertThat(money("21000000", "USD", true).overlaps(money("21000000", "USD", false))).isTrue();
	}

	@Test
	void theSumNotConvertedIsTheMorePrecise() {
		Money euros = money("20000000", "EUR", false);
		Money dollars = money("21000000", "USD", true);
		assertThat(dollars.coarser(euros)).isTrue();
		assertThat(euros.coarser(dollars)).isFalse();
		assertThat(dollars.coarser(money("19000000", "GBP", true))).isFalse();
	}

}
