package org.accords.web;

import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request its client's budget refused ({@link RequestBudget}): {@code 429} with the
 * budget's {@code RateLimit}, {@code RateLimit-Policy} and {@code Retry-After}, or
 * {@code 401} with {@code WWW-Authenticate} for an unknown API key. Each handler answers
 * it in its own form (a page, a card, JSON, plain text), with these headers and
 * {@code no-store}.
 */
public class ChargeRefusedException extends RuntimeException {

	private final HttpStatus status;

	private final HttpHeaders headers;

	ChargeRefusedException(HttpStatus status, String message, HttpHeaders headers) {
		// an answer, not a fault: no stack trace
		super(message, null, false, false);
		this.status = status;
		this.headers = headers;
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The headers the refusal carries besides those of its form. */
	public HttpHeaders headers() {
		return this.headers;
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
