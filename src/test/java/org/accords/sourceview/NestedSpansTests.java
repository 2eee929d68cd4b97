package org.accords.sourceview;

import java.nio.file.Path;
import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.article.Article;
import org.accords.event.Event;
import org.accords.event.EventKind;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.programme.Programme;
import org.accords.paging.NodeId;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The source view highlights the words of facts held inside agreements and commitments
 * (lifecycle events, parties with roles, money, quantities, deliveries, funding sources),
 * each linked to the fact that holds it.
 */
class NestedSpansTests {

	private static final SeedFolder.Contents FIXTURES = SeedFolder
		.validate(Path.of("src/test/resources/model-fixtures"));

	private static List<Span> spansOf(String article) {
		return spansOf(FIXTURES, article);
	}

	private static List<Span> spansOf(SeedFolder.Contents contents, String article) {
		return ArticleSpans.nested(NodeId.of(Article.TYPE, article), contents.agreements(), contents.commitments());
	}

	@Test
	void eventsMoneyQuantitiesAndFundingSourcesAreSpansOfTheirFact() {
		List<Span> spans = spansOf("polder-wire-2025-06-02");
		assertThat(spans).extracting(Span::kind, Span::excerpt)
			.contains(
					tuple("lifecycleEvent",
							"The Netherlands and Ukraine signed a letter of intent in The Hague on Monday"),
					tuple("amount", "worth a total of 120 million euros"),
					tuple("amount", "about 300 reconnaissance drones"), tuple("amount",
							"the remaining 40 million euros will come from the proceeds of frozen Russian assets"));
		assertThat(spans).filteredOn((s) -> s.excerpt().equals("worth a total of 120 million euros"))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.factType()).isEqualTo("Agreement");
				assertThat(s.factId()).isEqualTo(NodeId.of("Agreement", "nl-ua-drone-financing-letter"));
				assertThat(s.label()).endsWith(": value EUR 120000000");
			});
		assertThat(spans).extracting(Span::label)
			.anyMatch((label) -> label.endsWith(": quantity about 300 reconnaissance drones"))
			.anyMatch((label) -> label.endsWith(": funded from the proceeds of frozen Russian assets"));
	}

	@Test
	void partiesCarryTheirRoleAndTheDayTheyJoined() {
		assertThat(spansOf("baltic-line-2025-02-10")).filteredOn((s) -> s.kind().equals("participant"))
			.extracting(Span::label)
			.contains("Drone coalition for Ukraine: LV CO_LEADER", "Drone coalition for Ukraine: EE MEMBER");
		assertThat(spansOf("north-courier-2025-04-20")).filteredOn((s) -> s.kind().equals("participant"))
			.extracting(Span::label)
			.contains("Drone coalition for Ukraine: SE MEMBER, joined 2025-04-17",
					"Drone coalition for Ukraine: patria FUNDER");
	}

	@Test
	void aDeliveryIsASpanOfTheCommitmentItFulfilsInPart() {
		assertThat(spansOf("sound-herald-2025-09-15")).filteredOn((s) -> s.label().contains(": delivered "))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.factId()).isEqualTo(NodeId.of("Commitment", "dutch-reconnaissance-drones"));
				assertThat(s.label()).endsWith(": delivered 120 reconnaissance drones");
			});
	}

	// ---- reports that date one fact less precisely than another (made-up wire reports)

	private static final String SEED_ARTICLE = "elta-2024-11-05-lithuania-ukraine-memorandum";

	private static final String MONTH_WIRE = "baltic-desk-2024-11-20-memorandum";

	private static final String DAY_WIRE = "kyiv-line-2024-11-06-memorandum";

	@TempDir
	Path folder;

	/**
	 * The seed (signed on Monday 4 November 2024) and two wire reports of its memorandum:
	 * one says it was signed, and Ukraine joined, in November 2024; the other that
	 * Ukraine joined on 4 November. The month folds into the day.
	 */
	private SeedFolder.Contents withReportsOfTwoPrecisions() {
		SeedFixture.copyOfRealSeed(this.folder)
			.write("articles/901_month_wire.txt",
					"""
							date 2024-11-20
							VILNIUS, 20 November (Baltic Desk) - The defence-industry memorandum that Lithuania and Ukraine signed in November 2024, which Ukraine joined in November 2024, will be followed by a drone workshop.
							""")
			.write("curated/901_month_wire.yaml", """
					article:
					  file: 901_month_wire.txt
					  id: %s
					  publisher: Baltic Desk
					  language: en
					  rights: Invented for a test.
					agreements:
					  - id: lt-ua-defence-industry-memorandum-2024
					    title: Lithuania–Ukraine memorandum on defence-industry cooperation
					    kind: MEMORANDUM_OF_UNDERSTANDING
					    signedOn: November 2024
					    evidence:
					      - "memorandum that Lithuania and Ukraine signed in November 2024"
					    participants:
					      - party: UA
					        role: PARTY
					        joinedOn: November 2024
					        evidence:
					          - "which Ukraine joined in November 2024"
					    events:
					      - stage: SIGNED
					        date: November 2024
					        evidence:
					          - "signed in November 2024"
					""".formatted(MONTH_WIRE))
			.write("articles/902_day_wire.txt",
					"""
							date 2024-11-06
							KYIV, 6 November (Kyiv Line) - Ukraine joined the defence-industry memorandum with Lithuania on 4 November, officials said.
							""")
			.write("curated/902_day_wire.yaml", """
					article:
					  file: 902_day_wire.txt
					  id: %s
					  publisher: Kyiv Line
					  language: en
					  rights: Invented for a test.
					agreements:
					  - id: lt-ua-defence-industry-memorandum-2024
					    title: Lithuania–Ukraine memorandum on defence-industry cooperation
					    kind: MEMORANDUM_OF_UNDERSTANDING
					    evidence:
					      - "the defence-industry memorandum with Lithuania"
					    participants:
					      - party: UA
					        role: PARTY
					        joinedOn: 2024-11-04
					        evidence:
					          - "Ukraine joined the defence-industry memorandum with Lithuania on 4 November"
					""".formatted(DAY_WIRE));
		return SeedFolder.validate(this.folder);
	}

	@Test
	void aPartyTheSeedGivesNoDateIsTheOneTheWireReportsJoinedOnTheFourth() {
		SeedFolder.Contents contents = withReportsOfTwoPrecisions();
		Agreement memorandum = contents.agreements()
			.stream()
			.filter((a) -> a.id().equals(NodeId.of(Agreement.TYPE, "lt-ua-defence-industry-memorandum-2024")))
			.findFirst()
			.orElseThrow();
		assertThat(memorandum.participants()).filteredOn((p) -> p.partyId().equals(NodeId.of("Country", "UA")))
			.singleElement()
			.satisfies((ua) -> {
				assertThat(ua.joinedOn()).isEqualTo("2024-11-04");
				assertThat(ua.evidence()).extracting(Evidence::articleId)
					.containsExactlyInAnyOrder(NodeId.of(Article.TYPE, SEED_ARTICLE), NodeId.of(Article.TYPE, DAY_WIRE),
							NodeId.of(Article.TYPE, MONTH_WIRE));
			});
		// each source's own words stay a claim: the seed's without a date
		assertThat(memorandum.getClaims()).extracting(Claim::value).contains("UA PARTY", "UA PARTY joined 2024-11-04");
		// the seed's words do not give the day: the fact is beside them
		assertThat(labels(spansOf(contents, SEED_ARTICLE), "participant")).contains(
				"Lithuania–Ukraine memorandum on defence-industry cooperation: LT PARTY",
				"Lithuania–Ukraine memorandum on defence-industry cooperation: UA PARTY "
						+ "(the fact: joined 2024-11-04, as 1 other article gives it)");
	}

	@Test
	void anArticleWhoseMonthFoldedIntoAWeekThatRunsIntoItIsLabelledWithItsMonth() {
		List<Claim> claims = List.of(new Claim("events", "SIGNED 2024-10-28 (WEEK)", List.of("week-wire"), false),
				new Claim("events", "SIGNED 2024-11-01 (MONTH)", List.of("month-wire"), false));
		ArticleSpans.Dated week = new ArticleSpans.Dated("2024-10-28", DatePrecision.WEEK);
		assertThat(ArticleSpans.stated(claims, "events", "month-wire", "SIGNED ", week, List.of()))
			.isEqualTo("2024-11 (the fact: week of 2024-10-28, as 1 other article gives it)");
		assertThat(ArticleSpans.stated(claims, "events", "week-wire", "SIGNED ", week, List.of()))
			.isEqualTo("week of 2024-10-28");
	}

	/**
	 * The words that say a member withdrew are labelled with the day it left; its other
	 * words with its membership alone. An invented wire report.
	 */
	@Test
	void theWordsThatSayAMemberLeftCarryTheDayItLeft(@TempDir Path folder) {
		String text = "Latvia, a founding member of the river-patrol coalition, withdrew from it on Tuesday, "
				+ "its ministry said.";
		SeedFixture.report(folder, "daugava-wire", "2026-03-04", text,
				SeedFixture.riverPatrolCoalition("[ { code: LV, name: Latvia } ]", """
						      - party: LV
						        role: MEMBER
						        evidence: ["Latvia, a founding member of the river-patrol coalition"]
						      - party: LV
						        role: MEMBER
						        leftOn: Tuesday
						        evidence: ["withdrew from it on Tuesday"]
						"""));
		assertThat(labels(spansOf(SeedFolder.validate(folder), "daugava-wire"), "participant"))
			.containsExactlyInAnyOrder("River-patrol coalition: LV MEMBER",
					"River-patrol coalition: LV MEMBER, left 2026-03-03");
	}

	/**
	 * Each article's words on a leaving carry the day that article gives: a day other
	 * sources dispute with the day served beside it, a month with the day it holds.
	 */
	@Test
	void theWordsOfEachArticleOnALeavingCarryTheDayThatArticleGives(@TempDir Path folder) {
		String[] tenth = { "daugava-wire", "2026-03-11",
				"Latvia withdrew from the river-patrol coalition on 10 March, its ministry said.", "2026-03-10",
				"Latvia withdrew from the river-patrol coalition on 10 March" };
		String[] third = { "gulf-desk", "2026-03-12",
				"Latvia quit the river-patrol coalition on 3 March, a spokesman said.", "2026-03-03",
				"Latvia quit the river-patrol coalition on 3 March" };
		String[] march = { "reed-post", "2026-04-02",
				"Latvia, which left the river-patrol coalition in March, sent no boats.", "\"2026-03\"",
				"which left the river-patrol coalition in March" };
		SeedFolder.Contents disputed = leavings(folder.resolve("disputed"), tenth, third);
		assertThat(labels(spansOf(disputed, "daugava-wire"), "participant")).containsExactly(
				"River-patrol coalition: LV MEMBER, left 2026-03-10 (disputed; the fact: 2026-03-03, as 1 other "
						+ "article gives it)");
		assertThat(labels(spansOf(disputed, "gulf-desk"), "participant"))
			.containsExactly("River-patrol coalition: LV MEMBER, left 2026-03-03 (disputed)");
		SeedFolder.Contents agreeing = leavings(folder.resolve("agreeing"), third, march);
		assertThat(labels(spansOf(agreeing, "reed-post"), "participant")).containsExactly(
				"River-patrol coalition: LV MEMBER, left 2026-03 (the fact: 2026-03-03, as 1 other article gives it)");
		assertThat(labels(spansOf(agreeing, "gulf-desk"), "participant"))
			.containsExactly("River-patrol coalition: LV MEMBER, left 2026-03-03");
	}

	/**
	 * The words of a leaving, a rejoining and a second leaving each carry the day their
	 * article gives, and the words of a suspension theirs. Invented wire reports.
	 */
	@Test
	void theWordsOfARejoiningAndASuspensionCarryTheirDay(@TempDir Path folder) {
		String[][] reports = {
				{ "daugava-wire", "2026-03-04", "Latvia withdrew from the river-patrol coalition on 3 March.",
						"leftOn: 2026-03-03", "Latvia withdrew from the river-patrol coalition on 3 March" },
				{ "gulf-desk", "2026-06-11", "Latvia rejoined the river-patrol coalition on 10 June.",
						"rejoinedOn: 2026-06-10", "Latvia rejoined the river-patrol coalition on 10 June" },
				{ "reed-post", "2026-07-02", "Latvia suspended its part in the river-patrol coalition on 1 July.",
						"suspendedOn: 2026-07-01",
						"Latvia suspended its part in the river-patrol coalition on 1 July" },
				{ "neman-post", "2026-09-02", "Latvia left the river-patrol coalition again on 1 September.",
						"leftOn: 2026-09-01", "Latvia left the river-patrol coalition again on 1 September" } };
		for (String[] report : reports) {
			SeedFixture.latviaReport(folder, report[0], report[1], report[2], report[3], report[4]);
		}
		SeedFolder.Contents contents = SeedFolder.validate(folder);
		assertThat(labels(spansOf(contents, "daugava-wire"), "participant"))
			.containsExactly("River-patrol coalition: LV MEMBER, left 2026-03-03");
		assertThat(labels(spansOf(contents, "gulf-desk"), "participant"))
			.containsExactly("River-patrol coalition: LV MEMBER, rejoined 2026-06-10");
		assertThat(labels(spansOf(contents, "reed-post"), "participant"))
			.containsExactly("River-patrol coalition: LV MEMBER, suspended 2026-07-01");
		assertThat(labels(spansOf(contents, "neman-post"), "participant"))
			.containsExactly("River-patrol coalition: LV MEMBER, left 2026-09-01");
	}

	/**
	 * Reports that Latvia left the river-patrol coalition: name, publication day, text,
	 * {@code leftOn} and excerpt of each.
	 */
	private static SeedFolder.Contents leavings(Path folder, String[]... reports) {
		for (String[] report : reports) {
			SeedFixture.latviaReport(folder, report[0], report[1], report[2], "leftOn: " + report[3], report[4]);
		}
		return SeedFolder.validate(folder);
	}

	private static List<String> labels(List<Span> spans, String kind) {
		return spans.stream().filter((s) -> s.kind().equals(kind)).map(Span::label).toList();
	}

	@Test
	void aSpanIsLabelledWithWhatItsArticleSaysAndTheFactBesideItWhenTheyDiffer() {
		SeedFolder.Contents contents = withReportsOfTwoPrecisions();
		// the month's words do not say the fourth: they say November, the fact is beside
		assertThat(labels(spansOf(contents, MONTH_WIRE), "lifecycleEvent")).singleElement()
			.asString()
			.endsWith(": SIGNED 2024-11 (the fact: 2024-11-04, as 1 other article gives it)");
		assertThat(labels(spansOf(contents, MONTH_WIRE), "participant")).singleElement()
			.asString()
			.endsWith(": UA PARTY, joined 2024-11 (the fact: 2024-11-04, as 1 other article gives it)");
		// the articles that give the day say what the fact says
		assertThat(labels(spansOf(contents, SEED_ARTICLE), "lifecycleEvent")).singleElement()
			.asString()
			.endsWith(": SIGNED 2024-11-04");
		assertThat(labels(spansOf(contents, DAY_WIRE), "participant")).singleElement()
			.asString()
			.endsWith(": UA PARTY, joined 2024-11-04");
	}

	@Test
	void aLinkToAnotherAgreementIsASpanOfTheAgreementItIsStoredIn() {
		SeedFolder.Contents links = SeedFolder.validate(Path.of("src/test/resources/link-fixtures"));
		assertThat(spansOf(links, "kyiv-courier-2025-06-11")).filteredOn((s) -> s.kind().equals("agreementLink"))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.factId()).isEqualTo(NodeId.of("Agreement", "dk-ua-shell-implementing-agreement"));
				assertThat(s.excerpt())
					.isEqualTo("an implementing agreement for shell production under their March framework agreement");
				assertThat(s.label()).endsWith(": IMPLEMENTS dk-ua-ammunition-framework");
			});
	}

	// ---- meetings and programmes (made-up wire reports)

	@Test
	void aMeetingAndAProgrammeAreSpansOfTheirOwnWithWhenAndWhere() {
		String article = NodeId.of(Article.TYPE, "harbour-wire-2025-05-06");
		String other = NodeId.of(Article.TYPE, "kyiv-courier-2025-05-07");
		String summit = NodeId.of(Event.TYPE, "gdansk-summit");
		Event meeting = new Event(summit, "Baltic defence ministers' meeting in Gdansk", EventKind.MEETING,
				"2025-05-01", DatePrecision.MONTH, "Gdansk", null, List.of(), List.of(),
				List.of(new Evidence(article, 10, 52, "defence ministers met in Gdansk in early May"),
						new Evidence(other, 0, 20, "the Gdansk ministers")),
				"", null);
		Event undated = new Event(NodeId.of(Event.TYPE, "call"), "A call between the ministers", EventKind.OTHER, null,
				null, null, null, List.of(), List.of(), List.of(new Evidence(article, 60, 80, "spoke by telephone")),
				"", null);
		Programme programme = new Programme(NodeId.of(Programme.TYPE, "shield"), "Baltic Shield programme", null, null,
				List.of(new Evidence(article, 90, 120, "under the Baltic Shield programme")), "", null);

		List<Span> spans = ArticleSpans.gatherings(article, List.of(meeting, undated), List.of(programme));

		assertThat(spans).extracting(Span::kind, Span::factType, Span::factId, Span::label, Span::excerpt)
			.containsExactly(
					tuple("event", "Event", summit,
							"Baltic defence ministers' meeting in Gdansk (MEETING, 2025-05, Gdansk)",
							"defence ministers met in Gdansk in early May"),
					tuple("event", "Event", NodeId.of(Event.TYPE, "call"), "A call between the ministers (OTHER)",
							"spoke by telephone"),
					tuple("programme", "Programme", NodeId.of(Programme.TYPE, "shield"), "Baltic Shield programme",
							"under the Baltic Shield programme"));
	}

}
