package org.accords.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The headers of the error page ({@link ErrorPageHeaders}) on what Tomcat refuses before
 * any servlet sees it: an address it cannot decode ({@code /statements/%}, an id a
 * portal's template left a {@code %} in), which its own error report answers. An engine
 * valve, so that it comes before the host's error report whatever order the valves were
 * added in: the refusal is decided when the request reaches it.
 */
final class RejectedRequestHeaders extends ValveBase {

	private final ErrorPageHeaders headers;

	private final String cards;

	/**
	 * @param headers the error page's headers
	 * @param contextPath the application's context path
	 * ({@code server.servlet.context-path})
	 */
	RejectedRequestHeaders(ErrorPageHeaders headers, String contextPath) {
		super(true);
		this.headers = headers;
		this.cards = contextPath + "/embed/";
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (response.isError()) {
			String uri = request.getRequestURI();
			this.headers.write(response, uri != null && uri.startsWith(this.cards));
		}
		getNext().invoke(request, response);
	}

}
