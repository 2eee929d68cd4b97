package org.accords.draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.accords.paging.NodeId;
import org.accords.seed.SeedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction that says the agreement its publisher reported was never signed ("The
 * ministers discussed such an agreement; none was signed.") proposes no agreement of its
 * own and, drafted against a dataset holding the report, withdraws the report's agreement
 * whole. The invented reports of
 * {@code src/test/resources/agreement-withdrawal-fixtures}.
 */
class NoneSignedDraftTests {

	private static final Path FIXTURES = Path.of("src/test/resources/agreement-withdrawal-fixtures");

	private final Drafter drafter = Drafter.standard();

	@TempDir
	Path folder;

	/** The correction, as the wire sent it: without the fixture's first line. */
	private Draft correction() throws IOException {
		return this.drafter.draft(Files.readString(FIXTURES.resolve("articles/b_linden_wire_correction.txt"))
			.replace("TEST FIXTURE: invented for Accords tests, not a news report.\n", ""));
	}

	@Test
	void theNoticeThatNoneWasSignedProposesNoAgreement() throws IOException {
		Draft draft = correction();
		assertThat(draft.correction).isNotNull();
		assertThat(draft.noneSigned).isNotNull();
		assertThat(draft.noneSigned.of(draft.text))
			.isEqualTo("The ministers discussed such an agreement; none was signed.");
		assertThat(draft.agreements).isEmpty();
		// without a dataset the report cannot be looked up: a note says what to write
		assertThat(DraftWriter.standalone().write(draft, "b_linden_wire_correction.txt"))
			.contains("#   It says no agreement was signed: once `corrects` names the report, withdraw its "
					+ "agreement whole,")
			.doesNotContain("  withdraws:");
	}

	@Test
	void draftedAgainstTheReportItWithdrawsTheReportsAgreementAndLoads() throws IOException {
		for (String file : List.of("articles/a_linden_wire.txt", "curated/a_linden_wire.yaml")) {
			Files.createDirectories(this.folder.resolve(file).getParent());
			Files.copy(FIXTURES.resolve(file), this.folder.resolve(file));
		}
		String yaml = DraftWriter.matching(SeedFolder.validate(this.folder))
			.write(correction(), "b_linden_wire_correction.txt");
		assertThat(yaml).contains("agreement: lv-lt-ammunition")
			.contains("#   It says no agreement was signed: proposed as `withdraws: - agreement: lv-lt-ammunition`");
		Files.copy(FIXTURES.resolve("articles/b_linden_wire_correction.txt"),
				this.folder.resolve("articles/b_linden_wire_correction.txt"));
		Files.writeString(this.folder.resolve("curated/b_linden_wire_correction.yaml"), yaml);
		SeedFolder.Contents loaded = SeedFolder.validate(this.folder);
		assertThat(loaded.agreements()).isEmpty();
		assertThat(loaded.articles()).filteredOn((a) -> !a.withdrawnFacts().isEmpty())
			.singleElement()
			.satisfies((a) -> {
				assertThat(a.corrects()).containsExactly(NodeId.of("Article", "linden-wire-2025-10-14"));
				assertThat(a.withdrawnFacts().get(0).value()).isEqualTo(NodeId.of("Agreement", "lv-lt-ammunition"));
			});
	}

}
