package org.accords.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.accords.SmallCacheTest;
import org.accords.dataset.DatasetState;
import org.accords.store.VersionedCollections;
import org.accords.synthetic.SyntheticCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The parts of validation that run on every core (reading the articles, making the
 * statements) report exactly what one pass reported: every problem, in the order of the
 * files and of the entries in them, the same at every run; and a corpus they reject
 * writes nothing.
 */
@SmallCacheTest
class ParallelValidationTests {

	/** Articles given no date header (by their place in the sorted file names). */
	private static final int[] HEADERLESS = { 2, 9, 31 };

	/** Every statement whose number is a multiple of this loses its (required) kind. */
	private static final int KINDLESS_EVERY = 97;

	private static final Pattern STATEMENT = Pattern.compile("(?m)^- id: \"synthetic-statement-(\\d+)\"\\n");

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	MongoTemplate mongo;

	@TempDir
	Path folder;

	@AfterEach
	void restoreRealSeed() {
		this.loader.load("classpath:seed-data/");
	}

	@Test
	void problemsAreReportedInTheOrderOfFilesAndEntriesAtEveryRun() throws IOException {
		Broken broken = brokenCorpus();
		List<String> first = problems();
		// the articles first, in the order of their files
		assertThat(first.subList(0, HEADERLESS.length)).containsExactlyElementsOf(broken.headerProblems());
		// then the statements without a kind, in the order of the files and of the
		// entries in them
		List<String> kindless = first.stream().filter((problem) -> problem.endsWith("'kind' is required")).toList();
		assertThat(kindless).containsExactlyElementsOf(broken.kindProblems());
		for (int run = 0; run < 4; run++) {
			assertThat(problems()).containsExactlyElementsOf(first);
		}
	}

	@Test
	void aCorpusRejectedByTheParallelChecksWritesNothing() throws IOException {
		String served = this.state.version();
		List<String> before = this.mongo.getCollectionNames().stream().sorted().toList();
		long records = this.mongo.getCollection(VersionedCollections.DATASETS).countDocuments();
		Broken broken = brokenCorpus();
		assertThatExceptionOfType(SeedException.class)
			.isThrownBy(() -> this.loader.load(this.folder.toUri().toString()))
			.satisfies((ex) -> assertThat(ex.problems()).containsAll(broken.kindProblemsWithLines())
				.containsAll(broken.headerProblems()));
		assertThat(this.state.version()).isEqualTo(served);
		assertThat(this.mongo.getCollectionNames().stream().sorted().toList()).isEqualTo(before);
		assertThat(this.mongo.getCollection(VersionedCollections.DATASETS).countDocuments()).isEqualTo(records);
	}

	private List<String> problems() {
		SeedFiles files = SeedFiles.read(new PathMatchingResourcePatternResolver(), this.folder.toUri().toString());
		return assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.checkReleasing(files))
			.actual()
			.problems();
	}

	/** The problems the broken corpus must give, in the order they must come. */
	/**
	 * @param kindProblems as the validator gives them
	 * @param kindProblemsWithLines as the loader gives them: it reads the files they name
	 * again for their lines
	 */
	private record Broken(List<String> headerProblems, List<String> kindProblems, List<String> kindProblemsWithLines) {
	}

	/**
	 * A synthetic corpus with a few articles without their date header, and statements
	 * without their kind in the other files.
	 */
	private Broken brokenCorpus() throws IOException {
		SyntheticCorpus.write(this.folder, 3000, 42);
		List<Path> articles = sorted(this.folder.resolve("articles"));
		List<Path> curated = sorted(this.folder.resolve("curated"));
		List<String> headerProblems = new ArrayList<>();
		List<String> unusable = new ArrayList<>();
		for (int index : HEADERLESS) {
			Path article = articles.get(index);
			String text = Files.readString(article);
			Files.writeString(article, text.substring(text.indexOf('\n') + 1));
			headerProblems.add("articles/" + article.getFileName()
					+ ": no date header (expected 'date YYYY-MM-DD' before the text)");
			unusable.add(article.getFileName().toString());
		}
		List<String> kindProblems = new ArrayList<>();
		List<String> kindProblemsWithLines = new ArrayList<>();
		for (Path file : curated) {
			String yaml = Files.readString(file);
			if (unusable.stream().anyMatch((article) -> yaml.contains("file: \"" + article + "\""))) {
				continue; // a file about an unusable article is not read further
			}
			StringBuilder changed = new StringBuilder();
			Matcher statement = STATEMENT.matcher(yaml);
			int at = 0;
			int index = 0;
			int removed = 0;
			while (statement.find()) {
				int number = Integer.parseInt(statement.group(1));
				int kind = yaml.indexOf("  kind: ", statement.end());
				if (number % KINDLESS_EVERY == 0) {
					// the entry's line in the changed file: the lines before it, less the
					// kind lines removed before it
					long line = yaml.substring(0, statement.start()).chars().filter((c) -> c == '\n').count() - removed
							+ 1;
					removed++;
					changed.append(yaml, at, kind);
					at = yaml.indexOf('\n', kind) + 1;
					String problem = ": statements[" + index + "] 'synthetic-statement-" + statement.group(1)
							+ "': 'kind' is required";
					kindProblems.add("curated/" + file.getFileName() + problem);
					kindProblemsWithLines.add("curated/" + file.getFileName() + ":" + line + problem);
				}
				index++;
			}
			changed.append(yaml.substring(at));
			Files.writeString(file, changed.toString());
		}
		assertThat(kindProblems).hasSizeGreaterThan(20);
		return new Broken(headerProblems, kindProblems, kindProblemsWithLines);
	}

	private static List<Path> sorted(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

}
