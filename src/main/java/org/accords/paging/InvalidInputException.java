package org.accords.paging;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A request asked for something malformed or out of bounds; the message names the problem
 * and is shown to the client with code {@code BAD_USER_INPUT}.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

	/**
	 * An argument's path opening a message: {@code after: …}, {@code filter.between: …}.
	 */
	private static final Pattern ARGUMENT = Pattern.compile("([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)*): ");

	/**
	 * The argument that is wrong, as its message opens with it ({@code after},
	 * {@code first}, {@code filter.between}): the error's {@code extensions.argument}, so
	 * that a page marks the input at fault (or drops a cursor and starts again) without
	 * parsing the message. Null when the message names no argument first.
	 */
	public @Nullable String argument() {
		Matcher matcher = ARGUMENT.matcher(getMessage());
		return matcher.lookingAt() ? matcher.group(1) : null;
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
