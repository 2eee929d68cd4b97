package org.accords.export;

import java.util.Objects;

/**
 * A download without an extension asked for with an {@code Accept} header that takes none
 * of the formats offered; the message names them. Answered with 406 by
 * {@link DataErrors}.
 */
class FormatNotAcceptableException extends RuntimeException {

	FormatNotAcceptableException(String message) {
		super(message);
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
