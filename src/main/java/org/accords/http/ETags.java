package org.accords.http;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Revalidation with {@code If-None-Match}, the one rule every route that has an ETag
 * answers by (the schema, the downloads and metadata files, GraphQL GETs, pages, cards,
 * feeds, source articles): a listed ETag matches by weak comparison, and {@code *}
 * matches any current representation, so a GET or HEAD is answered 304 (RFC 9110,
 * 13.1.2). Spring MVC's own check reads {@code *} as a match for unsafe methods only.
 */
public final class ETags {

	private ETags() {
	}

	/**
	 * Whether an {@code If-None-Match} header (or several, joined with commas) names
	 * {@code etag}: {@code *}, or a tag equal to it by weak comparison.
	 */
	public static boolean named(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		ETag wanted = ETag.create(etag);
		return ETag.parse(ifNoneMatch).stream().anyMatch((tag) -> tag.isWildcard() || tag.compare(wanted, false));
	}

	/**
	 * Which copy of an answer with a gzip copy ({@link Gzip#variant}) the client holds:
	 * {@code etag} when {@code If-None-Match} names it (a client holding the identity
	 * copy, still current, is told so even if it takes gzip now), else the gzip copy's
	 * tag when {@code gzipToo} and it is named; null when neither is (no 304).
	 */
	public static @Nullable String held(@Nullable String ifNoneMatch, String etag, boolean gzipToo) {
		if (named(ifNoneMatch, etag)) {
			return etag;
		}
		String gzip = Gzip.variant(etag);
		return (gzipToo && named(ifNoneMatch, gzip)) ? gzip : null;
	}

	/** The request's {@code If-None-Match} headers joined as one, or null. */
	public static @Nullable String ifNoneMatch(HttpServletRequest request) {
		List<String> values = Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH));
		return values.isEmpty() ? null : String.join(",", values);
	}

	/**
	 * For a GET or HEAD: sets the response's {@code ETag} and, when the client's
	 * {@code If-None-Match} names it, the 304 status; returns whether it did (the handler
	 * then writes nothing more).
	 */
	public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return false;
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		if (!named(ifNoneMatch(request), etag)) {
			return false;
		}
		response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
		return true;
	}

}
