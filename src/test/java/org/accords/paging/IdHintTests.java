package org.accords.paging;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way of telling what a value given where an id goes means: the curated ids the
 * features know replace the refusal, their notes follow it.
 */
class IdHintTests {

	static final IdHint.Asked ASKED = new IdHint.Asked("v1", "petraitis", List.of("Person"), false);

	@Test
	void withNothingKnownTheRefusalStands() {
		assertThat(IdHint.message(Stream.of((asked) -> IdHint.Hint.NONE), ASKED, "filter.speaker", "refused"))
			.isEqualTo("refused");
	}

	@Test
	void curatedIdsReplaceTheRefusalAndNotesFollow() {
		String id = NodeId.of("Person", "petraitis");
		IdHint curated = (asked) -> new IdHint.Hint(List.of(NodeId.of(asked.types().get(0), asked.value())), "");
		IdHint note = (asked) -> new IdHint.Hint(List.of(), "; a note on " + asked.value());
		assertThat(IdHint.message(Stream.of(curated, note), ASKED, "filter.speaker", "refused"))
			.isEqualTo("filter.speaker: 'petraitis' is the curated id of a Person, not its Accords id, " + id
					+ "; a note on petraitis");
		assertThat(IdHint.message(Stream.of(note), ASKED, "filter.speaker", "refused"))
			.isEqualTo("refused; a note on petraitis");
	}

}
