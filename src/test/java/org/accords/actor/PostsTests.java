package org.accords.actor;

import java.util.List;

import org.accords.evidence.DatePrecision;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terms of the holders of one post, from stated dates and the dates of the reports.
 */
class PostsTests {

	private static Post post(String id, @Nullable String from, @Nullable String to, @Nullable DatePrecision toPrecision,
			@Nullable String firstReported, @Nullable String endedBy) {
		return new Post(id, "person-" + id, "Minister", "org", null, from, (from != null) ? DatePrecision.DAY : null,
				to, toPrecision, firstReported, firstReported, endedBy, null, null, "minister", Post.OPEN_START,
				Post.OPEN_END, List.of(), null);
	}

	@Test
	void aLoneHolderWithoutStatedDatesHoldsItOpenOnBothSides() {
		Post only = Posts.terms(List.of(post("a", null, null, null, "2024-11-05", null))).get(0);
		assertThat(only.heldFrom()).isNull();
		assertThat(only.heldUntil()).isNull();
		assertThat(only.termStart()).isEqualTo(Post.OPEN_START);
		assertThat(only.termEnd()).isEqualTo(Post.OPEN_END);
	}

	@Test
	void withoutStatedDatesTheTermEndsTheDayBeforeTheNextHolderIsFirstReported() {
		List<Post> terms = Posts.terms(List.of(post("later", null, null, null, "2025-06-16", null),
				post("earlier", null, null, null, "2025-03-03", null)));
		assertThat(terms).extracting(Post::id).containsExactly("earlier", "later");
		assertThat(terms.get(0).heldFrom()).isNull();
		assertThat(terms.get(0).heldUntil()).isEqualTo("2025-06-15");
		assertThat(terms.get(1).heldFrom()).isEqualTo("2025-06-16");
		assertThat(terms.get(1).heldUntil()).isNull();
	}

	@Test
	void aStatedMonthEndCountsToItsLastDayAndTheNextTermStartsTheDayAfter() {
		List<Post> terms = Posts
			.terms(List.of(post("earlier", "2024-01-10", "2025-05-01", DatePrecision.MONTH, "2024-02-01", null),
					post("later", null, null, null, "2025-08-01", null)));
		assertThat(terms.get(0).heldFrom()).isEqualTo("2024-01-10");
		assertThat(terms.get(0).heldUntil()).isEqualTo("2025-05-31");
		assertThat(terms.get(1).heldFrom()).isEqualTo("2025-06-01");
	}

	@Test
	void aFormerHolderWithoutSuccessorEndsTheDayBeforeTheArticleThatSaysSo() {
		Post former = Posts.terms(List.of(post("a", null, null, null, "2025-03-03", "2025-06-16"))).get(0);
		assertThat(former.heldUntil()).isEqualTo("2025-06-15");
		assertThat(former.termEnd()).isEqualTo("2025-06-15");
	}

	@Test
	void aNextHolderReportedOnTheDayThisOneStartsLeavesTheDerivedEndOpenNotBeforeTheStart() {
		// the synthetic corpus' case: heldFrom 2023-12-02, heldUntil 2023-12-01
		List<Post> terms = Posts.terms(List.of(post("a", "2023-12-02", null, null, "2023-12-05", null),
				post("b", null, null, null, "2023-12-02", null)));
		assertThat(terms).extracting(Post::id).containsExactly("a", "b");
		assertThat(terms.get(0).heldFrom()).isEqualTo("2023-12-02");
		assertThat(terms.get(0).heldUntil()).isNull();
		assertThat(terms.get(0).termEnd()).isEqualTo(Post.OPEN_END);
		assertThat(terms.get(1).heldFrom()).isEqualTo("2023-12-02");
		assertThat(terms.get(1).heldUntil()).isNull();
	}

	@Test
	void aFormerReportDatedBeforeTheStatedStartDoesNotEndTheTermBeforeIt() {
		Post post = Posts.terms(List.of(post("a", "2024-05-10", null, null, "2024-05-12", "2024-05-01"))).get(0);
		assertThat(post.heldFrom()).isEqualTo("2024-05-10");
		assertThat(post.heldUntil()).isNull();
	}

	@Test
	void aDerivedStartAfterTheStatedEndIsLeftOpen() {
		// the previous holder's stated end runs past this one's: the stated end is kept
		List<Post> terms = Posts.terms(List.of(post("a", null, "2024-09-30", DatePrecision.DAY, "2024-03-01", null),
				post("b", null, "2024-09-15", DatePrecision.DAY, "2024-09-01", null)));
		assertThat(terms.get(1).heldUntil()).isEqualTo("2024-09-15");
		assertThat(terms.get(1).heldFrom()).isNull();
	}

	@Test
	void aFirstHolderWhoseNextHolderIsReportedTheSameDayIsNotEndedBeforeItsFirstReport() {
		List<Post> terms = Posts.terms(List.of(post("a", null, null, null, "2024-02-01", null),
				post("b", null, null, null, "2024-02-01", null)));
		assertThat(terms.get(0).heldFrom()).isNull();
		assertThat(terms.get(0).heldUntil()).isNull();
	}

}
