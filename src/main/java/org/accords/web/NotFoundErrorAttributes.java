package org.accords.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page's attributes, with a {@code message} on a {@code 404} of an address no
 * handler serves that says where facts' pages and cards are, as the page a browser gets
 * ({@code templates/error/404.mustache}) does: a program asking for {@code /agreements}
 * with {@code Accept: application/json} was told {@code "error": "Not Found"} and nothing
 * else. An address a slip away from a page's ({@code /statement/{id}}) names the page
 * meant ({@link AddressHint}): in the message, and as {@code suggestion}, which the
 * browser's page links to.
 */
final class NotFoundErrorAttributes extends DefaultErrorAttributes {

	private final List<AddressHint> hints;

	NotFoundErrorAttributes(List<AddressHint> hints) {
		this.hints = List.copyOf(hints);
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (Integer.valueOf(404).equals(attributes.get("status")) && attributes.get("path") instanceof String path) {
			String meant = this.hints.stream()
				.map((hint) -> hint.meant(path))
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
			String where = "pages at /statements/{id}, /agreements/{id}, /people/{id} and the like, cards"
					+ " at /embed/{type}/{id}; the start page, /, lists every address";
			String nothing = "Nothing is served at " + path;
			attributes.putIfAbsent("message",
					(meant != null) ? nothing + "; did you mean " + meant + "? Facts have " + where
							: nothing + ": facts have " + where);
			if (meant != null) {
				attributes.put("suggestion", meant);
			}
		}
		return attributes;
	}

}
