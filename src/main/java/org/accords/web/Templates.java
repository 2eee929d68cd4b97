package org.accords.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML that controllers send as a body of their own (with headers of their own)
 * rather than as a view: Mustache templates under {@code templates/}, the engine of the
 * {@code /data} pages, compiled once, escaping every value for HTML.
 */
public final class Templates {

	/**
	 * Escapes as the pages did before templates: {@code & < > " '}, for text and quoted
	 * attributes; a carriage return as a reference, which HTML parsing keeps (a literal
	 * one would become a line feed and shift the source view's offsets).
	 */
	private static final Mustache.Compiler COMPILER = Mustache.compiler()
		.withEscaper((text) -> HtmlUtils.htmlEscape(text, "UTF-8").replace("\r", "&#13;"))
		.withLoader(Templates::reader);

	private Templates() {
	}

	/** {@code templates/<name>.mustache}, with its partials ({@code {{> name}}}). */
	public static Template compile(String name) {
		return COMPILER.compile(reader(name));
	}

	private static Reader reader(String name) {
		try {
			return new InputStreamReader(new ClassPathResource("templates/" + name + ".mustache").getInputStream(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
