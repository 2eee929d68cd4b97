package org.accords.sourceview;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accepting and rejecting entries edits only their own lines.
 */
class DeskEditsTests {

	static final String YAML = """
			# a draft
			people:
			  - id: kaarel-tamm
			    name: Kaarel Tamm
			    reviewed: false
			    posts:
			      - role: Defence Minister
			        evidence:
			          - "Defence Minister Kaarel Tamm"

			statements:
			  # the quote
			  - id: tamm-share-sites
			    reviewed: false   # proposed by draft
			    text: "We will share"
			  - kind: PARAPHRASE
			    id: tamm-talks
			    reviewed: false
			  - id: reviewed-one
			    text: x
			""";

	@Test
	void acceptingTurnsOnlyThatEntrysFlagToTrue() {
		String accepted = DeskEdits.accept(YAML, "statements", "tamm-share-sites");
		assertThat(accepted).isEqualTo(YAML.replace("reviewed: false   # proposed", "reviewed: true   # proposed"));
	}

	@Test
	void acceptingFindsAnEntryWhoseIdIsNotItsFirstKey() {
		String accepted = DeskEdits.accept(YAML, "statements", "tamm-talks");
		assertThat(accepted).contains("    id: tamm-talks\n    reviewed: true\n");
		assertThat(accepted).contains("reviewed: false   # proposed");
	}

	@Test
	void rejectingDeletesTheEntryWithItsNestedLinesAndKeepsTheNextEntrysComment() {
		String rejected = DeskEdits.reject(YAML, "people", "kaarel-tamm");
		assertThat(rejected).startsWith("# a draft\npeople:\n\nstatements:\n  # the quote\n  - id: tamm-share-sites");
		String second = DeskEdits.reject(YAML, "statements", "tamm-talks");
		assertThat(second).contains("    text: \"We will share\"\n  - id: reviewed-one\n");
	}

	@Test
	void unknownEntriesAndReviewedOnesAreRefusedWithTheReason() {
		assertThatThrownBy(() -> DeskEdits.accept(YAML, "statements", "nope")).hasMessageContaining("no entry 'nope'");
		assertThatThrownBy(() -> DeskEdits.accept(YAML, "statements", "reviewed-one"))
			.hasMessageContaining("is not marked reviewed: false");
		assertThatThrownBy(() -> DeskEdits.reject(YAML, "agreements", "x")).hasMessageContaining("no section");
	}

	@Test
	void anUnknownEntryOfAHundredKilobytesIsEchoedBounded() {
		String id = "tamm-" + "x".repeat(100_000) + "\u202e";
		assertThatThrownBy(() -> DeskEdits.accept(YAML, "statements", id))
			.hasMessage("no entry '" + id.substring(0, 80) + "'… (100006 characters) in section 'statements'");
		assertThatThrownBy(() -> DeskEdits.reject(YAML, "statements", "nope\u202eevil"))
			.hasMessage("no entry 'nopeU+202Eevil' in section 'statements'");
		assertThatThrownBy(() -> DeskEdits.reject(YAML, "y".repeat(100_000), "x"))
			.hasMessage("no section '" + "y".repeat(80) + "'… (100000 characters)");
	}

}
