package org.accords.sourceview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.accords.graphql.Hashes;
import org.accords.paging.NodeId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes an article as an HTML page with its evidence highlighted. The text is cut at
 * every span boundary; each piece is one {@code <mark>} listing the spans that cover it
 * ({@code data-s}, indexes into the article's spans) and their facts ({@code data-f}), so
 * overlapping spans stay readable: the innermost fact colours the background, every kind
 * adds an underline. Everything is inline (no other request is made) and escaped; the
 * page reads without scripts; one small inline script, allowed by its hash, adds a
 * tooltip with links and scrolls to {@code ?fact=}.
 */
final class SourcePage {

	/** Underline layers drawn at most, innermost first; the title lists them all. */
	private static final int MAX_LAYERS = 5;

	private static final String SCRIPT = """
			(function () {
			  'use strict';
			  document.documentElement.className += ' js';
			  var tip = document.getElementById('tip');
			  var timer = null;
			  function show(seg) {
			    clearTimeout(timer);
			    tip.textContent = '';
			    (seg.getAttribute('data-f') || '').split(' ').forEach(function (i) {
			      var fact = document.getElementById('f-' + i);
			      if (fact) {
			        var copy = fact.cloneNode(true);
			        copy.removeAttribute('id');
			        tip.appendChild(copy);
			      }
			    });
			    var r = seg.getBoundingClientRect();
			    var width = document.documentElement.clientWidth;
			    tip.hidden = false;
			    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
			    tip.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + width - tip.offsetWidth - 8)) + 'px';
			  }
			  function hideSoon() {
			    clearTimeout(timer);
			    timer = setTimeout(function () {
			      if (!tip.matches(':hover') && !tip.contains(document.activeElement)) { tip.hidden = true; }
			    }, 300);
			  }
			  document.querySelectorAll('mark.seg').forEach(function (seg) {
			    seg.setAttribute('data-title', seg.getAttribute('title') || '');
			    seg.removeAttribute('title');
			    seg.addEventListener('mouseenter', function () { show(seg); });
			    seg.addEventListener('focus', function () { show(seg); });
			    seg.addEventListener('mouseleave', hideSoon);
			    seg.addEventListener('blur', hideSoon);
			    seg.addEventListener('keydown', function (e) {
			      if (e.key === 'Escape') { tip.hidden = true; }
			      if (e.key === 'Enter') {
			        var link = tip.querySelector('a');
			        if (link) { e.preventDefault(); link.focus(); }
			      }
			    });
			  });
			  tip.addEventListener('mouseleave', hideSoon);
			  tip.addEventListener('focusout', hideSoon);
			  tip.addEventListener('keydown', function (e) { if (e.key === 'Escape') { tip.hidden = true; } });
			  var hit = document.querySelector('mark.hit');
			  if (hit) { hit.scrollIntoView({ block: 'center' }); hit.focus({ preventScroll: true }); tip.hidden = true; }
			})();
			""";

	private static final String SCRIPT_HASH = "sha256-"
			+ Base64.getEncoder().encodeToString(Hashes.sha256(SCRIPT.getBytes(StandardCharsets.UTF_8)));

	private static final String STYLE = """
			:root { color-scheme: light; }
			body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1c1917; background: #fff; }
			main { max-width: 50rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
			a { color: #1d4ed8; }
			h1 { font-size: 1.6rem; line-height: 1.25; margin: .4rem 0 .6rem; }
			h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
			.meta { color: #57534e; margin: .2rem 0; }
			.notice { border-left: 4px solid #dc2626; padding: .3rem .7rem; background: #fef2f2; }
			.skip { position: absolute; left: -999px; }
			.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .2rem .5rem; z-index: 5; }
			.legend { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; list-style: none; padding: 0; margin: .5rem 0; }
			.sw { display: inline-block; width: 1.6em; height: 1em; vertical-align: -.15em; border-bottom: 3px solid; margin-right: .35em; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
			.text { white-space: pre-wrap; overflow-wrap: break-word; font: 1.08rem/2.15 Georgia, "Times New Roman", serif; }
			mark.seg { position: relative; color: inherit; border-radius: 2px; padding: .12em 0 .2em; cursor: help;
			  -webkit-box-decoration-break: clone; box-decoration-break: clone; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
			mark.seg:focus { outline: 2px solid #1c1917; outline-offset: 1px; }
			mark.hit { outline: 3px solid #dc2626; outline-offset: 1px; }
			mark.seg.hit:focus { outline: 3px solid #dc2626; outline-offset: 3px; }
			mark.draft { background-image: repeating-linear-gradient(135deg, transparent 0 5px, rgba(185, 28, 28, .28) 5px 7px); }
			html:not(.js) mark.seg:focus::after { content: attr(title); position: absolute; left: 0; top: 100%; z-index: 4;
			  white-space: pre-wrap; min-width: 18rem; max-width: 28rem; background: #fff; border: 1px solid #57534e; padding: .35rem .5rem;
			  font: .85rem/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0, 0, 0, .25); }
			#tip { position: absolute; z-index: 4; max-width: 28rem; background: #fff; border: 1px solid #57534e; margin: 0;
			  padding: .25rem .6rem; list-style: none; font: .85rem/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0, 0, 0, .25); }
			.facts { padding-left: 1.5rem; }
			.facts li { margin: .4rem 0; }
			form.review { display: inline; margin-left: .4rem; }
			form.review button { font: inherit; font-size: .85rem; padding: 0 .5em; cursor: pointer; }
			.badge { font-size: .8rem; padding: 0 .35em; border-radius: 3px; border-bottom: 2px solid; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
			.unreviewed { color: #b91c1c; font-weight: 600; }
			code { font-size: .85em; overflow-wrap: anywhere; }
			table { border-collapse: collapse; }
			td, th { text-align: left; padding: .2rem .6rem .2rem 0; vertical-align: top; }
			@media print {
			  #tip, .noprint, .skip { display: none !important; }
			  main { max-width: none; padding: 0; }
			  body { font-size: 11pt; }
			  .text { line-height: 1.9; }
			  mark.seg::after { content: none !important; }
			  mark.seg { outline: none; }
			  header a[href^="http"]::after { content: " (" attr(href) ")"; }
			}
			""";

	private SourcePage() {
	}

	/**
	 * How a page is framed.
	 *
	 * @param fact node id of the fact whose spans are marked, if asked
	 * @param unreviewed ids of facts proposed but not yet reviewed (curator's desk)
	 * @param heading what the page is, before the article's title
	 * @param notices lines shown above the text (problems, the desk's status)
	 * @param graphiql whether facts link to GraphiQL (they are in the served dataset)
	 * @param actions HTML added to a fact's entry in the list, by fact id (the desk's
	 * buttons); written as given, so it must be escaped already
	 */
	record Frame(@Nullable String fact, Set<String> unreviewed, String heading, List<String> notices, boolean graphiql,
			Map<String, String> actions) {
	}

	/** The value of the page's Content-Security-Policy header. */
	static String contentSecurityPolicy() {
		return contentSecurityPolicy(false);
	}

	/** The same, allowing forms that post to the page's own origin (the desk). */
	static String contentSecurityPolicy(boolean forms) {
		return "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src '" + SCRIPT_HASH
				+ "'; base-uri 'none'; form-action " + (forms ? "'self'" : "'none'") + "; frame-ancestors 'none'";
	}

	static String html(SourceArticle article, Frame frame) {
		List<Span> spans = article.spans();
		// one entry per fact, in order of first appearance
		Map<String, Integer> factIndex = new LinkedHashMap<>();
		Map<String, List<Span>> factSpans = new LinkedHashMap<>();
		for (Span span : spans) {
			factIndex.putIfAbsent(span.factId(), factIndex.size());
			factSpans.computeIfAbsent(span.factId(), (k) -> new ArrayList<>()).add(span);
		}
		String title = (article.title() != null && !article.title().isBlank()) ? article.title()
				: "Article by " + article.publisher() + " of " + article.publishedOn();
		StringBuilder html = new StringBuilder(article.text().length() * 3 + 16 * 1024);
		html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<meta name=\"referrer\" content=\"no-referrer\">\n<link rel=\"icon\" href=\"data:,\">\n<title>")
			.append(esc(frame.heading() + ": " + title))
			.append("</title>\n<style>\n")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#facts\">Skip to the list of facts</a>\n<main>\n")
			.append("<p class=\"noprint\"><a href=\"/\">Accords</a> · <a href=\"/articles\">Articles</a> · ")
			.append("<a href=\"/data\">Downloads</a> · <a href=\"/graphiql\">GraphiQL</a></p>\n");
		header(html, article, frame, title);
		for (String notice : frame.notices()) {
			html.append("<p class=\"notice\" role=\"status\">").append(esc(notice)).append("</p>\n");
		}
		if (frame.fact() != null && !factIndex.containsKey(frame.fact())) {
			html.append("<p class=\"notice\" role=\"status\">The fact <code>")
				.append(esc(frame.fact()))
				.append("</code> has no evidence in this article.</p>\n");
		}
		legend(html, spans, factSpans);
		html.append("<h2 id=\"text-heading\">Text</h2>\n<div class=\"text\" id=\"text\" lang=\"")
			.append(esc(article.language()))
			.append("\" aria-labelledby=\"text-heading\">");
		text(html, article.text(), spans, factIndex, frame);
		html.append("</div>\n");
		facts(html, article, factSpans, frame);
		html.append("<ul id=\"tip\" role=\"tooltip\" hidden></ul>\n</main>\n<script>")
			.append(SCRIPT)
			.append("</script>\n</body>\n</html>\n");
		return html.toString();
	}

	private static void header(StringBuilder html, SourceArticle article, Frame frame, String title) {
		html.append("<header>\n<p class=\"meta\">")
			.append(esc(frame.heading()))
			.append(" · <strong>")
			.append(esc(article.publisher()))
			.append("</strong> · <time datetime=\"")
			.append(esc(article.publishedOn()))
			.append("\">")
			.append(esc(article.publishedOn()))
			.append("</time> · language ")
			.append(esc(article.language()))
			.append("</p>\n<h1>")
			.append(esc(title))
			.append("</h1>\n<p class=\"meta\">");
		String url = article.url();
		if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
			html.append("Original: <a href=\"")
				.append(esc(url))
				.append("\" rel=\"noopener noreferrer nofollow\">")
				.append(esc(url))
				.append("</a>");
		}
		else {
			html.append("The original's address is not recorded.");
		}
		html.append("</p>\n<p class=\"meta\">Rights: ")
			.append(esc(article.rights()))
			.append("</p>\n<p class=\"meta\">File <code>")
			.append(esc(article.file()))
			.append("</code>");
		if (article.datasetVersion() != null) {
			html.append(" · dataset version <code>").append(esc(article.datasetVersion())).append("</code>");
		}
		html.append(" · SHA-256 of the text <code>").append(esc(article.contentHash())).append("</code>");
		if (frame.graphiql()) {
			html.append(" · <a class=\"noprint\" href=\"")
				.append(esc(graphiql(article.id(), "Article")))
				.append("\">this article in GraphiQL</a>");
		}
		html.append("</p>\n</header>\n");
	}

	private static void legend(StringBuilder html, List<Span> spans, Map<String, List<Span>> factSpans) {
		Map<FactKind, int[]> counts = new EnumMap<>(FactKind.class);
		for (Span span : spans) {
			counts.computeIfAbsent(FactKind.of(span.kind()), (k) -> new int[2])[0]++;
		}
		factSpans.values().forEach((list) -> {
			Set<FactKind> kinds = new LinkedHashSet<>();
			list.forEach((span) -> kinds.add(FactKind.of(span.kind())));
			kinds.forEach((kind) -> Objects.requireNonNull(counts.get(kind))[1]++);
		});
		html.append("<h2 id=\"legend\">Legend</h2>\n<p class=\"meta\">")
			.append(spans.size())
			.append(" evidence spans support ")
			.append(factSpans.size())
			.append(" facts. Hover or focus (Tab) a highlighted passage to see its facts; ")
			.append("where passages overlap, each kind adds an underline.</p>\n<ul class=\"legend\">\n");
		counts.forEach((kind, n) -> html.append("<li data-kind=\"")
			.append(kind.key())
			.append("\"><span class=\"sw\" style=\"background:")
			.append(kind.background())
			.append(";border-color:")
			.append(kind.line())
			.append("\"></span>")
			.append(esc(kind.label()))
			.append(": <span class=\"count\">")
			.append(n[0])
			.append("</span> ")
			.append((n[0] == 1) ? "span" : "spans")
			.append(", ")
			.append(n[1])
			.append((n[1] == 1) ? " fact" : " facts")
			.append("</li>\n"));
		html.append("</ul>\n");
	}

	private static void text(StringBuilder html, String text, List<Span> spans, Map<String, Integer> factIndex,
			Frame frame) {
		TreeSet<Integer> bounds = new TreeSet<>();
		bounds.add(0);
		bounds.add(text.length());
		for (Span span : spans) {
			bounds.add(Math.max(0, Math.min(text.length(), span.start())));
			bounds.add(Math.max(0, Math.min(text.length(), span.end())));
		}
		boolean targetMarked = false;
		Integer from = null;
		for (int to : bounds) {
			if (from == null) {
				from = to;
				continue;
			}
			int a = from;
			from = to;
			List<Integer> cover = new ArrayList<>();
			for (int i = 0; i < spans.size(); i++) {
				if (spans.get(i).start() <= a && spans.get(i).end() >= to) {
					cover.add(i);
				}
			}
			String piece = text.substring(a, to);
			if (cover.isEmpty()) {
				html.append(escText(piece));
				continue;
			}
			// outermost (longest) first, so the innermost fact colours the background
			cover.sort((x, y) -> Integer.compare(spans.get(y).end() - spans.get(y).start(),
					spans.get(x).end() - spans.get(x).start()));
			Set<FactKind> kinds = new LinkedHashSet<>();
			Set<Integer> facts = new LinkedHashSet<>();
			StringBuilder title = new StringBuilder();
			boolean hit = false;
			boolean draft = false;
			for (int i : cover) {
				Span span = spans.get(i);
				kinds.add(FactKind.of(span.kind()));
				if (facts.add(factIndex.get(span.factId()))) {
					if (!title.isEmpty()) {
						title.append('\n');
					}
					title.append(describe(span, frame));
				}
				hit |= span.factId().equals(frame.fact());
				draft |= frame.unreviewed().contains(span.factId());
			}
			List<FactKind> layers = new ArrayList<>(kinds);
			java.util.Collections.reverse(layers);
			StringBuilder style = new StringBuilder("background-color:").append(layers.get(0).background())
				.append(";box-shadow:");
			for (int i = 0; i < Math.min(MAX_LAYERS, layers.size()); i++) {
				style.append((i > 0) ? "," : "")
					.append("inset 0 -")
					.append(3 * (i + 1))
					.append("px 0 ")
					.append(layers.get(i).line());
			}
			html.append("<mark class=\"seg");
			kinds.forEach((kind) -> html.append(" k-").append(kind.key()));
			html.append(hit ? " hit" : "").append(draft ? " draft" : "").append('"');
			if (hit && !targetMarked) {
				html.append(" id=\"fact\"");
				targetMarked = true;
			}
			html.append(" tabindex=\"0\" data-s=\"")
				.append(join(cover))
				.append("\" data-f=\"")
				.append(join(new ArrayList<>(facts)))
				.append("\" style=\"")
				.append(style)
				.append("\" title=\"")
				.append(esc(title.toString()).replace("\n", "&#10;"))
				.append("\">")
				.append(escText(piece))
				.append("</mark>");
		}
	}

	private static void facts(StringBuilder html, SourceArticle article, Map<String, List<Span>> factSpans,
			Frame frame) {
		html.append("<h2 id=\"facts\">Facts supported by this article</h2>\n<ol class=\"facts\">\n");
		int index = 0;
		for (Map.Entry<String, List<Span>> entry : factSpans.entrySet()) {
			Span first = entry.getValue().get(0);
			FactKind kind = FactKind.of(first.kind());
			html.append("<li id=\"f-")
				.append(index++)
				.append("\" data-fact=\"")
				.append(esc(entry.getKey()))
				.append("\"><span class=\"badge\" style=\"background:")
				.append(kind.background())
				.append(";border-color:")
				.append(kind.line())
				.append("\">")
				.append(esc(first.factType()))
				.append("</span> ");
			if (frame.unreviewed().contains(entry.getKey())) {
				html.append("<span class=\"unreviewed\">unreviewed</span> ");
			}
			html.append("<code>")
				.append(esc(key(entry.getKey())))
				.append("</code> ")
				.append(esc(first.label()))
				.append(" <span class=\"meta\">(")
				.append(entry.getValue().size())
				.append((entry.getValue().size() == 1) ? " span" : " spans")
				.append(")</span> · <a href=\"?fact=")
				.append(esc(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)))
				.append("#fact\">mark its words</a>");
			if (frame.graphiql()) {
				html.append(" · <a href=\"")
					.append(esc(graphiql(entry.getKey(), first.factType())))
					.append("\">open in GraphiQL</a>");
			}
			html.append(frame.actions().getOrDefault(entry.getKey(), ""));
			html.append("</li>\n");
		}
		html.append("</ol>\n");
		if (factSpans.isEmpty()) {
			html.append("<p>No fact cites this article.</p>\n");
		}
	}

	private static String describe(Span span, Frame frame) {
		return span.factType() + switch (FactKind.of(span.kind())) {
			case POST -> " (post)";
			case EVENT -> " (lifecycle event)";
			case PARTICIPANT -> " (party)";
			case AMOUNT -> " (amount)";
			default -> "";
		} + (frame.unreviewed().contains(span.factId()) ? " [unreviewed]" : "") + " " + key(span.factId()) + ": "
				+ span.label();
	}

	/** The curated id inside a node id, or the id itself when it is not one. */
	private static String key(String id) {
		try {
			return NodeId.parse(id).key();
		}
		catch (RuntimeException ex) {
			return id;
		}
	}

	/** A GraphiQL link that opens a query for one node. */
	static String graphiql(String id, String type) {
		String fields = switch (type) {
			case "Statement" -> "... on Statement { kind text saidOn speaker { name } }";
			case "Signatory" -> "... on Signatory { role person { name } organization { name } }";
			case "CooperationArea" -> "... on CooperationArea { name category }";
			case "Commitment" -> "... on Commitment { description status }";
			case "Agreement" -> "... on Agreement { title kind signedOn }";
			case "Person" -> "... on Person { name posts { role } }";
			case "Organization" -> "... on Organization { name kind }";
			case "Article" -> "... on Article { publisher publishedOn title url }";
			default -> "";
		};
		String query = "{\n  node(id: \"" + id + "\") {\n    __typename\n    id\n    " + fields + "\n  }\n}\n";
		return "/graphiql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String join(List<Integer> values) {
		StringBuilder joined = new StringBuilder();
		for (int value : values) {
			joined.append(joined.isEmpty() ? "" : " ").append(value);
		}
		return joined.toString();
	}

	static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * Escapes text content; a carriage return is written as a reference, which HTML
	 * parsing keeps (a literal one would become a line feed and shift the offsets).
	 */
	private static String escText(String text) {
		return esc(text).replace("\r", "&#13;");
	}

}
