package org.accords.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The error of an address that serves HTML to browsers and JSON to programs (the fact
 * pages and cards, the source view): programs get {@code {"error", "status"}}, browsers
 * the page's own error page with its Content-Security-Policy. Kept by no cache: a CDN
 * would otherwise keep an unknown id's 404 by its own heuristics past the publication
 * that adds it, a 503 for everyone, or one form for clients that asked for the other.
 * Both forms say {@code nosniff}, as every answer does ({@link StaticPageHeaders}): an
 * error repeats what was asked (an unknown address, a parameter's value), which a browser
 * must not read as anything but its type.
 */
public final class Problems {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private Problems() {
	}

	/**
	 * @param json whether the client asked for JSON
	 * @param page the error page, for a browser
	 */
	public static ResponseEntity<?> of(HttpStatus status, String message, boolean json, String contentSecurityPolicy,
			String page) {
		return of(status, json, Map.of("error", message, "status", status.value()), contentSecurityPolicy, page);
	}

	/**
	 * A problem whose JSON says more than its message: what a withdrawn fact was, and who
	 * withdrew it ({@code {"error", "status", …}}).
	 * @param body the JSON, for a program
	 * @param page the error page, for a browser
	 */
	public static ResponseEntity<?> of(HttpStatus status, boolean json, Map<String, ?> body,
			String contentSecurityPolicy, String page) {
		if (json) {
			return ResponseEntity.status(status)
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.APPLICATION_JSON)
				.body(body);
		}
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(HTML)
			.header("Content-Security-Policy", contentSecurityPolicy)
			.body(page);
	}

	/**
	 * A problem with headers of its own besides: when to retry ({@code Retry-After}), the
	 * budget that refused it, the challenge of an unknown API key.
	 */
	public static ResponseEntity<?> with(ResponseEntity<?> problem, HttpHeaders headers) {
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.headers(headers)
			.body(problem.getBody());
	}

}
