package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.actor.Post;
import org.accords.evidence.Claim;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reports that word one post differently ("Strategic Industries Minister", "Minister of
 * Strategic Industries": the same person, role folded and organization) are one post,
 * served in the first report's words; each wording is a claim of the post with the
 * articles that use it, which does not compete, so that every wording a source used can
 * be found. The invented reports are under
 * {@code src/test/resources/fact-alike-fixtures}.
 */
class PostRoleWordingTests {

	private static final String TERN = NodeId.of("Article", "tern-gazette-2025-11-03");

	private static final String REEF = NodeId.of("Article", "reef-dispatch-2025-11-05");

	private static final String TERN_LATER = NodeId.of("Article", "tern-gazette-2025-11-12");

	private static SeedFiles fixtures() {
		return ValidateCommand.read(Path.of("src/test/resources/fact-alike-fixtures"));
	}

	private static List<Post> posts(SeedFiles files) {
		String person = NodeId.of("Person", "marta-ozola");
		return SeedValidator.validate(files).posts().stream().filter((post) -> post.personId().equals(person)).toList();
	}

	@Test
	void eachWordingOfOnePostIsAClaimWithItsArticlesAndTheFirstIsServed() {
		List<Post> posts = posts(fixtures());
		assertThat(posts).hasSize(1);
		Post post = posts.get(0);
		assertThat(post.role()).isEqualTo("Strategic Industries Minister");
		assertThat(post.getSourceCount()).isEqualTo(3);
		assertThat(post.isDisputed()).isFalse();
		assertThat(post.getCompetingValues()).isEmpty();
		// the wording the post's role shows is the one claim marked served
		assertThat(post.getClaims())
			.extracting(Claim::field, Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("role", "Strategic Industries Minister", List.of(TERN, TERN_LATER), false, true),
					tuple("role", "Minister of Strategic Industries", List.of(REEF), false, false));
		// the role filter reads every wording, folded
		assertThat(post.roleKey().split("\n")).containsExactly("strategic industries minister",
				"minister of strategic industries");
	}

	@Test
	void aPostEveryReportWordsAlikeHasNoClaimOfItsRole() {
		SeedFiles files = fixtures();
		SeedFiles withoutReef = new SeedFiles(
				files.articles().stream().filter((f) -> !f.path().contains("reef_dispatch")).toList(),
				files.curated().stream().filter((f) -> !f.path().contains("reef_dispatch")).toList());
		Post post = posts(withoutReef).get(0);
		assertThat(post.getSourceCount()).isEqualTo(2);
		assertThat(post.getClaims()).isEmpty();
	}

}
