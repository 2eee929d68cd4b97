package org.accords.paging;

/**
 * A filter argument given a value that is no id where the id of an entity of one type
 * goes: the argument, the value and the type, so that the answer can name the id the
 * value is the curated id of, when it is one (a page's address ends in it).
 */
public class NotAnIdException extends InvalidInputException {

	private final String argument;

	private final String value;

	private final String type;

	NotAnIdException(String message, String argument, String value, String type) {
		super(message);
		this.argument = argument;
		this.value = value;
		this.type = type;
	}

	@Override
	public String argument() {
		return this.argument;
	}

	public String value() {
		return this.value;
	}

	/** The GraphQL type whose id the argument takes. */
	public String type() {
		return this.type;
	}

}
