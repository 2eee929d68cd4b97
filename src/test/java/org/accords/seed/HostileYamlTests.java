package org.accords.seed;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.accords.Awaits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * YAML a curated file may hold that the loader must not read as something else: a key
 * written twice (the second silently replaced the first, a whole section included), and
 * anchors and aliases (an alias was read as the text of its anchor's name); and YAML that
 * costs the parser more than its size: nesting deep, texts long; and a seed folder whose
 * files link out of it, or are larger than any seed file.
 */
class HostileYamlTests {

	private static SeedFiles seed() {
		return ValidateCommand.read(Path.of("seed-data"));
	}

	private static SeedFiles changed(String from, String to) {
		return SeedFixture.changed(seed(), SeedFixture.CURATED, from, to);
	}

	/**
	 * A second {@code statements:} at the end of a file replaced the first: the file
	 * loaded with none of its statements, and the validator said it was valid.
	 */
	@Test
	void aSectionWrittenTwiceIsRejected() {
		SeedFiles files = changed("\nstatements:\n", "\nstatements: []\n\nstatements:\n");
		List<String> problems = SeedFixture.problems(files);
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0)).startsWith(SeedFixture.CURATED + ":")
			.contains("not valid curated YAML: 'statements' is written twice");
	}

	/** A field written twice in one entry: the second value was served. */
	@Test
	void aFieldWrittenTwiceInAnEntryIsRejected() {
		SeedFiles files = changed("  publisher: ELTA\n", "  publisher: ELTA\n  publisher: Invented Wire\n");
		List<String> problems = SeedFixture.problems(files);
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0)).contains("not valid curated YAML: 'publisher' is written twice");
	}

	/**
	 * A file that does not parse is searched for the ids it declares (so that references
	 * to them stay silent): the search began at every blank line and tried every split of
	 * the blank lines after it, so a key written twice and 3,000 blank lines held
	 * {@code validate} for minutes (bench/ATTACKS.md, {@code yaml-blank-lines}). Bounded
	 * by {@link Awaits#HUNG} only so that the suite does not hang: with the fix it takes
	 * milliseconds.
	 */
	@Test
	void aFileThatDoesNotParseAfterManyBlankLinesIsRefusedNotHeld() {
		SeedFiles files = changed("  publisher: ELTA\n",
				"  publisher: ELTA\n  publisher: Invented Wire\n" + "\n".repeat(20_000));
		List<String> problems = assertTimeoutPreemptively(Awaits.HUNG, () -> SeedFixture.problems(files));
		assertThat(problems).anySatisfy(
				(problem) -> assertThat(problem).contains("not valid curated YAML: 'publisher' is written twice"));
	}

	/**
	 * An alias ({@code *name}) was read as the text of its anchor's name: an entry's
	 * {@code name: *minister} loaded as "minister". Aliases are refused, not expanded
	 * (expanding them would also let a few lines stand for billions of values).
	 */
	@Test
	void anAliasIsRejectedNotReadAsItsName() {
		SeedFiles files = changed("    name: Laurynas Kasčiūnas\n", "    name: &minister Laurynas Kasčiūnas\n");
		files = SeedFixture.changed(files, SeedFixture.CURATED, "    name: Rustem Umerov\n", "    name: *minister\n");
		List<String> problems = SeedFixture.problems(files);
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0)).contains("not valid curated YAML: the alias *minister")
			.contains("write the value out");
	}

	/**
	 * A field nesting 100,000 lists: the mapper refuses it past its depth, but the
	 * problem's line was then looked for by composing the file, which recursed once per
	 * level and ended {@code validate} in a {@link StackOverflowError}.
	 */
	@Test
	void nestingDeeperThanTheMapperReadsIsAProblemNotAStackOverflow() {
		int depth = 100_000;
		SeedFiles files = changed("  publisher: ELTA\n",
				"  publisher: ELTA\n  title: " + "[".repeat(depth) + "]".repeat(depth) + "\n");
		List<String> problems = SeedFixture.problems(files);
		assertThat(problems).anySatisfy((problem) -> assertThat(problem).startsWith(SeedFixture.CURATED)
			.contains("not valid curated YAML: Document nesting depth (501) exceeds the maximum allowed (500"));
	}

	/**
	 * Whether a file may nest too deep is first bounded from its bytes, so that a file is
	 * parsed twice only when it may: the bound holds for block collections nested without
	 * brackets, a sequence in a sequence on one line ({@code - - - x}) and a sequence as
	 * a mapping's value at the mapping's indentation, as for brackets.
	 */
	@Test
	void theNestingBoundHoldsForBlockCollectionsToo() {
		int depth = 600;
		assertThat(YamlLines.compose(("- ".repeat(depth) + "x\n").getBytes(StandardCharsets.UTF_8))).isNull();
		// a:\n- a:\n - a:\n - …: a mapping and a sequence for each line
		assertThat(YamlLines.compose(nested(depth / 2).getBytes(StandardCharsets.UTF_8))).isNull();
		// the same shape, shallow, is YAML that composes: the deep one is refused for its
		// depth
		assertThat(YamlLines.compose(nested(3).getBytes(StandardCharsets.UTF_8))).isNotNull();
		assertThat(YamlLines.nestingBound("article:\n  title: x\n".getBytes(StandardCharsets.UTF_8))).isLessThan(10);
	}

	/** {@code a:\n- a:\n  - a:\n    - …: x}: a mapping and a sequence a line. */
	private static String nested(int lines) {
		StringBuilder block = new StringBuilder("a:\n");
		for (int line = 0; line < lines; line++) {
			block.append(" ".repeat(2 * line)).append("- a:\n");
		}
		return block.append(" ".repeat(2 * lines + 2)).append("x\n").toString();
	}

	/**
	 * The parser's reader copies the part of a token it has scanned so far each time it
	 * fills its buffer, so a long text costs its length squared over the buffer's size:
	 * with the default 1,024 characters, {@code validate} of a curated file whose title
	 * was a quoted text of 6 MB took 26 s of CPU, 3.7 s with 64K (bench/ATTACKS.md,
	 * {@code yaml-long-text}). Checked as the setting, since a test may not time.
	 */
	@Test
	void theParserReadsLongTextsWithABufferOf64KCharacters() {
		assertThat(CuratedYaml.LOAD_SETTINGS.getBufferSize()).isEqualTo(64 * 1024);
		// the factory keeps them in a field it has no getter for
		assertThat(CuratedYaml.MAPPER.tokenStreamFactory()).extracting("_loadSettings")
			.isSameAs(CuratedYaml.LOAD_SETTINGS);
	}

	/**
	 * A contributed folder whose {@code curated/zz.yaml} linked to a file outside it: the
	 * file was read, and the problem that it was not curated YAML quoted its first line
	 * (validate's output, a CI log). Refused unread by both readers: validate's and the
	 * server's.
	 */
	@Test
	void aLinkToAFileOutsideTheSeedFolderIsNotRead(@TempDir Path temp) throws IOException {
		Path folder = copyOfSeed(temp.resolve("seed"));
		Path outside = Files.writeString(temp.resolve("outside.txt"), "INVENTED_TOKEN=do-not-print\n");
		Files.createSymbolicLink(folder.resolve("curated/zz.yaml"), outside);
		Files.createSymbolicLink(folder.resolve("articles/zz.txt"), outside);
		String link = "curated/zz.yaml: a link to a file outside the seed folder, not read";
		assertThat(refusedByValidate(folder)).anySatisfy((p) -> assertThat(p).startsWith(link))
			.anySatisfy((p) -> assertThat(p).startsWith("articles/zz.txt: a link to a file outside"))
			.noneSatisfy((p) -> assertThat(p).contains("INVENTED_TOKEN"));
		assertThat(refusedByTheServersReader(folder)).anySatisfy((p) -> assertThat(p).startsWith(link))
			.noneSatisfy((p) -> assertThat(p).contains("INVENTED_TOKEN"));
	}

	/** A link within the folder is its own file, read as before. */
	@Test
	void aLinkWithinTheSeedFolderIsRead(@TempDir Path temp) throws IOException {
		Path folder = copyOfSeed(temp.resolve("seed"));
		Files.move(folder.resolve(SeedFixture.CURATED), folder.resolve("kept.yaml"));
		Files.createSymbolicLink(folder.resolve(SeedFixture.CURATED), folder.resolve("kept.yaml"));
		assertThat(ValidateCommand.read(folder).curated()).hasSize(1);
	}

	/** A file of more than 64 MB is refused before it is read whole into memory. */
	@Test
	void aFileLargerThanAnySeedFileIsNotRead(@TempDir Path temp) throws IOException {
		Path folder = copyOfSeed(temp.resolve("seed"));
		try (RandomAccessFile big = new RandomAccessFile(folder.resolve("articles/big.txt").toFile(), "rw")) {
			big.setLength(SeedFiles.MAX_FILE_BYTES + 1);
		}
		String tooLarge = "articles/big.txt: 67108865 bytes, more than a seed file may hold (67108864)";
		assertThat(refusedByValidate(folder)).anySatisfy((p) -> assertThat(p).startsWith(tooLarge));
		assertThat(refusedByTheServersReader(folder)).anySatisfy((p) -> assertThat(p).startsWith(tooLarge));
	}

	private static Path copyOfSeed(Path folder) throws IOException {
		for (String file : List.of(SeedFixture.ARTICLE, SeedFixture.CURATED)) {
			Path to = folder.resolve(file);
			Files.createDirectories(to.getParent());
			Files.write(to, Files.readAllBytes(Path.of("seed-data").resolve(file)));
		}
		return folder;
	}

	private static List<String> refusedByValidate(Path folder) {
		SeedException ex = catchThrowableOfType(SeedException.class, () -> ValidateCommand.read(folder));
		assertThat(ex).isNotNull();
		return ex.problems();
	}

	private static List<String> refusedByTheServersReader(Path folder) {
		SeedException ex = catchThrowableOfType(SeedException.class,
				() -> SeedFiles.read(new PathMatchingResourcePatternResolver(), folder.toUri().toString()));
		assertThat(ex).isNotNull();
		return ex.problems();
	}

}
