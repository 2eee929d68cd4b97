package org.accords.graphql.guard;

import java.util.Map;
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

	private final Map<String, Object> extensions;

	Refusal(ErrorCode code, String message) {
		this(code, message, null, Map.of());
	}

	/**
	 * @param extensions what the error's {@code extensions} carry beside its code, so
	 * that a client shows them without parsing the message (a cost and its maximum)
	 */
	Refusal(ErrorCode code, String message, Map<String, Object> extensions) {
		this(code, message, null, extensions);
	}

	/**
	 * @param charge for {@code RATE_LIMITED}, the budget that could not cover the request
	 */
	Refusal(ErrorCode code, String message, RateLimiter.@Nullable Charge charge) {
		this(code, message, charge, Map.of());
	}

	private Refusal(ErrorCode code, String message, RateLimiter.@Nullable Charge charge,
			Map<String, Object> extensions) {
		// an answer, not a fault: no stack trace (refusals are cached with their
		// document)
		super(message, null, false, false);
		this.code = code;
		this.charge = charge;
		this.extensions = extensions;
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

	/** What the error's {@code extensions} carry beside its code; empty for most. */
	public Map<String, Object> extensions() {
		return this.extensions;
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
