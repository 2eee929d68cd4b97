package org.accords.sourceview;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.accords.AccordsProperties;
import org.accords.Awaits;
import org.accords.seed.SeedFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The curator's desk reads a seed folder's files as the loader reads them (the hostile
 * files of {@code seed/HostileYamlTests}): it parsed YAML with a mapper of its own
 * defaults, so a section written twice showed only its second, an alias showed as its
 * anchor's name, and it read a link out of the seed folder (an article linked to a file
 * outside was shown as the article's text) and a file of any size.
 */
class DeskHostileFilesTests {

	@TempDir
	Path temp;

	private Path folder() throws IOException {
		Path folder = this.temp.resolve("seed");
		for (String file : List.of(SeedFixture.ARTICLE, SeedFixture.CURATED)) {
			Path to = folder.resolve(file);
			Files.createDirectories(to.getParent());
			Files.write(to, Files.readAllBytes(Path.of("seed-data").resolve(file)));
		}
		return folder;
	}

	private static DeskController desk(Path folder) {
		AccordsProperties properties = new Binder(
				new MapConfigurationPropertySource(Map.of("accords.seed.location", folder.toUri().toString())))
			.bindOrCreate("accords", AccordsProperties.class);
		return new DeskController(new PathMatchingResourcePatternResolver(), properties);
	}

	/** The desk's page of a curated file, with its status and body. */
	private static ResponseEntity<String> page(Path folder, String file) {
		return desk(folder).file(file, null, "localhost");
	}

	private static String curatedName() {
		return SeedFixture.CURATED.substring("curated/".length());
	}

	private static void change(Path folder, String from, String to) throws IOException {
		Path file = folder.resolve(SeedFixture.CURATED);
		String yaml = Files.readString(file);
		assertThat(yaml).contains(from);
		Files.writeString(file, yaml.replace(from, to));
	}

	@Test
	void aSectionWrittenTwiceIsRefusedNotShownAsItsSecond() throws IOException {
		Path folder = folder();
		change(folder, "\nstatements:\n", "\nstatements: []\n\nstatements:\n");
		ResponseEntity<String> page = page(folder, curatedName());
		assertThat(page.getStatusCode().value()).isEqualTo(404);
		assertThat(page.getBody()).contains(SeedFixture.CURATED + ":")
			.contains("not valid curated YAML: &#39;statements&#39; is written twice");
	}

	@Test
	void anAliasIsRefusedNotShownAsItsAnchorsName() throws IOException {
		Path folder = folder();
		change(folder, "    name: Laurynas Kasčiūnas\n", "    name: &minister Laurynas Kasčiūnas\n");
		change(folder, "    name: Rustem Umerov\n", "    name: *minister\n");
		ResponseEntity<String> page = page(folder, curatedName());
		assertThat(page.getStatusCode().value()).isEqualTo(404);
		assertThat(page.getBody()).contains("not valid curated YAML: the alias *minister");
	}

	@Test
	void nestingDeeperThanTheLoaderReadsIsRefused() throws IOException {
		Path folder = folder();
		int depth = 100_000;
		change(folder, "  publisher: ELTA\n",
				"  publisher: ELTA\n  title: " + "[".repeat(depth) + "]".repeat(depth) + "\n");
		assertThat(page(folder, curatedName()).getBody())
			.contains("not valid curated YAML: Document nesting depth (501) exceeds the maximum allowed (500");
	}

	@Test
	void anArticleLinkedOutOfTheSeedFolderIsNotShown() throws IOException {
		Path folder = folder();
		Path outside = Files.writeString(this.temp.resolve("outside.txt"),
				"date 2026-12-01\nINVENTED_TOKEN=do-not-show\n");
		Path article = folder.resolve(SeedFixture.ARTICLE);
		Files.delete(article);
		Files.createSymbolicLink(article, outside);
		ResponseEntity<String> page = page(folder, curatedName());
		assertThat(page.getStatusCode().value()).isEqualTo(404);
		assertThat(page.getBody())
			.contains(SeedFixture.ARTICLE + ": a link to a file outside the seed folder, not read")
			.doesNotContain("INVENTED_TOKEN");
	}

	@Test
	void aCuratedFileLinkedOutOfTheSeedFolderIsNotRead() throws IOException {
		Path folder = folder();
		Path outside = Files.writeString(this.temp.resolve("outside.yaml"),
				"article:\n  file: " + SeedFixture.ARTICLE.substring("articles/".length()) + "\n  title: INVENTED\n");
		Files.createSymbolicLink(folder.resolve("curated/zz.yaml"), outside);
		ResponseEntity<String> page = page(folder, "zz.yaml");
		assertThat(page.getStatusCode().value()).isEqualTo(404);
		assertThat(page.getBody()).contains("curated/zz.yaml: a link to a file outside the seed folder, not read")
			.doesNotContain("INVENTED");
		// nor listed as a file to review
		assertThat(desk(folder).files("localhost").getBody()).contains("a link to a file outside the seed folder");
	}

	@Test
	void aFileLargerThanAnySeedFileIsNotRead() throws IOException {
		Path folder = folder();
		try (RandomAccessFile big = new RandomAccessFile(folder.resolve(SeedFixture.ARTICLE).toFile(), "rw")) {
			big.setLength(64L * 1024 * 1024 + 1);
		}
		String body = String.valueOf(page(folder, curatedName()).getBody());
		// its length first: a failure would otherwise print the 64 MB the page showed
		assertThat(body.length()).as("the page's length").isLessThan(100_000);
		assertThat(body).contains(SeedFixture.ARTICLE + ": 67108865 bytes, more than a seed file may hold (67108864)");
	}

	/**
	 * An entry's line is its id's, not the first of the blank lines before it; and 20,000
	 * blank lines, each a start from which the pattern read the blank lines after it, no
	 * longer hold the page (bounded by {@link Awaits#HUNG} only so that the suite does
	 * not hang).
	 */
	@Test
	void anEntrysLineIsItsIdsAfterBlankLines() {
		String yaml = "statements:\n\n\n  - id: kasciunas-visit\n";
		assertThat(DeskFile.line(yaml, "kasciunas-visit")).isEqualTo(" (line 4)");
		String blank = "statements:\n" + "\n".repeat(20_000) + "  - id: kasciunas-visit\n";
		assertThat(assertTimeoutPreemptively(Awaits.HUNG, () -> DeskFile.line(blank, "kasciunas-visit")))
			.isEqualTo(" (line 20002)");
		assertThat(DeskFile.line("statements:\r\n  - id: \"kasciunas-visit\"  \r\n", "kasciunas-visit"))
			.isEqualTo(" (line 2)");
	}

}
