package org.accords.export;

import java.util.List;
import java.util.Map;

import org.accords.agreement.Agreement;
import org.accords.agreement.AgreementKind;
import org.accords.amount.Money;
import org.accords.amount.MoneyBound;
import org.accords.commitment.Commitment;
import org.accords.commitment.CommitmentStatus;
import org.accords.evidence.Evidence;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sum in the CSV says what GraphQL's {@code Money} says of it: whether the article
 * gives it as approximate, and the article's words for it, which tell a ceiling ("up to")
 * from an estimate ("about"). Before, {@code agreements.csv} gave an agreement's value
 * and funding as exact sums, and neither file gave the words, so a journalist summing the
 * CSV could not tell "up to 2.5 billion kroner" from 2.5 billion.
 */
class MoneyColumnsTableTests {

	private static final List<Evidence> EVIDENCE = List.of(new Evidence("article", 0, 6, "Drones"));

	private static Agreement agreement(@Nullable Money value, @Nullable Money funding) {
		return new Agreement("a", "Drone fund", AgreementKind.LETTER_OF_INTENT, null, null, List.of(), null, EVIDENCE,
				"drone fund", null, null, value, funding, List.of(), null, null, null, List.of(), null, List.of(),
				List.of(), List.of(), List.of(), null, null, List.of(), List.of());
	}

	private static Commitment commitment(@Nullable Money amount) {
		return new Commitment("c", null, null, null, "Drones for the front", CommitmentStatus.INTENDED, List.of(),
				EVIDENCE, "drones for the front", null, amount, null, null, null, null, List.of(), null, null, null,
				null, null, List.of());
	}

	private static @Nullable Object cell(Agreement agreement, String column) {
		List<String> header = Tables.AGREEMENTS.header();
		assertThat(header).contains(column);
		return Tables.AGREEMENTS.row(agreement, Map.of())[header.indexOf(column)];
	}

	private static @Nullable Object cell(Commitment commitment, String column) {
		List<String> header = Tables.COMMITMENTS.header();
		assertThat(header).contains(column);
		return Tables.COMMITMENTS.row(commitment, Map.of())[header.indexOf(column)];
	}

	@Test
	void anAgreementsValueAndFundingSayWhetherTheyAreApproximateAndInWhatWords() {
		Agreement fund = agreement(
				new Money("2500000000", "NOK", true, "up to 2.5 billion Norwegian kroner", List.of()),
				new Money("40000000", "EUR", false, "40 million euros", List.of()));
		assertThat(cell(fund, "value_amount")).isEqualTo("2500000000");
		assertThat(cell(fund, "value_approximate")).isEqualTo("true");
		assertThat(cell(fund, "value_text")).isEqualTo("up to 2.5 billion Norwegian kroner");
		assertThat(cell(fund, "funding_approximate")).isEqualTo("false");
		assertThat(cell(fund, "funding_text")).isEqualTo("40 million euros");
		Agreement none = agreement(null, null);
		assertThat(cell(none, "value_approximate")).isNull();
		assertThat(cell(none, "value_text")).isNull();
		assertThat(cell(none, "funding_approximate")).isNull();
	}

	@Test
	void aCommitmentsAmountGivesTheArticlesWords() {
		assertThat(cell(commitment(new Money("1000000000", "EUR", true, "up to €1bn", List.of())), "amount_text"))
			.isEqualTo("up to €1bn");
		assertThat(cell(commitment(new Money("1000000000", "EUR", false, null, List.of())), "amount_text")).isNull();
		assertThat(cell(commitment(null), "amount_text")).isNull();
	}

	@Test
	void aBoundIsAColumnOfItsOwnSoACeilingIsNotSummedAsAFigure() {
		Agreement fund = agreement(
				new Money("2500000000", "NOK", true, "up to 2.5 billion Norwegian kroner", List.of(), MoneyBound.UP_TO),
				new Money("40000000", "EUR", true, "more than 40 million euros", List.of(), MoneyBound.MORE_THAN));
		assertThat(cell(fund, "value_bound")).isEqualTo("UP_TO");
		assertThat(cell(fund, "funding_bound")).isEqualTo("MORE_THAN");
		Agreement figures = agreement(new Money("120000000", "EUR", true, "about 120 million euros", List.of()),
				new Money("40000000", "EUR", false, null, List.of()));
		assertThat(cell(figures, "value_bound")).isNull();
		assertThat(cell(figures, "funding_bound")).isNull();
		assertThat(cell(agreement(null, null), "value_bound")).isNull();
		assertThat(
				cell(commitment(new Money("1000000000", "EUR", true, "at least €1bn", List.of(), MoneyBound.AT_LEAST)),
						"amount_bound"))
			.isEqualTo("AT_LEAST");
		assertThat(cell(commitment(new Money("1000000000", "EUR", false, null, List.of())), "amount_bound")).isNull();
		assertThat(cell(commitment(null), "amount_bound")).isNull();
	}

