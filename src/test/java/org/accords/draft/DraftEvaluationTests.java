package org.accords.draft;

import java.nio.file.Path;

import org.accords.seed.SeedFolder;
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

}
