package org.accords.export;

import java.util.Objects;

import org.accords.graphql.guard.RateLimiter;

/**
 * A download the client's budget cannot cover yet: answered 429 by {@link DataErrors},
 * with the budget's headers and {@code Retry-After}.
 */
class DownloadRateLimitedException extends RuntimeException {

	private final RateLimiter.Charge charge;

	DownloadRateLimitedException(long cost, RateLimiter.Charge charge) {
		super(message(cost, charge), null, false, false);
		this.charge = charge;
	}

	RateLimiter.Charge charge() {
		return this.charge;
	}

	private static String message(long cost, RateLimiter.Charge charge) {
		RateLimiter.Policy policy = Objects.requireNonNull(charge.policy(),
				"a client without a budget is never refused");
		return "Rate limit exceeded: this download costs " + cost + " and " + charge.remaining() + " of "
				+ policy.capacity() + " per " + policy.period().toSeconds() + "s are left; retry after "
				+ charge.retryAfterSeconds() + "s. HEAD and conditional requests (If-None-Match) are not charged.";
	}

}
