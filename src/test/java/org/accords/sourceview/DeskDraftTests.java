package org.accords.sourceview;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.draft.Draft;
import org.accords.draft.DraftWriter;
import org.accords.draft.Drafter;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What {@code draft} writes is what the desk reads: every proposed entry of a fresh draft
 * is placed on its article and marked unreviewed, and Accept finds each one.
 */
class DeskDraftTests {

	static final Path ARTICLE = Path.of("src/test/resources/source-view-seed/articles/sv_baltic_wire_radar.txt");

	@Test
	void freshDraftShowsEveryEntryUnreviewedOnItsArticle() throws Exception {
		String content = Files.readString(ARTICLE, StandardCharsets.UTF_8);
		Draft draft = Drafter.standard().draft(content);
		String yaml = DraftWriter.standalone().write(draft, "sv_baltic_wire_radar.txt");
		JsonNode root = DeskFile.parse("curated/draft.yaml", yaml.getBytes(StandardCharsets.UTF_8));
		DeskFile desk = DeskFile.of("curated/draft.yaml", yaml, root, "articles/sv_baltic_wire_radar.txt", content);

		assertThat(desk.problems()).isEmpty();
		assertThat(desk.entries()).isGreaterThan(3);
		// every entry of a fresh draft is unreviewed, the countries (which have no
		// evidence) too: both counts count the same entries
		assertThat(desk.unreviewed()).hasSize(desk.entries());
		Set<String> facts = new HashSet<>();
		desk.article().spans().forEach((span) -> {
			assertThat(desk.article().text().substring(span.start(), span.end())).isEqualTo(span.excerpt());
			facts.add(span.factId());
		});
		assertThat(desk.unreviewed()).containsAll(facts);

		// Accept finds every proposed entry in the writer's layout and leaves a valid
		// file
		for (Map.Entry<String, DeskFile.EntryRef> entry : desk.refs().entrySet()) {
			if (desk.unreviewed().contains(entry.getKey())) {
				String accepted = DeskEdits.accept(yaml, entry.getValue().section(), entry.getValue().id());
				DeskFile.parse("curated/draft.yaml", accepted.getBytes(StandardCharsets.UTF_8));
				Matcher flags = Pattern.compile("reviewed: false").matcher(accepted);
				int left = 0;
				while (flags.find()) {
					left++;
				}
				assertThat(left).as(entry.getValue().toString()).isEqualTo(countFalse(yaml) - 1);
			}
		}
	}

	private static int countFalse(String yaml) {
		Matcher flags = Pattern.compile("reviewed: false").matcher(yaml);
		int n = 0;
		while (flags.find()) {
			n++;
		}
		return n;
	}

	@Test
	void meetingsAndProgrammesArePlacedOnTheArticleAndAMissingExcerptIsNamed() {
		String content = "date 2025-05-06\nRIGA, May 6 - Defence ministers met in Riga on Tuesday and agreed "
				+ "to fund the new radars under the Amber Watch programme.\n";
		String yaml = """
				events:
				  - id: riga-ministers-meeting
				    name: Defence ministers' meeting in Riga
				    kind: MEETING
				    evidence: ["Defence ministers met in Riga on Tuesday"]
				  - id: vilnius-visit
				    name: A visit to Vilnius
				    kind: VISIT
				    evidence: ["visited Vilnius"]
				programmes:
				  - id: amber-watch
				    name: Amber Watch
				    evidence: ["under the Amber Watch programme"]
				""";
		DeskFile desk = riga(yaml, content);

		assertThat(desk.entries()).isEqualTo(3);
		assertThat(desk.article().spans()).extracting(Span::kind, Span::factType, Span::excerpt)
			.containsExactly(tuple("event", "Event", "Defence ministers met in Riga on Tuesday"),
					tuple("programme", "Programme", "under the Amber Watch programme"));
		assertThat(desk.problems()).singleElement()
			.asString()
			.startsWith("events[1] 'vilnius-visit': evidence[0]: excerpt not found in the article");
		assertThat(desk.refs().get(NodeId.of("Event", "riga-ministers-meeting")))
			.isEqualTo(new DeskFile.EntryRef("events", "riga-ministers-meeting"));
	}

