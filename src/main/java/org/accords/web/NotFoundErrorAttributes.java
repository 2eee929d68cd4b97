package org.accords.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page's attributes, with a {@code message} on a {@code 404} of an address no
 * handler serves that says where facts' pages and cards are, as the page a browser gets
 * ({@code templates/error/404.mustache}) does: a program asking for {@code /agreements}
 * or {@code /statement/{id}} with {@code Accept: application/json} was told
 * {@code "error": "Not Found"} and nothing else.
 */
final class NotFoundErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (Integer.valueOf(404).equals(attributes.get("status")) && attributes.get("path") instanceof String path) {
			attributes.putIfAbsent("message",
					"Nothing is served at " + path + ": facts have pages at /statements/{id}, /agreements/{id},"
							+ " /people/{id} and the like, cards at /embed/{type}/{id}; the start page, /, lists"
							+ " every address");
		}
		return attributes;
	}

}
