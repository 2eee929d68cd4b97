package org.accords.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The synthetic corpus is deterministic, sized as asked, marked synthetic, and never
 * written into a real seed folder.
 */
class SyntheticCorpusTests {

	@TempDir
	Path folder;

	@Test
	void sameSizeAndSeedGiveTheSameBytes() throws IOException {
		SyntheticCorpus.write(this.folder.resolve("a"), 250, 42);
		SyntheticCorpus.write(this.folder.resolve("b"), 250, 42);
		List<Path> files = files(this.folder.resolve("a"));
		assertThat(files).hasSize(2 * 13);
		for (Path file : files) {
			assertThat(this.folder.resolve("b").resolve(file))
				.hasSameBinaryContentAs(this.folder.resolve("a").resolve(file));
		}
	}

	@Test
	void anotherSeedGivesAnotherCorpus() throws IOException {
		SyntheticCorpus.write(this.folder.resolve("a"), 40, 42);
		SyntheticCorpus.write(this.folder.resolve("b"), 40, 7);
		assertThat(Files.readString(this.folder.resolve("b/articles/synthetic-000001.txt")))
			.isNotEqualTo(Files.readString(this.folder.resolve("a/articles/synthetic-000001.txt")));
	}

	@Test
	void everyArticleSaysItIsSyntheticAndNamesHaveDiacritics() throws IOException {
		SyntheticCorpus.write(this.folder, 60, 42);
		for (Path article : files(this.folder.resolve("articles"))) {
			assertThat(Files.readString(this.folder.resolve("articles").resolve(article))).startsWith("date 2024-01-0")
				.contains("SYNTHETIC ARTICLE");
		}
		String curated = Files.readString(this.folder.resolve("curated/synthetic-000000.yaml"));
		assertThat(curated).contains("publisher: \"Accords synthetic corpus\"", "rights: \"Synthetic text", "Aušrinė");
	}

	@Test
	void ministriesSpeakAndPostsHaveAStart() throws IOException {
		SyntheticCorpus.write(this.folder, 60, 42);
		String shared = Files.readString(this.folder.resolve("curated/synthetic-000000.yaml"));
		assertThat(shared).containsPattern("speaker: \"synthetic-[a-z]+-mod\"")
			.containsPattern("from: \"?2023-[0-9]{2}-[0-9]{2}");
		assertThat(Files.readString(this.folder.resolve("articles/synthetic-000000.txt")))
			.containsPattern("[Tt]he Ministry of Defence of [A-Z]");
	}

	@Test
	void aRealSeedFolderIsNeverWrittenInto() throws IOException {
		Files.createDirectories(this.folder.resolve("articles"));
		Files.writeString(this.folder.resolve("articles/000_real.txt"), "date 2024-11-05 real");
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticCorpus.write(this.folder, 10, 42))
			.withMessageContaining("000_real.txt, which is not synthetic");
		assertThat(this.folder.resolve("articles/000_real.txt")).exists();
	}

	@Test
	void aSmallerCorpusReplacesALargerOne() throws IOException {
		SyntheticCorpus.write(this.folder, 100, 42);
		SyntheticCorpus.write(this.folder, 20, 42);
		assertThat(files(this.folder.resolve("articles"))).hasSize(1);
	}

	@Test
	void commandReportsWhatItWroteAndRejectsBadArguments() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = GenerateCommand.run(new String[] { "--statements=45", "--out=" + this.folder, "--seed=3" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 articles, 45 statements");
		assertThat(GenerateCommand.run(new String[] { "--statements=many", "--out=x" }, System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar accords.jar generate");
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

}
