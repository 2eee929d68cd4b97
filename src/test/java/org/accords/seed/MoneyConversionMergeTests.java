package org.accords.seed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.evidence.Claim;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A publisher's own conversion of a sum into its readers' currency ("about 27 million
 * dollars at Wednesday's exchange rate") agrees with the sum as others give it, in any
 * currency, and with another conversion at another rate; a sum not converted is served,
 * else the first conversion reported. Without {@code converted: true} the two currencies
 * still dispute, as two sums not converted that differ do (the invented reports of
 * {@code faithful-fixtures}).
 */
class MoneyConversionMergeTests {

	private static final String GULL = NodeId.of("Article", "gull-wire-2026-03-10");

	private static final String LEDGER = NodeId.of("Article", "prairie-ledger-2026-03-11");

	private static final String MARSH = NodeId.of("Article", "marsh-dispatch-2026-03-12");

	private static final String CORRECTION = NodeId.of("Article", "prairie-ledger-2026-03-13-correction");

	private static final String LEDGER_FILE = "curated/411_prairie_ledger_fi_ua_demining.yaml";

	private static final String GULL_FILE = "curated/410_gull_wire_fi_ua_demining.yaml";

	private static final String MARSH_FILE = "curated/412_marsh_dispatch_fi_ua_demining.yaml";

	/** The range as the dispatch gives it, without its words. */
	private static final String MARSH_RANGE = """
			      amount: "20000000"
			      upTo: "30000000"
			      currency: EUR
			""";

	/** The dispatch's sum as another reporter's conversion into dollars. */
	private static final String CONVERTED_28_MILLION_DOLLARS = """
			      amount: "28000000"
			      currency: USD
			      approximate: true
			      converted: true
			""";

	/** The dispatch's value, whole. */
	private static final String MARSH_VALUE = """
			    value:
			      amount: "20000000"
			      upTo: "30000000"
			      currency: EUR
			      text: between 20 and 30 million euros
			      evidence: ["sets aside between 20 and 30 million euros"]
			""";

	/** The wire's value, whole. */
	private static final String GULL_VALUE = """
			    value:
			      amount: "20000000"
			      upTo: "30000000"
			      currency: EUR
			      text: between 20 and 30 million euros
			      evidence: ["put at between 20 and 30 million euros"]
			""";

	private static Agreement memorandum(SeedFiles files) {
		return MoneyRangeMergeTests.memorandum(files);
	}

	@Test
	void aConvertedSumAgreesAndTheSumInTheAgreementsCurrencyIsServed() {
		Agreement memorandum = memorandum(CommitmentProgressTests.fixtures());
		assertThat(memorandum.provenance().disputed()).isNull();
		assertThat(memorandum.value().currency()).isEqualTo("EUR");
		assertThat(memorandum.value().upTo()).isEqualTo("30000000");
		assertThat(memorandum.value().converted()).isFalse();
		assertThat(memorandum.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("20000000 to 30000000 EUR", List.of(GULL, MARSH), false, true),
					tuple("27000000 USD (approximate) (converted)", List.of(LEDGER), false, false));
	}

	@Test
	void withoutConvertedTheTwoCurrenciesDispute() {
		Agreement memorandum = memorandum(
				SeedFixture.changed(CommitmentProgressTests.fixtures(), LEDGER_FILE, "      converted: true\n", ""));
		assertThat(memorandum.provenance().disputed()).isTrue();
		assertThat(memorandum.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("20000000 to 30000000 EUR", true), tuple("27000000 USD (approximate)", true));
	}

	/**
	 * Before, a conversion into the agreement's own currency compared with its sum: the
	 * ledger's "about 27 million" disputed the range no source disagreed about.
	 */
	@Test
	void aConvertedSumInTheSameCurrencyDisputesNothing() {
		Agreement memorandum = memorandum(
				SeedFixture.changed(CommitmentProgressTests.fixtures(), LEDGER_FILE, "currency: USD", "currency: EUR"));
		assertThat(memorandum.provenance().disputed()).isNull();
		assertThat(memorandum.value().upTo()).isEqualTo("30000000");
		assertThat(memorandum.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::competing, Claim::served)
			.containsExactly(tuple("20000000 to 30000000 EUR", false, true),
					tuple("27000000 EUR (approximate) (converted)", false, false));
	}

	/**
	 * The case that was disputed: one pledge in euros, converted into dollars by two
	 * reporters at two exchange rates. No source disagrees about the pledge.
	 */
	@Test
	void twoConversionsAtTwoRatesDisputeNothingAndTheSumNotConvertedIsServed() {
		Agreement memorandum = memorandum(SeedFixture.changed(CommitmentProgressTests.fixtures(), MARSH_FILE,
				MARSH_RANGE, CONVERTED_28_MILLION_DOLLARS));
		assertThat(memorandum.provenance().disputed()).isNull();
		assertThat(memorandum.value().currency()).isEqualTo("EUR");
		assertThat(memorandum.value().converted()).isFalse();
		assertThat(memorandum.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("20000000 to 30000000 EUR", List.of(GULL), false, true),
					tuple("27000000 USD (approximate) (converted)", List.of(LEDGER), false, false),
					tuple("28000000 USD (approximate) (converted)", List.of(MARSH), false, false));
	}

	/**
	 * With no sum as the pledge was made, the first conversion reported is served (as the
	 * first of any values that agree is), the other kept as a claim that competes with
	 * none.
	 */
	@Test
	void whenOnlyConversionsAreGivenTheFirstReportedIsServed() {
		SeedFiles files = SeedFixture.changed(CommitmentProgressTests.fixtures(), MARSH_FILE, MARSH_RANGE,
				CONVERTED_28_MILLION_DOLLARS);
		Agreement memorandum = memorandum(SeedFixture.changed(files, GULL_FILE, GULL_VALUE, ""));
		assertThat(memorandum.provenance().disputed()).isNull();
		assertThat(memorandum.value().amount()).isEqualTo("27000000");
		assertThat(memorandum.value().currency()).isEqualTo("USD");
		assertThat(memorandum.value().converted()).isTrue();
		assertThat(memorandum.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::competing, Claim::served)
			.containsExactly(tuple("27000000 USD (approximate) (converted)", false, true),
					tuple("28000000 USD (approximate) (converted)", false, false));
	}

	/**
	 * Before, the first reported was served: here the ledger's conversion, a day before
	 * the dispatch gave the range in the currency the memorandum was made in.
	 */
	@Test
	void aSumNotConvertedIsServedOverAConversionReportedBeforeItInItsCurrency() {
		SeedFiles files = SeedFixture.changed(CommitmentProgressTests.fixtures(), LEDGER_FILE, "currency: USD",
				"currency: EUR");
		Agreement memorandum = memorandum(SeedFixture.changed(files, GULL_FILE, GULL_VALUE, ""));
		assertThat(memorandum.provenance().disputed()).isNull();
		assertThat(memorandum.value().amount()).isEqualTo("20000000");
		assertThat(memorandum.value().upTo()).isEqualTo("30000000");
		assertThat(memorandum.value().converted()).isFalse();
		assertThat(memorandum.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::sourceIds, Claim::served)
			.containsExactly(tuple("27000000 EUR (approximate) (converted)", List.of(LEDGER), false),
					tuple("20000000 to 30000000 EUR", List.of(MARSH), true));
	}

	@Test
	void twoSumsNotConvertedThatDifferStillDisputeAndTheConversionCompetesWithNeither() {
		Agreement memorandum = memorandum(SeedFixture.changed(CommitmentProgressTests.fixtures(), MARSH_FILE,
				MARSH_RANGE, "      amount: \"35000000\"\n      currency: EUR\n"));
		assertThat(memorandum.provenance().disputed()).isTrue();
		assertThat(memorandum.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("20000000 to 30000000 EUR", true),
					tuple("27000000 USD (approximate) (converted)", false), tuple("35000000 EUR", true));
	}

	/**
	 * A publisher correcting its own conversion ("about 28 million dollars, not 27
	 * million as we reported"): the correction's conversion is served and the report's is
	 * withdrawn, though two conversions otherwise agree whatever their figures.
	 */
	@Test
	void aPublisherCorrectingItsConversionWithdrawsTheConversionItCorrects() {
		SeedFiles files = SeedFixture.changed(CommitmentProgressTests.fixtures(), GULL_FILE, GULL_VALUE, "");
		files = SeedFixture.changed(files, MARSH_FILE, MARSH_VALUE, "");
		List<SeedFiles.SeedFile> articles = new ArrayList<>(files.articles());
		articles.add(new SeedFiles.SeedFile("articles/416_prairie_ledger_demining_correction.txt",
				"""
						date 2026-03-13
						TEST FIXTURE: invented for Accords tests, not a news report.
						WASHINGTON (Prairie Ledger) - Correction: a report on Wednesday put Finland's demining programme for Ukraine at about 27 million dollars. At Wednesday's exchange rate it was worth about 28 million dollars.
						"""
					.getBytes(StandardCharsets.UTF_8)));
		List<SeedFiles.SeedFile> curated = new ArrayList<>(files.curated());
		curated.add(new SeedFiles.SeedFile("curated/416_prairie_ledger_demining_correction.yaml", """
				article:
				  file: 416_prairie_ledger_demining_correction.txt
				  id: prairie-ledger-2026-03-13-correction
				  publisher: Prairie Ledger (test fixture)
				  language: en
				  rights: Invented test fixture text, free to use.
				  corrects: [prairie-ledger-2026-03-11]

				agreements:
				  - id: fi-ua-demining
				    value:
				      amount: "28000000"
				      currency: USD
				      approximate: true
				      converted: true
				      text: about 28 million dollars
				      evidence: ["it was worth about 28 million dollars"]
				    evidence: ["Finland's demining programme for Ukraine"]
				""".getBytes(StandardCharsets.UTF_8)));
		Agreement memorandum = memorandum(new SeedFiles(articles, curated));
		assertThat(memorandum.provenance().disputed()).isNull();
		assertThat(memorandum.value().amount()).isEqualTo("28000000");
		assertThat(memorandum.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::competing, Claim::served, Claim::correctedByIds)
			.containsExactly(tuple("27000000 USD (approximate) (converted)", false, false, List.of(CORRECTION)),
					tuple("28000000 USD (approximate) (converted)", false, true, List.of()));
	}

	@Test
	void convertedThatIsNoTrueOrFalseIsRefused() {
		assertThat(SeedFixture.problems(SeedFixture.changed(CommitmentProgressTests.fixtures(), LEDGER_FILE,
				"      converted: true", "      converted: by the ledger")))
			.singleElement()
			.asString()
			.contains(LEDGER_FILE)
			.contains("converted must be true or false, not the text 'by the ledger'");
	}

}
