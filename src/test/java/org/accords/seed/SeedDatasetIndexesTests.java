package org.accords.seed;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexes a version's collections get on MongoDB: one per filter, ending in the
 * collection's order (the embedded server ignores them; its query tables hold every
 * field).
 */
class SeedDatasetIndexesTests {

	/**
	 * {@code commitments(filter: { obligorCountry })} reads the countries derived at load
	 * from an index, as {@code obligor} reads the obligors: on MongoDB without it a
	 * country's page would scan every commitment.
	 */
	@Test
	void commitmentsAreIndexedByTheirObligorsAndTheirObligorsCountries() {
		assertThat(SeedDataset.indexes().get("Commitment")).contains(List.of("obligorIds", "_id"),
				List.of("obligorCountryIds", "_id"));
	}

}
