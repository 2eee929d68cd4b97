package org.accords.sourceview;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.accords.article.Article;
import org.accords.commitment.Commitment;
import org.accords.paging.NodeId;
import org.accords.seed.SeedFolder;
import org.accords.statement.Statement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source view labels the words of a fact whose sources give competing values, as it
 * labels withdrawn words: each article's spans say which value it gives and which the
 * others give, so that a reader of one report does not take its figure as uncontested
 * (invented reports under {@code src/test/resources/dispute-fixtures}, and the
 * three-source corpus under {@code corpus-fixtures}).
 */
class DisputedSpansTests {

	private static final SeedFolder.Contents DISPUTE = SeedFolder
		.validate(Path.of("src/test/resources/dispute-fixtures"));

	private static final String SKERRY = NodeId.of(Article.TYPE, "skerry-wire-2025-09-08");

	private static final String FEN = NodeId.of(Article.TYPE, "fen-courier-2025-09-09");

	private static Commitment pledge() {
		return DISPUTE.commitments()
			.stream()
			.filter((c) -> c.id().equals(NodeId.of("Commitment", "fi-demining-robots")))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void eachReportsWordsOfADisputedSumSayWhatItGivesAndWhatTheOthersGive() {
		Commitment pledge = pledge();
		assertThat(pledge.isDisputed()).isTrue();
		assertThat(ArticleSpans.differs(pledge, SKERRY, Map.of()))
			.isEqualTo(" [sources differ on amount: this article gives 40000000 EUR, others 48000000 EUR]");
		assertThat(ArticleSpans.differs(pledge, FEN, Map.of()))
			.isEqualTo(" [sources differ on amount: this article gives 48000000 EUR, others 40000000 EUR]");
		// the words of the sum served (the first report's), a span of the commitment,
		// say it too
		assertThat(ArticleSpans.nested(SKERRY, List.of(), List.of(pledge)))
			.filteredOn((span) -> span.excerpt().equals("40 million euros"))
			.singleElement()
			.satisfies((span) -> assertThat(span.label()).isEqualTo("Pay for mine-clearing robots for Ukraine: "
					+ "amount EUR 40000000 [sources differ on amount: this article gives 40000000 EUR, others 48000000 EUR]"));
	}

	@Test
	void aQuoteWordedTwoWaysIsLabelledInEachReport() {
		Statement quote = DISPUTE.statements().get(0);
		assertThat(ArticleSpans.differs(quote, SKERRY, Map.of())).startsWith(
				" [sources differ on text: this article gives Every field a robot clears is a field a farmer can sow again, others Each field");
	}

	@Test
	void aReferenceReadsAsTheNameOfWhomItNames() {
		SeedFolder.Contents corpus = SeedFolder.validate(Path.of("src/test/resources/corpus-fixtures"));
		var signer = corpus.signatories()
			.stream()
			.filter((s) -> s.id().equals(NodeId.of("Signatory", "signer-for-lithuania")))
			.findFirst()
			.orElseThrow();
		Map<String, String> names = Map.of(NodeId.of("Person", "jonas-petraitis"), "Jonas Petraitis",
				NodeId.of("Person", "ruta-vaitkute"), "Rūta Vaitkutė");
		assertThat(ArticleSpans.differs(signer, NodeId.of(Article.TYPE, "dnipro-daily-2025-03-12"), names))
			.isEqualTo(" [sources differ on person: this article gives Rūta Vaitkutė, others Jonas Petraitis]");
		// without a name, the curated id
		assertThat(ArticleSpans.differs(signer, NodeId.of(Article.TYPE, "northern-wire-2025-03-10"), Map.of()))
			.isEqualTo(" [sources differ on person: this article gives jonas-petraitis, others ruta-vaitkute]");
	}

	@Test
	void wordsOfAnUndisputedOrOnlyCorrectedFactAreNotLabelled() {
		SeedFolder.Contents correction = SeedFolder.validate(Path.of("src/test/resources/correction-fixtures"));
		// the report's 120 million is withdrawn, not competing: the correction's label
		// says so, not this one
		correction.agreements()
			.forEach((agreement) -> assertThat(
					ArticleSpans.differs(agreement, NodeId.of(Article.TYPE, "amber-wire-2025-06-02"), Map.of()))
				.isEmpty());
		assertThat(ArticleSpans.differs(pledge(), NodeId.of(Article.TYPE, "another-article"), Map.of())).isEmpty();
	}

}
