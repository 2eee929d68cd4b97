package org.accords.seed;

import java.nio.file.Path;

import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Entries marked {@code reviewed: false} are drafts: never served, listed, and whatever
 * needs them is left out without an error.
 */
class ReviewedFlagTests {

	@TempDir
	Path folder;

	@Test
	void aDraftStatementIsNotServedAndIsListed() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, "  - id: kasciunas-joint-company\n",
					"  - id: kasciunas-joint-company\n    reviewed: false\n");
		SeedFolder.Contents contents = SeedFolder.validate(this.folder);
		assertThat(contents.statements()).extracting((s) -> s.id())
			.noneMatch((id) -> id.equals(NodeId.of("Statement", "kasciunas-joint-company")))
			.hasSize(4);
		assertThat(contents.unreviewed()).singleElement()
			.asString()
			.contains("statements[4] 'kasciunas-joint-company'");
	}

	@Test
	void whatOnlyADraftPersonSupportsIsLeftOutWithoutErrors() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, "  - id: ausrine-armonaite\n",
					"  - id: ausrine-armonaite\n    reviewed: false\n");
		SeedFolder.Contents contents = SeedFolder.validate(this.folder);
		assertThat(contents.people()).extracting((p) -> p.name()).doesNotContain("Aušrinė Armonaitė").hasSize(3);
		assertThat(contents.statements()).extracting((s) -> s.text())
			.noneMatch((text) -> text.startsWith("If we were used"))
			.hasSize(3);
		assertThat(contents.unreviewed()).hasSize(3)
			.anyMatch((where) -> where.contains("people[3] 'ausrine-armonaite'"))
			.anyMatch((where) -> where.contains("'armonaite-technological-war' (refers to an unreviewed entry"));
	}

	@Test
	void anExplicitlyReviewedEntryIsServed() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, "  - id: kasciunas-joint-company\n",
					"  - id: kasciunas-joint-company\n    reviewed: true\n");
		SeedFolder.Contents contents = SeedFolder.validate(this.folder);
		assertThat(contents.statements()).hasSize(5);
		assertThat(contents.unreviewed()).isEmpty();
	}

	@Test
	void aReviewedEntryReferringToAnUnknownIdIsStillAnError() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, "speaker: ausrine-armonaite", "speaker: nobody-at-all");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedFolder.validate(this.folder))
			.withMessageContaining("speaker 'nobody-at-all' is not a known Person or Organization id");
	}

}
