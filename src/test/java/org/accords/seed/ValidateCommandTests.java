package org.accords.seed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code validate} command on the test corpus ({@code corpus-fixtures}, invented
 * reports) with one mistake each: messages a curator can act on, one per line.
 */
class ValidateCommandTests {

	static final String A = "curated/a_northern_wire.yaml";

	static final String B = "curated/b_kyiv_bulletin.yaml";

	@TempDir
	Path folder;

	@BeforeEach
	void copyFixtures() throws IOException {
		Path source = Path.of("src/test/resources/corpus-fixtures");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path target = this.folder.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

	void replace(String file, String from, String to) {
		try {
			Path path = this.folder.resolve(file);
			String text = Files.readString(path);
			assertThat(text).contains(from);
			Files.writeString(path, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Result(int status, List<String> lines, String summary) {
	}

	Result validate(String... extra) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] args = Stream.concat(Stream.of(this.folder.toString()), Stream.of(extra)).toArray(String[]::new);
		int status = ValidateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8);
		return new Result(status, text.isEmpty() ? List.of() : List.of(text.split("\n")),
				err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void validCorpusExitsZeroWithNoProblems() {
		Result result = validate();
		assertThat(result.status()).isZero();
		assertThat(result.lines()).isEmpty();
		assertThat(result.summary()).contains("valid", "3 articles, 3 curated files");
	}

	@Test
	void realSeedIsValidWellUnderFiveSeconds() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		long start = System.nanoTime();
		int status = ValidateCommand.run(new String[] { "seed-data" }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
	}

	@Test
	void unreviewedEntriesAreListedButAreNoProblem() throws IOException {
		replace("curated/c_dnipro_daily.yaml", "  - id: umerov-black-sea\n",
				"  - id: umerov-black-sea\n    reviewed: false\n");
		Result result = validate();
		assertThat(result.status()).isZero();
		// file:line first, as problems are written, the line the entry's
		assertThat(result.lines()).containsExactly(
				"curated/c_dnipro_daily.yaml:" + lineOf("curated/c_dnipro_daily.yaml", "- id: umerov-black-sea")
						+ ": unreviewed (not served): statements[1] 'umerov-black-sea'");
	}

	@Test
	void unreviewedEntriesInJsonHaveTheirFileAndLine() throws IOException {
		replace("curated/c_dnipro_daily.yaml", "  - id: umerov-black-sea\n",
				"  - id: umerov-black-sea\n    reviewed: false\n");
		Result result = validate("--format", "json");
		assertThat(result.status()).isZero();
		JsonNode entry = JsonMapper.builder().build().readTree(result.lines().get(0)).path("unreviewed").get(0);
		assertThat(entry.path("file").asString()).isEqualTo("curated/c_dnipro_daily.yaml");
		assertThat(entry.path("line").asInt())
			.isEqualTo(lineOf("curated/c_dnipro_daily.yaml", "- id: umerov-black-sea"));
		assertThat(entry.path("message").asString()).endsWith(": statements[1] 'umerov-black-sea'");
	}

	@Test
	void anAgreementReportedOnlyAsSuspendedIsNamedTheCuratedAgreementOfTheSamePartiesAndKindItLikelyIs()
			throws IOException {
		// a report of a suspension alone, as `draft` proposes it: no signing, the
		// parties and kind the sentence gives, an id of its own
		Files.writeString(this.folder.resolve("articles/d_harju_wire.txt"), """
				date 2025-05-05
				TEST FIXTURE: invented for Accords tests, not a news report.
				TALLINN, May 5 (Harju Wire) - Lithuania suspended its naval drone memorandum with Ukraine on \
				3 May, the Lithuanian defence ministry said. It gave no reason.
				""");
		String file = "curated/d_harju_wire.yaml";
		Files.writeString(this.folder.resolve(file), """
				article:
				  file: d_harju_wire.txt
				  id: harju-wire-2025-05-05
				  publisher: Harju Wire (test fixture)
				  language: en
				  rights: Invented test fixture text, free to use.
				agreements:
				  - id: lt-ua-naval-drone-memorandum
				    reviewed: false
				    title: Lithuania–Ukraine naval drone memorandum
				    kind: MEMORANDUM_OF_UNDERSTANDING
				    parties: [LT, UA]
				    evidence:
				      - "Lithuania suspended its naval drone memorandum with Ukraine on 3 May"
				    events:
				      - stage: SUSPENDED
				        date: 2025-05-03
				        evidence:
				          - "Lithuania suspended its naval drone memorandum with Ukraine on 3 May"
				""");
		String hint = file + ":8: warning: agreements[0] 'lt-ua-naval-drone-memorandum': tells of no signing, only "
				+ "SUSPENDED, and no other file curates this id; it is likely 'naval-drones-memorandum' (Lithuania–Ukraine "
				+ "memorandum on naval drones, curated/a_northern_wire.yaml), of the same parties and kind: give the "
				+ "entry that id (and that agreement's title, or none) to report this of it, or keep this id if the "
				+ "article tells of another agreement";
		// on the draft, before the entry is accepted
		Result draft = validate();
		assertThat(draft.status()).isZero();
		assertThat(draft.lines()).contains(hint);
		// accepted under its own id: it would load as a second agreement, so the hint
		// stays
		replace(file, "    reviewed: false\n", "");
		Result accepted = validate();
		assertThat(accepted.status()).isZero();
		assertThat(accepted.lines()).containsExactly(hint);
		JsonNode warning = JsonMapper.builder()
			.build()
			.readTree(validate("--format", "json").lines().get(0))
			.path("warnings")
			.get(0);
		assertThat(warning.path("line").asInt()).isEqualTo(8);
		// under the curated agreement's id it is that agreement's suspension: no hint
		replace(file, "  - id: lt-ua-naval-drone-memorandum\n    title: Lithuania–Ukraine naval drone memorandum\n",
				"  - id: naval-drones-memorandum\n");
		Result linked = validate();
		assertThat(linked.status()).isZero();
		assertThat(linked.lines()).isEmpty();
	}

	@Test
	void anAgreementWithItsOwnSigningOrOfOtherPartiesIsNamedNoLikelyAgreement() throws IOException {
		Files.writeString(this.folder.resolve("articles/d_harju_wire.txt"), """
				date 2025-05-05
				TEST FIXTURE: invented for Accords tests, not a news report.
				TALLINN, May 5 (Harju Wire) - Lithuania suspended its naval drone memorandum with Estonia on \
				3 May. Lithuania and Ukraine signed a memorandum on naval drones on Monday.
				""");
		Files.writeString(this.folder.resolve("curated/d_harju_wire.yaml"), """
				article:
				  file: d_harju_wire.txt
				  id: harju-wire-2025-05-05
				  publisher: Harju Wire (test fixture)
				  language: en
				  rights: Invented test fixture text, free to use.
				countries:
				  - code: EE
				    name: Estonia
				agreements:
				  - id: lt-ee-naval-drone-memorandum
				    title: Lithuania–Estonia naval drone memorandum
				    kind: MEMORANDUM_OF_UNDERSTANDING
				    parties: [LT, EE]
				    evidence: ["Lithuania suspended its naval drone memorandum with Estonia on 3 May"]
				    events:
				      - stage: SUSPENDED
				        date: 2025-05-03
				        evidence: ["Lithuania suspended its naval drone memorandum with Estonia on 3 May"]
				  - id: lt-ua-second-memorandum
				    title: Lithuania–Ukraine memorandum on naval drones
				    kind: MEMORANDUM_OF_UNDERSTANDING
				    signedOn: Monday
				    parties: [LT, UA]
				    evidence: ["Lithuania and Ukraine signed a memorandum on naval drones on Monday."]
				""");
		Result result = validate();
		assertThat(result.status()).as("%s", result.lines()).isZero();
		assertThat(result.lines()).isEmpty();
	}

	@Test
	void unreviewedEntriesAndWarningsAreListedFileByFileInLineOrder() throws IOException {
		// two drafts on short articles written for this test: a curator goes down one
		// file,
		// then the next, not through every file's countries, then every file's people
		Path draftFolder = this.folder.resolve("two-drafts");
		Files.createDirectories(draftFolder.resolve("articles"));
		Files.createDirectories(draftFolder.resolve("curated"));
		for (String name : List.of("x", "y")) {
			Files.writeString(draftFolder.resolve("articles/" + name + ".txt"),
					"date 2025-05-06\nEstonia will train crews, said Defence Minister Kaarel Tamm of Estonia.\n");
			Files.writeString(draftFolder.resolve("curated/" + name + ".yaml"), """
					article:
					  file: %s.txt
					  id: %s
					  publisher: Harbour Wire
					  language: en
					  url: null
					  title: null
					  rights: "TO REVIEW: rights"
					countries:
					  - code: EE
					    name: Estonia
					    reviewed: false
					people:
					  - id: kaarel-tamm-%s
					    name: Kaarel Tamm
					    reviewed: false
					    evidence: ["Defence Minister Kaarel Tamm"]
					""".formatted(name, name, name));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ValidateCommand.run(new String[] { draftFolder.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream()));
		assertThat(out.toString(StandardCharsets.UTF_8).lines().map((line) -> line.replaceFirst("(:\\d+): .*", "$1")))
			.containsExactly("curated/x.yaml:10", "curated/x.yaml:14", "curated/y.yaml:10", "curated/y.yaml:14",
					"curated/x.yaml:7", "curated/x.yaml:8", "curated/y.yaml:7", "curated/y.yaml:8");
	}

	@Test
	void placeholdersTheDraftLeavesAreWarningsWithTheirLines() throws IOException {
		// a draft as the draft command leaves it, on a short article written for this
		// test: every entry unreviewed, rights and title to fill in
		Path draftFolder = this.folder.resolve("draft-folder");
		Files.createDirectories(draftFolder.resolve("articles"));
		Files.createDirectories(draftFolder.resolve("curated"));
		Files.writeString(draftFolder.resolve("articles/harbour_wire.txt"), """
				date 2025-05-06

				TALLINN, May 6 – Estonia and Latvia signed a memorandum on Tuesday to build \
				a shared repair yard for naval drones, Defence Minister Kaarel Tamm said.
				""");
		Files.writeString(draftFolder.resolve("curated/harbour_wire.yaml"), """
				article:
				  file: harbour_wire.txt
				  id: harbour-wire
				  publisher: "TO REVIEW: publisher"
				  language: en
				  url: null
				  title: null
				  rights: "TO REVIEW: whose rights apply to the text, and on what terms it is reproduced."
				countries:
				  - code: EE
				    name: Estonia
				    reviewed: false
				""");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = ValidateCommand.run(new String[] { draftFolder.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		String file = "curated/harbour_wire.yaml";
		// the folder loads (the placeholders are texts, title may be empty): warnings
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).containsExactly(
				file + ":10: unreviewed (not served): countries[0] 'EE'",
				file + ":4: warning: article: publisher still holds the draft's placeholder 'TO REVIEW: publisher'; fill it in",
				file + ":7: warning: article: title is empty, as the draft leaves it when the article gives none it"
						+ " can find; fill it in, or leave it empty when the article has no title",
				file + ":8: warning: article: rights still holds the draft's placeholder 'TO REVIEW: whose rights apply"
						+ " to the text, and on what terms it is reproduced.'; fill it in");

		ByteArrayOutputStream json = new ByteArrayOutputStream();
		ValidateCommand.run(new String[] { draftFolder.toString(), "--format", "json" },
				new PrintStream(json, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		JsonNode warnings = JsonMapper.builder()
			.build()
			.readTree(json.toString(StandardCharsets.UTF_8))
			.path("warnings");
		assertThat(warnings).hasSize(3);
		assertThat(warnings.get(2).path("line").asInt()).isEqualTo(8);
		assertThat(warnings.get(2).path("file").asString()).isEqualTo(file);

		// once every entry is reviewed, an empty title is the curator's reading
		Files.writeString(draftFolder.resolve(file),
				Files.readString(draftFolder.resolve(file)).replace("    reviewed: false\n", "    reviewed: true\n"));
		ByteArrayOutputStream reviewed = new ByteArrayOutputStream();
		ValidateCommand.run(new String[] { draftFolder.toString() },
				new PrintStream(reviewed, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		assertThat(reviewed.toString(StandardCharsets.UTF_8)).doesNotContain("title").contains("rights still holds");
	}

	@Test
	void sourcesThatDisagreeAreADisputeNotAProblem() {
		replace(B, "    signedIn: Vilnius\n", "    signedIn: Kyiv\n");
		assertThat(validate().status()).isZero();
	}

	@Test
	void conflictNamesTheFieldBothValuesAndBothFiles() throws IOException {
		replace(B, "    signedOn: yesterday\n", "    signedOn: yesterday\n    kind: TREATY\n");
		Result result = validate();
		assertThat(result.status()).isEqualTo(1);
		// the line is the entry's: the problem names no field of it first
		assertThat(result.lines()).containsExactly(B + ":" + lineOf(B, "- id: naval-drones-memorandum")
				+ ": agreements[0] 'naval-drones-memorandum': conflict: field 'kind' is 'TREATY' in " + B
				+ " but 'MEMORANDUM_OF_UNDERSTANDING' in " + A);
	}

	@Test
	void duplicateNamesWhereTheFirstDefinitionIs() throws IOException {
		replace(A, "statements:\n", """
				statements:
				  - id: petraitis-shipyards
				    speaker: jonas-petraitis
				    kind: PARAPHRASE
				    evidence:
				      - "Petraitis told reporters after the signing today."
				""");
		Result result = validate();
		// the duplicate is the entry that was there, now the second
		assertThat(result.lines()).containsExactly(A + ":" + lineOf(A, "- id: petraitis-shipyards", 2)
				+ ": statements[1] 'petraitis-shipyards': duplicate id " + "'petraitis-shipyards', first defined at "
				+ A + ": statements[0] 'petraitis-shipyards'");
	}

	@Test
	void unknownFieldListsTheAllowedOnesNamesNoClassAndHidesNoOtherProblem() throws IOException {
		replace(A, "    saidOn: today\n", "    saidOn: today\n    ocasion: press conference\n");
		replace(A, "kind: DIRECT_QUOTE", "kind: QUOTE");
		Result result = validate();
		assertThat(result.lines()).hasSize(2);
		assertThat(result.lines().get(0))
			.startsWith(A + ":" + lineOf(A, "ocasion") + ": not valid curated YAML: statements[0]: unknown field "
					+ "'ocasion'; allowed: ")
			.contains("allowed: ", "occasion", "speaker", "saidOn")
			.doesNotContain("org.accords", "CuratedFile", "class", "$");
		// a problem found after reading names the line of the field it is about
		assertThat(result.lines().get(1)).startsWith(A + ":" + lineOf(A, "kind: QUOTE") + ": statements[0] ")
			.contains("kind 'QUOTE' is not one of DIRECT_QUOTE, PARAPHRASE");
	}

	@Test
	void anUnknownFieldHoldingAListIsNamedWhereItIsNotInsideItsOwnList() throws IOException {
		// a country entry has no evidence: the list the curator gave it is the field
		// named, not an item of it
		replace(A, "  - code: LT\n    name: Lithuania\n", """
				  - code: LT
				    name: Lithuania
				    evidence:
				      - "Lithuania and Ukraine signed"
				      - "Lithuanian Defence Minister"
				      - "the Lithuanian side said"
				""");
		// and one with a set of fields, beside it
		replace(A, "    name: Ukraine\n", "    name: Ukraine\n    source: { publisher: Kyiv Bulletin, page: 2 }\n");
		Result result = validate();
		assertThat(result.lines()).hasSize(2);
		assertThat(result.lines().get(0)).startsWith(A + ":" + lineOf(A, "    evidence:")
				+ ": not valid curated YAML: countries[0]: unknown field 'evidence'; allowed: ");
		assertThat(result.lines().get(1)).startsWith(A + ":" + lineOf(A, "    source:")
				+ ": not valid curated YAML: countries[1]: unknown field 'source'; allowed: ");
	}

	@Test
	void unknownFieldsBesideListsAreNamedInTheEntryThatHoldsThem() throws IOException {
		// Jackson reads an entry to its end and replays its unknown fields from a buffer
		// that began at the first of them: when that one held a list, each was named
		// inside a list named after the entry's last field
		// ("organizations[1]: evidence[2]: unknown field 'note'")
		replace(A, "countries:\n", """
				organizations:
				  - id: vilnius-shipyard
				    name: Vilnius Shipyard
				    kind: COMPANY
				  - id: baltic-boatworks
				    name: Baltic Boatworks
				    references:
				      - harbour office
				      - owners
				    kind: COMPANY
				    note: orgnote
				    evidence:
				      - "Baltic Boatworks"
				      - "the boatworks near Klaipeda"
				      - "its owners said"

				commitments:
				  - id: shipyards-build-boats
				    agreement: naval-drones-memorandum
				    sources: [harbour office]
				    description: Build the boats
				    status: PLEDGED
				    note: commitmentnote
				    evidence:
				      - "Lithuania and Ukraine signed"
				      - "in Vilnius today"

				countries:
				""");
		replace(A, "    name: Rustem Umerov\n", """
				    name: Rustem Umerov
				    desk: { city: Vilnius }
				    posts:
				      - role: Defence Minister
				        wires: [wire]
				        evidence: ["Defence Minister Rustem Umerov"]
				        note: postnote
				    note: personnote
				""");
		replace(A, "    signedIn: Vilnius\n", """
				    signedIn: Vilnius
				    archives: [wire, desk]
				    value:
				      basis: [wire]
				      text: a large sum
				      note: moneynote
				      evidence: ["signed a memorandum"]
				    note: agreementnote
				""");
		List<String> unknown = validate().lines().stream().filter((line) -> line.contains("unknown field")).toList();
		assertThat(unknown).hasSize(12);
		String[][] expected = { { "organizations[1]", "references", "references:" },
				{ "organizations[1]", "note", "note: orgnote" }, { "commitments[0]", "sources", "sources:" },
				{ "commitments[0]", "note", "note: commitmentnote" }, { "people[1]: posts[0]", "wires", "wires:" },
				{ "people[1]: posts[0]", "note", "note: postnote" }, { "people[1]", "desk", "desk:" },
				{ "people[1]", "note", "note: personnote" }, { "agreements[0]: value", "basis", "basis:" },
				{ "agreements[0]: value", "note", "note: moneynote" }, { "agreements[0]", "archives", "archives:" },
				{ "agreements[0]", "note", "note: agreementnote" } };
		for (int i = 0; i < expected.length; i++) {
			assertThat(unknown.get(i)).startsWith(A + ":" + lineOf(A, expected[i][2]) + ": not valid curated YAML: "
					+ expected[i][0] + ": unknown field '" + expected[i][1] + "'; allowed: ");
		}
	}

	@Test
	void onlyTheFirstHundredUnknownIdsGetASuggestion() {
		StringBuilder signatories = new StringBuilder("signatories:\n");
		for (int i = 0; i < 101; i++) {
			signatories.append("  - id: signer-")
				.append(i)
				.append("\n    agreement: naval-drones-memorandum\n")
				.append("    person: jonas-petraitiss\n    onBehalfOf: LT\n    evidence:\n")
				.append("      - \"Defence Minister Jonas Petraitis signed for Lithuania\"\n");
		}
		replace(A, "signatories:\n", signatories.toString());
		List<String> unknown = validate().lines()
			.stream()
			.filter((line) -> line.contains("person 'jonas-petraitiss' is not a known Person id"))
			.toList();
		// each suggestion compares the id with every id of its type: a corpus with
		// thousands of broken references stays quick to reject
		assertThat(unknown).hasSize(101);
		assertThat(unknown.subList(0, 100)).allMatch((line) -> line.endsWith("; did you mean 'jonas-petraitis'?"));
		assertThat(unknown.get(100)).endsWith("is not a known Person id");
	}

	@Test
	void oneRootMistakeGivesOneMessage() throws IOException {
		// the retired spelling is referred to by a signatory and a statement: neither is
		// reported again
		replace(B, "sameAs: rustem-umerov", "sameAs: rustem-umerow");
		Result result = validate();
		assertThat(result.lines()).containsExactly(B + ":" + lineOf(B, "sameAs: rustem-umerow")
				+ ": people[0] 'rustem-umjerov': sameAs 'rustem-umerow' is not a known Person id; "
				+ "did you mean 'rustem-umerov'?");
	}

	/** The 1-based line of the first line of {@code file} that contains {@code text}. */
	int lineOf(String file, String text) throws IOException {
		return lineOf(file, text, 1);
	}

	/** The 1-based line of the nth line of {@code file} that contains {@code text}. */
	int lineOf(String file, String text, int nth) throws IOException {
		List<String> lines = Files.readAllLines(this.folder.resolve(file));
		int seen = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text) && ++seen == nth) {
				return i + 1;
			}
		}
		throw new AssertionError(file + " has no line " + nth + " with " + text);
	}

	@Test
	void anUnknownFieldAndAYamlMistakeGiveTheirLines() throws IOException {
		// an unknown field's line is read from the file (Jackson replays a record's
		// fields from a buffer without positions: it said "line -1")
		replace(A, "    saidOn: today\n", "    saidOn: today\n    ocasion: press conference\n");
		replace(B, "people:\n", "people:\n\t- id: [\n");
		Result result = validate();
		assertThat(result.lines()).hasSize(2);
		assertThat(result.lines().get(0)).startsWith(
				A + ":" + lineOf(A, "ocasion") + ": not valid curated YAML: statements[0]: unknown field 'ocasion';");
		// the parser's line (Jackson's is the token's before the mistake, a line
		// earlier),
		// and the parser's words on one line, without its excerpt of the file
		assertThat(result.lines().get(1)).isEqualTo(B + ":" + lineOf(B, "\t- id: [")
				+ ": not valid curated YAML: found character '\\t(TAB)' that cannot start any token. "
				+ "(Do not use \\t(TAB) for indentation), while scanning for the next token; column 1");
	}

	@Test
	void valuesOfTheWrongShapeAreAllNamedInACuratorsWordsWithTheirLines() throws IOException {
		// a list where a text belongs, a text where a list belongs, fields where a list's
		// text belongs, "yes" where true or false belongs, a text where fields belong
		replace(A, "    signedOn: today\n", "    signedOn: [today]\n");
		replace(A, "    parties: [LT, UA]\n", "    parties: LT and UA\n");
		replace(A, "      - \"Defence Minister Rustem Umerov\"\n",
				"      - excerpt: \"Defence Minister Rustem Umerov\"\n");
		replace(A, "  - id: signer-for-ukraine\n", "  - id: signer-for-ukraine\n    reviewed: yes\n");
		replace(A, "    parties: LT and UA\n", "    parties: LT and UA\n    value: 5 million euros\n");
		Result result = validate();
		assertThat(result.status()).isEqualTo(1);
		String problem = ": not valid curated YAML: ";
		assertThat(result.lines()).containsExactly(
				A + ":" + lineOf(A, "excerpt: \"Defence Minister Rustem Umerov\"") + problem
						+ "people[1]: evidence[0] must be a text, not a set of fields (name: value)",
				A + ":" + lineOf(A, "signedOn: [today]") + problem
						+ "agreements[0]: signedOn must be a text, not a list",
				A + ":" + lineOf(A, "parties: LT and UA") + problem
						+ "agreements[0]: parties must be a list, not the text 'LT and UA'",
				A + ":" + lineOf(A, "value: 5 million") + problem
						+ "agreements[0]: value must be a set of fields (amount, upTo, currency, approximate, converted, "
						+ "bound, text, evidence), not the text '5 million euros'",
				A + ":" + lineOf(A, "reviewed: yes") + problem
						+ "signatories[1]: reviewed must be true or false, not the text 'yes'");
	}

	@Test
	void aFileThatIsNotFieldsSaysSoAndALongTextIsShortened() throws IOException {
		Files.writeString(this.folder.resolve(A), "- article\n- people\n");
		Files.writeString(this.folder.resolve(B), "article:\n  file: b_kyiv_bulletin.txt\n  rights:\n    text: free\n"
				+ "  editions: " + "x".repeat(200) + "\n");
		Result result = validate();
		assertThat(result.lines()).contains(
				A + ": not valid curated YAML: the file must be a set of fields (article, "
						+ "countries, organizations, people, agreements, signatories, cooperationAreas, commitments, "
						+ "statements, programmes, events), not a list",
				B + ":3: not valid curated YAML: article: rights must be a text, not a set of fields (name: value)",
				B + ":5: not valid curated YAML: article: editions must be a list, not the text '" + "x".repeat(77)
						+ "...'");
	}

	@Test
	void aYamlMistakeNamesWhereTheStructureItBreaksBegan() throws IOException {
		replace(A, "    parties: [LT, UA]\n", "    parties: [LT, UA\n");
		Result result = validate();
		assertThat(result.lines()).singleElement()
			.asString()
			.startsWith(A + ":" + (lineOf(A, "parties: [LT, UA") + 1) + ": not valid curated YAML: ")
			.contains("while parsing a flow sequence begun on line " + lineOf(A, "parties: [LT, UA"))
			.doesNotContain("\\n");
	}

	@Test
	void anUnreadableFileGivesOneMessageNotOneForEachReferenceToIt() throws IOException {
		replace(A, "countries:\n", "countries:\n\t- code: [\n");
		Result result = validate();
		assertThat(result.lines()).hasSize(1);
		assertThat(result.lines().get(0)).startsWith(A + ":" + lineOf(A, "\t- code: [") + ": not valid curated YAML");
	}

	@Test
	void excerptDifferingOnlyInQuotesSaysSoAndMarksTheFirstDifference() {
		replace(A, "\"\\\"Our shipyards will build what the front needs,\\\" Petraitis",
				"\"“Our shipyards will build what the front needs,” Petraitis");
		Result result = validate();
		assertThat(result.lines()).hasSize(1);
		assertThat(result.lines().get(0)).contains("evidence[0]: excerpt not found in articles/a_northern_wire.txt",
				"nearest passage", Problems.MARK + "\"Our shipyards", "article has '\"', excerpt has '“'",
				"the only differences are quotes, dashes or spaces");
	}

	@Test
	void excerptDifferingOnlyInADoubledSpaceSaysSo() {
		replace(A, "      - \"Defence Minister Jonas Petraitis signed for Lithuania\"",
				"      - \"Defence Minister Jonas Petraitis signed  for Lithuania\"");
		Result result = validate();
		assertThat(result.lines()).hasSize(1);
		assertThat(result.lines().get(0)).contains("evidence[0]: excerpt not found in articles/a_northern_wire.txt",
				"Jonas Petraitis signed " + Problems.MARK + "for Lithuania", "article has 'f', excerpt has ' '",
				"the only differences are quotes, dashes or spaces");
	}

	@Test
	void anArticlesDoubledSpaceWrittenOnceInTheExcerptSaysSo() throws IOException {
		Path article = this.folder.resolve("articles/a_northern_wire.txt");
		Files.writeString(article, Files.readString(article)
			.replace("Jonas Petraitis signed for Lithuania", "Jonas Petraitis signed  for Lithuania"));
		Result result = validate();
		assertThat(result.lines()).singleElement()
			.asString()
			.contains("Jonas Petraitis signed " + Problems.MARK + " for Lithuania", "article has ' ', excerpt has 'f'",
					"the only differences are quotes, dashes or spaces");
	}

	@Test
	void excerptWithAWrongLetterShowsTheNearestPassageWithTheLetterMarked() throws IOException {
		replace(A, "      - \"Defence Minister Jonas Petraitis\"", "      - \"Defence Minister Jonas Petraytis\"");
		Result result = validate();
		assertThat(result.lines()).hasSize(1);
		// the line of the list item the problem names
		assertThat(result.lines().get(0))
			.startsWith(A + ":" + lineOf(A, "Petraytis") + ": people[0] 'jonas-petraitis': evidence[0]: ")
			.contains("\"Defence Minister Jonas Petraytis\"", "Defence Minister Jonas Petra" + Problems.MARK + "itis",
					"article has 'i', excerpt has 'y'")
			.doesNotContain("only differences");
	}

	@Test
	void newlinesInMessagesAreEscaped() {
		replace(A, "      - \"Defence Minister Jonas Petraitis\"",
				"      - \"Defence Minister Jonas Petraitis signed for Lithuania\\n\\nand\"");
		Result result = validate();
		assertThat(result.lines()).hasSize(1);
		assertThat(result.lines().get(0)).contains("signed for Lithuania\\n\\nand");
	}

	@Test
	void jsonFormatCarriesEveryProblemForTools() throws IOException {
		replace(A, "kind: DIRECT_QUOTE", "kind: QUOTE");
		Result result = validate("--format", "json");
		assertThat(result.status()).isEqualTo(1);
		JsonNode report = JsonMapper.builder().build().readTree(String.join("\n", result.lines()));
		assertThat(report.get("valid").asBoolean()).isFalse();
		assertThat(report.at("/problems/0/file").asString()).isEqualTo(A);
		assertThat(report.at("/problems/0/line").asInt()).isEqualTo(lineOf(A, "kind: QUOTE"));
		assertThat(report.at("/problems/0/message").asString()).contains("kind 'QUOTE'");
	}

	@Test
	void badUsageExitsTwo() {
		assertThat(ValidateCommand.run(new String[0], System.out, new PrintStream(new ByteArrayOutputStream())))
			.isEqualTo(2);
	}

}
