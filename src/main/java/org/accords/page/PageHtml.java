package org.accords.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.samskivert.mustache.Template;
import org.accords.dataset.Citation;
import org.accords.web.Templates;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a {@link Card} as a page and as an embeddable card, the templates
 * {@code templates/pages/*.mustache}: plain HTML with inline styles, no scripts, no
 * external assets; every text is escaped, and the JSON-LD is written so that no
 * {@code </script>} can end it early.
 */
final class PageHtml {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Template CARD = Templates.compile("pages/card");

	private static final Template PAGE = Templates.compile("pages/page");

	private static final Template IFRAME = Templates.compile("pages/iframe");

	private static final Template GONE = Templates.compile("pages/gone");

	private static final Template PROBLEM = Templates.compile("pages/problem");

	/**
	 * Colours of the two themes: background, text, muted text, accent, rule, and the
	 * amber of the rule beside "Sources differ" (not the accent, which rules a quote).
	 */
	private static final Map<String, String[]> THEMES = Map.of("light",
			new String[] { "#ffffff", "#1c1917", "#57534e", "#1d4ed8", "#d6d3d1", "#b45309" }, "dark",
			new String[] { "#1c1917", "#f5f5f4", "#a8a29e", "#93c5fd", "#44403c", "#fbbf24" });

	private PageHtml() {
	}

	static boolean isTheme(String theme) {
		return THEMES.containsKey(theme);
	}

	/**
	 * The card: what a portal shows in an iframe, with the oEmbed discovery link of its
	 * own address (its theme and version kept) under {@code publicUrl}.
	 */
	static String embed(Card card, String theme, String publicUrl) {
		Map<String, Object> model = common(card, theme);
		model.put("theme", theme);
		String address = card.embedUrl()
				+ (theme.equals("light") ? "" : (card.embedUrl().contains("?") ? "&" : "?") + "theme=" + theme);
		model.put("oembedUrl", oembedUrl(publicUrl, address));
		model.put("heading", link(card.url(), card.label()));
		List<Map<String, Object>> facts = new ArrayList<>();
		for (Card.Fact fact : card.facts()) {
			if (card.quote() != null && (fact.name().equals("Speaker") || fact.name().equals("Role"))) {
				continue;
			}
			facts.add(fact(fact));
		}
		model.put("facts", facts);
		// "Sources differ" in bold, then what differs
		String differs = differs(card);
		model.put("differ", optional((differs != null) ? differs.substring(SOURCES_DIFFER.length()) : null));
		model.put("source", card.sources().isEmpty() ? List.of()
				: List.of(source(card.sources().get(0), "See it in the source →")));
		model.put("details", link(card.url(), "Details"));
		return CARD.execute(model);
	}

	/**
	 * The page: the facts, the sources, the JSON-LD, the oEmbed link and the embed code.
	 */
	static String page(Card card, String oembedUrl) {
		Map<String, Object> model = common(card, "light");
		model.put("url", card.url());
		// the fact's page, whatever version this one was read by: its links keep that
		// version, but the fact is one
		model.put("canonical", card.url().replaceFirst("\\?.*$", ""));
		model.put("themeJoin", card.embedUrl().contains("?") ? "&" : "?");
		model.put("oembedUrl", oembedUrl);
		model.put("jsonLd", jsonLd(card.jsonLd()));
		model.put("facts", card.facts().stream().map(PageHtml::fact).toList());
		model.put("id", card.id());
		model.put("dispute", (card.dispute() != null) ? List.of(dispute(card, card.dispute())) : List.of());
		model.put("sources", card.sources().stream().map((source) -> source(source, "see it in the source")).toList());
		model.put("code", iframe(card, 560));
		model.put("oembed", link(oembedUrl, "oEmbed JSON"));
		return PAGE.execute(model);
	}

	/**
	 * What a withdrawn fact's page ({@code card} false, in the page's style) or card (in
	 * {@code theme}, as a card fits its frame) shows instead of it: what it was, and the
	 * corrections that withdrew it, linked to their source views.
	 */
	static String gone(Gone gone, String theme, boolean card) {
		Map<String, Object> model = colours(theme);
		model.put("card", card);
		model.put("theme", theme);
		model.put("kind", gone.kind());
		model.put("label", gone.label());
		String reported = gone.reportedLine();
		if (reported != null) {
			model.put("reported", reported);
		}
		model.put("id", gone.id());
		model.put("corrections", gone.corrections().stream().map((correction) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("publisher", correction.publisher());
			row.put("publishedOn", correction.publishedOn());
			row.put("sourceView", link(correction.sourceView(),
					(correction.title() != null) ? correction.title() : "the correction, in its words"));
			return row;
		}).toList());
		return GONE.execute(model);
	}

	/**
	 * The page of an error: a page's (a page of its own, in the browser's colours), or,
	 * given a {@code theme}, a card's, which fills its frame in that theme's colours as
	 * the card would, so that a portal's frame never shows the message through a
	 * transparent frame on the portal's own background.
	 */
	static String problem(String message, @Nullable String theme) {
		Map<String, Object> model = new HashMap<>();
		model.put("message", message);
		if (theme != null) {
			Map<String, Object> card = colours(theme);
			card.put("theme", theme);
			model.put("card", List.of(card));
		}
		else {
			model.put("card", List.of());
		}
		return PROBLEM.execute(model);
	}

	/**
	 * The iframe a portal pastes: responsive to its container's width, as high as the
	 * card is at {@code width}.
	 */
	static String iframe(Card card, int width) {
		return iframe(card, card.embedUrl(), width, height(card, width));
	}

	/** The iframe of the card at {@code embedUrl}: the card with a theme or version. */
	static String iframe(Card card, String embedUrl, int width, int height) {
		return IFRAME.execute(Map.of("embedUrl", embedUrl, "width", width, "height", height, "label", card.label()));
	}

	/**
	 * How high the card is in a frame {@code width} pixels wide, in CSS pixels: the
	 * layout of {@code templates/pages/card.mustache} (its sizes, margins and the grid of
	 * its facts) with every text wrapped at its words, each character taken as wide as it
	 * is in a wide sans-serif (DejaVu Sans), so that the card fits whatever font the
	 * reader's system gives {@code system-ui}. A card has no script to tell its frame its
	 * height, so the frame's height is this; {@code CardsBrowserTests} holds it to what
	 * Chromium renders. Change both together.
	 */
	static int height(Card card, int width) {
		// the card's CSS at this width: font clamp(13px,2.6vw,16px), padding
		// clamp(10px,3vw,18px)
		double f = Math.max(13, Math.min(16, 0.026 * width));
		double pad = Math.max(10, Math.min(18, 0.03 * width));
		double inner = width - 2 * pad - 2;
		double height = 2 * pad + 2;
		height += lines(FactCards.words(card.type().name()).toUpperCase(java.util.Locale.ROOT), 0.75 * f * 1.1, inner)
				* 1.45 * 0.75 * f;
		double gapAfter;
		if (card.quote() != null) {
			// the blockquote (1.1em, margin .3em 0 .5em, indented .8em and a 3px
			// rule), then the byline (margin-bottom .4em)
			double q = 1.1 * f;
			String mark = card.paraphrase() ? "" : "“";
			height += 0.3 * q + lines(mark + card.quote() + mark, q, inner - 0.8 * q - 3) * 1.45 * q + 0.5 * q;
			height += lines("— " + Objects.requireNonNullElse(card.byline(), ""), f, inner) * 1.45 * f;
			gapAfter = 0.4 * f;
		}
		else {
			// the heading: 1.15em, bold, margin .2em 0 .4em
			double h = 1.15 * f;
			height += 0.2 * h + lines(card.label(), h * BOLD, inner) * 1.45 * h;
			gapAfter = 0.4 * h;
		}
		// the facts: a grid of names and values, one column at 360px and below;
		// margin .4em 0 (the top one collapsing with the margin above it)
		List<String[]> rows = new ArrayList<>();
		for (Card.Fact fact : card.facts()) {
			if (card.quote() != null && (fact.name().equals("Speaker") || fact.name().equals("Role"))) {
				continue;
			}
			rows.add(new String[] { fact.name(), fact.value() });
		}
		if (!card.sources().isEmpty()) {
			Card.Source source = card.sources().get(0);
			rows.add(new String[] { "Source", source.article()
					+ (source.article().endsWith(source.publishedOn()) ? "" : ", " + source.publishedOn()) });
		}
		height += Math.max(gapAfter, 0.4 * f);
		double line = 1.45 * f;
		String differs = differs(card);
		if (differs != null) {
			// the line that says sources differ: a paragraph indented .5em with a 3px
			// rule, margin .4em 0 (collapsing with those above and below it), all of it
			// taken as bold
			height += lines(differs, f * BOLD, inner - 0.5 * f - 3) * line + 0.4 * f;
		}
		double names = 0;
		for (String[] row : rows) {
			names = Math.max(names, textWidth(row[0], f));
		}
		for (String[] row : rows) {
			if (width <= 360) {
				height += 0.3 * f + lines(row[0], f, inner) * line + 0.15 * f + lines(row[1], f, inner) * line;
			}
			else {
				height += Math.max(lines(row[0], f, names + 1), lines(row[1], f, inner - names - 0.8 * f)) * line;
			}
		}
		height += Math.max(0, rows.size() - 1) * 0.15 * f + 0.4 * f;
		// the links, then the attribution (.8em, margin-top .6em, padding-top .4em,
		// a 1px rule)
		height += lines(card.sources().isEmpty() ? "Details" : "See it in the source → · Details", f, inner) * line;
		double foot = 0.8 * f;
		height += foot + lines(card.attribution() + " · ", foot, inner) * 1.45 * foot + 1;
		return (int) Math.ceil(height) + 8;
	}

	/**
	 * The card's line saying that the fact's sources differ ("Sources differ: 2 competing
	 * values"), or null when they do not: a fact with only corrected values has none, its
	 * publisher having settled them.
	 */
	static @Nullable String differs(Card card) {
		Card.Dispute dispute = card.dispute();
		if (dispute == null || !dispute.disputed()) {
			return null;
		}
		int n = dispute.competingValues();
		return SOURCES_DIFFER + ": " + ((n == 0) ? "another report contradicts it"
				: n + " competing " + ((n == 1) ? "value" : "values") + " (see Details)");
	}

	/** The words that open the card's line, and head the page's section. */
	static final String SOURCES_DIFFER = "Sources differ";

	/** The page's section on what sources give differently or a correction withdrew. */
	private static Map<String, Object> dispute(Card card, Card.Dispute dispute) {
		String kind = FactCards.words(card.type().name());
		Map<String, Object> model = new HashMap<>();
		model.put("heading", dispute.disputed() ? SOURCES_DIFFER : "Corrected by its publisher");
		String intro = !dispute.disputed()
				? "A later correction by the publisher withdrew these values; the " + kind
						+ " shows the corrected ones."
				: dispute.values().isEmpty() ? "A curator marks another report as contradicting this " + kind + "."
						: "The sources of this " + kind + " do not agree. What each gives, with the articles that "
								+ "give it" + servedRules(kind, dispute.servedRules()) + ":";
		model.put("intro", intro);
		model.put("hasValues", !dispute.values().isEmpty());
		model.put("note", optional(dispute.note()));
		model.put("values", dispute.values().stream().map((value) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("field", value.field());
			row.put("value", value.value());
			row.put("status", status(value));
			row.put("sources", articles(value.sources(), "its words"));
			row.put("correctedBy", articles(value.correctedBy(), "the correction"));
			row.put("corrected", !value.correctedBy().isEmpty());
			return row;
		}).toList());
		model.put("contradictedBy", dispute.contradictedBy().stream().map(PageHtml::fact).toList());
		return model;
	}

	/**
	 * The lists whose competing items are a change's days (an agreement's events, a
	 * participant's leavings and rejoinings): of those, the earliest is served, not the
	 * first reported.
	 */
	private static final Set<String> CHANGE_DAYS = Set.of("events", "participants");

	/**
	 * How the fact chose the value marked served among the competing ones, each rule only
	 * where a competing value follows it: of a field's values the first reported, unless
	 * a later report gives it more precisely (a sum, a date, a quote's words, an obligor,
	 * a role's wording); of a change's days the earliest. Empty when no value competes
	 * (only withdrawn ones, never served). The page's section says them, and its JSON
	 * gives them ({@link Card.Dispute#servedRules()}), in these words.
	 */
	static List<String> servedRules(List<Card.Value> values) {
		List<String> rules = new ArrayList<>();
		List<Card.Value> competing = values.stream().filter(Card.Value::competing).toList();
		if (competing.stream().anyMatch((value) -> !CHANGE_DAYS.contains(value.field()))) {
			rules.add("of a field's values, the first reported, unless a later report gives it more precisely");
		}
		if (competing.stream().anyMatch((value) -> CHANGE_DAYS.contains(value.field()))) {
			rules.add("of the days sources give one change (a leaving, rejoining, suspension, resumption, "
					+ "termination or expiry), the earliest");
		}
		return List.copyOf(rules);
	}

	/** The rules in the section's intro, in parentheses; empty when there are none. */
	private static String servedRules(String kind, List<String> rules) {
		return rules.isEmpty() ? "" : " (the value marked served is the one this " + kind + "'s fields show: "
				+ String.join("; ", rules) + ")";
	}

	/**
	 * A value's status in the section: withdrawn, competing, and served when it is the
	 * value the fact's fields show ("competing, served").
	 */
	private static String status(Card.Value value) {
		List<String> words = new ArrayList<>();
		if (value.withdrawn()) {
			words.add("withdrawn");
		}
		else if (value.competing()) {
			words.add("competing");
		}
		if (value.served() && (value.competing() || value.withdrawn())) {
			words.add("served");
		}
		return String.join(", ", words);
	}

	/** Articles for the page, each linked to its source view, "; " between them. */
	private static List<Map<String, Object>> articles(List<Card.Article> articles, String seeIt) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Card.Article article : articles) {
			Map<String, Object> row = new HashMap<>();
			row.put("first", rows.isEmpty());
			row.put("publisher", article.publisher());
			row.put("publishedOn", article.publishedOn());
			row.put("sourceView", link(article.sourceView(), seeIt));
			rows.add(row);
		}
		return rows;
	}

	private static List<Object> optional(@Nullable String value) {
		return (value != null) ? List.of(value) : List.of();
	}

	/**
	 * How much wider bold text is than regular: DejaVu Sans Bold is up to a fifth wider.
	 */
	private static final double BOLD = 1.2;

	/**
	 * The lines {@code text} takes at {@code size} px in a box {@code width} px wide. A
	 * line holds at least one character (an em), however narrow the box: a frame narrower
	 * than the card's padding (oEmbed's {@code maxwidth=1}) leaves its text no width, and
	 * the text then overflows a character a line.
	 */
	private static int lines(String text, double size, double boxWidth) {
		double width = Math.max(boxWidth, size);
		int lines = 1;
		double used = 0;
		for (String word : text.trim().split("\\s+")) {
			double w = textWidth(word, size);
			double space = (used > 0) ? textWidth(" ", size) : 0;
			if (used > 0 && used + space + w > width) {
				lines++;
				used = 0;
				space = 0;
			}
			// a word longer than the line breaks anywhere (overflow-wrap:anywhere)
			if (w > width) {
				int more = (int) Math.ceil(w / width) - 1;
				lines += more;
				w -= more * width;
			}
			used += space + w;
		}
		return lines;
	}

	/**
	 * DejaVu Sans' advance widths of {@code a} to {@code z}, in em: a wide font, whose
	 * text wraps to more lines than most system fonts'.
	 */
	private static final double[] LOWER = { 0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579,
			0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525 };

	/**
	 * The width of {@code text} at {@code size} px, by DejaVu Sans' widths: capitals,
	 * digits and any other letter as wide as its wide capitals, an em dash an em.
	 */
	private static double textWidth(String text, double size) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			em += (c >= 'a' && c <= 'z') ? LOWER[c - 'a']
					: (c == ' ' || c == '.' || c == ',' || c == '\'' || c == '’' || c == ':') ? 0.318
							: (c == '—') ? 1.0 : 0.76;
		}
		return em * size;
	}

	/** A model holding the theme's colours. */
	private static Map<String, Object> colours(String theme) {
		String[] c = Objects.requireNonNull(THEMES.get(theme));
		Map<String, Object> model = new HashMap<>();
		model.put("bg", c[0]);
		model.put("fg", c[1]);
		model.put("muted", c[2]);
		model.put("accent", c[3]);
		model.put("rule", c[4]);
		model.put("warn", c[5]);
		return model;
	}

	/** What the card and the page both show, and the theme's colours. */
	private static Map<String, Object> common(Card card, String theme) {
		Map<String, Object> model = colours(theme);
		model.put("label", card.label());
		model.put("kind", FactCards.words(card.type().name()));
		model.put("hasQuote", card.quote() != null);
		model.put("quote", Objects.requireNonNullElse(card.quote(), ""));
		// quotation marks say "these are the speaker's words": not for a paraphrase
		model.put("open", card.paraphrase() ? "" : "“");
		model.put("close", card.paraphrase() ? "" : "”");
		model.put("byline", Objects.requireNonNullElse(card.byline(), ""));
		// the attribution with its licence name linked to the licence
		String attribution = card.attribution();
		int licence = attribution.indexOf(Citation.LICENCE_NAME);
		model.put("attribution", (licence < 0) ? attribution + " · " : attribution.substring(0, licence));
		model.put("licence", link(Citation.LICENCE_URL, Citation.LICENCE_NAME));
		model.put("afterLicence", (licence < 0) ? "" : attribution.substring(licence + Citation.LICENCE_NAME.length()));
		return model;
	}

	private static Map<String, Object> fact(Card.Fact fact) {
		Map<String, Object> row = (fact.url() != null) ? link(fact.url(), fact.value()) : text(fact.value());
		row.put("name", fact.name());
		return row;
	}

	private static Map<String, Object> source(Card.Source source, String seeIt) {
		Map<String, Object> row = new HashMap<>();
		row.put("excerpt", source.excerpt());
		row.put("article",
				(source.articleUrl() != null) ? link(source.articleUrl(), source.article()) : text(source.article()));
		// ", date" after an article's name, unless the name already ends with it
		row.put("dated", source.article().endsWith(source.publishedOn()) ? "" : ", " + source.publishedOn());
		row.put("sourceView", link(source.sourceView(), seeIt));
		return row;
	}

	/** The oEmbed endpoint's address for a page's or a card's address. */
	static String oembedUrl(String publicUrl, String url) {
		return publicUrl + "/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&format=json";
	}

	/**
	 * JSON-LD inside a script element: {@code <}, {@code >} and {@code &} as JSON
	 * escapes, so the text cannot close the element or open a comment.
	 */
	static String jsonLd(Map<String, Object> value) {
		return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	/**
	 * A link for {@code templates/pages/link}: a curated article URL could be
	 * {@code javascript:} or {@code data:}, so only web links are links, the rest text.
	 */
	private static Map<String, Object> link(String url, String text) {
		if (!(url.startsWith("https://") || url.startsWith("http://"))) {
			return text(text);
		}
		Map<String, Object> link = new HashMap<>();
		link.put("isLink", true);
		link.put("href", url);
		link.put("text", text);
		return link;
	}

	private static Map<String, Object> text(String text) {
		Map<String, Object> link = new HashMap<>();
		link.put("isLink", false);
		link.put("text", text);
		return link;
	}

	static List<String> themes() {
		return List.copyOf(THEMES.keySet());
	}

}
