package org.accords.sourceview;

import java.nio.charset.StandardCharsets;

import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk lists a curated file's excerpts that cannot be placed, and its unreviewed
 * entries (their Accept and Reject buttons), in the file's order: it went through the
 * sections, and through an entry's held items, in the order of a {@code Map.of}, which
 * each start of the application draws anew, so a curator going down the file saw them in
 * another order after every restart.
 */
class DeskFileOrderTests {

	static final String ARTICLE = "date 2025-03-12\nThe ministers met in Riga on Wednesday.\n";

	static final String CURATED = """
			article:
			  file: sv_riga.txt
			  publisher: Baltic Wire
			countries:
			  - code: LV
			    reviewed: false
			    evidence: ["not in the text: a country"]
			organizations:
			  - id: riga-works
			    name: Riga Works
			    reviewed: false
			    evidence: ["not in the text: an organization"]
			people:
			  - id: anna-berzina
			    name: Anna Berzina
			    reviewed: false
			    evidence: ["not in the text: a person"]
			    posts:
			      - role: minister
			        evidence: ["not in the text: a post"]
			agreements:
			  - id: riga-memorandum
			    title: Riga memorandum
			    reviewed: false
			    evidence: ["not in the text: an agreement"]
			    participants:
			      - party: riga-works
			        evidence: ["not in the text: a participant"]
			    events:
			      - stage: SIGNED
			        evidence: ["not in the text: an event of it"]
			    value:
			      text: two million euros
			      evidence: ["not in the text: its value"]
			statements:
			  - id: berzina-riga
			    text: We met in Riga.
			    reviewed: false
			    evidence: ["not in the text: a statement"]
			events:
			  - id: riga-meeting
			    name: Riga meeting
			    reviewed: false
			    evidence: ["not in the text: a meeting"]
			""";

	@Test
	void problemsAndUnreviewedEntriesComeInTheFilesOrder() {
		JsonNode root = DeskFile.parse("curated/riga.yaml", CURATED.getBytes(StandardCharsets.UTF_8));
		DeskFile desk = DeskFile.of("curated/riga.yaml", CURATED, root, "articles/sv_riga.txt", ARTICLE);
		assertThat(desk.problems()).extracting((problem) -> problem.replaceAll(": evidence\\[0].*", ""))
			.containsExactly("countries[0] 'LV'", "organizations[0] 'riga-works'", "people[0] 'anna-berzina'",
					"people[0] 'anna-berzina': posts[0]", "agreements[0] 'riga-memorandum'",
					"agreements[0] 'riga-memorandum': participants[0]", "agreements[0] 'riga-memorandum': events[0]",
					"agreements[0] 'riga-memorandum': value", "statements[0] 'berzina-riga'",
					"events[0] 'riga-meeting'");
		assertThat(desk.unreviewed()).containsExactly(NodeId.of("Country", "LV"),
				NodeId.of("Organization", "riga-works"), NodeId.of("Person", "anna-berzina"),
				NodeId.of("Agreement", "riga-memorandum"), NodeId.of("Statement", "berzina-riga"),
				NodeId.of("Event", "riga-meeting"));
	}

}
