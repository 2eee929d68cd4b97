package org.accords.graphql.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.accords.graphql.ErrorCode;
import org.accords.http.Echo;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * A GraphQL request as received over HTTP, from a GET query string or a POST JSON body,
 * checked for shape: anything malformed is refused with 400 before execution.
 *
 * @param query the document; null when only a persisted-query hash is sent
 * @param operationName the operation to run
 * @param variables variable values
 * @param extensions request extensions, such as {@code persistedQuery}
 */
record GraphQlHttpRequest(@Nullable String query, @Nullable String operationName, Map<String, Object> variables,
		Map<String, Object> extensions) {

	static GraphQlHttpRequest fromBody(byte[] body, ObjectMapper json) {
		JsonNode root;
		try {
			// a name given twice ({"query":"A","query":"B"}) is refused, not read as its
			// last value: a proxy or a log that reads the first would see another request
			// than the one run; only here, not in the application's shared mapper
			root = strict(json).readTree(body);
		}
		catch (JacksonException ex) {
			refuseDuplicate(body, json, "The request body");
			int malformed = malformedUtf8(body);
			if (malformed >= 0) {
				// a parser's line and column mean nothing in bytes of another encoding
				throw badRequest("The request body is not UTF-8 (at byte " + malformed
						+ "): send the JSON encoded as UTF-8, as fetch and JSON.stringify do");
			}
			if (ex instanceof StreamConstraintsException) {
				throw beyondBounds("The request body", json);
			}
			throw badRequest("The request body is not valid JSON" + where(body, ex)
					+ ": build it with a JSON encoder (JSON.stringify({ query, variables }) in JavaScript), not by hand");
		}
		if (root != null && root.isArray()) {
			// Apollo's BatchHttpLink and others send several operations as an array
			throw badRequest("The request body is a JSON array (a batch of " + root.size() + " operation"
					+ ((root.size() == 1) ? "" : "s") + "): batching is not supported; send each operation in a"
					+ " request of its own, as a JSON object with a \"query\"");
		}
		if (root == null || !root.isObject()) {
			throw badRequest("The request body must be a JSON object with a \"query\"");
		}
		for (Iterator<String> names = root.propertyNames().iterator(); names.hasNext();) {
			String name = names.next();
			if (!Map.of("query", 0, "operationName", 0, "variables", 0, "extensions", 0).containsKey(name)) {
				throw badRequest("Unknown request parameter \"" + name
						+ "\"; expected query, operationName, variables, extensions");
			}
		}
		// an empty operationName is none, as in a query string (fromParameters):
		// graphql-java would run the first operation for it
		String operationName = text(root.get("operationName"), "operationName");
		return new GraphQlHttpRequest(text(root.get("query"), "query"),
				(operationName == null || operationName.isEmpty()) ? null : operationName,
				object(root.get("variables"), "variables", json), object(root.get("extensions"), "extensions", json));
	}

	/**
	 * Refuses a JSON body that names a key twice, as {@link #fromBody} does, for a route
	 * that hands the body to another reader (graphql-sse's, which takes the last value):
	 * any other fault is left to that reader.
	 */
	static void checkNamesOnce(byte[] body, ObjectMapper json) {
		try {
			strict(json).readTree(body);
		}
		catch (JacksonException ex) {
			refuseDuplicate(body, json, "The request body");
		}
	}

	/**
	 * {@code json}'s reader that refuses an object naming a key twice (on this request's
	 * readers only: the shared mapper keeps taking the last value elsewhere).
	 */
	private static ObjectReader strict(ObjectMapper json) {
		return json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	/**
	 * Refuses {@code body} when an object of it names a key twice; returns when none does
	 * (the parser refused it for another fault, which the caller words).
	 * @param what what the message calls the JSON (the request body, a GET's parameter)
	 */
	private static void refuseDuplicate(byte[] body, ObjectMapper json, String what) {
		Twice twice = twice(body, json);
		if (twice != null) {
			throw badRequest(what + " names " + Echo.quoted(twice.name()) + " twice" + where(body, twice.location())
					+ ": send each name of a JSON object once (readers differ on which of two values they take)");
		}
	}

	/**
	 * A name given twice in one object, and where its second naming begins (its opening
	 * quote).
	 */
	private record Twice(String name, TokenStreamLocation location) {
	}

	/**
	 * The first name an object of {@code body} gives twice, read from the tokens (Jackson
	 * 3 reports a duplicate as a plain {@code StreamReadException}, naming it only in its
	 * message text); null when none does before the JSON ends or stops parsing. Asked
	 * only for a body the parser refused, within the same bounds ({@code json}'s
	 * {@link StreamReadConstraints}).
	 */
	private static @Nullable Twice twice(byte[] body, ObjectMapper json) {
		Deque<Set<String>> objects = new ArrayDeque<>();
		try (JsonParser parser = json.createParser(body)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.START_OBJECT) {
					objects.push(new HashSet<>());
				}
				else if (token == JsonToken.END_OBJECT) {
					objects.pop();
				}
				else if (token == JsonToken.PROPERTY_NAME && !objects.element().add(parser.currentName())) {
					return new Twice(parser.currentName(), parser.currentTokenLocation());
				}
			}
		}
		catch (JacksonException ex) {
			// malformed before any name was given twice
		}
		return null;
	}

	/**
	 * " at line L, column C" where the JSON stops parsing, the column in characters (as
	 * an editor counts them; the parser counts UTF-8 bytes); empty when the parser does
	 * not say.
	 */
	private static String where(byte[] body, JacksonException ex) {
		return where(body, ex.getLocation());
	}

	private static String where(byte[] body, @Nullable TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		long offset = location.getByteOffset();
		if (offset < 0 || offset > body.length) {
			return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
		}
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (body[i] == '\n') {
				lineStart = i + 1;
			}
		}
		int column = new String(body, lineStart, (int) offset - lineStart, StandardCharsets.UTF_8).length() + 1;
		return " at line " + location.getLineNr() + ", column " + column;
	}

	/** The offset of the first byte that is not UTF-8, or -1 when every byte is. */
	private static int malformedUtf8(byte[] body) {
		ByteBuffer bytes = ByteBuffer.wrap(body);
		CoderResult result = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(bytes, CharBuffer.allocate(body.length), true);
		return result.isError() ? bytes.position() : -1;
	}

	static GraphQlHttpRequest fromParameters(@Nullable String query, @Nullable String operationName,
			@Nullable String variables, @Nullable String extensions, ObjectMapper json) {
		return new GraphQlHttpRequest((query == null || query.isEmpty()) ? null : query,
				(operationName == null || operationName.isEmpty()) ? null : operationName,
				parameter(variables, "variables", json), parameter(extensions, "extensions", json));
	}

	private static Map<String, Object> parameter(@Nullable String value, String name, ObjectMapper json) {
		if (value == null || value.isEmpty()) {
			return Map.of();
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		try {
			// a key named twice is refused as in a body (fromBody), not read as its
			// last value
			return object(strict(json).readTree(bytes), name, json);
		}
		catch (JacksonException ex) {
			refuseDuplicate(bytes, json, "The \"" + name + "\" parameter");
			if (ex instanceof StreamConstraintsException) {
				throw beyondBounds("\"" + name + "\"", json);
			}
			throw badRequest("\"" + name + "\" must be a JSON-encoded object");
		}
	}

	/**
	 * JSON that parses but goes past the parser's bounds: an encoder writes it, so it is
	 * not called malformed, and the bounds are said in JSON's terms, not the parser's.
	 */
	private static TransportException beyondBounds(String what, ObjectMapper json) {
		StreamReadConstraints bounds = json.tokenStreamFactory().streamReadConstraints();
		return badRequest(what + " is JSON beyond what Accords reads: arrays and objects nested at most "
				+ bounds.getMaxNestingDepth() + " deep, numbers of at most " + bounds.getMaxNumberLength()
				+ " digits and keys of at most " + bounds.getMaxNameLength()
				+ " characters; no variable of this API needs more");
	}

	private static @Nullable String text(@Nullable JsonNode node, String name) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw badRequest("\"" + name + "\" must be a string");
		}
		return node.asString();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(@Nullable JsonNode node, String name, ObjectMapper json) {
		if (node == null || node.isNull()) {
			return Map.of();
		}
		if (!node.isObject()) {
			// JSON.stringify of the variables, then of the body: a string holding the
			// object
			throw badRequest(
					"\"" + name + "\" must be a JSON object"
							+ (node.isString() ? ", not a string holding one:"
									+ " send the object itself (JSON.stringify({ query, " + name + " }) once, not the "
									+ name + " stringified first)" : ""));
		}
		return json.convertValue(node, LinkedHashMap.class);
	}

	static TransportException badRequest(String message) {
		return new TransportException(ErrorCode.BAD_REQUEST, message);
	}

	GraphQlHttpRequest withQuery(String document) {
		return new GraphQlHttpRequest(document, this.operationName, this.variables, this.extensions);
	}

	Map<String, Object> toBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", this.query);
		if (this.operationName != null) {
			body.put("operationName", this.operationName);
		}
		body.put("variables", this.variables);
		body.put("extensions", this.extensions);
		return body;
	}

}
