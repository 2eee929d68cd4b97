package org.accords.seed;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Finds the characters no curated text may hold: control characters other than tab and
 * line breaks, and code points that are not characters (U+FFFE, U+FFFF, a surrogate
 * alone). YAML writes any of them as an escape in a double-quoted text ({@code "\x01"},
 * {@code "\0"}, {@code "\e"}, {@code "\uFFFE"}); served, one made the Atom feed
 * ({@code /data/changes.atom}) malformed XML, which a feed reader refuses whole, and
 * pages and downloads carried it as it was. Search terms are refused for the same
 * characters, which no stored text holds.
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

	private static @Nullable Object value(Record entry, RecordComponent component) {
		try {
			return component.getAccessor().invoke(entry);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of a curated entry", ex);
		}
	}

}
