package org.accords.seed;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.Node;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * Collects the problems Jackson meets while reading a curated file, in a curator's words,
 * each with its line: unknown fields (with the fields allowed there), and values of the
 * wrong shape (a list where a text belongs, a text where fields belong, "yes" where true
 * or false belongs). Each is skipped, so that the rest of the file is still read and
 * every such problem is reported at once; a file with a value of the wrong shape is not
 * checked further ({@link #wrongShapes()}).
 */
final class FieldProblems extends DeserializationProblemHandler {

	private final String file;

	private final byte[] bytes;

	private final List<String> problems = new ArrayList<>();

	private boolean wrongShapes;

	/**
	 * The file as YAML nodes with their positions: composed for the first problem (null
	 * if it cannot be).
	 */
	private @Nullable Node composed;

	private boolean composing = true;

	FieldProblems(String file, byte[] bytes) {
		this.file = file;
		this.bytes = bytes;
	}

	@Override
	public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
			ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
		Collection<Object> known = deserializer.getKnownPropertyNames();
		String allowed = (known != null) ? known.stream().map(String::valueOf).collect(Collectors.joining(", ")) : "";
		List<Object> segments = segments(entry(context, parser));
		this.problems.add(YamlLines.at(this.file, line(append(segments, propertyName))) + ": not valid curated YAML: "
				+ path(segments) + "unknown field '" + Problems.escape(propertyName) + "'; allowed: " + allowed);
		parser.skipChildren();
		return true;
	}

	@Override
	public @Nullable Object handleUnexpectedToken(DeserializationContext context, JavaType targetType,
			@Nullable JsonToken token, JsonParser parser, @Nullable String failureMessage) {
		if (token == null) {
			return NOT_HANDLED;
		}
		wrongShape(parser, expected(targetType.getRawClass()), found(token, parser));
		return null;
	}

	@Override
	public @Nullable Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
			String failureMessage) {
		wrongShape(context.getParser(), expected(targetType), text(value));
		return null;
	}

	@Override
	public @Nullable Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
			String failureMessage) {
		wrongShape(context.getParser(), expected(targetType), "the number " + value);
		return null;
	}

	@Override
	public @Nullable Object handleMissingInstantiator(DeserializationContext context, Class<?> type,
			ValueInstantiator instantiator, JsonParser parser, String failureMessage) {
		JsonToken token = parser.currentToken();
		if (token == null) {
			return NOT_HANDLED;
		}
		wrongShape(parser, expected(type), found(token, parser));
		return null;
	}

	/** Records a value of the wrong shape, and skips it. */
	private void wrongShape(JsonParser parser, String expected, String found) {
		TokenStreamContext context = parser.streamReadContext();
		if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
			// the parser is inside the list or fields that start here
			context = context.getParent();
		}
		List<Object> segments = segments(context);
		String what = segments.isEmpty() ? "the file" : field(segments);
		this.problems.add(YamlLines.at(this.file, line(segments)) + ": not valid curated YAML: " + what + " must be "
				+ expected + ", not " + found);
		this.wrongShapes = true;
		parser.skipChildren();
	}

	/** What a curator writes for a value of {@code type}. */
	private static String expected(Class<?> type) {
		if (CharSequence.class.isAssignableFrom(type)) {
			return "a text";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (type.isRecord()) {
			return "a set of fields (" + Arrays.stream(type.getRecordComponents())
				.map(RecordComponent::getName)
				.collect(Collectors.joining(", ")) + ")";
		}
		return "a set of fields (name: value)";
	}

	/** What the file has where the value is. */
	private static String found(JsonToken token, JsonParser parser) {
		return switch (token) {
			case START_ARRAY -> "a list";
			case START_OBJECT -> "a set of fields (name: value)";
			case VALUE_STRING -> text(parser.getString());
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getString();
			case VALUE_TRUE -> "true";
			case VALUE_FALSE -> "false";
			case VALUE_NULL -> "nothing";
			default -> "'" + Problems.escape(Objects.toString(parser.getString(), token.name())) + "'";
		};
	}

	private static String text(String value) {
		return "the text '" + Problems.abbreviate(Problems.escape(value)) + "'";
	}

	/**
	 * The line of the field or list item at {@code segments}, null if not known. Read
	 * from the file's YAML nodes: the parser handed to this handler replays tokens that a
	 * record's constructor buffered, which carry no position.
	 */
	private @Nullable Integer line(List<Object> segments) {
		if (this.composing) {
			// composed once: a file that is not YAML is not composed again for the next
			// problem (its parser reports the mistake, with its line)
			this.composing = false;
			this.composed = YamlLines.compose(this.bytes);
		}
		return YamlLines.line(this.composed, segments);
	}

	/**
	 * The context that holds the entry with the unknown field: its path is the entry's.
	 * Jackson reads a record's fields to the record's end, buffering the unknown ones,
	 * and replays them once it has closed the record: the file's parser is then at the
	 * record's end, in the context that holds it. The replay's own contexts do not tell:
	 * its outer one copies the parser's where buffering began (for a list or a set of
	 * fields, the value's), above the record's, whose name is by then its last field's
	 * ({@code organizations[1]: evidence[2]: unknown field 'note'}).
	 */
	private static @Nullable TokenStreamContext entry(DeserializationContext context, JsonParser parser) {
		JsonParser file = context.getParser();
		if (file != null && file != parser) {
			return file.streamReadContext();
		}
		// read without a buffer: the parser is at the field's value
		TokenStreamContext fields = parser.streamReadContext();
		if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
			fields = fields.getParent();
		}
		return (fields != null) ? fields.getParent() : null;
	}

	/**
	 * The names and indexes from the file's root down to {@code context}'s current one.
	 */
	private static List<Object> segments(@Nullable TokenStreamContext context) {
		List<Object> segments = new ArrayList<>();
		for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
			if (c.inArray()) {
				segments.add(0, c.getCurrentIndex());
			}
			else if (c.currentName() != null) {
				segments.add(0, c.currentName());
			}
		}
		return segments;
	}

	private static List<Object> append(List<Object> segments, Object segment) {
		List<Object> appended = new ArrayList<>(segments);
		appended.add(segment);
		return appended;
	}

	/** Where a field's object is, as {@code people[1]: posts[0]: }. */
	private static String path(List<Object> segments) {
		String field = field(segments);
		return field.isEmpty() ? "" : field + ": ";
	}

	/** A field or list item, as {@code people[1]: posts[0]: role}. */
	private static String field(List<Object> segments) {
		StringBuilder path = new StringBuilder();
		for (Object segment : segments) {
			if (segment instanceof Integer index) {
				path.append('[').append(index).append(']');
			}
			else {
				path.append((path.length() > 0) ? ": " : "").append(segment);
			}
		}
		return path.toString();
	}

	List<String> problems() {
		return this.problems;
	}

	/**
	 * Whether a value had the wrong shape: the file was read with it left out, and is not
	 * checked further (a field left out would be reported again as missing).
	 */
	boolean wrongShapes() {
		return this.wrongShapes;
	}

}
