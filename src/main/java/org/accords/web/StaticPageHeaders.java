package org.accords.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of the pages served as static files, the landing page ({@code /},
 * {@code static/index.html}) and GraphiQL ({@code /graphiql},
 * {@code static/graphiql/index.html}): their {@code Content-Security-Policy}, in a header
 * because {@code frame-ancestors} is read nowhere else (no one may frame them: Accords
 * frames only its cards). And {@code nosniff} on every answer, whatever its address (a
 * card, a page, a download, {@code /graphql}), not only on errors: set here, once, before
 * any handler writes. Registered for requests as clients send them
 * ({@link WebConfiguration}), before Spring forwards them to the files.
 */
final class StaticPageHeaders implements Filter {

	/** The policy of each address, without the context path. */
	private static final Map<String, String> POLICIES = Map.of("/", ContentSecurityPolicy.LANDING, "/index.html",
			ContentSecurityPolicy.LANDING, "/graphiql", ContentSecurityPolicy.GRAPHIQL, "/graphiql/index.html",
			ContentSecurityPolicy.GRAPHIQL);

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
			String policy = POLICIES.get(http.getRequestURI().substring(http.getContextPath().length()));
			answer.setHeader("X-Content-Type-Options", "nosniff");
			if (policy != null) {
				answer.setHeader("Content-Security-Policy", policy);
			}
		}
		chain.doFilter(request, response);
	}

}
