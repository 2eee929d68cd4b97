package org.accords.graphql.guard;

import java.util.Objects;

import org.accords.graphql.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a guard that refuses a request before execution; {@link Admission} turns it
 * into a {@link Admission.Refused}.
 */
public class Refusal extends RuntimeException {

	private final ErrorCode code;

	private final RateLimiter.@Nullable Charge charge;

	Refusal(ErrorCode code, String message) {
		this(code, message, null);
	}

	/**
	 * @param charge for {@code RATE_LIMITED}, the budget that could not cover the request
	 */
	Refusal(ErrorCode code, String message, RateLimiter.@Nullable Charge charge) {
		// an answer, not a fault: no stack trace (refusals are cached with their
		// document)
		super(message, null, false, false);
		this.code = code;
		this.charge = charge;
	}

	public ErrorCode code() {
		return this.code;
	}

	/**
	 * The budget that could not cover the request, whose {@code RateLimit} headers and
	 * {@code Retry-After} its {@code 429} carries; null for other refusals.
	 */
	public RateLimiter.@Nullable Charge charge() {
		return this.charge;
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
