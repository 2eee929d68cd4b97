package org.accords.paging;

import java.util.Objects;

/**
 * A request asked for something malformed or out of bounds; the message names the problem
 * and is shown to the client with code {@code BAD_USER_INPUT}.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
