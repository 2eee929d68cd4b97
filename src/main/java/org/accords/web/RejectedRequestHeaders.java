package org.accords.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * The headers of the error page ({@link ErrorPageHeaders}) on what Tomcat refuses before
 * any servlet sees it: an address it cannot decode ({@code /statements/%}, an id a
 * portal's template left a {@code %} in), which its own error report answers. An engine
 * valve, so that it comes before the host's error report whatever order the valves were
 * added in: the refusal is decided when the request reaches it. Tomcat refuses TRACE too,
 * with an {@code Allow} naming every method its servlet could dispatch (PUT, DELETE and
 * POST on every address): the address's own is written instead ({@link AllowedMethods}).
 */
final class RejectedRequestHeaders extends ValveBase {

	private final ErrorPageHeaders headers;

	private final String cards;

	private final ObjectProvider<HandlerMappingIntrospector> mappings;

	/**
	 * @param headers the error page's headers
	 * @param contextPath the application's context path
	 * ({@code server.servlet.context-path})
	 * @param mappings Spring MVC's handler mappings, which know what each address takes
	 * (created after the server is)
	 */
	RejectedRequestHeaders(ErrorPageHeaders headers, String contextPath,
			ObjectProvider<HandlerMappingIntrospector> mappings) {
		super(true);
		this.headers = headers;
		this.cards = contextPath + "/embed/";
		this.mappings = mappings;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (response.isError()) {
			String uri = request.getRequestURI();
			this.headers.write(response, uri != null && uri.startsWith(this.cards));
			HandlerMappingIntrospector mappings = this.mappings.getIfAvailable();
			if (response.getStatus() == HttpServletResponse.SC_METHOD_NOT_ALLOWED && mappings != null) {
				response.setHeader(HttpHeaders.ALLOW, AllowedMethods.ofAddress(mappings, request.getRequest()));
			}
		}
		getNext().invoke(request, response);
	}

}
