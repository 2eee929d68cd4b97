package org.accords.seed;

import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.evidence.Claim;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A publisher's own conversion of a sum into its readers' currency ("about 27 million
 * dollars at Wednesday's exchange rate") agrees with the sum as others give it in the
 * agreement's currency, which is served; without {@code converted: true} the two
 * currencies still dispute (the invented reports of {@code faithful-fixtures}).
 */
class MoneyConversionMergeTests {

	private static final String GULL = NodeId.of("Article", "gull-wire-2026-03-10");

	private static final String LEDGER = NodeId.of("Article", "prairie-ledger-2026-03-11");

	private static final String MARSH = NodeId.of("Article", "marsh-dispatch-2026-03-12");

	private static final String LEDGER_FILE = "curated/411_prairie_ledger_fi_ua_demining.yaml";

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

	@Test
	void aConvertedSumInTheSameCurrencyStillCompares() {
		Agreement memorandum = memorandum(
				SeedFixture.changed(CommitmentProgressTests.fixtures(), LEDGER_FILE, "currency: USD", "currency: EUR"));
		assertThat(memorandum.provenance().disputed()).isTrue();
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
