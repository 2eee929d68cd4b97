package org.accords.paging;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The list a connection pages: its field, the arguments that choose and order its items
 * (a filter, an order, a search's text) and, for a connection nested in an entity, that
 * entity. Its cursors carry {@link #key}, 24 bits of the SHA-256 of all three, so that a
 * cursor of another list, or of the same field with another filter or order, is refused
 * rather than read as the same offset there ({@link PageArguments}). Computed once per
 * connection; the paging arguments themselves ({@code first}, {@code after},
 * {@code last}, {@code before}) are no part of it, so every page of a list has the same.
 *
 * @param name the field's name in the schema (not an alias): {@code statements} for a
 * root field, {@code DatasetPublication.changes} for a nested one
 * @param shapedBy what the client can change of the list besides paging (the field's
 * other arguments, the parent's type), for the message refusing another list's cursor
 * @param key 24 bits of the SHA-256 of the field, those arguments' values and the parent
 */
public record PagedList(String name, List<String> shapedBy, int key) {

	/** The arguments that page a list rather than choose it. */
	private static final Set<String> PAGING = Set.of("first", "after", "last", "before");

	/** Whether {@code argument} pages a list rather than chooses it. */
	public static boolean isPaging(String argument) {
		return PAGING.contains(argument);
	}

	/**
	 * The list of field {@code name} with {@code arguments} (its paging arguments are
	 * left out) in {@code parent} (null for a root field). The arguments are read as
	 * graphql-java coerces them (maps, lists, strings, numbers, booleans, scalars' Java
	 * values), in a form that does not depend on the order of a map's entries, and where
	 * a null or an empty input object is an argument left out.
	 */
	public static PagedList of(String name, List<String> shapedBy, Map<String, ?> arguments, @Nullable String parent) {
		StringBuilder text = new StringBuilder(name);
		if (parent != null) {
			text.append('@').append(parent);
		}
		text.append('(');
		write(text, arguments, PAGING);
		text.append(')');
		byte[] digest = PageArguments.sha256(text.toString());
		return new PagedList(name, List.copyOf(shapedBy),
				((digest[0] & 0xff) << 16) | ((digest[1] & 0xff) << 8) | (digest[2] & 0xff));
	}

	/**
	 * This list, as refusals name it, with {@code same}'s key: for a list whose items are
	 * those of another at the same offsets, so that the cursors of either page the other.
	 */
	public PagedList keyedAs(PagedList same) {
		return new PagedList(this.name, this.shapedBy, same.key);
	}

	/**
	 * What a cursor of another list is refused with: {@code argument} came from another
	 * list, and what to pass instead.
	 */
	String refusal(String argument) {
		boolean before = "before".equals(argument);
		String which = this.shapedBy.isEmpty() ? "another list than " + this.name
				: "another list, or from " + this.name + " with another " + String.join(" or ", this.shapedBy);
		return argument + ": this cursor came from " + which + ", and would point at another item here: start again"
				+ " without " + argument + ", or pass the " + (before ? "startCursor" : "endCursor")
				+ " of this list's pageInfo (or an edge's cursor)";
	}

	/**
	 * Writes {@code map} without the entries named in {@code skipped}, by key, each value
	 * unambiguously (strings quoted), nulls and empty maps left out; whether anything was
	 * written.
	 */
	private static boolean write(StringBuilder text, Map<?, ?> map, Set<String> skipped) {
		Map<String, Object> sorted = new TreeMap<>();
		map.forEach((key, value) -> {
			if (value != null && !skipped.contains(String.valueOf(key))) {
				sorted.put(String.valueOf(key), value);
			}
		});
		boolean written = false;
		for (Map.Entry<String, Object> entry : sorted.entrySet()) {
			int mark = text.length();
			quote(text, entry.getKey());
			text.append(':');
			if (value(text, entry.getValue())) {
				text.append(',');
				written = true;
			}
			else {
				text.setLength(mark);
			}
		}
		return written;
	}

	/** Writes {@code value}; false when it is an empty map, which is left out. */
	private static boolean value(StringBuilder text, @Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			text.append('{');
			boolean written = write(text, map, Set.of());
			text.append('}');
			return written;
		}
		if (value instanceof List<?> list) {
			text.append('[');
			for (Object item : list) {
				// an item is never left out: the list's length is part of its meaning
				value(text, item);
				text.append(',');
			}
			text.append(']');
		}
		else if (value instanceof BigDecimal decimal) {
			// a Decimal's 1.50 and 1.5 are the same amount
			text.append(decimal.stripTrailingZeros().toPlainString());
		}
		else if (value instanceof Number || value instanceof Boolean || value == null) {
			text.append(value);
		}
		else {
			// strings, enum values and the scalars' Java values (dates, instants)
			quote(text, value.toString());
		}
		return true;
	}

	private static void quote(StringBuilder text, String value) {
		text.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				text.append('\\');
			}
			text.append(c);
		}
		text.append('"');
	}

}
