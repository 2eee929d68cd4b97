package org.accords.sourceview;

import java.nio.file.Path;
import java.util.List;

import org.accords.article.Article;
import org.accords.paging.NodeId;
import org.accords.seed.SeedFolder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The source view highlights the words of facts held inside agreements and commitments
 * (lifecycle events, parties with roles, money, quantities, deliveries, funding sources),
 * each linked to the fact that holds it.
 */
class NestedSpansTests {

	private static final SeedFolder.Contents FIXTURES = SeedFolder
		.validate(Path.of("src/test/resources/model-fixtures"));

	private static List<Span> spansOf(String article) {
		return ArticleSpans.nested(NodeId.of(Article.TYPE, article), FIXTURES.agreements(), FIXTURES.commitments());
	}

	@Test
	void eventsMoneyQuantitiesAndFundingSourcesAreSpansOfTheirFact() {
		List<Span> spans = spansOf("polder-wire-2025-06-02");
		assertThat(spans).extracting(Span::kind, Span::excerpt)
			.contains(
					tuple("lifecycleEvent",
							"The Netherlands and Ukraine signed a letter of intent in The Hague on Monday"),
					tuple("amount", "worth a total of 120 million euros"),
					tuple("amount", "about 300 reconnaissance drones"), tuple("amount",
							"the remaining 40 million euros will come from the proceeds of frozen Russian assets"));
		assertThat(spans).filteredOn((s) -> s.excerpt().equals("worth a total of 120 million euros"))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.factType()).isEqualTo("Agreement");
				assertThat(s.factId()).isEqualTo(NodeId.of("Agreement", "nl-ua-drone-financing-letter"));
				assertThat(s.label()).endsWith(": value EUR 120000000");
			});
		assertThat(spans).extracting(Span::label)
			.anyMatch((label) -> label.endsWith(": quantity about 300 reconnaissance drones"))
			.anyMatch((label) -> label.endsWith(": funded from the proceeds of frozen Russian assets"));
	}

	@Test
	void partiesCarryTheirRoleAndTheDayTheyJoined() {
		assertThat(spansOf("baltic-line-2025-02-10")).filteredOn((s) -> s.kind().equals("participant"))
			.extracting(Span::label)
			.contains("Drone coalition for Ukraine: LV CO_LEADER", "Drone coalition for Ukraine: EE MEMBER");
		assertThat(spansOf("north-courier-2025-04-20")).filteredOn((s) -> s.kind().equals("participant"))
			.extracting(Span::label)
			.contains("Drone coalition for Ukraine: SE MEMBER, joined 2025-04-17",
					"Drone coalition for Ukraine: patria FUNDER");
	}

	@Test
	void aDeliveryIsASpanOfTheCommitmentItFulfilsInPart() {
		assertThat(spansOf("sound-herald-2025-09-15")).filteredOn((s) -> s.label().contains(": delivered "))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.factId()).isEqualTo(NodeId.of("Commitment", "dutch-reconnaissance-drones"));
				assertThat(s.label()).endsWith(": delivered 120 reconnaissance drones");
			});
	}

}