	@Test
	void theItemsInsideAnAgreementACommitmentAndAStatementArePlacedAsTheirHoldersWords() {
		String content = "date 2025-05-06\nRIGA, May 6 - Latvia and Estonia signed a radar accord on Tuesday. "
				+ "Latvia will pay 12 million euros. Speaking for the ministry, Anna Ozola said the sites were chosen.\n";
		String yaml = """
				agreements:
				  - id: lv-ee-radar-accord
				    title: Latvia–Estonia radar accord
				    parties: [LV, EE]
				    evidence: ["signed a radar accord"]
				    events:
				      - stage: SIGNED
				        date: Tuesday
				        evidence: ["Latvia and Estonia signed a radar accord on Tuesday"]
				    participants:
				      - party: LV
				        role: PARTY
				        evidence: ["Latvia and Estonia"]
				commitments:
				  - id: lv-pays
				    agreement: lv-ee-radar-accord
				    description: Latvia pays 12 million euros.
				    status: UNDERTAKEN
				    evidence: ["Latvia will pay 12 million euros"]
				    amount:
				      amount: 12000000
				      currency: EUR
				      evidence: ["12 million euro"]
				statements:
				  - id: ozola-sites
				    speaker: anna-ozola
				    kind: PARAPHRASE
				    text: The sites were chosen.
				    onBehalfOf: lv-mod
				    onBehalfOfEvidence: ["Speaking for the ministry"]
				    evidence: ["Anna Ozola said the sites were chosen"]
				""";
		DeskFile desk = riga(yaml, content);

		String accord = NodeId.of("Agreement", "lv-ee-radar-accord");
		assertThat(desk.article().spans()).extracting(Span::kind, Span::factId, Span::excerpt)
			.contains(tuple("lifecycleEvent", accord, "Latvia and Estonia signed a radar accord on Tuesday"),
					tuple("participant", accord, "Latvia and Estonia"),
					tuple("amount", NodeId.of("Commitment", "lv-pays"), "12 million euro"),
					tuple("statement", NodeId.of("Statement", "ozola-sites"), "Speaking for the ministry"));
		// an item is not an entry of its own: the counts stay those of the sections'
		// entries
		assertThat(desk.entries()).isEqualTo(3);
		assertThat(desk.problems()).isEmpty();
	}

	@Test
	void anItemsExcerptNotInTheArticleIsNamedWithItsPlaceInTheEntry() {
		String content = "date 2025-05-06\nRIGA, May 6 - Latvia and Estonia signed a radar accord.\n";
		String yaml = """
				agreements:
				  - id: lv-ee-radar-accord
				    title: Latvia–Estonia radar accord
				    evidence: ["signed a radar accord"]
				    value:
				      amount: 5000000
				      currency: EUR
				      evidence: ["worth five million euros"]
				""";
		DeskFile desk = riga(yaml, content);

		assertThat(desk.problems()).singleElement()
			.asString()
			.startsWith("agreements[0] 'lv-ee-radar-accord': value: evidence[0]: excerpt not found in the article");
	}

	/**
	 * The desk's view of a curated file {@code curated/riga.yaml} of these sections and
	 * its article.
	 */
	private static DeskFile riga(String sections, String content) {
		String yaml = "article:\n  id: riga-wire-2025-05-06\n  file: riga.txt\n" + sections;
		JsonNode root = DeskFile.parse("curated/riga.yaml", yaml.getBytes(StandardCharsets.UTF_8));
		return DeskFile.of("curated/riga.yaml", yaml, root, "articles/riga.txt", content);
	}

}
