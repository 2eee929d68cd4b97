package org.accords.graphql;

/**
 * The stable {@code extensions.code} of every error the API returns.
 */
public enum ErrorCode {

	/** an argument is malformed or out of bounds; the message says which */
	BAD_USER_INPUT,
	/** the store cannot be reached or no dataset is loaded; retry later */
	SERVICE_UNAVAILABLE,
	/** anything else; details are logged on the server, never sent */
	INTERNAL

}
