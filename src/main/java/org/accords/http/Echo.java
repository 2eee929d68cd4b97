package org.accords.http;

import java.util.Locale;

/**
 * What a refusal echoes of what a user sent (an id, a header, a parameter, an address, a
 * curator's entry), bounded and made visible, the same everywhere: at most
 * {@value #MAX_ECHOED} characters, an address {@value #MAX_ADDRESS} (a longer value is
 * cut and its length said, so that a 100 KB value is not sent back whole), and an
 * invisible character (a bidirectional control, a zero-width one, any other format or
 * control character, a line or paragraph separator) written as its code, {@code U+202E},
 * so that it neither reorders nor hides the message around it where it is shown.
 */
public final class Echo {

	/** At most this many characters of a value a message echoes. */
	public static final int MAX_ECHOED = 80;

	/**
	 * At most this many characters of an address a message echoes: a page's address (the
	 * public URL, a type, an id, a theme and a version) runs past 80.
	 */
	public static final int MAX_ADDRESS = 300;

	private Echo() {
	}

	/** {@code value} in quotes, {@link #bounded}: {@code 'kasciunas'}. */
	public static String quoted(String value) {
		return bounded(value, MAX_ECHOED, true);
	}

	/**
	 * {@code value} as it is, bounded and with invisible characters as codes, for a
	 * message that echoes it without quotes (an address after a colon).
	 */
	public static String bounded(String value) {
		return bounded(value, MAX_ECHOED, false);
	}

	/** An address as {@link #bounded} echoes a value, at most {@value #MAX_ADDRESS}. */
	public static String address(String value) {
		return bounded(value, MAX_ADDRESS, false);
	}

	private static String bounded(String value, int max, boolean quote) {
		int end = (value.length() <= max) ? value.length()
				: value.offsetByCodePoints(0, Math.min(max, value.codePointCount(0, max)));
		StringBuilder echoed = new StringBuilder(end + 32);
		if (quote) {
			echoed.append('\'');
		}
		value.substring(0, end).codePoints().forEach((c) -> {
			int kind = Character.getType(c);
			if (kind == Character.FORMAT || kind == Character.CONTROL || kind == Character.LINE_SEPARATOR
					|| kind == Character.PARAGRAPH_SEPARATOR) {
				echoed.append(String.format(Locale.ROOT, "U+%04X", c));
			}
			else {
				echoed.appendCodePoint(c);
			}
		});
		if (quote) {
			echoed.append('\'');
		}
		return (end < value.length()) ? echoed + "… (" + value.length() + " characters)" : echoed.toString();
	}

}
