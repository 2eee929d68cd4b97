package org.accords.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Did you mean", without an application (the API's messages with it:
 * ReadableErrorsTests; a curator's: ValidateCommandTests).
 */
class SuggestionsTests {

	@Test
	void distanceCountsASwapOfNeighboursAsOneEdit() {
		assertThat(Suggestions.distance("frist", "first")).isEqualTo(1);
		assertThat(Suggestions.distance("cvs", "csv")).isEqualTo(1);
		assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
		assertThat(Suggestions.distance("abc", "ca")).isEqualTo(3);
		assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
		assertThat(Suggestions.distance("txt", "text")).isEqualTo(1);
		assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
	}

	@Test
	void theCloseNamesClosestFirstAtMostFiveAndNothingWhenNoneIsClose() {
		assertThat(Suggestions.didYouMean("rustem-umerow", List.of("laurynas-kasciunas", "rustem-umerov")))
			.isEqualTo("; did you mean 'rustem-umerov'?");
		assertThat(Suggestions.didYouMean("Frist", List.of("last", "first"))).isEqualTo("; did you mean 'first'?");
		assertThat(Suggestions.didYouMean("x-1", List.of("x-0", "x-2", "x-3", "x-4", "x-5", "x-6")))
			.isEqualTo("; did you mean 'x-0', 'x-2', 'x-3', 'x-4' or 'x-5'?");
		assertThat(Suggestions.didYouMean("cvs", List.of("csv", "json", "ndjson"))).isEqualTo("; did you mean 'csv'?");
		assertThat(Suggestions.didYouMean("kyiv-briefing", List.of("kyiv-press-conference-2025-06-11"))).isEmpty();
	}

	/**
	 * A name that differs from a known one only in letter case
	 * ({@code /data/Statements.csv}) is that one: it alone is suggested, not also the
	 * names a few edits away ({@code agreements}).
	 */
	@Test
	void aNameThatDiffersOnlyInLetterCaseSuggestsThatOneAlone() {
		assertThat(Suggestions.didYouMean("Statements", List.of("agreements", "statements", "signatories")))
			.isEqualTo("; did you mean 'statements'?");
		assertThat(Suggestions.close("STATEMENTS", List.of("agreements", "statements"))).containsExactly("statements");
		assertThat(Suggestions.didYouMean("Statments", List.of("agreements", "statements")))
			.isEqualTo("; did you mean 'statements'?");
	}

}
