package org.accords.page;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a page and a card show of one entity, ready to render: every text is raw (the
 * renderers escape it), every URL absolute.
 *
 * @param type the page type
 * @param id node id
 * @param label its name, title or words
 * @param quote a statement's words, shown as a quotation
 * @param byline who said it, with their role, for a statement
 * @param paraphrase whether the quote is the article's paraphrase, not the speaker's
 * words (shown without quotation marks)
 * @param facts the entity's fields and relations, in reading order
 * @param sources the words of the articles that support it
 * @param url its page
 * @param embedUrl its card
 * @param attribution the licence and attribution line
 * @param jsonLd its schema.org description
 */
public record Card(PageType type, String id, String label, @Nullable String quote, @Nullable String byline,
		boolean paraphrase, List<Fact> facts, List<Source> sources, String url, String embedUrl, String attribution,
		Map<String, Object> jsonLd) {

	/**
	 * One field: a name and its value, linked when the value is an entity or a page.
	 *
	 * @param name what it is
	 * @param value its value as text
	 * @param url where the value's own page is, if it has one
	 */
	public record Fact(String name, String value, @Nullable String url) {
	}

	/**
	 * Evidence: the article's words and where to see them.
	 *
	 * @param excerpt the words, verbatim
	 * @param article the article's title, or its publisher and date
	 * @param publishedOn the article's date
	 * @param articleUrl where the publisher has it, when known
	 * @param sourceView the source view with these words marked
	 */
	public record Source(String excerpt, String article, String publishedOn, @Nullable String articleUrl,
			String sourceView) {
	}

}
