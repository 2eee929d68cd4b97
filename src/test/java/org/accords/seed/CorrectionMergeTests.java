package org.accords.seed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Provenance;
import org.accords.paging.NodeId;
import org.accords.seed.ReportMerger.Merged;
import org.accords.seed.SeedValidator.ResolvedDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A correction by the publisher of a report ({@code corrects} in its curated file)
 * withdraws the report's values that it states otherwise: the correction's value is
 * served, the withdrawn one stays a claim naming the correction and competes with none.
 * Only the publisher corrects itself: a value another article also states still stands.
 */
class CorrectionMergeTests {

	private static final String REPORT = NodeId.of("Article", "amber-wire-2025-06-02");

	private static final String CORRECTION = NodeId.of("Article", "amber-wire-2025-06-03-correction");

	// ---- the merge's rule ----

	private static Merged merged(Map<String, Set<String>> correctedBy, Object... articleAndValue) {
		Merged m = new ReportMerger("Agreement", correctedBy).report("a", "a.yaml: agreements[0]", "a.yaml");
		for (int i = 0; i < articleAndValue.length; i += 2) {
			m.source((String) articleAndValue[i]);
			m.value("value", articleAndValue[i + 1], (String) articleAndValue[i], "f" + i + ".yaml");
		}
		return m;
	}

	@Test
	void correctedValueIsWithdrawnAndTheCorrectionsServed() {
		Merged m = merged(Map.of("r", Set.of("c")), "r", "120000000 EUR", "c", "102000000 EUR");
		assertThat(m.value("value")).isEqualTo("102000000 EUR");
		Provenance provenance = m.provenance(Map.of(), String::valueOf);
		assertThat(provenance.disputed()).isNull();
		assertThat(provenance.claims())
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::correctedByIds, Claim::served)
			.containsExactly(tuple("120000000 EUR", List.of("r"), false, List.of("c"), false),
					tuple("102000000 EUR", List.of("c"), false, List.of(), true));
	}

	@Test
	void withoutACorrectionTheSameValuesAreADispute() {
		Merged m = merged(Map.of(), "r", "120000000 EUR", "c", "102000000 EUR");
		assertThat(m.value("value")).isEqualTo("120000000 EUR");
		Provenance provenance = m.provenance(Map.of(), String::valueOf);
		assertThat(provenance.disputed()).isTrue();
		assertThat(provenance.claims()).extracting(Claim::competing, Claim::correctedBy)
			.containsExactly(tuple(true, null), tuple(true, null));
	}

	@Test
	void aValueAnotherPublisherAlsoStatesStandsAndCompetes() {
		// the correction withdraws its own publisher's words, not another source's
		Merged m = merged(Map.of("r", Set.of("c")), "r", "120000000 EUR", "c", "102000000 EUR", "other",
				"120000000 EUR");
		Provenance provenance = m.provenance(Map.of(), String::valueOf);
		assertThat(provenance.disputed()).isTrue();
		assertThat(provenance.claims()).extracting(Claim::sourceIds, Claim::competing, Claim::correctedByIds)
			.containsExactly(tuple(List.of("r", "other"), true, List.of()), tuple(List.of("c"), true, List.of()));
	}

	@Test
	void aCorrectionThatAgreesWithAValueWithdrawsNothing() {
		ResolvedDate day = new ResolvedDate("2025-06-02", DatePrecision.DAY);
		ResolvedDate month = new ResolvedDate("2025-06-01", DatePrecision.MONTH);
		Merged m = merged(Map.of("r", Set.of("c")), "r", day, "c", month);
		assertThat(m.value("value")).isEqualTo(day);
		assertThat(m.provenance(Map.of(), String::valueOf).claims()).extracting(Claim::correctedBy)
			.containsExactly(null, null);
	}

	// ---- the curated files ----

	private static SeedFiles fixtures() {
		return ValidateCommand.read(Path.of("src/test/resources/correction-fixtures"));
	}

	private static SeedFiles changed(String file, String from, String to) {
		return SeedFixture.changed(fixtures(), file, from, to);
	}

	private static final String CORRECTION_FILE = "curated/b_amber_wire_correction.yaml";

	@Test
	void correctionIsRecordedOnItsArticle() {
		SeedDataset dataset = SeedValidator.validate(fixtures());
		assertThat(dataset.articles()).extracting((a) -> a.id(), (a) -> a.corrects())
			.containsExactly(tuple(REPORT, List.of()), tuple(CORRECTION, List.of(REPORT)));
	}

	@Test
	void correctsNamingNoCuratedArticleIsRefused() {
		assertThat(SeedFixture.problems(
				changed(CORRECTION_FILE, "corrects: [amber-wire-2025-06-02]", "corrects: [amber-wire-2025-06-01]")))
			.containsExactly(CORRECTION_FILE
					+ ":10: article: corrects[0]: 'amber-wire-2025-06-01' is not the id of a curated article");
	}

	@Test
	void anotherPublishersArticleIsNotCorrectedButDisputed() {
		assertThat(SeedFixture.problems(changed(CORRECTION_FILE, "publisher: Amber Wire (test fixture)",
				"publisher: Baltic Ledger (test fixture)")))
			.containsExactly(CORRECTION_FILE
					+ ":10: article: corrects[0]: 'amber-wire-2025-06-02' is published by Amber Wire (test fixture), "
					+ "not by Baltic Ledger (test fixture): a correction is its own publisher's; another "
					+ "publisher's disagreement is a dispute");
	}

	@Test
	void aCorrectionFollowsWhatItCorrectsAndNeverItself() {
		assertThat(SeedFixture.problems(changed(CORRECTION_FILE, "corrects: [amber-wire-2025-06-02]",
				"corrects: [amber-wire-2025-06-03-correction]")))
			.containsExactly(CORRECTION_FILE + ":10: article: corrects[0]: an article cannot correct itself");
		assertThat(SeedFixture.problems(changed("curated/a_amber_wire.yaml",
				"  rights: Invented test fixture text, free to use.",
				"  rights: Invented test fixture text, free to use.\n  corrects: [amber-wire-2025-06-03-correction]")))
			.containsExactly("curated/a_amber_wire.yaml:8: article: corrects[0]: 'amber-wire-2025-06-03-correction' "
					+ "was published on 2025-06-03, after this article (2025-06-02): a correction follows what it "
					+ "corrects");
	}

}
