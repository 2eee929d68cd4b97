package org.accords.sourceview;

import java.nio.file.Path;
import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.article.Article;
import org.accords.paging.NodeId;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source view labels each article's words of a change sources date differently (an
 * agreement's suspension, a participant's rejoining) as it labels a disputed leaving: the
 * day this article gives, {@code (disputed)}, and the fact's day beside its own when they
 * differ. Invented wire reports.
 */
class ChangeDateDisputeSpansTests {

	@TempDir
	Path folder;

	private static String label(Agreement agreement, String article, String excerpt) {
		return ArticleSpans.nested(NodeId.of(Article.TYPE, article), List.of(agreement), List.of())
			.stream()
			.filter((span) -> span.excerpt().equals(excerpt))
			.findFirst()
			.orElseThrow()
			.label();
	}

	@Test
	void eachArticleOfADisputedSuspensionSaysItsDayAndTheFacts() {
		SeedFixture.programmeSuspendedOnTwoDays(this.folder);
		Agreement programme = SeedFolder.validate(this.folder).agreements().get(0);
		assertThat(label(programme, "baltic-ledger",
				"Kyiv and Vilnius suspended their joint shell-production programme on Monday"))
			.isEqualTo("Joint shell-production programme: SUSPENDED 2026-03-09 (disputed)");
		assertThat(label(programme, "dnipro-desk",
				"Kyiv and Vilnius suspended their joint shell-production programme on Tuesday"))
			.isEqualTo("Joint shell-production programme: SUSPENDED 2026-03-10 "
					+ "(disputed; the fact: 2026-03-09, as 1 other article gives it)");
	}

	@Test
	void theWordsOfADisputedRejoiningSayItIsDisputed() {
		SeedFixture.latviaRejoinedOnTwoDays(this.folder);
		Agreement coalition = SeedFolder.validate(this.folder).agreements().get(0);
		assertThat(label(coalition, "neman-post", "Latvia rejoined the river-patrol coalition on Monday"))
			.endsWith("LV MEMBER, rejoined 2026-06-15 (disputed)");
	}

	@Test
	void theWordsOfADisputedSuspensionOrResumptionSayItIsDisputed() {
		SeedFixture.latviaSuspendedAndResumedOnTwoDaysEach(this.folder);
		Agreement coalition = SeedFolder.validate(this.folder).agreements().get(0);
		assertThat(label(coalition, "neman-post", "Latvia suspended its part in the river-patrol coalition on Monday"))
			.endsWith("LV MEMBER, suspended 2026-04-06 (disputed)");
		assertThat(label(coalition, "polder-news", "Latvia resumed its part in the river-patrol coalition on Thursday"))
			.endsWith("LV MEMBER, resumed 2026-07-02 (disputed)");
	}

}
