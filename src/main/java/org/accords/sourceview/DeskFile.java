package org.accords.sourceview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.graphql.Hashes;
import org.accords.paging.NodeId;
import org.accords.seed.CuratedYaml;
import org.accords.seed.SeedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A curated file read for review, as it stands: every entry with evidence, reviewed or
 * not ({@code reviewed: false}), placed on its article. Read as a YAML tree rather than
 * through the loader, so that a draft that would not load yet (a missing excerpt, an
 * unknown field) still shows, with its problems listed.
 *
 * @param article the article with every entry's evidence as spans
 * @param unreviewed node ids of the entries marked {@code reviewed: false}
 * @param entries number of entries, with evidence or not (a draft's countries have none),
 * so that {@code unreviewed} counts a subset of them
 * @param problems what keeps entries off the page (excerpts not found or not unique)
 * @param refs where each fact is written: its section and id, by node id
 */
record DeskFile(SourceArticle article, Set<String> unreviewed, int entries, List<String> problems,
		Map<String, EntryRef> refs) {

	/** An entry of a curated file: its section and its id (a country's code). */
	record EntryRef(String section, String id) {
	}

	/** The loader's article header: {@code date YYYY-MM-DD}, then the text. */
	private static final Pattern HEADER = Pattern.compile("\\A\\s*date\\s+(\\S+)\\s+");

	/** Sections of a curated file, the kind of fact each holds and its GraphQL type. */
	private static final Map<String, FactKind> SECTIONS = Map.of("countries", FactKind.COUNTRY, "organizations",
			FactKind.ORGANIZATION, "people", FactKind.PERSON, "agreements", FactKind.AGREEMENT, "cooperationAreas",
			FactKind.AREA, "signatories", FactKind.SIGNATORY, "commitments", FactKind.COMMITMENT, "statements",
			FactKind.STATEMENT, "events", FactKind.EVENT, "programmes", FactKind.PROGRAMME);

	private static final Map<FactKind, String> TYPES = Map.of(FactKind.COUNTRY, "Country", FactKind.ORGANIZATION,
			"Organization", FactKind.PERSON, "Person", FactKind.AGREEMENT, "Agreement", FactKind.AREA,
			"CooperationArea", FactKind.SIGNATORY, "Signatory", FactKind.COMMITMENT, "Commitment", FactKind.STATEMENT,
			"Statement", FactKind.EVENT, "Event", FactKind.PROGRAMME, "Programme");

	/**
	 * The items an entry holds with evidence of their own, by section: the words are the
	 * entry's, as the source view marks them.
	 */
	private static final Map<String, Map<String, FactKind>> ITEMS = Map.of("people", Map.of("posts", FactKind.POST),
			"agreements",
			Map.of("events", FactKind.LIFECYCLE_EVENT, "participants", FactKind.PARTICIPANT, "links", FactKind.LINK,
					"value", FactKind.AMOUNT, "funding", FactKind.AMOUNT),
			"commitments",
			Map.of("amount", FactKind.AMOUNT, "quantity", FactKind.AMOUNT, "delivered", FactKind.AMOUNT,
					"fundingSource", FactKind.AMOUNT, "condition", FactKind.COMMITMENT),
			"statements", Map.of("onBehalfOfEvidence", FactKind.STATEMENT));

	/**
	 * Reads a curated file's YAML as the loader reads it ({@link CuratedYaml#tree}: a key
	 * written twice and aliases refused, nesting and text lengths bounded); the
	 * {@code article} section names the article file.
	 */
	static JsonNode parse(String path, byte[] yaml) {
		JsonNode root;
		try {
			root = CuratedYaml.tree(path, yaml);
		}
		catch (SeedException ex) {
			throw new DeskException(String.join("; ", ex.problems()));
		}
		if (root == null || !root.path("article").isObject()) {
			throw new DeskException(path + ": no 'article' section");
		}
		return root;
	}

	/** The article file the curated file is about, as written in it. */
	static String articleFile(JsonNode root) {
		return root.path("article").path("file").asString("");
	}

	static DeskFile of(String curatedPath, String yamlText, JsonNode root, String articlePath, String articleContent) {
		Matcher header = HEADER.matcher(articleContent);
		if (!header.find()) {
			throw new DeskException(articlePath + ": no date header (expected 'date YYYY-MM-DD' before the text)");
		}
		String text = articleContent.substring(header.end());
		JsonNode entry = root.path("article");
		String key = entry.path("id").asString("draft");
		String articleId = NodeId.of("Article", key.isBlank() ? "draft" : key);
		List<Span> spans = new ArrayList<>();
		Set<String> unreviewed = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		Map<String, EntryRef> refs = new java.util.HashMap<>();
		int entries = 0;
		// the sections, and an entry's held items, in the file's order (the maps naming
		// them iterate in an order each start of the application draws anew)
		for (Map.Entry<String, FactKind> section : named(root, SECTIONS)) {
			JsonNode list = root.path(section.getKey());
			for (int i = 0; i < list.size(); i++) {
				JsonNode item = list.get(i);
				String id = item.path("id").asString(item.path("code").asString(""));
				String where = section.getKey() + "[" + i + "]" + (id.isBlank() ? "" : " '" + id + "'");
				String type = Objects.requireNonNull(TYPES.get(section.getValue()));
				String factId = NodeId.of(type, id.isBlank() ? section.getKey() + "-" + i : id);
				String label = label(item) + line(yamlText, id);
				if (!id.isBlank()) {
					refs.put(factId, new EntryRef(section.getKey(), id));
				}
				entries++;
				evidence(spans, problems, text, where, item.path("evidence"), section.getValue(), type, factId, label,
						articleId);
				for (Map.Entry<String, FactKind> held : named(item, ITEMS.getOrDefault(section.getKey(), Map.of()))) {
					JsonNode value = item.path(held.getKey());
					if (held.getKey().endsWith("Evidence")) {
						// a second list of excerpts of the entry itself
						evidence(spans, problems, text, where + ": " + held.getKey(), value, held.getValue(), type,
								factId, label(item) + line(yamlText, id), articleId);
						continue;
					}
					List<JsonNode> items = new ArrayList<>();
					if (value.isArray()) {
						value.forEach(items::add);
					}
					else if (value.isObject()) {
						items.add(value);
					}
					for (int n = 0; n < items.size(); n++) {
						JsonNode one = items.get(n);
						evidence(spans, problems, text,
								where + ": " + held.getKey() + (value.isArray() ? "[" + n + "]" : ""),
								one.path("evidence"), held.getValue(), type, factId,
								label(item) + ", " + itemLabel(one) + line(yamlText, id), articleId);
					}
				}
				if (item.path("reviewed").isBoolean() && !item.path("reviewed").asBoolean()) {
					unreviewed.add(factId);
				}
			}
		}
		SourceArticle article = new SourceArticle(articleId, articleFile(root), entry.path("publisher").asString(""),
				header.group(1), entry.path("language").asString("und"), nullable(entry.path("url")),
				nullable(entry.path("title")), entry.path("rights").asString(""), Hashes.sha256Hex(text), null, text,
				ArticleSpans.sorted(spans));
		return new DeskFile(article, unreviewed, entries, problems, refs);
	}

	/** The fields of {@code node} that {@code kinds} names, in the node's order. */
	private static List<Map.Entry<String, FactKind>> named(JsonNode node, Map<String, FactKind> kinds) {
		List<Map.Entry<String, FactKind>> named = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			FactKind kind = kinds.get(field.getKey());
			if (kind != null) {
				named.add(Map.entry(field.getKey(), kind));
			}
		}
		return named;
	}

	private static boolean evidence(List<Span> spans, List<String> problems, String text, String where,
			JsonNode evidence, FactKind kind, String type, String factId, String label, String articleId) {
		boolean found = false;
		for (int i = 0; i < evidence.size(); i++) {
			JsonNode item = evidence.get(i);
			// an excerpt as a string, or an object holding one
			String excerpt = item.isString() ? item.asString() : item.path("excerpt").asString("");
			String at = where + ": evidence[" + i + "]";
			if (excerpt.isBlank()) {
				problems.add(at + ": empty excerpt");
				continue;
			}
			int start = text.indexOf(excerpt);
			if (start < 0) {
				problems.add(at + ": excerpt not found in the article: \"" + ArticleSpans.abbreviate(excerpt) + "\"");
			}
			else if (text.indexOf(excerpt, start + 1) >= 0) {
				problems.add(at + ": excerpt occurs more than once in the article, lengthen it: \""
						+ ArticleSpans.abbreviate(excerpt) + "\"");
			}
			else {
				spans.add(new Span(start, start + excerpt.length(), kind.key(), type, factId, label, excerpt));
				found = true;
			}
		}
		return found;
	}

	private static String label(JsonNode item) {
		for (String field : List.of("name", "title", "text", "description", "role")) {
			String value = item.path(field).asString("");
			if (!value.isBlank()) {
				return field.equals("text") ? ArticleSpans.quoted(value) : ArticleSpans.abbreviate(value);
			}
		}
		return item.path("id").asString(item.path("code").asString("entry"));
	}

	/**
	 * What an item held by an entry says: a post's role, a lifecycle event's stage and
	 * date, a party and its role, a link's kind and target, an amount's words.
	 */
	private static String itemLabel(JsonNode item) {
		List<String> said = new ArrayList<>();
		for (String field : List.of("stage", "date", "party", "role", "kind", "target", "text")) {
			String value = item.path(field).asString("");
			if (!value.isBlank()) {
				said.add(value);
			}
		}
		if (said.isEmpty()) {
			for (String field : List.of("amount", "currency", "value", "unit", "item")) {
				String value = item.path(field).asString("");
				if (!value.isBlank()) {
					said.add(value);
				}
			}
		}
		return ArticleSpans.abbreviate(String.join(" ", said));
	}

	/**
	 * Where the entry's id is written, so the curator finds it in the file: blanks within
	 * the line only, never given back ({@code *+}). With {@code ^\s*} a match began on
	 * the blank lines before the id, so the line given was the first of them, and each
	 * blank line was a start from which the blanks after it were read again: a file of
	 * many blank lines held the desk's request.
	 */
	static String line(String yaml, String id) {
		if (id.isBlank()) {
			return "";
		}
		Matcher m = Pattern
			.compile("^[ \\t]*+(?:-[ \\t]*+)?(?:id|code):[ \\t]*+[\"']?" + Pattern.quote(id) + "[\"']?[ \\t]*+$",
					Pattern.MULTILINE)
			.matcher(yaml);
		if (!m.find()) {
			return "";
		}
		int line = 1;
		for (int i = 0; i < m.start(); i++) {
			if (yaml.charAt(i) == '\n') {
				line++;
			}
		}
		return " (line " + line + ")";
	}

	private static @Nullable String nullable(JsonNode node) {
		return (node.isString() && !node.asString().isBlank()) ? node.asString() : null;
	}

	/** A curated file or its article that cannot be shown; the message says why. */
	static final class DeskException extends RuntimeException {

		DeskException(String message) {
			super(message);
		}

		/** Never null: the constructor takes a message. */
		@Override
		public String getMessage() {
			return Objects.requireNonNull(super.getMessage());
		}

	}

}
