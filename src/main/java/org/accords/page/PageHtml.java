package org.accords.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accords.dataset.Citation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

/**
 * Renders a {@link Card} as a page and as an embeddable card: plain HTML with inline
 * styles, no scripts, no external assets; every text is escaped, and the JSON-LD is
 * written so that no {@code </script>} can end it early.
 */
final class PageHtml {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Colours of the two themes: background, text, muted text, accent, rule. */
	private static final Map<String, String[]> THEMES = Map.of("light",
			new String[] { "#ffffff", "#1c1917", "#57534e", "#1d4ed8", "#d6d3d1" }, "dark",
			new String[] { "#1c1917", "#f5f5f4", "#a8a29e", "#93c5fd", "#44403c" });

	private PageHtml() {
	}

	static boolean isTheme(String theme) {
		return THEMES.containsKey(theme);
	}

	/** The card: what a portal shows in an iframe. */
	static String embed(Card card, String theme) {
		String[] c = Objects.requireNonNull(THEMES.get(theme));
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.append("<meta name=\"color-scheme\" content=\"")
			.append(theme)
			.append("\"><title>")
			.append(e(card.label()))
			.append(" · Accords</title><style>")
			.append("*{box-sizing:border-box}html,body{margin:0;padding:0}")
			.append("body{background:")
			.append(c[0])
			.append(";color:")
			.append(c[1])
			.append(";font:clamp(13px,2.6vw,16px)/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}")
			.append(".card{padding:clamp(10px,3vw,18px);border:1px solid ")
			.append(c[4])
			.append(";border-radius:8px;max-width:100%;overflow-wrap:anywhere}")
			.append(".kind{font-size:.75em;text-transform:uppercase;letter-spacing:.06em;color:")
			.append(c[2])
			.append("}h1{font-size:1.15em;margin:.2em 0 .4em}")
			.append("blockquote{margin:.3em 0 .5em;padding-left:.8em;border-left:3px solid ")
			.append(c[3])
			.append(";font-size:1.1em}a{color:")
			.append(c[3])
			.append("}dl{display:grid;grid-template-columns:max-content 1fr;gap:.15em .8em;margin:.4em 0}")
			.append("dt{color:")
			.append(c[2])
			.append("}dd{margin:0}.by{margin:0 0 .4em}.foot{margin-top:.6em;padding-top:.4em;border-top:1px solid ")
			.append(c[4])
			.append(";font-size:.8em;color:")
			.append(c[2])
			.append("}@media (max-width:360px){dl{grid-template-columns:1fr}dt{margin-top:.3em}}")
			.append("</style></head><body><article class=\"card\">");
		html.append("<div class=\"kind\">").append(e(FactCards.words(card.type().name()))).append("</div>");
		if (card.quote() != null) {
			html.append("<blockquote>“").append(e(card.quote())).append("”</blockquote>");
			html.append("<p class=\"by\">— ").append(e(Objects.requireNonNull(card.byline()))).append("</p>");
		}
		else {
			html.append("<h1>").append(link(card.url(), card.label())).append("</h1>");
		}
		html.append("<dl>");
		for (Card.Fact fact : card.facts()) {
			if (card.quote() != null && (fact.name().equals("Speaker") || fact.name().equals("Role"))) {
				continue;
			}
			html.append("<dt>").append(e(fact.name())).append("</dt><dd>");
			html.append((fact.url() != null) ? link(fact.url(), fact.value()) : e(fact.value())).append("</dd>");
		}
		if (!card.sources().isEmpty()) {
			Card.Source source = card.sources().get(0);
			html.append("<dt>Source</dt><dd>")
				.append((source.articleUrl() != null) ? link(source.articleUrl(), source.article())
						: e(source.article()))
				.append(dated(source))
				.append("</dd>");
		}
		html.append("</dl>");
		if (!card.sources().isEmpty()) {
			html.append("<div>")
				.append(link(card.sources().get(0).sourceView(), "See it in the source →"))
				.append(" · ");
		}
		else {
			html.append("<div>");
		}
		html.append(link(card.url(), "Details")).append("</div>");
		html.append("<div class=\"foot\">")
			.append(e(card.attribution()))
			.append(" · ")
			.append(link(Citation.LICENCE_URL, "licence"))
			.append("</div></article></body></html>");
		return html.toString();
	}

