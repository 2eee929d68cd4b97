package org.accords.page;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card and the page from {@code templates/pages}: every value escaped, in text and in
 * attributes; only web addresses become links; the JSON-LD cannot end its script element.
 */
class PageHtmlTests {

	static final String HOSTILE = "\"><script>alert('x')</script>";

	static Card card(String quote) {
		return new Card(PageType.STATEMENT, "id" + HOSTILE, "Label" + HOSTILE, quote, "Byline" + HOSTILE, false,
				List.of(new Card.Fact("Speaker", "A minister", "https://accords.example/people/p?a=1&b=2"),
						new Card.Fact("Where" + HOSTILE, "Vilnius" + HOSTILE, "javascript:alert(1)")),
				List.of(new Card.Source("words" + HOSTILE, "A paper", "2024-03-01", "data:text/html,<b>x</b>",
						"https://accords.example/articles/a?fact=f")),
				"https://accords.example/statements/id", "https://accords.example/embed/statement/id",
				"Accords" + HOSTILE, Map.of("text", "</script><!--"));
	}

	@Test
	void theCardEscapesEveryValueAndLinksOnlyWebAddresses() {
		String quoted = PageHtml.embed(card("We will" + HOSTILE), "dark", "https://accords.example");
		assertThat(quoted).contains("content=\"dark\"", "background:#1c1917",
				"<h1 class=\"vh\">Label&quot;&gt;&lt;script&gt;", "<blockquote>“We will&quot;&gt;&lt;script&gt;",
				"<p class=\"by\">— Byline&quot;&gt;",
				"<dd>Vilnius&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</dd>",
				"<dd>A paper, 2024-03-01</dd>",
				"<a href=\"https://accords.example/articles/a?fact=f\" target=\"_blank\" rel=\"noopener\">See it in the source →</a>")
			.doesNotContain("<script", "javascript:", "data:text", "<dt>Speaker</dt>");
		String plain = PageHtml.embed(card(null), "light", "https://accords.example");
		assertThat(plain)
			.contains("<h1><a href=\"https://accords.example/statements/id\"",
					"<dt>Speaker</dt><dd><a href=\"https://accords.example/people/p?a=1&amp;b=2\"")
			.doesNotContain("<blockquote>", "<script");
	}

	@Test
	void thePageEscapesEveryValueAndEmbedsItsCardCode() {
		String page = PageHtml.page(card(null), "https://accords.example/oembed?url=x&format=json");
		assertThat(page)
			.contains("<h1>Label&quot;&gt;&lt;script&gt;", "<code>id&quot;&gt;", "<blockquote>words&quot;&gt;",
					"\\u003c/script\\u003e\\u003c!--",
					"&lt;iframe src=&quot;https://accords.example/embed/statement/id&quot;",
					"<iframe src=\"https://accords.example/embed/statement/id\" width=\"560\"",
					"href=\"https://accords.example/oembed?url=x&amp;format=json\"")
			.doesNotContain("<script>alert", "javascript:", "data:text");
		assertThat(page.split("<script", -1)).hasSize(2);
	}

	static Card disputed(Card card, boolean disputed) {
		Card.Article skerry = new Card.Article("a1", "Skerry Wire" + HOSTILE, "2025-09-08", null,
				"https://accords.example/articles/a1?fact=f#fact");
		Card.Article fen = new Card.Article("a2", "Fen Courier", "2025-09-09", null, "javascript:alert(1)");
		List<Card.Value> values = List.of(
				new Card.Value("amount", "40000000 EUR" + HOSTILE, "40000000 EUR", disputed, false, true,
						List.of(skerry), List.of()),
				new Card.Value("amount", "48000000 EUR", "48000000 EUR", disputed, !disputed, false, List.of(fen),
						disputed ? List.of() : List.of(skerry)));
		return new Card(card.type(), card.id(), card.label(), card.quote(), card.byline(), card.paraphrase(),
				card.facts(), card.sources(), card.url(), card.embedUrl(), card.attribution(), card.jsonLd(),
				new Card.Dispute(disputed, disputed ? 2 : 0, "A note" + HOSTILE, values, List.of()));
	}

	@Test
	void theDisputeIsEscapedOnThePageAndTheCardSaysOnlyThatSourcesDiffer() {
		String page = PageHtml.page(disputed(card(null), true), "https://accords.example/oembed?url=x&format=json");
		assertThat(page).contains("<h2>Sources differ</h2>", "Curator's note: A note&quot;&gt;&lt;script&gt;",
				"<strong>40000000 EUR&quot;&gt;&lt;script&gt;", "given by Skerry Wire&quot;&gt;&lt;script&gt;",
				"<a href=\"https://accords.example/articles/a1?fact=f#fact\"", "Fen Courier, 2025-09-09 (its words)")
			.doesNotContain("<script>alert", "javascript:");
		String card = PageHtml.embed(disputed(card(null), true), "light", "https://accords.example");
		assertThat(card)
			.contains("<p class=\"differ\"><strong>Sources differ</strong>: 2 competing values (see Details)</p>")
			.doesNotContain("40000000", "Skerry", "<script>alert");
		// a value its publisher corrected is not a dispute: the card says nothing of it
		assertThat(PageHtml.embed(disputed(card(null), false), "light", "https://accords.example"))
			.doesNotContain("differ");
		assertThat(PageHtml.page(disputed(card(null), false), "x")).contains("<h2>Corrected by its publisher</h2>",
				"<span class=\"status\">withdrawn</span> — given by Fen Courier, 2025-09-09 (its words); withdrawn by Skerry Wire");
	}

	@Test
	void theLineThatSaysSourcesDifferAddsToTheCardsHeightAtEveryWidth() {
		for (String quote : new String[] { null, "We will build it" }) {
			Card plain = card(quote);
			Card disputed = disputed(plain, true);
			for (int width : new int[] { 560, 320, 200 }) {
				// at least one line of the card's text
				assertThat(PageHtml.height(disputed, width)).as("%s at %d", quote, width)
					.isGreaterThanOrEqualTo(PageHtml.height(plain, width) + 13);
			}
			assertThat(PageHtml.height(disputed(plain, false), 560)).isEqualTo(PageHtml.height(plain, 560));
		}
	}

	/**
	 * oEmbed's {@code maxwidth} may be any width from 1: narrower than the card's padding
	 * its text box has no width left, and the height is still a number (the text a
	 * character a line), not a loop that never ends.
	 */
	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aFrameNarrowerThanTheCardsPaddingStillHasAHeight() {
		for (String quote : new String[] { null, "We will build it" }) {
			for (Card card : new Card[] { card(quote), disputed(card(quote), true) }) {
				int wide = PageHtml.height(card, 560);
				for (int width : new int[] { 1, 2, 22, 23, 40 }) {
					assertThat(PageHtml.height(card, width)).as("%s at %d", quote, width)
						.isGreaterThan(wide)
						.isLessThan(1_000_000);
				}
			}
		}
	}

}
