package org.accords.web;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * The {@code Allow} of a {@code 405}: what the address answers, and only that. Accords is
 * read-only, so an address answers GET (and HEAD with it), POST where it takes POST
 * ({@code /graphql}), and OPTIONS (Spring answers it on every address it maps); never
 * PUT, PATCH or DELETE, which Spring listed for {@code /graphql}, where they serve only a
 * refusal, and never TRACE. Spring's own answer listed every method mapped (and no
 * OPTIONS); Tomcat, which refuses TRACE before Spring sees it, listed every method its
 * servlet could dispatch, POST, PUT and DELETE included, on every address
 * ({@link RejectedRequestHeaders} asks {@link #ofAddress} instead).
 */
final class AllowedMethods implements HandlerExceptionResolver {

	private static final List<HttpMethod> ANSWERED = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
			HttpMethod.OPTIONS);

	/**
	 * The {@code Allow} of an address whose handlers take {@code supported}.
	 */
	static String of(Collection<HttpMethod> supported) {
		return ANSWERED.stream()
			.filter((method) -> method == HttpMethod.OPTIONS || supported.contains(method)
					|| (method == HttpMethod.HEAD && supported.contains(HttpMethod.GET)))
			.map(HttpMethod::name)
			.collect(Collectors.joining(", "));
	}

	/**
	 * The {@code Allow} of the address {@code request} names, as Spring's handler
	 * mappings take it, for a method none of them takes: read-only's GET, HEAD and
	 * OPTIONS when no mapping says (an address nothing serves).
	 */
	static String ofAddress(HandlerMappingIntrospector mappings, HttpServletRequest request) {
		try {
			mappings.getMatchableHandlerMapping(request);
		}
		catch (HttpRequestMethodNotSupportedException ex) {
			Set<HttpMethod> supported = ex.getSupportedHttpMethods();
			if (supported != null) {
				return of(supported);
			}
		}
		catch (Exception ex) {
			// another refusal (a media type): the address exists, the method is not
			// what it says
		}
		return of(Set.of(HttpMethod.GET));
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!(ex instanceof HttpRequestMethodNotSupportedException refused)
				|| refused.getSupportedHttpMethods() == null) {
			return null;
		}
		try {
			response.setHeader(HttpHeaders.ALLOW, of(refused.getSupportedHttpMethods()));
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
		}
		catch (IOException failed) {
			return null;
		}
		return new ModelAndView();
	}

}
