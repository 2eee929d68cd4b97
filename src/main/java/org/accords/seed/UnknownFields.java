package org.accords.seed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Collects the unknown fields of a curated file, each with the fields allowed there, and
 * skips them so that the rest of the file is still read and checked.
 */
final class UnknownFields extends DeserializationProblemHandler {

	private final String file;

	private final List<String> problems = new ArrayList<>();

	UnknownFields(String file) {
		this.file = file;
	}

	@Override
	public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
			ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
		Collection<Object> known = deserializer.getKnownPropertyNames();
		String allowed = (known != null) ? known.stream().map(String::valueOf).collect(Collectors.joining(", ")) : "";
		this.problems.add(this.file + ": not valid curated YAML: " + path(parser.streamReadContext())
				+ "unknown field '" + Problems.escape(propertyName) + "' (line "
				+ parser.currentTokenLocation().getLineNr() + "); allowed: " + allowed);
		parser.skipChildren();
		return true;
	}

	/** Where the field is, as {@code people[1]: posts[0]: }. */
	private static String path(TokenStreamContext context) {
		List<Object> segments = new ArrayList<>();
		for (TokenStreamContext c = context.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
			if (c.inArray()) {
				segments.add(0, c.getCurrentIndex());
			}
			else if (c.currentName() != null) {
				segments.add(0, c.currentName());
			}
		}
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
