package org.accords.web;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

/**
 * Which form a page answers in: the pages and the source view serve HTML to browsers and
 * JSON to programs from the same URL.
 */
public final class ContentNegotiation {

	private ContentNegotiation() {
	}

	/**
	 * Whether {@code Accept} prefers JSON to HTML (by quality value); a missing or
	 * malformed header gets HTML, as a browser would.
	 */
	public static boolean wantsJson(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		double json = -1;
		double html = -1;
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (type.getType().equals("application") && type.getSubtype().equals("json")) {
					json = Math.max(json, type.getQualityValue());
				}
				else if (type.getType().equals("text") && type.getSubtype().equals("html")) {
					html = Math.max(html, type.getQualityValue());
				}
			}
		}
		catch (RuntimeException ex) {
			return false;
		}
		return json > 0 && json > html;
	}

}
