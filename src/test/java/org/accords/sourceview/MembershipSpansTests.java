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
 * The source view labels the words that say a party agreed to join with the day the
 * article gives, and a report whose change of a party's part its publisher withdrew says
 * so. Invented wire reports about a river-patrol coalition.
 */
class MembershipSpansTests {

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
	void theWordsOfAnAgreeingToJoinSayItsDay() {
		SeedFixture.latviaReport(this.folder, "daugava-wire", "2026-02-27",
				"Latvia agreed on Thursday to join the river-patrol coalition.", "agreedOn: Thursday",
				"Latvia agreed on Thursday to join the river-patrol coalition");
		SeedFixture.latviaReport(this.folder, "neman-post", "2026-03-17",
				"Latvia joined the river-patrol coalition on Monday.", "joinedOn: Monday",
				"Latvia joined the river-patrol coalition on Monday");
		Agreement coalition = SeedFolder.validate(this.folder).agreements().get(0);
		assertThat(label(coalition, "daugava-wire", "Latvia agreed on Thursday to join the river-patrol coalition"))
			.endsWith("agreed to join 2026-02-26");
	}

	@Test
	void aReportWhoseRejoiningItsPublisherWithdrewSaysSo() {
		SeedFixture.latviaReport(this.folder, "daugava-wire", "2026-06-11",
				"Latvia, which withdrew from the river-patrol coalition on 3 March, rejoined it on 10 June.",
				"leftOn: 2026-03-03\n        rejoinedOn: 2026-06-10",
				"Latvia, which withdrew from the river-patrol coalition on 3 March, rejoined it on 10 June");
		SeedFixture.report(this.folder, "daugava-wire-correction", "daugava-wire",
				", corrects: [daugava-wire], withdraws: [ { agreement: river-patrol-coalition, rejoinings: [LV], "
						+ "evidence: [\"wrongly said that Latvia had rejoined\"] } ]",
				"2026-06-12", "CORRECTION - A report wrongly said that Latvia had rejoined the coalition.", "");
		Agreement coalition = SeedFolder.validate(this.folder).agreements().get(0);
		// the label of the agreement's words in the report
		assertThat(ArticleSpans.corrected(coalition, NodeId.of(Article.TYPE, "daugava-wire"), java.util.Map.of()))
			.isEqualTo(
					" [corrected by a later article: this article's participants LV rejoined 2026-06-10 is withdrawn]");
	}

}
