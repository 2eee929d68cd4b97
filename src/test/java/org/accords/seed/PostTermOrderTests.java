package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.actor.Person;
import org.accords.actor.Post;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curated reports (test fixtures under {@code src/test/resources/post-fixtures}) that
 * date two holders of one post so that both start the same day: no derived term ends
 * before it starts, and the stated dates stay as the articles give them.
 */
class PostTermOrderTests {

	private static Post post(SeedFolder.Contents contents, String personName) {
		Person person = contents.people().stream().filter((p) -> p.name().equals(personName)).findFirst().orElseThrow();
		assertThat(person.posts()).hasSize(1);
		return person.posts().get(0);
	}

	@Test
	void holdersReportedFromTheSameDayKeepTheEvidenceAndLeaveTheDerivedEndOpen() {
		SeedFolder.Contents contents = SeedFolder.validate(Path.of("src/test/resources/post-fixtures"));
		Post strand = post(contents, "Maja Strand");
		Post berg = post(contents, "Jonas Berg");
		assertThat(strand.from()).isEqualTo("2025-09-02");
		assertThat(strand.heldFrom()).isEqualTo("2025-09-02");
		assertThat(berg.firstReported()).isEqualTo("2025-09-02");
		for (Post post : List.of(strand, berg)) {
			assertThat(post.heldUntil()).as(post.id()).isNull();
			assertThat(post.termEnd()).as(post.id()).isEqualTo(Post.OPEN_END);
		}
	}

}
