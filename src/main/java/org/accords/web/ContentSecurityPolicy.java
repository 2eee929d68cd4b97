package org.accords.web;

import java.util.List;

/**
 * The Content-Security-Policy of a page that loads nothing: a card, every error page the
 * application writes ({@link ErrorPageHeaders}) and the landing page; and GraphiQL's
 * ({@link StaticPageHeaders}).
 */
public final class ContentSecurityPolicy {

	/**
	 * The landing page's: it loads nothing (its styles inline, its icon {@code data:}).
	 */
	static final String LANDING = restrictive(List.of());

	/**
	 * GraphiQL's: its scripts and stylesheet from this origin ({@code /webjars/},
	 * {@code /graphiql/accords-graphiql.js}), the styles and style elements it writes
	 * inline, the fonts and images its stylesheet carries as {@code data:}, and
	 * {@code /graphql} (and its WebSocket, {@code /graphql/ws}) to query; no one may
	 * frame it.
	 */
	static final String GRAPHIQL = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "font-src data:; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
			+ "frame-ancestors 'none'";

	private ContentSecurityPolicy() {
	}

	/**
	 * Styles inline and {@code data:} images only, no scripts, no base or form targets,
	 * framed only by {@code frameAncestors} (by no one when empty).
	 * @param frameAncestors CSP sources such as {@code https://portal.example}
	 * @throws IllegalArgumentException for a source that is blank or would smuggle in
	 * another directive or policy
	 */
	public static String restrictive(List<String> frameAncestors) {
		for (String source : frameAncestors) {
			// a source with ; or , would smuggle in another directive or policy
			if (source.isBlank() || !source.matches("[^\\s;,]+")) {
				throw new IllegalArgumentException("accords.embed.frame-ancestors: '" + source
						+ "' is not a CSP source such as https://portal.example");
			}
		}
		return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
				+ "form-action 'none'; frame-ancestors "
				+ (frameAncestors.isEmpty() ? "'none'" : String.join(" ", frameAncestors));
	}

}
