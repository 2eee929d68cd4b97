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
 * @param dispute what its sources give differently, or what its publisher corrected; null
 * when they agree and nothing was corrected (the common card, whose bytes stay as they
 * were)
 */
public record Card(PageType type, String id, String label, @Nullable String quote, @Nullable String byline,
		boolean paraphrase, List<Fact> facts, List<Source> sources, String url, String embedUrl, String attribution,
		Map<String, Object> jsonLd, @Nullable Dispute dispute) {

	/** A card whose sources agree. */
	public Card(PageType type, String id, String label, @Nullable String quote, @Nullable String byline,
			boolean paraphrase, List<Fact> facts, List<Source> sources, String url, String embedUrl, String attribution,
			Map<String, Object> jsonLd) {
		this(type, id, label, quote, byline, paraphrase, facts, sources, url, embedUrl, attribution, jsonLd, null);
	}

	/**
	 * "Sources differ": the values of the fact's fields that its sources give differently
	 * (each with the articles that give it), and those a publisher withdrew in a later
	 * correction, marked as such; as the GraphQL API's {@code disputed},
	 * {@code competingValues}, {@code claims}, {@code disputeNote} and
	 * {@code competingFacts} say.
	 *
	 * @param disputed whether the fact is disputed (its sources give competing values, or
	 * a curator marks another fact as contradicting it); false when only corrected values
	 * are listed
	 * @param competingValues how many competing values its sources give
	 * @param note the curator's one-line note on the dispute, if any
	 * @param values the competing values, then the withdrawn ones, in the claims' order
	 * @param contradictedBy the facts the curator marks as contradicting this one
	 * @param servedRules how the value marked served was chosen among the competing ones,
	 * each rule only where a competing value follows it, in the words the page's section
	 * gives them ({@link PageHtml#servedRules(List)}); empty when no value competes
	 */
	public record Dispute(boolean disputed, int competingValues, @Nullable String note, List<Value> values,
			List<Fact> contradictedBy, List<String> servedRules) {

		/** The dispute, with the rules its competing values follow. */
		public Dispute(boolean disputed, int competingValues, @Nullable String note, List<Value> values,
				List<Fact> contradictedBy) {
			this(disputed, competingValues, note, values, contradictedBy, PageHtml.servedRules(values));
		}

	}

	/**
	 * One value of a field as its sources give it.
	 *
	 * @param field the field, in words ({@code amount}, {@code person})
	 * @param value the value for reading: an entity's name, a date as precise as given, a
	 * sum as the CSV writes it ({@code up to 20000000 EUR})
	 * @param claim the value exactly as GraphQL's {@code Claim.value} and the CSV's
	 * {@code disputed_values} give it ({@code 2025-03-01 (MONTH)}, an entity's id), to
	 * match them by
	 * @param competing whether other sources give another value for the field
	 * @param withdrawn whether its publisher withdrew it in a later correction
	 * @param served whether it is the value the fact's fields show (of a field's values,
	 * the first reported that is as precise as any agreeing with it and not withdrawn; of
	 * a list's items, each the fact shows, of one change's days the earliest); false for
	 * the others
	 * @param sources the articles that give it, each linked to its words
	 * @param correctedBy the corrections that withdrew it; empty when none
	 */
	public record Value(String field, String value, String claim, boolean competing, boolean withdrawn, boolean served,
			List<Article> sources, List<Article> correctedBy) {
	}

	/**
	 * An article that gives a value, or corrects one.
	 *
	 * @param id node id of the article
	 * @param publisher its publisher
	 * @param publishedOn its date
	 * @param title its title, when known
	 * @param sourceView the source view with the fact's words marked
	 */
	public record Article(String id, String publisher, String publishedOn, @Nullable String title, String sourceView) {
	}

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
