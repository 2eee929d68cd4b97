package org.accords.http;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ETag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The conditional requests every route that has an ETag answers by (the schema, the
 * downloads and metadata files, the feeds, GraphQL GETs, pages, cards, source articles),
 * in the order of RFC 9110, 13.2.2: {@code If-Match} first, answered 412 unless it is
 * {@code *} or lists the representation's tag by strong comparison (13.1.1), then
 * {@code If-None-Match}, where a listed tag matches by weak comparison and {@code *}
 * matches any current representation, so a GET or HEAD is answered 304 (13.1.2). Spring
 * MVC's own check reads {@code *} as a match for unsafe methods only. Preconditions are
 * read only where there is a representation: an unknown id stays 404.
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
		return joined(request, HttpHeaders.IF_NONE_MATCH);
	}

	/**
	 * Whether an {@code If-Match} header (or several, joined with commas) names
	 * {@code etag}: {@code *}, or a tag equal to it by strong comparison (a weak tag is
	 * never matched but by {@code *}).
	 */
	public static boolean matched(@Nullable String ifMatch, String etag) {
		return strongly(ifMatch, etag, true);
	}

	/**
	 * Whether a list of tags names {@code etag} by strong comparison, or by {@code *}
	 * when {@code wildcard}.
	 */
	private static boolean strongly(@Nullable String tags, String etag, boolean wildcard) {
		if (tags == null) {
			return false;
		}
		ETag wanted = ETag.create(etag);
		return ETag.parse(tags).stream().anyMatch((tag) -> tag.isWildcard() ? wildcard : tag.compare(wanted, true));
	}

	/** The request's {@code If-Match} headers joined as one, or null. */
	public static @Nullable String ifMatch(HttpServletRequest request) {
		return joined(request, HttpHeaders.IF_MATCH);
	}

	/** A request's headers of one name joined with commas, as one list; null for none. */
	private static @Nullable String joined(HttpServletRequest request, String name) {
		List<String> values = Collections.list(request.getHeaders(name));
		return values.isEmpty() ? null : String.join(",", values);
	}

	/**
	 * Whether the client names the identity copy of an answer that has a gzip copy too,
	 * by {@code If-None-Match} or (a tag, not {@code *}) {@code If-Match}: it is then
	 * served that copy, a 304 or the bytes it holds, even if it takes gzip now.
	 */
	public static boolean holdsIdentity(HttpServletRequest request, String etag) {
		return named(ifNoneMatch(request), etag) || strongly(ifMatch(request), etag, false);
	}

	/**
	 * What the preconditions of a GET or HEAD answer before anything is built: 412 when
	 * {@code If-Match} names neither {@code etag} nor (when {@code gzipToo}) its gzip
	 * copy's tag, else 304 when {@code If-None-Match} names one ({@link #held}); null
	 * when the answer is to be served (or the method is another).
	 */
	public static @Nullable Precondition precondition(HttpServletRequest request, String etag, boolean gzipToo) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return null;
		}
		String ifMatch = ifMatch(request);
		if (ifMatch != null && !matched(ifMatch, etag) && !(gzipToo && matched(ifMatch, Gzip.variant(etag)))) {
			return new Precondition(HttpStatus.PRECONDITION_FAILED, null);
		}
		String held = held(ifNoneMatch(request), etag, gzipToo);
		return (held != null) ? new Precondition(HttpStatus.NOT_MODIFIED, held) : null;
	}

	/**
	 * For a GET or HEAD: sets the response's {@code ETag} and, when the preconditions
	 * answer ({@link #precondition}), their status, 412 (without the tag) or 304; returns
	 * whether they did (the handler then writes nothing more).
	 */
	public static boolean answered(HttpServletRequest request, HttpServletResponse response, String etag) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return false;
		}
		Precondition answer = precondition(request, etag, false);
		if (answer == null || !answer.failed()) {
			response.setHeader(HttpHeaders.ETAG, etag);
		}
		if (answer == null) {
			return false;
		}
		response.setStatus(answer.status().value());
		return true;
	}

	/**
	 * {@link #answered(HttpServletRequest, HttpServletResponse, String)}, with the
	 * {@code Cache-Control} and {@code Vary} of the answer set on the response, so that a
	 * 304 carries them as its 200 would (RFC 9110, 15.4.5): a cache that revalidates
	 * learns again how long to keep the answer and what it varies by. Not on a 412.
	 * @param vary the request headers the answer varies by, besides the URL
	 */
	public static boolean answered(HttpServletRequest request, HttpServletResponse response, String etag,
			CacheControl cacheControl, String... vary) {
		boolean answered = answered(request, response, etag);
		if (response.getStatus() == HttpStatus.PRECONDITION_FAILED.value()) {
			// about this request's If-Match: nothing a cache may keep
			return true;
		}
		String value = cacheControl.getHeaderValue();
		if (value != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, value);
		}
		for (String name : vary) {
			if (!response.getHeaders(HttpHeaders.VARY).contains(name)) {
				response.addHeader(HttpHeaders.VARY, name);
			}
		}
		return answered;
	}

	/**
	 * The answer of a request's preconditions.
	 *
	 * @param status 412 or 304
	 * @param etag on a 304, the tag of the copy the client holds; null on a 412
	 */
	public record Precondition(HttpStatus status, @Nullable String etag) {

		/** Whether {@code If-Match} failed: 412, nothing to send but the status. */
		public boolean failed() {
			return this.status == HttpStatus.PRECONDITION_FAILED;
		}

	}

}