	/**
	 * The page: the facts, the sources, the JSON-LD, the oEmbed link and the embed code.
	 */
	static String page(Card card, String oembedUrl) {
		String[] c = Objects.requireNonNull(THEMES.get("light"));
		StringBuilder html = new StringBuilder(8192);
		html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
			.append(e(card.label()))
			.append(" · Accords</title>")
			.append("<link rel=\"canonical\" href=\"")
			.append(e(card.url()))
			.append("\"><link rel=\"alternate\" type=\"application/json+oembed\" href=\"")
			.append(e(oembedUrl))
			.append("\" title=\"")
			.append(e(card.label()))
			.append("\"><link rel=\"alternate\" type=\"application/json\" href=\"")
			.append(e(card.url()))
			.append("\"><script type=\"application/ld+json\">")
			.append(jsonLd(card.jsonLd()))
			.append("</script><style>body{margin:0 auto;max-width:52rem;padding:1rem;background:")
			.append(c[0])
			.append(";color:")
			.append(c[1])
			.append(";font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}a{color:")
			.append(c[3])
			.append("}.kind{text-transform:uppercase;font-size:.8em;letter-spacing:.06em;color:")
			.append(c[2])
			.append("}blockquote{margin:.5em 0;padding-left:1em;border-left:3px solid ")
			.append(c[3])
			.append("}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{color:")
			.append(c[2])
			.append("}dd{margin:0}textarea{width:100%;font:13px ui-monospace,monospace}")
			.append("iframe{border:0;width:100%;max-width:560px}.foot{font-size:.85em;color:")
			.append(c[2])
			.append("}</style></head><body>");
		html.append("<p class=\"kind\">").append(e(FactCards.words(card.type().name()))).append("</p>");
		html.append("<h1>").append(e(card.label())).append("</h1>");
		if (card.quote() != null) {
			html.append("<blockquote>“").append(e(card.quote())).append("”</blockquote><p>— ");
			html.append(e(Objects.requireNonNull(card.byline()))).append("</p>");
		}
		html.append("<dl>");
		for (Card.Fact fact : card.facts()) {
			html.append("<dt>").append(e(fact.name())).append("</dt><dd>");
			html.append((fact.url() != null) ? link(fact.url(), fact.value()) : e(fact.value())).append("</dd>");
		}
		html.append("<dt>Id</dt><dd><code>").append(e(card.id())).append("</code></dd></dl>");
		html.append("<h2>Sources</h2>");
		if (card.sources().isEmpty()) {
			html.append("<p>No article words are attached to this entry.</p>");
		}
		for (Card.Source source : card.sources()) {
			html.append("<blockquote>").append(e(source.excerpt())).append("</blockquote><p>");
			html.append(
					(source.articleUrl() != null) ? link(source.articleUrl(), source.article()) : e(source.article()));
			html.append(dated(source)).append(" · ");
			html.append(link(source.sourceView(), "see it in the source")).append("</p>");
		}
		String code = iframe(card, 560);
		html.append("<h2>Embed</h2><p>Copy this code into your page (select it, then copy):</p>")
			.append("<textarea readonly rows=\"4\" aria-label=\"Embed code\">")
			.append(e(code))
			.append("</textarea><p>Dark theme: add <code>?theme=dark</code> to the address. oEmbed: ")
			.append(link(oembedUrl, "oEmbed JSON"))
			.append(".</p>")
			.append(code);
		html.append("<p class=\"foot\">")
			.append(e(card.attribution()))
			.append(" · ")
			.append(link(Citation.LICENCE_URL, Citation.LICENCE_NAME))
			.append(" · JSON: request this address with <code>Accept: application/json</code></p></body></html>");
		return html.toString();
	}

	/** The iframe a portal pastes: responsive to its container's width. */
	static String iframe(Card card, int width) {
		return "<iframe src=\"" + e(card.embedUrl()) + "\" width=\"" + width + "\" height=\"" + card.type().height()
				+ "\" style=\"border:0;max-width:100%\" loading=\"lazy\" title=\"" + e(card.label())
				+ " (Accords)\"></iframe>";
	}

	/** The oEmbed endpoint's address for a page. */
	static String oembedUrl(String publicUrl, Card card) {
		return publicUrl + "/oembed?url=" + URLEncoder.encode(card.url(), StandardCharsets.UTF_8) + "&format=json";
	}

	/**
	 * JSON-LD inside a script element: {@code <}, {@code >} and {@code &} as JSON
	 * escapes, so the text cannot close the element or open a comment.
	 */
	static String jsonLd(Map<String, Object> value) {
		return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	/** ", date" after an article's name, unless the name already ends with it. */
	private static String dated(Card.Source source) {
		return source.article().endsWith(source.publishedOn()) ? "" : ", " + e(source.publishedOn());
	}

	private static String link(String url, String text) {
		// a curated article URL could be javascript: or data:; only web links are links
		if (!(url.startsWith("https://") || url.startsWith("http://"))) {
			return e(text);
		}
		return "<a href=\"" + e(url) + "\" target=\"_blank\" rel=\"noopener\">" + e(text) + "</a>";
	}

	private static String e(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	static List<String> themes() {
		return List.copyOf(THEMES.keySet());
	}

}
