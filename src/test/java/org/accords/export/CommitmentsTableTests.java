package org.accords.export;

import java.util.List;
import java.util.Map;

import org.accords.amount.Money;
import org.accords.amount.Quantity;
import org.accords.commitment.Commitment;
import org.accords.commitment.CommitmentStatus;
import org.accords.evidence.Evidence;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code commitments.csv} says of a quantity what it says of an amount: whether the
 * article gives it as approximate ("about 300 drones").
 */
class CommitmentsTableTests {

	private static Commitment commitment(@Nullable Quantity quantity, @Nullable Quantity delivered) {
		return new Commitment("c", null, null, null, "Drones for the front", CommitmentStatus.UNDERTAKEN, List.of(),
				List.of(new Evidence("article", 0, 6, "Drones")), "drones for the front", null,
				new Money("1000000", "EUR", true, "about €1m", List.of()), quantity, null, null, null, List.of(), null,
				null, null, delivered, null, List.of());
	}

	private static @Nullable Object cell(Commitment commitment, String column) {
		return Tables.COMMITMENTS.row(commitment, Map.of())[Tables.COMMITMENTS.header().indexOf(column)];
	}

	@Test
	void anApproximateQuantityIsMarkedAsAnApproximateAmountIs() {
		Commitment about = commitment(new Quantity("300", null, "drones", true, "about 300 drones", List.of()),
				new Quantity("120", null, "drones", true, "some 120", List.of()));
		assertThat(cell(about, "amount_approximate")).isEqualTo("true");
		assertThat(cell(about, "quantity")).isEqualTo("300");
		assertThat(cell(about, "quantity_approximate")).isEqualTo("true");
		assertThat(cell(about, "delivered_quantity_approximate")).isEqualTo("true");
		Commitment exact = commitment(new Quantity("300", null, "drones", false, "300 drones", List.of()), null);
		assertThat(cell(exact, "quantity_approximate")).isEqualTo("false");
		assertThat(cell(exact, "delivered_quantity_approximate")).isNull();
		assertThat(cell(commitment(null, null), "quantity_approximate")).isNull();
	}

	@Test
	void newColumnsComeAfterThoseOfEarlierVersionsSoTheirPlacesStay() {
		List<String> header = Tables.COMMITMENTS.header();
		assertThat(header.indexOf("quantity_approximate")).isGreaterThan(header.indexOf("delivered_quantity"));
	}

}
