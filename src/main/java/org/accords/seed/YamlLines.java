package org.accords.seed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import tools.jackson.core.StreamReadConstraints;

/**
 * The lines of a curated file's fields and list items, for problems a curator reads: the
 * file composed as YAML nodes (which carry their positions), only when a problem needs a
 * line, and followed along a path of field names and list indexes.
 */
final class YamlLines {

	/**
	 * A problem about an entry: its file, then {@code article} or
	 * {@code section[i] 'id'}.
	 */
	private static final Pattern ENTRY = Pattern.compile(
			"^(?<file>[^:]+\\.ya?ml): (?:(?<article>article)|(?<section>[A-Za-z]+)\\[(?<index>\\d+)\\](?: '[^']*')?)"
					+ "(?:: (?<rest>.*))?$",
			Pattern.DOTALL);

	/** A field, or a field's list item, at the start of what a problem says. */
	private static final Pattern FIELD = Pattern.compile("^(?<name>[A-Za-z]+)(?:\\[(?<index>\\d+)\\])?");

	/**
	 * Where a problem says it is, as {@link #at} wrote it: {@code file: …} or
	 * {@code file:12: …}.
	 */
	private static final Pattern AT = Pattern.compile("^(?<file>[^:]+?)(?::(?<line>\\d+))?: ");

	private YamlLines() {
	}

	/**
	 * The file as YAML nodes; null if it is not YAML (its parser reports where), or nests
	 * deeper than the mapper reads (it says so). The composer recurses once per level, so
	 * a file of 100,000 nested {@code [} ended {@code validate} (and would end a load) in
	 * a {@link StackOverflowError}; the depth is counted first, without recursion.
	 */
	static @Nullable Node compose(byte[] bytes) {
		try {
			if (deeperThan(bytes, StreamReadConstraints.defaults().getMaxNestingDepth())) {
				return null;
			}
			return new Compose(CuratedYaml.LOAD_SETTINGS).composeInputStream(new ByteArrayInputStream(bytes))
				.orElse(null);
		}
		catch (YamlEngineException ex) {
			return null;
		}
	}

	/**
	 * Whether the file's collections nest deeper than {@code max}: parsed only when
	 * {@link #nestingBound} allows it, since {@code validate} composes every curated file
	 * (its placeholders) and a second parse of each cost it a tenth more CPU on the 100k
	 * corpus.
	 */
	private static boolean deeperThan(byte[] bytes, int max) {
		if (nestingBound(bytes) <= max) {
			return false;
		}
		ParserImpl events = CuratedYaml.events(bytes);
		int depth = 0;
		while (events.hasNext()) {
			Event event = events.next();
			if (event instanceof CollectionStartEvent) {
				depth++;
				if (depth > max) {
					return true;
				}
			}
			else if (event instanceof CollectionEndEvent) {
				depth--;
			}
		}
		return false;
	}

	/**
	 * A bound of how deep a file's collections nest, read from its bytes without parsing
	 * them: a flow collection opens with {@code [} or <code>{</code> (each counted,
	 * quoted or not), and a block collection inside another is indented further, but for
	 * a sequence that is a mapping's value, so each column a line's indentation reaches
	 * allows two levels (the blanks, {@code -} and {@code ?} that start a line counted as
	 * its indentation: {@code - - - x} nests three sequences).
	 */
	static long nestingBound(byte[] bytes) {
		long flow = 0;
		int indent = 0;
		int deepest = 0;
		boolean leading = true;
		for (byte b : bytes) {
			if (b == '\n') {
				leading = true;
				indent = 0;
			}
			else if (leading && (b == ' ' || b == '-' || b == '?')) {
				indent++;
				deepest = Math.max(deepest, indent);
			}
			else {
				leading = false;
				if (b == '[' || b == '{') {
					flow++;
				}
			}
		}
		return flow + 2L * (deepest + 1);
	}

	/**
	 * The 1-based line of the field or list item at {@code segments} (names and indexes
	 * from the file's root); a field's line is its name's. Null when the path is not in
	 * the file.
	 */
	static @Nullable Integer line(@Nullable Node root, List<Object> segments) {
		Node node = root;
		for (int i = 0; i < segments.size() && node != null; i++) {
			Object segment = segments.get(i);
			if (i == segments.size() - 1 && segment instanceof String name) {
				NodeTuple field = field(node, name);
				node = (field != null) ? field.getKeyNode() : null;
			}
			else {
				node = child(node, segment);
			}
		}
		return (node != null && !segments.isEmpty()) ? line(node) : null;
	}

	/**
	 * Where a problem is, as compilers and editors write it: {@code file:12}, or the file
	 * alone when the line is not known.
	 */
	static String at(String file, @Nullable Integer line) {
		return (line != null) ? file + ":" + line : file;
	}

	/**
	 * A problem's file and line.
	 *
	 * @param file the file, empty when the problem names none
	 * @param line null when the problem has none
	 */
	record Where(String file, @Nullable Integer line) {
	}

	/** Where {@code problem} says it is. */
	static Where where(String problem) {
		Matcher at = AT.matcher(problem);
		if (!at.find()) {
			return new Where("", null);
		}
		return new Where(at.group("file"), (at.group("line") != null) ? Integer.valueOf(at.group("line")) : null);
	}

