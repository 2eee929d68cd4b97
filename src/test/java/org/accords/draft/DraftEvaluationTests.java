package org.accords.draft;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.accords.seed.SeedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the drafts from falling below the targets on the evaluation sets: the
 * seed article and ten test articles ({@code draft-eval}), and four articles written
 * after the rules ({@code draft-eval-unseen}, {@code draft-eval-blind}).
 */
@Execution(ExecutionMode.CONCURRENT)
class DraftEvaluationTests {

	@ParameterizedTest
	@ValueSource(strings = { "draft-eval", "draft-eval-unseen", "draft-eval-blind" })
	void theAnswerFilesPassTheLoadersValidation(String set) {
		SeedFolder.Contents contents = SeedFolder.validate(Path.of("src/test/resources", set));
		assertThat(contents.statements()).isNotEmpty();
		assertThat(contents.unreviewed()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "draft-eval", "draft-eval-unseen", "draft-eval-blind" })
	void draftsMeetTheTargets(String set) {
		Evaluation evaluation = Evaluation.run(Path.of("src/test/resources", set), Drafter.standard());
		String report = evaluation.table() + String.join("\n", evaluation.misses());
		assertThat(evaluation.tally("quote spans").recall()).as(report).isGreaterThanOrEqualTo(0.95);
		assertThat(evaluation.tally("quote spans").precision()).as(report).isGreaterThanOrEqualTo(0.90);
		assertThat(evaluation.tally("speaker of found quotes").precision()).as(report).isGreaterThanOrEqualTo(0.85);
		assertThat(evaluation.tally("people").recall()).as(report).isGreaterThanOrEqualTo(0.90);
		assertThat(evaluation.tally("countries").recall()).as(report).isGreaterThanOrEqualTo(0.90);
		assertThat(evaluation.tally("money").recall()).as(report).isGreaterThanOrEqualTo(0.90);
	}

	@ParameterizedTest
	@ValueSource(strings = { "draft-eval" })
	void theMainSetHoldsTheSeedArticleAndTenMore(String set) {
		Evaluation evaluation = Evaluation.run(Path.of("src/test/resources", set), Drafter.standard());
		assertThat(evaluation.articles()).isGreaterThanOrEqualTo(11);
	}

	/**
	 * The expected amounts and dates are read from the comment lines in one pass: a line
	 * whose value has a run of 100,000 blanks before its last word (a quadratic read with
	 * the lazy value before trailing blanks) is read whole, a value's blanks kept, its
	 * trailing ones stripped, and a line with no value lists nothing (the next line is
	 * not its value).
	 */
	@Test
	void expectedLinesAreReadInOnePassWhateverTheirBlanks() {
		String blanks = " ".repeat(100_000);
		String curated = "# a draft\n# expect money: EUR 5000000" + blanks + "x\n#\texpect date: 2024-11-05" + blanks
				+ "\r\n# expect money:" + blanks + "\nstatements: []\n#\n\nexpect date: 2024-11-06\n";
		assertThat(Evaluation.expected(curated)).containsExactly(
				Map.entry("money", List.of("EUR 5000000" + blanks + "x")), Map.entry("date", List.of("2024-11-05")));
	}

}
