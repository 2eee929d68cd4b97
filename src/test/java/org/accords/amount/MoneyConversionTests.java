package org.accords.amount;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sum the reporter converted into another currency ("about 21 million dollars" beside
 * the official euro figure) is the reporter's arithmetic, no second sum: it agrees with
 * any sum, another conversion or a sum not converted, in any currency, and a sum not
 * converted is the one served. No exchange rate is applied.
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

	/**
	 * Before, a conversion compared with a sum in its own currency: "about 21 million
	 * dollars" at one exchange rate and "about 22 million dollars" at another disputed a
	 * pledge no source disagreed about.
	 */
	@Test
	void twoConversionsIntoOneCurrencyAgreeWhateverTheirRates() {
		Money monday = money("21000000", "USD", true);
		Money friday = money("22000000", "USD", true);
		assertThat(monday.overlaps(friday)).isTrue();
		assertThat(friday.overlaps(monday)).isTrue();
		// neither is the more precise: the first reported is served
		assertThat(monday.coarser(friday)).isFalse();
		assertThat(friday.coarser(monday)).isFalse();
	}

	@Test
	void aConversionAgreesWithASumInItsOwnCurrencyNotConverted() {
		Money converted = money("21000000", "USD", true);
		Money dollars = money("25000000", "USD", false);
		assertThat(converted.overlaps(dollars)).isTrue();
		assertThat(dollars.overlaps(converted)).isTrue();
		// the sum not converted is served, in any currency
		assertThat(converted.coarser(dollars)).isTrue();
		assertThat(dollars.coarser(converted)).isFalse();
		// even of the same figure: the sum as the pledge was made is served
		assertThat(money("21000000", "USD", true).coarser(money("21000000", "USD", false))).isTrue();
		assertThat(money("21000000", "USD", false).coarser(money("21000000", "USD", true))).isFalse();
	}

	@Test
	void twoSumsInOneCurrencyNeitherConvertedStillCompare() {
		assertThat(money("21000000", "USD", false).overlaps(money("25000000", "USD", false))).isFalse();
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
