package org.accords.publish;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the changelog compares between versions: an entity's content, not what is derived
 * from it for queries, so that a release that keeps more for queries (an agreement's
 * countries with their days) lists no entity as changed at its first publication.
 */
class ContentHashTests {

	private static Document agreement() {
		return new Document("_id", "a").append("title", "Mine-clearance coalition for Ukraine")
			.append("participants",
					List.of(new Document("partyId", "LV").append("role", "CO_LEADER").append("leftOn", "2026-04-01")));
	}

	@Test
	void anAgreementsCountriesWithTheirDaysAreNotContent() {
		Document withDays = agreement().append("takingPart",
				List.of(new Document("countryId", "LV").append("from", "0000-01-01")
					.append("until", "2026-04-01")
					.append("party", true)
					.append("leader", true)));
		assertThat(DatasetPublisher.contentHash(withDays)).isEqualTo(DatasetPublisher.contentHash(agreement()));
	}

	@Test
	void aLeavingIsContent() {
		Document later = agreement().append("participants",
				List.of(new Document("partyId", "LV").append("role", "CO_LEADER").append("leftOn", "2026-04-14")));
		assertThat(DatasetPublisher.contentHash(later)).isNotEqualTo(DatasetPublisher.contentHash(agreement()));
	}

	@Test
	void aCommitmentsObligorCountriesAreNotContentButItsObligorsAre() {
		Document commitment = new Document("_id", "c").append("description", "Pay towards drones")
			.append("obligorIds", List.of("no-defence-ministry"));
		Document withCountries = new Document(commitment).append("obligorCountryIds", List.of("NO"));
		assertThat(DatasetPublisher.contentHash(withCountries)).isEqualTo(DatasetPublisher.contentHash(commitment));
		Document otherObligor = new Document(commitment).append("obligorIds", List.of("pl-defence-ministry"));
		assertThat(DatasetPublisher.contentHash(otherObligor)).isNotEqualTo(DatasetPublisher.contentHash(commitment));
	}

}
