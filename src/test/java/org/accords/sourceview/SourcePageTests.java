package org.accords.sourceview;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source view from {@code templates/articles/source.mustache}: a carriage return
 * stays one (as a reference), so the offsets still count into the text; every value is
 * escaped; the desk's buttons come in as their own template wrote them.
 */
class SourcePageTests {

	static final String HOSTILE = "\"><script>alert('x')</script>";

	@Test
	void carriageReturnsAreKeptAndEveryValueEscaped() {
		String fact = NodeId.of("Statement", "s" + HOSTILE);
		SourceArticle article = new SourceArticle(NodeId.of("Article", "a"), "f.txt", "Pub" + HOSTILE, "2024-01-01",
				"en", "javascript:alert(1)", "Title" + HOSTILE, "Rights" + HOSTILE, "hash", null,
				"One\r\nTwo <b>three</b>",
				List.of(new Span(5, 10, "statement", "Statement", fact, "Said" + HOSTILE, "Two <")));
		String html = SourcePage.html(article, new SourcePage.Frame(fact, Set.of(fact), "Desk",
				List.of("Note" + HOSTILE), false, Map.of(fact, "<form class=\"review\"></form>"), null));
		assertThat(html)
			.contains("One&#13;\n<mark class=\"seg", " hit draft\" id=\"fact\"", ">Two &lt;</mark>b&gt;three&lt;/b&gt;",
					"<h1>Title&quot;&gt;&lt;script&gt;", "<p class=\"notice\" role=\"status\">Note&quot;&gt;",
					"The original's address is not recorded.", "<span class=\"unreviewed\">unreviewed</span>",
					"<form class=\"review\"></form></li>")
			.doesNotContain("javascript:", "<script>alert", "<b>");
		assertThat(html.split("<script>", -1)).hasSize(2);
	}

	@Test
	void aHighlightsTitleSaysWhichPartOfItsFactTheWordsAre() {
		String agreement = NodeId.of("Agreement", "lv-ee-radar-accord");
		String meeting = NodeId.of("Event", "riga-meeting");
		SourceArticle article = new SourceArticle(NodeId.of("Article", "a"), "f.txt", "Pub", "2025-05-06", "en", null,
				null, "Rights", "hash", null, "Met in Riga. Under their March accord.",
				List.of(new Span(0, 12, "event", "Event", meeting, "Riga meeting (MEETING)", "Met in Riga."),
						new Span(13, 38, "agreementLink", "Agreement", agreement, "Radar accord: IMPLEMENTS march",
								"Under their March accord.")));
		String html = SourcePage.html(article,
				new SourcePage.Frame(null, Set.of(), "Source", List.of(), false, Map.of(), null));
		assertThat(html).contains("Event riga-meeting: Riga meeting (MEETING)",
				"Agreement (link) lv-ee-radar-accord: Radar accord: IMPLEMENTS march", "Meeting, visit or ceremony",
				"Link between agreements");
	}

}
