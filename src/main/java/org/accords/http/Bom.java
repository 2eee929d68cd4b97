package org.accords.http;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The {@code ?bom=} parameter of a CSV download or a GraphQL CSV answer, read the same on
 * both: Spring's boolean words, which the downloads' {@code @RequestParam boolean} takes
 * ({@code true}, {@code yes}, {@code on}, {@code 1}; {@code false}, {@code no},
 * {@code off}, {@code 0}; in any case; absent or empty is false), and anything else
 * refused with {@link #refusal}, rather than silently read as false.
 */
public final class Bom {

	public static final String PARAMETER = "bom";

	private Bom() {
	}

	/**
	 * Whether the value asks for a byte order mark; null when it is not a boolean word.
	 */
	public static @Nullable Boolean parse(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return false;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "on", "1" -> true;
			case "false", "no", "off", "0" -> false;
			default -> null;
		};
	}

	/** Why a value that {@link #parse} cannot read is refused. */
	public static String refusal(@Nullable Object value) {
		return PARAMETER + " must be true or false (or yes/no, on/off, 1/0), got " + Echo.quoted(String.valueOf(value));
	}

}
