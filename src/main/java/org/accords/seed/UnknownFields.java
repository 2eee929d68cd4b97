package org.accords.seed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Collects the unknown fields of a curated file, each with its line and the fields
 * allowed there, and skips them so that the rest of the file is still read and checked.
 */
final class UnknownFields extends DeserializationProblemHandler {

	private final String file;

	private final byte[] bytes;

	private final List<String> problems = new ArrayList<>();

	/**
	 * The file as YAML nodes with their positions: composed for the first unknown field
	 * (null if it cannot be).
	 */
	private @Nullable Node composed;

	private boolean composing = true;

	UnknownFields(String file, byte[] bytes) {
		this.file = file;
		this.bytes = bytes;
	}

	@Override
	public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
			ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
		Collection<Object> known = deserializer.getKnownPropertyNames();
		String allowed = (known != null) ? known.stream().map(String::valueOf).collect(Collectors.joining(", ")) : "";
		List<Object> segments = segments(parser.streamReadContext());
		this.problems.add(this.file + ": not valid curated YAML: " + path(segments) + "unknown field '"
				+ Problems.escape(propertyName) + "'" + line(segments, propertyName) + "; allowed: " + allowed);
		parser.skipChildren();
		return true;
	}

	/**
	 * The field's line, as {@code " (line 12)"}. Read from the file's YAML nodes: the
	 * parser handed to this handler replays tokens that a record's constructor buffered,
	 * which carry no position.
	 */
	private String line(List<Object> segments, String propertyName) {
		if (this.composing) {
			this.composing = false;
			try {
				this.composed = new Compose(LoadSettings.builder().build())
					.composeInputStream(new ByteArrayInputStream(this.bytes))
					.orElse(null);
			}
			catch (YamlEngineException ex) {
				// a mistake later in the file: the parser reports it, with its line; the
				// file is not composed again for the next unknown field
			}
		}
		Node node = this.composed;
		for (Object segment : segments) {
			node = (node != null) ? child(node, segment) : null;
		}
		Node key = (node != null) ? key(node, propertyName) : null;
		return (key != null) ? key.getStartMark().map((mark) -> " (line " + (mark.getLine() + 1) + ")").orElse("") : "";
	}

	private static @Nullable Node child(Node node, Object segment) {
		if (segment instanceof Integer index && node instanceof SequenceNode sequence) {
			return (index < sequence.getValue().size()) ? sequence.getValue().get(index) : null;
		}
		NodeTuple field = field(node, segment);
		return (field != null) ? field.getValueNode() : null;
	}

	private static @Nullable Node key(Node node, String name) {
		NodeTuple field = field(node, name);
		return (field != null) ? field.getKeyNode() : null;
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

	/** The names and indexes from the file's root to the field's object. */
	private static List<Object> segments(TokenStreamContext context) {
		List<Object> segments = new ArrayList<>();
		for (TokenStreamContext c = context.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
			if (c.inArray()) {
				segments.add(0, c.getCurrentIndex());
			}
			else if (c.currentName() != null) {
				segments.add(0, c.currentName());
			}
		}
		return segments;
	}

	/** Where the field is, as {@code people[1]: posts[0]: }. */
	private static String path(List<Object> segments) {
		StringBuilder path = new StringBuilder();
		for (Object segment : segments) {
			if (segment instanceof Integer index) {
				path.append('[').append(index).append(']');
			}
			else {
				path.append((path.length() > 0) ? ": " : "").append(segment);
			}
		}
		return (path.length() == 0) ? "" : path + ": ";
	}

	List<String> problems() {
		return this.problems;
	}

}
