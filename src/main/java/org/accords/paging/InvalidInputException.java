package org.accords.paging;

/**
 * A request asked for something malformed or out of bounds; the message names the problem
 * and is shown to the client with code {@code BAD_USER_INPUT}.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

}
