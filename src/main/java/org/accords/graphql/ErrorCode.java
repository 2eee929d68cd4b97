package org.accords.graphql;

/**
 * The stable {@code extensions.code} of every error the API returns; the README lists
 * them with their HTTP statuses.
 */
public enum ErrorCode {

	/** an argument is malformed or out of bounds; the message says which */
	BAD_USER_INPUT,
	/** the request is not a well-formed GraphQL-over-HTTP request */
	BAD_REQUEST,
	/** the document is not valid GraphQL syntax */
	GRAPHQL_PARSE_FAILED,
	/** the document does not fit the schema, or the variables do not fit the document */
	GRAPHQL_VALIDATION_FAILED,
	/** the document is longer than the character or token limit */
	DOCUMENT_TOO_LARGE,
	/** fields are nested deeper than the depth limit */
	DEPTH_LIMIT_EXCEEDED,
	/** one selection set has more fields than the breadth limit */
	BREADTH_LIMIT_EXCEEDED,
	/** more aliases than the alias limit */
	ALIAS_LIMIT_EXCEEDED,
	/** more directives than the directive limits */
	DIRECTIVE_LIMIT_EXCEEDED,
	/** the computed cost is over the maximum, or over the client's whole budget */
	COST_LIMIT_EXCEEDED,
	/** the API key is not one of a partner */
	UNAUTHENTICATED,
	/** the client's budget cannot cover this request yet; see Retry-After */
	RATE_LIMITED,
	/** the HTTP method cannot be used for this request */
	METHOD_NOT_ALLOWED,
	/** none of the accepted media types can be produced */
	NOT_ACCEPTABLE,
	/** the body is not JSON */
	UNSUPPORTED_MEDIA_TYPE,
	/** the body is larger than the limit */
	PAYLOAD_TOO_LARGE,
	/** an automatic persisted query hash is not known yet; send the document with it */
	PERSISTED_QUERY_NOT_FOUND,
	/** allowlist mode: the document is not registered */
	PERSISTED_QUERY_NOT_ALLOWED,
	/** the query ran longer than the execution timeout and was cancelled */
	TIMEOUT,
	/**
	 * the dataset version asked for ({@code Accords-Version}, {@code version}) is unknown
	 * or no longer kept; the message lists the versions kept
	 */
	VERSION_NOT_KEPT,
	/** the store cannot be reached or no dataset is loaded; retry later */
	SERVICE_UNAVAILABLE,
	/** this instance serves its maximum of subscriptions at once; retry later */
	SUBSCRIPTION_LIMIT_EXCEEDED,
	/** anything else; details are logged on the server, never sent */
	INTERNAL

}
