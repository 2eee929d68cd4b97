package org.accords.graphql.http;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the transport learnt about one GraphQL request, for its access-log line and its
 * metrics ({@link AccessLogFilter}): never the document or its variables.
 */
final class RequestTrace {

	static final String ATTRIBUTE = RequestTrace.class.getName();

	/** GraphQL's own name syntax: anything else is not a usable label. */
	private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

	/** How a response was produced. */
	enum Outcome {

		/** refused before execution: limits, rate limit, malformed request */
		REFUSED,
		/** answered 304 Not Modified from the ETag */
		NOT_MODIFIED,
		/** served from the response cache */
		HIT,
		/** executed */
		EXECUTED;

		/** made once: a label per request was an allocation per access line */
		private final String label = name().toLowerCase(java.util.Locale.ROOT);

		String label() {
			return this.label;
		}

	}

	final String id;

	volatile @Nullable String operationName;

	volatile long cost = -1;

	volatile Outcome outcome = Outcome.REFUSED;

	volatile @Nullable String errorCode;

	/** the partner whose API key was sent and accepted */
	volatile @Nullable String partner;

	RequestTrace(String id) {
		this.id = id;
	}

	static @Nullable RequestTrace of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof RequestTrace trace) ? trace : null;
	}

	/** The trace of the request this thread serves, if any. */
	static @Nullable RequestTrace current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes != null
				&& attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof RequestTrace trace)
						? trace : null;
	}

	/** The operation name as a metric label: a GraphQL name, else a fixed word. */
	String operationLabel() {
		String name = this.operationName;
		if (name == null || name.isEmpty()) {
			return "anonymous";
		}
		return NAME.matcher(name).matches() ? name : "invalid";
	}

	void error(@Nullable Object code) {
		if (this.errorCode == null && code != null) {
			this.errorCode = code.toString();
		}
	}

}
