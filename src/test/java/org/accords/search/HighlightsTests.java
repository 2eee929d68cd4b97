package org.accords.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Highlights are safe for clients: the plain snippet is the text as written with markers,
 * the HTML snippet escapes the text, and a long text is cut around the first match.
 */
class HighlightsTests {

	@Test
	void theHtmlSnippetEscapesTheTextAndMarksTheMatch() {
		String value = "<b>Drones</b> & \"boats\"";
		List<int[]> matches = Highlights.matches(Analyzers.prose(), Analyzers.TEXT, value,
				List.of(new SearchQuery.Word("drone", "drone", true)));
		Highlights.Snippet snippet = Highlights.snippet(value, matches);
		assertThat(snippet.text()).isEqualTo("<b>«Drones»</b> & \"boats\"");
		assertThat(snippet.html()).isEqualTo("&lt;b&gt;<mark>Drones</mark>&lt;/b&gt; &amp; &quot;boats&quot;");
	}

	@Test
	void aLongTextIsCutAroundTheFirstMatchOnWordBoundaries() {
		String value = "word ".repeat(100) + "drones " + "word ".repeat(100);
		List<int[]> matches = Highlights.matches(Analyzers.prose(), Analyzers.TEXT, value,
				List.of(new SearchQuery.Word("drones", "drone", true)));
		String text = Highlights.snippet(value, matches).text();
		assertThat(text).startsWith("… word").endsWith("word …").contains("«drones»");
		assertThat(text.length()).isLessThan(Highlights.WIDTH + 10);
	}

	@Test
	void oneEditIsASubstitutionInsertionDeletionOrSwap() {
		assertThat(SearchQuery.oneEditApart("umerov", "umerof")).isTrue();
		assertThat(SearchQuery.oneEditApart("umerov", "umierov")).isTrue();
		assertThat(SearchQuery.oneEditApart("umerov", "umrov")).isTrue();
		assertThat(SearchQuery.oneEditApart("umerov", "uemrov")).isTrue();
		assertThat(SearchQuery.oneEditApart("umerov", "omerof")).isFalse();
	}

}
