package org.accords.graphql;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * The stable {@code extensions.code} of every error the API returns; the README lists
 * them with their HTTP statuses, which {@link #status()} gives.
 */
public enum ErrorCode {

	/** an argument is malformed or out of bounds; the message says which */
	BAD_USER_INPUT(HttpStatus.BAD_REQUEST),
	/** the request is not a well-formed GraphQL-over-HTTP request */
	BAD_REQUEST(HttpStatus.BAD_REQUEST),
	/** the document is not valid GraphQL syntax */
	GRAPHQL_PARSE_FAILED(HttpStatus.BAD_REQUEST),
	/** the document does not fit the schema, or the variables do not fit the document */
	GRAPHQL_VALIDATION_FAILED(HttpStatus.BAD_REQUEST),
	/** the document is longer than the character or token limit */
	DOCUMENT_TOO_LARGE(HttpStatus.BAD_REQUEST),
	/** fields are nested deeper than the depth limit */
	DEPTH_LIMIT_EXCEEDED(HttpStatus.BAD_REQUEST),
	/** one selection set has more fields than the breadth limit */
	BREADTH_LIMIT_EXCEEDED(HttpStatus.BAD_REQUEST),
	/** more aliases than the alias limit */
	ALIAS_LIMIT_EXCEEDED(HttpStatus.BAD_REQUEST),
	/** more directives than the directive limits */
	DIRECTIVE_LIMIT_EXCEEDED(HttpStatus.BAD_REQUEST),
	/** the computed cost is over the maximum, or over the client's whole budget */
	COST_LIMIT_EXCEEDED(HttpStatus.BAD_REQUEST),
	/** the API key is not one of a partner */
	UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
	/** the client's budget cannot cover this request yet; see Retry-After */
	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
	/** the HTTP method cannot be used for this request */
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
	/** none of the accepted media types can be produced */
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
	/** the body is not JSON */
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	/** the body is larger than the limit */
	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
	/** an automatic persisted query hash is not known yet; send the document with it */
	PERSISTED_QUERY_NOT_FOUND(HttpStatus.OK),
	/** allowlist mode: the document is not registered */
	PERSISTED_QUERY_NOT_ALLOWED(HttpStatus.FORBIDDEN),
	/** the query ran longer than the execution timeout and was cancelled */
	TIMEOUT(HttpStatus.SERVICE_UNAVAILABLE),
	/**
	 * the dataset version asked for ({@code Accords-Version}, {@code version}) is unknown
	 * or no longer kept; the message lists the versions kept
	 */
	VERSION_NOT_KEPT(HttpStatus.NOT_FOUND),
	/**
	 * a GraphQL request sent to a near miss of the GraphQL path ({@code /graphql/}); the
	 * message names the path
	 */
	NOT_FOUND(HttpStatus.NOT_FOUND),
	/** the store cannot be reached or no dataset is loaded; retry later */
	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
	/** this instance serves its maximum of subscriptions at once; retry later */
	SUBSCRIPTION_LIMIT_EXCEEDED(HttpStatus.SERVICE_UNAVAILABLE),
	/**
	 * {@code node(id:)} or {@code nodes(ids:)} was given the id of a fact a later
	 * correction withdrew whole: the answer there stays null, the rest of the query is
	 * answered, and {@code extensions.correctedBy} names the corrections (as the fact's
	 * {@code 410} page does)
	 */
	WITHDRAWN(HttpStatus.OK),
	/** anything else; details are logged on the server, never sent */
	INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR);

	private final HttpStatus status;

	ErrorCode(HttpStatus status) {
		this.status = status;
	}

	/**
	 * The HTTP status of an answer refused with this code before execution, and of an
	 * executed answer that carries it (the only place a code gets its status).
	 * {@code PERSISTED_QUERY_NOT_FOUND} is 200 because Apollo clients retry with the
	 * document only on a 200; {@code BAD_USER_INPUT} and the GraphQL request errors are
	 * 400 when refused before execution (an executed answer with them is 200 for
	 * {@code application/json}, as the GraphQL-over-HTTP specification asks).
	 */
	public HttpStatus status() {
		return this.status;
	}

	/** The code an error's {@code extensions.code} names; null for none or another. */
	public static @Nullable ErrorCode of(@Nullable Object code) {
		for (ErrorCode candidate : values()) {
			if (candidate.name().equals(code)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * The code of an error that graphql-java or Spring raised without one, by its
	 * {@code extensions.classification}: the same on every transport.
	 */
	public static ErrorCode ofClassification(@Nullable Object classification) {
		return switch (String.valueOf(classification)) {
			case "InvalidSyntax" -> GRAPHQL_PARSE_FAILED;
			// introspection switched off, or abused (graphql-java's good-faith check)
			case "ValidationError", "IntrospectionDisabled", "BadFaithIntrospection" -> GRAPHQL_VALIDATION_FAILED;
			case "OperationNotSupported" -> BAD_REQUEST;
			// a null where the schema promises a value is our bug, not the client's
			case "NullValueInNonNullableField" -> INTERNAL;
			default -> BAD_USER_INPUT;
		};
	}

}