	@Test
	void theBoundColumnsComeAfterTheWordsSoEveryEarlierColumnKeepsItsPlace() {
		List<String> agreements = Tables.AGREEMENTS.header();
		// only the upper ends, the conversions and participants_agreed_to_join, added
		// later,
		// come after them
		assertThat(agreements.subList(agreements.indexOf("value_bound"), agreements.size())).containsExactly(
				"value_bound", "funding_bound", "value_up_to", "funding_up_to", "value_converted", "funding_converted",
				"participants_agreed_to_join");
		assertThat(agreements.indexOf("value_bound")).isGreaterThan(agreements.indexOf("funding_text"));
		assertThat(agreements.indexOf("funding_bound")).isEqualTo(agreements.indexOf("value_bound") + 1);
		List<String> commitments = Tables.COMMITMENTS.header();
		// followed only by the upper end, the conversion, the obligors' countries and the
		// condition, added after it
		assertThat(commitments.subList(commitments.indexOf("amount_bound"), commitments.size())).containsExactly(
				"amount_bound", "amount_up_to", "amount_converted", "obligor_country_ids", "obligor_country_names",
				"condition");
		assertThat(commitments.indexOf("amount_bound")).isGreaterThan(commitments.indexOf("amount_text"));
	}

	@Test
	void aRangeGivesItsUpperEndInAColumnOfItsOwn() {
		Money range = new Money("20000000", "EUR", false, "between 20 and 30 million euros", List.of(), null,
				"30000000", false);
		Agreement fund = agreement(range, new Money("40000000", "EUR", false, null, List.of()));
		assertThat(cell(fund, "value_amount")).isEqualTo("20000000");
		assertThat(cell(fund, "value_up_to")).isEqualTo("30000000");
		assertThat(cell(fund, "funding_up_to")).isNull();
		assertThat(cell(agreement(null, range), "funding_up_to")).isEqualTo("30000000");
		assertThat(cell(commitment(range), "amount_up_to")).isEqualTo("30000000");
		assertThat(cell(commitment(new Money("1000000000", "EUR", false, null, List.of())), "amount_up_to")).isNull();
		assertThat(cell(commitment(null), "amount_up_to")).isNull();
	}

	@Test
	void aConversionByTheReporterIsAColumnOfItsOwn() {
		Money dollars = new Money("21000000", "USD", true, "about 21 million dollars", List.of(), null, null, true);
		Money euros = new Money("20000000", "EUR", false, null, List.of());
		assertThat(cell(agreement(dollars, euros), "value_converted")).isEqualTo("true");
		assertThat(cell(agreement(dollars, euros), "funding_converted")).isEqualTo("false");
		assertThat(cell(agreement(null, null), "value_converted")).isNull();
		assertThat(cell(commitment(dollars), "amount_converted")).isEqualTo("true");
		assertThat(cell(commitment(euros), "amount_converted")).isEqualTo("false");
		assertThat(cell(commitment(null), "amount_converted")).isNull();
	}

	@Test
	void theConversionsComeRightAfterTheUpperEnds() {
		List<String> agreements = Tables.AGREEMENTS.header();
		int upTo = agreements.indexOf("value_up_to");
		assertThat(agreements.subList(upTo, upTo + 4)).containsExactly("value_up_to", "funding_up_to",
				"value_converted", "funding_converted");
		List<String> commitments = Tables.COMMITMENTS.header();
		int amountUpTo = commitments.indexOf("amount_up_to");
		assertThat(commitments.subList(amountUpTo, amountUpTo + 2)).containsExactly("amount_up_to", "amount_converted");
	}

	@Test
	void theUpperEndsComeRightAfterTheBounds() {
		List<String> agreements = Tables.AGREEMENTS.header();
		int bound = agreements.indexOf("value_bound");
		assertThat(agreements.subList(bound, bound + 4)).containsExactly("value_bound", "funding_bound", "value_up_to",
				"funding_up_to");
		List<String> commitments = Tables.COMMITMENTS.header();
		int amountBound = commitments.indexOf("amount_bound");
		assertThat(commitments.subList(amountBound, amountBound + 2)).containsExactly("amount_bound", "amount_up_to");
	}

	@Test
	void theNewColumnsComeAfterThoseOfEarlierVersionsSoTheirPlacesStay() {
		List<String> agreements = Tables.AGREEMENTS.header();
		assertThat(agreements.indexOf("value_approximate")).isGreaterThan(agreements.indexOf("corrected_values"));
		List<String> commitments = Tables.COMMITMENTS.header();
		assertThat(commitments.indexOf("amount_text")).isGreaterThan(commitments.indexOf("corrected_values"));
	}

}
