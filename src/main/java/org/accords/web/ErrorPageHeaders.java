package org.accords.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of Spring Boot's error page ({@code /error}:
 * {@code templates/error.mustache} and {@code error/*.mustache} for browsers, JSON for
 * programs), which answers what no handler did: an exception nothing caught, a method or
 * an address Spring turned down. It loads nothing and is framed by no one
 * ({@link ContentSecurityPolicy#restrictive}); under {@code /embed/} it is framed as a
 * card is, so a portal's frame shows it. Kept by no cache: what failed is this request (a
 * CDN would otherwise keep a {@code 500} by its own heuristics). Registered for the error
 * page's path, on the error dispatch and on requests ({@link WebConfiguration}), and
 * written by {@link RejectedRequestHeaders} on what Tomcat refuses before Spring sees it;
 * the handlers' own errors carry their address's policy ({@link Problems}).
 */
final class ErrorPageHeaders implements Filter {

	private static final String ERROR_POLICY = ContentSecurityPolicy.restrictive(java.util.List.of());

	private final String cardPolicy;

	/**
	 * @param cardPolicy the policy of a card, for errors under {@code /embed/}
	 */
	ErrorPageHeaders(String cardPolicy) {
		this.cardPolicy = cardPolicy;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request.getDispatcherType() == DispatcherType.ERROR && request instanceof HttpServletRequest http
				&& response instanceof HttpServletResponse answer) {
			boolean card = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
					&& uri.startsWith(http.getContextPath() + "/embed/");
			write(answer, card);
		}
		else if (request.getDispatcherType() == DispatcherType.REQUEST
				&& response instanceof HttpServletResponse answer) {
			answer.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Sets the error page's headers on {@code response}.
	 * @param card whether the address is a card's (under {@code /embed/})
	 */
	void write(HttpServletResponse response, boolean card) {
		response.setHeader("Content-Security-Policy", card ? this.cardPolicy : ERROR_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "no-store");
	}

}
