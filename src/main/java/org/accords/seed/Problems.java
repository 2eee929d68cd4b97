package org.accords.seed;

/**
 * Wording shared by the problems the loader reports: one line each, newlines escaped, and
 * for an excerpt that is not in its article, the nearest passage with the first differing
 * character marked.
 */
final class Problems {

	/** Marks the first character that differs in a passage. */
	static final String MARK = "\u25B6";

	private Problems() {
	}

	/**
	 * The text on one line: line breaks and tabs written as {@code \n}, {@code \r},
	 * {@code \t}.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\t' -> escaped.append("\\t");
				case '\\' -> escaped.append("\\\\");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 77) + "...";
	}

	/**
	 * Where the article comes closest to an excerpt it does not contain: a passage of the
	 * article with the first character that differs from the excerpt marked, and whether
	 * the only differences are typographic (quotes, dashes, spaces). Empty when no
	 * passage starts like the excerpt.
	 */
	static String nearest(String text, String excerpt) {
		Canonical canonicalText = Canonical.of(text);
		String canonicalExcerpt = Canonical.of(excerpt).text();
		int typographic = canonicalText.text().indexOf(canonicalExcerpt);
		int start;
		int same;
		if (typographic >= 0) {
			start = canonicalText.offsets()[typographic];
			same = commonPrefix(text, start, excerpt);
		}
		else {
			start = -1;
			same = 0;
			for (int i = 0; i < canonicalText.text().length(); i++) {
				int prefix = commonPrefix(canonicalText.text(), i, canonicalExcerpt);
				if (prefix > same) {
					same = prefix;
					start = canonicalText.offsets()[i];
				}
			}
			if (start < 0 || same < Math.min(8, canonicalExcerpt.length() / 2)) {
				return "; no passage of the article is close to it";
			}
			// the first difference as the curator sees it, quotes and dashes included
			same = commonPrefix(text, start, excerpt);
		}
		int from = Math.max(start, start + same - 40);
		int to = Math.min(text.length(), start + same + 40);
		String passage = ((from > start) ? "..." : "") + text.substring(from, start + same) + MARK
				+ text.substring(start + same, to) + ((to < text.length()) ? "..." : "");
		String differs = (start + same < text.length() && same < excerpt.length())
				? " (article has '" + escape(String.valueOf(text.charAt(start + same))) + "', excerpt has '"
						+ escape(String.valueOf(excerpt.charAt(same))) + "')"
				: "";
		return "; nearest passage at offset " + start + ", first difference marked " + MARK + differs + ": \""
				+ escape(passage) + "\""
				+ ((typographic >= 0) ? "; the only differences are quotes, dashes or spaces" : "");
	}

	private static int commonPrefix(String text, int start, String excerpt) {
		int n = 0;
		while (n < excerpt.length() && start + n < text.length() && text.charAt(start + n) == excerpt.charAt(n)) {
			n++;
		}
		return n;
	}

	/**
	 * A text with quotes, dashes and spaces of every kind made alike, a run of white
	 * space one space (a doubled space, or a line break and an indent, differ only in
	 * spaces): each character with its offset in the text.
	 */
	record Canonical(String text, int[] offsets) {

		static Canonical of(String text) {
			StringBuilder canonical = new StringBuilder(text.length());
			int[] offsets = new int[text.length()];
			for (int i = 0; i < text.length(); i++) {
				char c = canonical(text.charAt(i));
				if (c != ' ' || canonical.isEmpty() || canonical.charAt(canonical.length() - 1) != ' ') {
					offsets[canonical.length()] = i;
					canonical.append(c);
				}
			}
			return new Canonical(canonical.toString(), java.util.Arrays.copyOf(offsets, canonical.length()));
		}

	}

	private static char canonical(char c) {
		return switch (c) {
			case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
			case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
			default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
		};
	}

}
