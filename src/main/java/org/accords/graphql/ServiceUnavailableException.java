package org.accords.graphql;

/**
 * The API cannot answer right now (no dataset loaded, store unreachable); shown to the
 * client with code {@code SERVICE_UNAVAILABLE}.
 */
public class ServiceUnavailableException extends RuntimeException {

	public ServiceUnavailableException(String message) {
		super(message);
	}

}
