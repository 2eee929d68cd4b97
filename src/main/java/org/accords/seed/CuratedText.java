package org.accords.seed;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Finds the characters no curated text may hold: control characters other than tab and
 * line breaks, and code points that are not characters (U+FFFE, U+FFFF, a surrogate
 * alone). YAML writes any of them as an escape in a double-quoted text ({@code "\x01"},
 * {@code "\0"}, {@code "\e"}, {@code "\uFFFE"}); served, one made the Atom feed
 * ({@code /data/changes.atom}) malformed XML, which a feed reader refuses whole, and
 * pages and downloads carried it as it was. Search terms are refused for the same
 * characters, which no stored text holds. Also finds a bidirectional embedding, override
 * or isolate that nothing after it in the text closes ({@link #unclosedBidiAt}).
 */
final class CuratedText {

	private CuratedText() {
	}

	/**
	 * A problem for each text of {@code curated} (a {@link CuratedFile}) that holds such
	 * a character, as {@code file: section[i]: field …}, which {@link YamlLines} gives
	 * its line.
	 */
	static List<String> problems(String file, Record curated) {
		List<String> problems = new ArrayList<>();
		walk(new Place(null, file, -1), curated, problems);
		return problems;
	}

	/**
	 * Where a value is, as {@code file: section[i]: field}: built into words only for a
	 * value that holds such a character, since a large corpus has millions of values and
	 * almost never one of these.
	 */
	private record Place(@Nullable Place parent, String name, int index) {

		@Override
		public String toString() {
			String here = (this.index >= 0) ? this.name + "[" + this.index + "]" : this.name;
			return (this.parent != null) ? this.parent + ": " + here : here;
		}

	}

	private static void walk(Place where, Record entry, List<String> problems) {
		for (RecordComponent component : COMPONENTS.get(entry.getClass())) {
			Object value = value(entry, component);
			if (value instanceof List<?> items) {
				for (int i = 0; i < items.size(); i++) {
					Object item = items.get(i);
					if (item instanceof Record || item instanceof String) {
						check(new Place(where, component.getName(), i), item, problems);
					}
				}
			}
			else if (value instanceof Record || value instanceof String) {
				check(new Place(where, component.getName(), -1), value, problems);
			}
		}
	}

	/**
	 * Each record type's components, read once (the JDK copies the array at each call).
	 */
	private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
		@Override
		protected RecordComponent[] computeValue(Class<?> type) {
			return type.getRecordComponents();
		}
	};

	private static void check(Place where, Object value, List<String> problems) {
		if (value instanceof Record nested) {
			walk(where, nested, problems);
		}
		else if (value instanceof String text) {
			int at = notTextAt(text);
			if (at >= 0) {
				char c = text.charAt(at);
				String code = "U+" + String.format("%04X", (int) c);
				String what = Character.isSurrogate(c) ? "a lone surrogate " + code
						: (Character.getType(c) == Character.CONTROL) ? "the control character " + code
								: "the non-character " + code;
				problems.add(where + " holds " + what + " at character " + (at + 1)
						+ ": curated text may hold only printable characters, tabs and line breaks; remove it");
			}
			int unclosed = unclosedBidiAt(text);
			if (unclosed >= 0) {
				problems.add(where + " holds the bidirectional control U+"
						+ String.format("%04X", (int) text.charAt(unclosed)) + " at character " + (unclosed + 1)
						+ ", which nothing after it closes (U+202C closes an embedding or override, U+2069 an"
						+ " isolate): it would turn the direction of what a page shows after the text; close it or"
						+ " remove it");
			}
		}
	}

	/** Where the first character that is not text is, or -1 when there is none. */
	private static int notTextAt(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= ' ' && c < '\u007F') || c == '\t' || c == '\n' || c == '\r') {
				// printable ASCII, most of any text, asks for no look-up
				continue;
			}
			if (Character.getType(c) == Character.CONTROL || c == '\uFFFE' || c == '\uFFFF') {
				return i;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Where the first bidirectional embedding, override or isolate that nothing after it
	 * closes opens, or -1 when every one is closed (or there is none). One left open
	 * turns the direction of whatever a page, a card, a feed or a spreadsheet shows after
	 * the text in the same line (a right-to-left override left open in an article's title
	 * reaches the card's "Source: …, 2026-11-30", which the bidirectional algorithm shows
	 * as "03-11-6202 ,"); one closed within the text keeps its effect to the text, as the
	 * words it is copied from show it. Closing follows the Unicode bidirectional
	 * algorithm: U+202C closes the latest embedding or override (none after an isolate
	 * opened since), U+2069 the latest isolate and whatever opened after it; a closer
	 * with nothing to close does nothing.
	 */
	static int unclosedBidiAt(String text) {
		int[] open = new int[0];
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '\u202A' || (c > '\u202E' && c < '\u2066') || c > '\u2069') {
				continue;
			}
			if (c == '\u202C') {
				if (depth > 0 && !isolate(text.charAt(open[depth - 1]))) {
					depth--;
				}
			}
			else if (c == '\u2069') {
				int isolate = depth - 1;
				while (isolate >= 0 && !isolate(text.charAt(open[isolate]))) {
					isolate--;
				}
				if (isolate >= 0) {
					depth = isolate;
				}
			}
			else {
				if (depth == open.length) {
					open = Arrays.copyOf(open, Math.max(8, depth * 2));
				}
				open[depth++] = i;
			}
		}
		return (depth > 0) ? open[0] : -1;
	}

	/** Whether an opening bidirectional control is an isolate (U+2066 to U+2068). */
	private static boolean isolate(char c) {
		return c >= '\u2066';
	}

	private static @Nullable Object value(Record entry, RecordComponent component) {
		try {
			return component.getAccessor().invoke(entry);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of a curated entry", ex);
		}
	}

}
