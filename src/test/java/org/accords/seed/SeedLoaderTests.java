package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.GraphQlClient;
import org.accords.SmallCacheTest;
import org.accords.dataset.DatasetState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.server.WebGraphQlHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Loading seed data: every kind of bad input is rejected with a message naming file,
 * entry and problem, and the dataset served before stays served, whole.
 */
@SmallCacheTest
class SeedLoaderTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	WebGraphQlHandler handler;

	@TempDir
	Path folder;

	SeedFixture seed;

	String servedVersion;

	@BeforeEach
	void copySeed() {
		this.seed = SeedFixture.copyOfRealSeed(this.folder);
		this.servedVersion = this.state.version();
	}

	@AfterEach
	void restoreRealSeed() {
		this.loader.load("classpath:seed-data/");
	}

	/**
	 * Asserts the seed is rejected with a message containing each part, and the version
	 * served before stays served; returns the message.
	 */
	private String assertRejected(String... messageParts) {
		SeedException rejected = catchThrowableOfType(SeedException.class,
				() -> this.loader.load(this.seed.location()));
		assertThat(rejected).isNotNull();
		assertThat(rejected.getMessage()).contains(messageParts);
		assertThat(this.state.version()).isEqualTo(this.servedVersion);
		GraphQlClient.of(this.handler)
			.document("{ statements { totalCount } commitments { totalCount } }")
			.execute()
			.path("statements.totalCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("commitments.totalCount")
			.entity(Integer.class)
			.isEqualTo(5);
		return rejected.getMessage();
	}

	@Test
	void missingExcerptIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "- \"the minister stressed\"", "- \"the minister whispered\"");
		// the line of the excerpt, two lists down
		assertRejected(
				SeedFixture.CURATED + ":" + lineOf(SeedFixture.CURATED, "the minister whispered")
						+ ": people[0] 'laurynas-kasciunas': posts[0]: evidence[0]",
				"excerpt not found in articles/000_f63eb9d75a69187d.txt: \"the minister whispered\"");
	}

	@Test
	void ambiguousExcerptIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "- \"electronic warfare systems\"", "- \"Lithuania\"");
		assertRejected("cooperationAreas[2] 'electronic-warfare-systems': evidence[0]", "excerpt occurs more than once",
				"lengthen it to make it unique");
	}

	@Test
	void unknownReferenceIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "speaker: ausrine-armonaite", "speaker: ausrine-armonaitee");
		assertRejected("statements[1] 'armonaite-technological-war': speaker 'ausrine-armonaitee' is not a known"
				+ " Person or Organization id");
	}

	@Test
	void badEnumValueIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "status: INTENDED", "status: PROMISED");
		assertRejected("commitments[4] 'production-and-assembly-lines': status 'PROMISED' is not one of UNDERTAKEN,"
				+ " UNDER_NEGOTIATION, INTENDED");
	}

	@Test
	void malformedDateIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "signedOn: Monday", "signedOn: 2024-11-31");
		assertRejected("agreements[0] 'lt-ua-defence-industry-memorandum-2024': signedOn '2024-11-31' is neither a"
				+ " date (YYYY-MM-DD) nor a weekday name");
	}

	@Test
	void malformedDateHeaderIsRejected() {
		this.seed.replace(SeedFixture.ARTICLE, "date 2024-11-05", "date 5 Nov 2024");
		assertRejected("articles/000_f63eb9d75a69187d.txt: date header '5' is not a date (YYYY-MM-DD)");
	}

	@Test
	void articleWithoutDateHeaderIsRejected() {
		this.seed.replace(SeedFixture.ARTICLE, " date 2024-11-05 ", "");
		assertRejected(
				"articles/000_f63eb9d75a69187d.txt: no date header (expected 'date YYYY-MM-DD' before the text)");
	}

	@Test
	void duplicateIdIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "- id: kasciunas-joint-company", "- id: kasciunas-umbrella-memorandum");
		assertRejected("statements[4] 'kasciunas-umbrella-memorandum': duplicate id 'kasciunas-umbrella-memorandum'");
	}

	@Test
	void unreadableFileIsRejected() {
		this.seed.write("curated/broken.yaml", "article: [unclosed\n");
		assertRejected("curated/broken.yaml: not valid curated YAML");
	}

	@Test
	void unknownFieldIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "    occasion: press conference", "    ocasion: press conference");
		// with its line, as compilers name one: file:line:
		assertThat(assertRejected("ocasion")).containsPattern(
				"curated/000_f63eb9d75a69187d\\.yaml:\\d+: not valid curated YAML: statements\\[\\d+\\]: unknown field 'ocasion'");
	}

	@Test
	void quoteThatIsNotInItsEvidenceIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "text: \"Lithuania also needs to invest",
				"text: \"Lithuania also needs to spend");
		// the loader let go of the file once read: it reads it again for the line
		assertRejected(SeedFixture.CURATED + ":" + lineOf(SeedFixture.CURATED, "Lithuania also needs to spend")
				+ ": statements[2] 'armonaite-invest-domestic-industry': text does not appear verbatim in any of"
				+ " its evidence excerpts");
	}

	/**
	 * A curated url is served as it is written (an article's and its editions'
	 * {@code url} fields, the pages' JSON and JSON-LD): one that is not a web address
	 * would be a link that runs script in every portal that shows it as one.
	 */
	@Test
	void articleUrlThatIsNotAWebAddressIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "  url: null", "  url: \"javascript:alert(document.domain)\"");
		assertRejected("article: url 'javascript:alert(document.domain)' is not a web address",
				"an absolute http:// or https:// URL, or null when it is not known");
	}

	@Test
	void editionUrlThatIsNotAWebAddressIsRejected() {
		this.seed.replace(SeedFixture.CURATED,
				"url: https://www.delfi.lt/en/politics/lithuania-and-ukraine-sign-defence-industry-cooperation-treaty-120062453",
				"url: \" JavaScript:alert(1)\"");
		assertRejected("article: editions[0]: url ' JavaScript:alert(1)' is not a web address");
	}

	@Test
	void urlWithoutAHostIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "  url: null", "  url: \"https:///news\"");
		assertRejected("article: url 'https:///news' is not a web address");
	}

	/**
	 * A control character written as a YAML escape reached every answer as it was: the
	 * Atom feed of a version that labels such an entity was malformed XML.
	 */
	@Test
	void controlCharacterInACuratedTextIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: \"press\\e[31m conference\"");
		assertRejected(SeedFixture.CURATED + ":" + lineOf(SeedFixture.CURATED, "press\\e[31m")
				+ ": statements[0]: occasion holds the control character U+001B at character 6: curated text may hold"
				+ " only printable characters, tabs and line breaks; remove it");
	}

	@Test
	void nonCharacterInANestedTextIsRejected() {
		this.seed.replace(SeedFixture.CURATED, "- role: Minister of Strategic Industries",
				"- role: \"Minister of Strategic Industries\\uFFFE\"");
		assertRejected(SeedFixture.CURATED + ":" + lineOf(SeedFixture.CURATED, "Industries\\uFFFE")
				+ ": people[2]: posts[0]: role holds the non-character U+FFFE at character 33");
	}

	@Test
	void unclosedBidirectionalControlInACuratedTextIsRejected() {
		// a right-to-left override nothing closes turns whatever a page shows after the
		// text in the same line: a card's "Source: <title>, 2026-11-30" reads the date
		// backwards; an isolate and an embedding each closed are the text's own
		this.seed.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: \"press \\u202Econference\"")
			.replace(SeedFixture.CURATED, "- role: Minister of Strategic Industries",
					"- role: \"Minister of \\u2067Strategic\\u2069 \\u202BIndustries\\u202C\"");
		assertRejected("(1 problem)", SeedFixture.CURATED + ":" + lineOf(SeedFixture.CURATED, "press \\u202E")
				+ ": statements[0]: occasion holds the bidirectional control U+202E at character 7, which nothing"
				+ " after it closes (U+202C closes an embedding or override, U+2069 an isolate): it would turn"
				+ " the direction of what a page shows after the text; close it or remove it");
	}

	/** The 1-based line of the first line of a seed file that contains {@code text}. */
	private int lineOf(String file, String text) {
		List<String> lines = this.seed.read(file).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(file + " has no line with " + text);
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		this.seed.replace(SeedFixture.CURATED, "status: INTENDED", "status: PROMISED")
			.replace(SeedFixture.CURATED, "signedOn: Monday", "signedOn: someday");
		assertRejected("2 problems", "PROMISED", "someday");
	}

	@Test
	void loadingTheSameFilesTwiceChangesNothing() {
		assertThat(this.loader.load(this.seed.location())).isEqualTo(SeedLoader.Outcome.UNCHANGED);
		assertThat(this.state.version()).isEqualTo(this.servedVersion);
	}

	@Test
	void aChangedFileYieldsANewVersionServedWhole() {
		this.seed.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: news conference");
		assertThat(this.loader.load(this.seed.location())).isEqualTo(SeedLoader.Outcome.PUBLISHED);
		assertThat(this.state.version()).isNotEqualTo(this.servedVersion);
		GraphQlClient.of(this.handler)
			.document("{ statements(filter: { text: \"news conference\" }) { totalCount } dataset { version } }")
			.execute()
			.path("statements.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("dataset.version")
			.entity(String.class)
			.isEqualTo(this.state.version());
	}

	@Test
	void theDatasetListsTheSeedFilesItWasBuiltFromWhenAskedFor() {
		this.seed.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: news conference");
		assertThat(this.loader.load(this.seed.location())).isEqualTo(SeedLoader.Outcome.PUBLISHED);
		// the served record leaves the files out (10,000 at 100k statements): they are
		// read from the store for a query that asks for them
		List<String> expected = SeedFiles
			.sources(SeedFiles.read(new PathMatchingResourcePatternResolver(), this.seed.location()).hashed())
			.stream()
			.map((file) -> file.path() + " " + file.sha256())
			.toList();
		GraphQlClient.of(this.handler)
			.document("{ dataset { sources { path sha256 } } }")
			.execute()
			.path("dataset.sources[*]")
			.entityList(java.util.Map.class)
			.satisfies((files) -> assertThat(files.stream().map((file) -> file.get("path") + " " + file.get("sha256")))
				.containsExactlyElementsOf(expected));
	}

}
