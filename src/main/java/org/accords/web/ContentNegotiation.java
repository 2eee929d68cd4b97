package org.accords.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

/**
 * Which form an answer takes: the pages and the source view serve HTML to browsers and
 * JSON to programs from the same URL; a download without an extension serves the format
 * the client prefers.
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

	/**
	 * The offered type that {@code accept} prefers: each is weighed by the quality of the
	 * most specific range that includes it (RFC 9110, 12.5.1), ties going to the one
	 * offered first; null when the client accepts none of them. A missing or malformed
	 * header accepts anything.
	 */
	public static @Nullable MediaType preferred(@Nullable String accept, List<MediaType> offered) {
		List<MediaType> ranges;
		try {
			ranges = (accept == null || accept.isBlank()) ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(accept);
		}
		catch (RuntimeException ex) {
			ranges = List.of(MediaType.ALL);
		}
		MediaType best = null;
		double bestQuality = 0;
		for (MediaType type : offered) {
			double quality = quality(type, ranges);
			if (quality > bestQuality) {
				best = type;
				bestQuality = quality;
			}
		}
		return best;
	}

	private static double quality(MediaType type, List<MediaType> ranges) {
		MediaType match = null;
		for (MediaType range : ranges) {
			if (range.includes(type) && (match == null || specificity(range) > specificity(match))) {
				match = range;
			}
		}
		return (match != null) ? match.getQualityValue() : 0;
	}

	private static int specificity(MediaType range) {
		return range.isWildcardType() ? 0 : (range.isWildcardSubtype() ? 1 : 2);
	}

}
