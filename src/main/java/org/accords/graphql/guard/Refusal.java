package org.accords.graphql.guard;

import java.util.Objects;

import org.accords.graphql.ErrorCode;

/**
 * Thrown by a guard that refuses a request before execution; {@link Admission} turns it
 * into a {@link Admission.Refused}.
 */
public class Refusal extends RuntimeException {

	private final ErrorCode code;

	Refusal(ErrorCode code, String message) {
		// an answer, not a fault: no stack trace (refusals are cached with their
		// document)
		super(message, null, false, false);
		this.code = code;
	}

	public ErrorCode code() {
		return this.code;
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
