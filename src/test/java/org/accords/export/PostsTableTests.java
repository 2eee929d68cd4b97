package org.accords.export;

import java.util.List;
import java.util.Map;

import org.accords.actor.Post;
import org.accords.evidence.Evidence;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code posts.csv} says when a post was first reported, as every other table does,
 * though a post records no provenance of its own.
 */
class PostsTableTests {

	private static @Nullable Object reportedOn(@Nullable String firstReported, @Nullable String endedBy) {
		Post post = new Post("p", "person", "Minister", null, null, null, null, null, null, firstReported,
				firstReported, endedBy, null, null, "minister", Post.OPEN_START, Post.OPEN_END,
				List.of(new Evidence("article", 0, 8, "Minister")), null);
		return Tables.POSTS.row(post, Map.of())[Tables.POSTS.header().indexOf("reported_on")];
	}

	@Test
	void reportedOnIsTheFirstArticleThatReportsThePost() {
		assertThat(reportedOn("2025-03-03", null)).isEqualTo("2025-03-03");
		assertThat(reportedOn("2025-03-03", "2025-06-16")).isEqualTo("2025-03-03");
	}

	@Test
	void aPostCuratedWithoutEvidenceFillsEveryColumnTheReferenceCallsAlwaysPresent() {
		// a curated post's evidence is optional (the synthetic corpus curates none):
		// datapackage.json's required constraint and downloads.md's "Always present"
		// must not promise an excerpt such a post has not
		Post post = new Post("p", "person", "Minister", null, null, null, null, null, null, "2025-03-03", "2025-03-03",
				null, null, null, "minister", Post.OPEN_START, Post.OPEN_END, List.of(), null);
		Object[] row = Tables.POSTS.row(post, Map.of("person", "A. Person"));
		List<Table.Column<Post>> columns = Tables.POSTS.columns();
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).required()) {
				assertThat(row[i]).as(columns.get(i).name()).isNotNull();
			}
		}
	}

	@Test
	void aPostReportedOnlyAsFormerIsReportedWhenTheArticleSaysSo() {
		assertThat(reportedOn(null, "2025-06-16")).isEqualTo("2025-06-16");
	}

}