	/**
	 * The problems, each about an entry of a curated file given here followed by the line
	 * of what it names: the field or list item it starts with ({@code kind 'X' is not
	 * one of…}, {@code links[0]: target…}), else the entry. Problems that have a line, or
	 * are about a file not given, are as they were.
	 */
	static List<String> added(List<String> problems, List<SeedFiles.@Nullable SeedFile> files) {
		Map<String, byte[]> bytes = new HashMap<>();
		for (SeedFiles.SeedFile file : files) {
			if (file != null) {
				bytes.put(file.path(), file.bytes());
			}
		}
		if (bytes.isEmpty()) {
			return problems;
		}
		Map<String, @Nullable Node> composed = new HashMap<>();
		List<String> added = new ArrayList<>(problems.size());
		for (String problem : problems) {
			Matcher entry = ENTRY.matcher(problem);
			byte[] content = entry.matches() ? bytes.get(entry.group("file")) : null;
			if (content == null) {
				added.add(problem);
				continue;
			}
			Node root = composed.computeIfAbsent(entry.group("file"), (k) -> compose(content));
			Node node = (entry.group("article") != null) ? child(root, "article")
					: child(child(root, entry.group("section")), Integer.parseInt(entry.group("index")));
			Node named = (node != null && entry.group("rest") != null) ? named(node, entry.group("rest")) : null;
			Node at = (named != null) ? named : node;
			added
				.add((at != null) ? at(entry.group("file"), line(at)) + problem.substring(entry.end("file")) : problem);
		}
		return added;
	}

	/**
	 * What {@code draft} leaves for a curator to fill in, still in the file: every text
	 * holding its {@link #TO_REVIEW} marker, and the article's {@code title} written
	 * empty ({@code title: null}, as the draft writes it) while entries are still marked
	 * {@code reviewed: false} (once every entry is reviewed an empty title is the
	 * curator's reading: the article gives none). Each as {@code file:line: warning: …},
	 * in the file's order.
	 */
	static List<String> placeholders(SeedFiles.SeedFile file) {
		Node root = compose(file.bytes());
		List<String> warnings = new ArrayList<>();
		if (root == null) {
			return warnings;
		}
		boolean[] unreviewed = { false };
		placeholders(file.path(), root, "", warnings, unreviewed);
		Node article = child(root, "article");
		NodeTuple title = (article != null) ? field(article, "title") : null;
		// as the draft writes it: the field there, its value empty (a title left out is
		// the curator's choice)
		boolean empty = title != null && title.getValueNode() instanceof ScalarNode value
				&& (value.getValue().isBlank() || value.getTag().getValue().endsWith(":null"));
		if (title != null && unreviewed[0] && empty) {
			warnings.add(at(file.path(), line(title.getKeyNode()))
					+ ": warning: article: title is empty, as the draft leaves it when the article gives none it"
					+ " can find; fill it in, or leave it empty when the article has no title");
		}
		return warnings;
	}

	/** The marker {@code draft} writes in a text a curator must fill in. */
	static final String TO_REVIEW = "TO REVIEW";

	private static void placeholders(String file, Node node, String path, List<String> warnings, boolean[] unreviewed) {
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
					continue;
				}
				String at = path.isEmpty() ? key.getValue() : path + ": " + key.getValue();
				if (key.getValue().equals("reviewed") && tuple.getValueNode() instanceof ScalarNode flag
						&& flag.getValue().equals("false")) {
					unreviewed[0] = true;
				}
				if (tuple.getValueNode() instanceof ScalarNode value && value.getValue().contains(TO_REVIEW)) {
					warnings.add(at(file, line(key)) + ": warning: " + at + " still holds the draft's placeholder '"
							+ Problems.escape(value.getValue()) + "'; fill it in");
				}
				else {
					placeholders(file, tuple.getValueNode(), at, warnings, unreviewed);
				}
			}
		}
		else if (node instanceof SequenceNode sequence) {
			List<Node> items = sequence.getValue();
			for (int i = 0; i < items.size(); i++) {
				String at = path + "[" + i + "]";
				if (items.get(i) instanceof ScalarNode value && value.getValue().contains(TO_REVIEW)) {
					warnings.add(at(file, line(value)) + ": warning: " + at + " still holds the draft's placeholder '"
							+ Problems.escape(value.getValue()) + "'; fill it in");
				}
				else {
					placeholders(file, items.get(i), at, warnings, unreviewed);
				}
			}
		}
	}

	/**
	 * The deepest field or list item that {@code said} names from its start in
	 * {@code entry}, such as {@code links[0]: target 'x'…}; null if it names none.
	 */
	private static @Nullable Node named(Node entry, String said) {
		Node node = entry;
		Node named = null;
		String rest = said;
		while (true) {
			Matcher field = FIELD.matcher(rest);
			if (!field.find()) {
				return named;
			}
			NodeTuple tuple = field(node, field.group("name"));
			if (tuple == null) {
				return named;
			}
			node = tuple.getValueNode();
			named = tuple.getKeyNode();
			if (field.group("index") != null) {
				node = child(node, Integer.parseInt(field.group("index")));
				if (node == null) {
					return named;
				}
				named = node;
			}
			rest = rest.substring(field.end());
			if (!rest.startsWith(": ")) {
				return named;
			}
			rest = rest.substring(2);
		}
	}

	private static @Nullable Integer line(Node node) {
		return node.getStartMark().map((mark) -> mark.getLine() + 1).orElse(null);
	}

	private static @Nullable Node child(@Nullable Node node, Object segment) {
		if (node == null) {
			return null;
		}
		if (segment instanceof Integer index && node instanceof SequenceNode sequence) {
			return (index < sequence.getValue().size()) ? sequence.getValue().get(index) : null;
		}
		NodeTuple field = field(node, segment);
		return (field != null) ? field.getValueNode() : null;
	}

	private static @Nullable NodeTuple field(Node node, Object name) {
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
					return tuple;
				}
			}
		}
		return null;
	}

}
