package org.accords.graphql;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request the transport refuses before any GraphQL execution; answered with the status
 * and a GraphQL-shaped error carrying {@code code}.
 */
public class TransportException extends RuntimeException {

	private final HttpStatus status;

	private final ErrorCode code;

	private final HttpHeaders headers;

	public TransportException(HttpStatus status, ErrorCode code, String message) {
		this(status, code, message, new HttpHeaders());
	}

	public TransportException(HttpStatus status, ErrorCode code, String message, HttpHeaders headers) {
		super(message);
		this.status = status;
		this.code = code;
		this.headers = headers;
	}

	public HttpStatus status() {
		return this.status;
	}

	public ErrorCode code() {
		return this.code;
	}

	public HttpHeaders headers() {
		return this.headers;
	}

}
