package org.accords.sourceview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.samskivert.mustache.Template;
import org.accords.graphql.Hashes;
import org.accords.paging.NodeId;
import org.accords.web.Templates;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes an article as an HTML page with its evidence highlighted, from
 * {@code templates/articles/source.mustache}. The text is cut at every span boundary;
 * each piece is one {@code <mark>} listing the spans that cover it ({@code data-s},
 * indexes into the article's spans) and their facts ({@code data-f}), so overlapping
 * spans stay readable: the innermost fact colours the background, every kind adds an
 * underline. Everything is inline (no other request is made) and escaped; the page reads
 * without scripts; one small inline script, allowed by its hash, adds a tooltip with
 * links and scrolls to {@code ?fact=}.
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

	private static final Template PAGE = Templates.compile("articles/source");

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
	 * @param pinned the dataset version the page's own links keep: the one the request
	 * named, so that marking a fact's words stays on that version's words; null when it
	 * named none
	 */
	record Frame(@Nullable String fact, Set<String> unreviewed, String heading, List<String> notices, boolean graphiql,
			Map<String, String> actions, @Nullable String pinned) {
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
		String url = article.url();
		Map<String, Object> model = new HashMap<>();
		model.put("heading", frame.heading());
		model.put("title", title);
		model.put("publisher", article.publisher());
		model.put("publishedOn", article.publishedOn());
		model.put("language", article.language());
		model.put("url",
				(url != null && (url.startsWith("https://") || url.startsWith("http://"))) ? List.of(url) : List.of());
		model.put("rights", article.rights());
		model.put("file", article.file());
		model.put("datasetVersion", optional(article.datasetVersion()));
		model.put("contentHash", article.contentHash());
		model.put("graphiql", frame.graphiql() ? List.of(graphiql(article.id(), "Article")) : List.of());
		model.put("notices", frame.notices());
		model.put("missingFact",
				(frame.fact() != null && !factIndex.containsKey(frame.fact())) ? List.of(frame.fact()) : List.of());
		model.put("spanCount", spans.size());
		model.put("factCount", factSpans.size());
		model.put("legend", legend(spans, factSpans));
		model.put("segments", segments(article.text(), spans, factIndex, frame));
		model.put("factList", facts(factSpans, frame));
		model.put("pinned", optional(frame.pinned()));
		model.put("script", SCRIPT);
		return PAGE.execute(model);
	}

	private static List<Object> optional(@Nullable String value) {
		return (value != null) ? List.of(value) : List.of();
	}

	private static List<Map<String, Object>> legend(List<Span> spans, Map<String, List<Span>> factSpans) {
		Map<FactKind, int[]> counts = new EnumMap<>(FactKind.class);
		for (Span span : spans) {
			counts.computeIfAbsent(FactKind.of(span.kind()), (k) -> new int[2])[0]++;
		}
		factSpans.values().forEach((list) -> {
			Set<FactKind> kinds = new LinkedHashSet<>();
			list.forEach((span) -> kinds.add(FactKind.of(span.kind())));
			kinds.forEach((kind) -> Objects.requireNonNull(counts.get(kind))[1]++);
		});
		List<Map<String, Object>> legend = new ArrayList<>();
		counts.forEach((kind,
				n) -> legend.add(Map.of("key", kind.key(), "background", kind.background(), "line", kind.line(),
						"label", kind.label(), "spans", n[0], "spanWord", (n[0] == 1) ? "span" : "spans", "facts", n[1],
						"factWord", (n[1] == 1) ? "fact" : "facts")));
		return legend;
	}

	/**
	 * The text cut at every span boundary: a piece no span covers as it is, the others
	 * each a mark listing the spans and facts that cover it.
	 */
	private static List<Map<String, Object>> segments(String text, List<Span> spans, Map<String, Integer> factIndex,
			Frame frame) {
		List<Map<String, Object>> segments = new ArrayList<>();
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
				segments.add(Map.of("marked", false, "piece", piece));
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
			StringBuilder classes = new StringBuilder("seg");
			kinds.forEach((kind) -> classes.append(" k-").append(kind.key()));
			classes.append(hit ? " hit" : "").append(draft ? " draft" : "");
			Map<String, Object> segment = new HashMap<>();
			segment.put("marked", true);
			segment.put("classes", classes.toString());
			segment.put("target", hit && !targetMarked);
			targetMarked |= hit;
			segment.put("spans", join(cover));
			segment.put("facts", join(new ArrayList<>(facts)));
			segment.put("style", style.toString());
			// a line break in an attribute written as a reference, as the tooltip reads
			// it
			segment.put("describedAttribute", esc(title.toString()).replace("\n", "&#10;"));
			segment.put("piece", piece);
			segments.add(segment);
		}
		return segments;
	}

	private static List<Map<String, Object>> facts(Map<String, List<Span>> factSpans, Frame frame) {
		List<Map<String, Object>> list = new ArrayList<>();
		int index = 0;
		for (Map.Entry<String, List<Span>> entry : factSpans.entrySet()) {
			Span first = entry.getValue().get(0);
			FactKind kind = FactKind.of(first.kind());
			Map<String, Object> fact = new HashMap<>();
			fact.put("index", index++);
			fact.put("id", entry.getKey());
			fact.put("background", kind.background());
			fact.put("line", kind.line());
			fact.put("type", first.factType());
			fact.put("unreviewed", frame.unreviewed().contains(entry.getKey()));
			fact.put("key", key(entry.getKey()));
			fact.put("label", first.label());
			fact.put("count", entry.getValue().size());
			fact.put("spanWord", (entry.getValue().size() == 1) ? "span" : "spans");
			fact.put("encodedId", URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8));
			fact.put("graphiql", frame.graphiql() ? List.of(graphiql(entry.getKey(), first.factType())) : List.of());
			// the desk's buttons, from its own template
			fact.put("actions", frame.actions().getOrDefault(entry.getKey(), ""));
			list.add(fact);
		}
		return list;
	}

	private static String describe(Span span, Frame frame) {
		return span.factType() + switch (FactKind.of(span.kind())) {
			case POST -> " (post)";
			case LIFECYCLE_EVENT -> " (lifecycle event)";
			case PARTICIPANT -> " (party)";
			case LINK -> " (link)";
			case AMOUNT -> " (amount)";
			default -> "";
		} + (frame.unreviewed().contains(span.factId()) ? " [unreviewed]" : "") + " " + key(span.factId()) + ": "
				+ span.label();
	}

	/** The curated id inside a node id, or the id itself when it is not one. */
	private static String key(String id) {
		return NodeId.keyOr(id);
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
			case "Event" -> "... on Event { name kind date place }";
			case "Programme" -> "... on Programme { name runBy { name } }";
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

}
