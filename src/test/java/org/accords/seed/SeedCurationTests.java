package org.accords.seed;

import org.accords.agreement.Agreement;
import org.accords.agreement.LifecycleStage;
import org.accords.agreement.ParticipantRole;
import org.accords.evidence.DatePrecision;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The seed article is curated with what the model of issue 11 can say about it: the
 * memorandum's parties with their roles and its signing as a dated event, under the ids
 * it always had.
 */
class SeedCurationTests {

	private static final String MEMORANDUM = NodeId.of(Agreement.TYPE, "lt-ua-defence-industry-memorandum-2024");

	@Test
	void theMemorandumHasBothCountriesAsPartiesWithRolesAndEvidence() {
		Agreement memorandum = memorandum();
		assertThat(memorandum.participants())
			.extracting((p) -> NodeId.parse(p.partyId()).key(), (p) -> p.role(), (p) -> p.evidence().size())
			.containsExactly(tuple("LT", ParticipantRole.PARTY, 1), tuple("UA", ParticipantRole.PARTY, 1));
		assertThat(memorandum.countryIds()).containsExactly(NodeId.of("Country", "LT"), NodeId.of("Country", "UA"));
		assertThat(memorandum.leaderIds()).isEmpty();
	}

	@Test
	void theMemorandumWasSignedOnTheMondayBeforeTheArticleToTheDay() {
		Agreement memorandum = memorandum();
		assertThat(memorandum.events()).singleElement().satisfies((event) -> {
			assertThat(event.stage()).isEqualTo(LifecycleStage.SIGNED);
			assertThat(event.date()).isEqualTo("2024-11-04");
			assertThat(event.datePrecision()).isEqualTo(DatePrecision.DAY);
		});
		assertThat(memorandum.status()).isEqualTo(LifecycleStage.SIGNED);
		assertThat(memorandum.signedOn()).isEqualTo("2024-11-04");
	}

	private static Agreement memorandum() {
		SeedDataset seed = SeedValidator
			.validate(SeedFiles.read(new PathMatchingResourcePatternResolver(), "file:seed-data/"));
		return seed.agreements().stream().filter((a) -> a.id().equals(MEMORANDUM)).findFirst().orElseThrow();
	}

}
