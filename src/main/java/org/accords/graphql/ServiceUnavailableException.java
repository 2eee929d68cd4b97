package org.accords.graphql;

import java.util.Objects;

/**
 * The API cannot answer right now (no dataset loaded, store unreachable); shown to the
 * client with code {@code SERVICE_UNAVAILABLE}.
 */
public class ServiceUnavailableException extends RuntimeException {

	public ServiceUnavailableException(String message) {
		super(message);
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
