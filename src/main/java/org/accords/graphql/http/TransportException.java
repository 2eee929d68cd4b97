package org.accords.graphql.http;

import java.util.Map;
import java.util.Objects;

import org.accords.graphql.ErrorCode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request the transport refuses before any GraphQL execution; answered with the status
 * of its {@link ErrorCode} and a GraphQL-shaped error carrying the code.
 */
class TransportException extends RuntimeException {

	private final ErrorCode code;

	private final HttpHeaders headers;

	TransportException(ErrorCode code, String message) {
		this(code, message, new HttpHeaders());
	}

	private final Map<String, Object> extensions;

	TransportException(ErrorCode code, String message, HttpHeaders headers) {
		this(code, message, headers, Map.of());
	}

	/**
	 * @param extensions what the error's {@code extensions} carry beside its code (a cost
	 * and its maximum)
	 */
	TransportException(ErrorCode code, String message, HttpHeaders headers, Map<String, Object> extensions) {
		super(message);
		this.code = code;
		this.headers = headers;
		this.extensions = extensions;
	}

	HttpStatus status() {
		return this.code.status();
	}

	ErrorCode code() {
		return this.code;
	}

	HttpHeaders headers() {
		return this.headers;
	}

	Map<String, Object> extensions() {
		return this.extensions;
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
