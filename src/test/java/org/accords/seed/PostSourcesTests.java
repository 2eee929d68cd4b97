package org.accords.seed;

import java.nio.file.Path;

import org.accords.actor.Person;
import org.accords.actor.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article whose curated file names a post reports it, whether or not an excerpt is
 * curated for it: a post that has a first report date has that article as its source.
 */
class PostSourcesTests {

	@TempDir
	Path folder;

	private static Post post(SeedFolder.Contents contents, String personName) {
		Person person = contents.people().stream().filter((p) -> p.name().equals(personName)).findFirst().orElseThrow();
		return person.posts().get(0);
	}

	@Test
	void aPostNamedWithoutAnExcerptCountsTheArticleThatNamesItAsItsSource() {
		SeedFixture.copyOfRealSeed(this.folder).replace(SeedFixture.CURATED, """
				      - role: Minister of Strategic Industries
				        evidence:
				          - "Minister of Strategic Industries Oleksandr Kamyshin"
				""", """
				      - role: Minister of Strategic Industries
				""");
		SeedFolder.Contents contents = SeedFolder.validate(this.folder);
		String article = contents.articles().get(0).id();
		Post kamyshin = post(contents, "Oleksandr Kamyshin");
		assertThat(kamyshin.evidence()).isEmpty();
		assertThat(kamyshin.firstReported()).isEqualTo("2024-11-05");
		assertThat(kamyshin.getSourceCount()).isEqualTo(1);
		assertThat(kamyshin.getSources()).singleElement()
			.satisfies((source) -> assertThat(source.articleId()).isEqualTo(article));
		assertThat(kamyshin.getReportedOn()).isEqualTo("2024-11-05");
		// a post with an excerpt is stored as before: its sources are its evidence's
		Post armonaite = post(contents, "Aušrinė Armonaitė");
		assertThat(armonaite.getSourceCount()).isEqualTo(1);
		assertThat(armonaite.provenance()).isNotNull();
		assertThat(armonaite.provenance().sourceIds()).isNull();
	}

}
