package org.accords.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the words of a field value that a search matched, between {@code «} and
 * {@code »}, in a snippet of at most {@value #WIDTH} characters around the first match.
 * The snippet is the stored text as written: plain text, no markup to escape.
 */
final class Highlights {

	static final String OPEN = "«";

	static final String CLOSE = "»";

	static final int WIDTH = 240;

	private Highlights() {
	}

	/** Offsets {@code [start, end)} of the matched words in {@code value}. */
	static List<int[]> matches(Analyzer analyzer, String field, String value, List<SearchQuery.Word> words) {
		List<int[]> found = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, value)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String token = term.toString();
				if (words.stream().anyMatch((w) -> w.matches(field, token))) {
					found.add(new int[] { offset.startOffset(), offset.endOffset() });
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	/**
	 * A snippet two ways: plain text with markers, and escaped HTML with mark elements.
	 */
	record Snippet(String text, String html) {
	}

	/** The snippet of {@code value} with {@code matches} marked. */
	static Snippet snippet(String value, List<int[]> matches) {
		int from = 0;
		int to = value.length();
		if (to > WIDTH) {
			int first = matches.isEmpty() ? 0 : matches.get(0)[0];
			from = Math.max(0, first - WIDTH / 3);
			// start and end on word boundaries
			while (from > 0 && !Character.isWhitespace(value.charAt(from - 1))) {
				from--;
			}
			to = Math.min(value.length(), from + WIDTH);
			while (to < value.length() && !Character.isWhitespace(value.charAt(to))) {
				to++;
			}
		}
		StringBuilder text = new StringBuilder();
		StringBuilder html = new StringBuilder();
		if (from > 0) {
			text.append("… ");
			html.append("… ");
		}
		int at = from;
		for (int[] match : matches) {
			if (match[0] < at || match[1] > to) {
				continue;
			}
			text.append(value, at, match[0]).append(OPEN).append(value, match[0], match[1]).append(CLOSE);
			html.append(escape(value.substring(at, match[0])))
				.append("<mark>")
				.append(escape(value.substring(match[0], match[1])))
				.append("</mark>");
			at = match[1];
		}
		text.append(value, at, to);
		html.append(escape(value.substring(at, to)));
		if (to < value.length()) {
			text.append(" …");
			html.append(" …");
		}
		return new Snippet(text.toString(), html.toString());
	}

	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
