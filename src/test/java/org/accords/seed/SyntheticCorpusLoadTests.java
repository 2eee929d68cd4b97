package org.accords.seed;

import java.nio.file.Path;

import org.accords.SmallCacheTest;
import org.accords.dataset.DatasetState;
import org.accords.synthetic.SyntheticCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader accepts a generated corpus: every excerpt is found once, every statement's
 * text lies in its evidence, every reference resolves.
 */
@SmallCacheTest
class SyntheticCorpusLoadTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@TempDir
	Path folder;

	@AfterEach
	void restoreRealSeed() {
		this.loader.load("classpath:seed-data/");
	}

	@Test
	void generatedCorpusLoadsWhole() {
		SyntheticCorpus.Summary summary = SyntheticCorpus.write(this.folder, 1234, 42);
		assertThat(this.loader.load(this.folder.toUri().toString())).isEqualTo(SeedLoader.Outcome.PUBLISHED);
		assertThat(this.state.current().counts()).containsEntry("Statement", 1234L)
			.containsEntry("Article", (long) summary.articles())
			.containsEntry("Person", (long) summary.people())
			.containsEntry("Agreement", (long) summary.agreements())
			.containsEntry("Commitment", (long) summary.commitments())
			.containsEntry("Signatory", 2L * summary.agreements())
			.containsEntry("CooperationArea", 3L * summary.agreements())
			.containsEntry("Post", (long) summary.people());
	}

}
