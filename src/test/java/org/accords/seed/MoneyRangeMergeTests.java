package org.accords.seed;

import org.accords.agreement.Agreement;
import org.accords.evidence.Claim;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A sum two publishers give as the same range ("between 20 and 30 million euros") is one
 * sum; another range is a dispute, as another amount is; a range that cannot be one is
 * refused naming the entry (the invented reports of {@code faithful-fixtures}).
 */
class MoneyRangeMergeTests {

	private static final String MEMORANDUM = NodeId.of("Agreement", "fi-ua-demining");

	private static final String GULL = NodeId.of("Article", "gull-wire-2026-03-10");

	private static final String MARSH = NodeId.of("Article", "marsh-dispatch-2026-03-12");

	private static final String GULL_FILE = "curated/410_gull_wire_fi_ua_demining.yaml";

	/** The fixtures without the report in dollars. */
	private static SeedFiles inEuros() {
		SeedFiles files = CommitmentProgressTests.fixtures();
		return new SeedFiles(files.articles().stream().filter((f) -> !f.path().contains("411_")).toList(),
				files.curated().stream().filter((f) -> !f.path().contains("411_")).toList());
	}

	/** The demining memorandum of fixtures 410 to 412, as {@code files} give it. */
	static Agreement memorandum(SeedFiles files) {
		return SeedValidator.validate(files)
			.agreements()
			.stream()
			.filter((a) -> a.id().equals(MEMORANDUM))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theSameRangeFromTwoPublishersAgreesAndIsServedWithBothEnds() {
		Agreement memorandum = memorandum(inEuros());
		assertThat(memorandum.value()).isNotNull();
		assertThat(memorandum.value().amount()).isEqualTo("20000000");
		assertThat(memorandum.value().upTo()).isEqualTo("30000000");
		assertThat(memorandum.value().bound()).isNull();
		assertThat(memorandum.value().evidence()).hasSize(2);
		assertThat(memorandum.provenance().disputed()).isNull();
		// one value, stated by both: no claims to tell apart
		assertThat(memorandum.provenance().claims()).filteredOn((c) -> c.field().equals("value")).isEmpty();
		assertThat(memorandum.value().evidence()).extracting((e) -> e.articleId()).containsExactly(GULL, MARSH);
	}

	@Test
	void anotherRangeIsADispute() {
		Agreement memorandum = memorandum(SeedFixture.changed(inEuros(),
				"curated/412_marsh_dispatch_fi_ua_demining.yaml", "upTo: \"30000000\"", "upTo: \"35000000\""));
		assertThat(memorandum.provenance().disputed()).isTrue();
		assertThat(memorandum.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
			.extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("20000000 to 30000000 EUR", true), tuple("20000000 to 35000000 EUR", true));
	}

	@Test
	void aFigureWithinTheRangeIsServedAndTheRangeDoesNotCompete() {
		String marsh = "curated/412_marsh_dispatch_fi_ua_demining.yaml";
		Agreement memorandum = memorandum(
				SeedFixture.changed(SeedFixture.changed(inEuros(), marsh, "      upTo: \"30000000\"\n", ""), marsh,
						"amount: \"20000000\"", "amount: \"25000000\""));
		assertThat(memorandum.provenance().disputed()).isNull();
		assertThat(memorandum.value().amount()).isEqualTo("25000000");
		assertThat(memorandum.value().upTo()).isNull();
	}

	@Test
	void anUpperEndBelowTheAmountIsRefused() {
		assertThat(SeedFixture
			.problems(SeedFixture.changed(inEuros(), GULL_FILE, "upTo: \"30000000\"", "upTo: \"15000000\"")))
			.containsExactly(GULL_FILE + ":22: agreements[0] 'fi-ua-demining': value: upTo 15000000 is not more than "
					+ "amount 20000000: a range runs from amount (its lower end) up to upTo (its upper end), and a "
					+ "single figure has no upTo");
	}

	@Test
	void anUpperEndThatIsNoDecimalIsRefused() {
		assertThat(SeedFixture
			.problems(SeedFixture.changed(inEuros(), GULL_FILE, "upTo: \"30000000\"", "upTo: \"30 million\"")))
			.containsExactly(GULL_FILE + ":22: agreements[0] 'fi-ua-demining': value: upTo '30 million' is not an "
					+ "exact decimal number such as 120000000 or 1.5 (digits and at most one point: no sign, "
					+ "exponent or thousands separator)");
	}

	@Test
	void aRangeWithABoundIsRefused() {
		assertThat(SeedFixture.problems(SeedFixture.changed(inEuros(), GULL_FILE, "upTo: \"30000000\"",
				"upTo: \"30000000\"\n      bound: AT_LEAST")))
			.containsExactly(GULL_FILE + ":20: agreements[0] 'fi-ua-demining': value: gives both bound and upTo: "
					+ "a range (amount to upTo) has both its ends and takes no bound; curate \"up to\" or \"more "
					+ "than\" a figure as bound alone");
	}

}
