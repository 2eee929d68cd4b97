package org.accords.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Relay arguments ({@code first}, {@code after}, {@code last}, {@code before}) turned
 * into an offset window over an ordered result. Cursors are opaque offsets: they stay
 * valid while the dataset version stays the same.
 *
 * @param first at most this many items after {@code after}
 * @param after cursor of the item before the page
 * @param last at most this many items before {@code before}
 * @param before cursor of the item after the page
 */
public record PageArguments(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
		@Nullable String before) {

	private static final String PREFIX = "offset:";

	/**
	 * The digits of an offset this API writes: ASCII only, no sign, at most 18 so that
	 * the offset and the one after it fit a {@code long}.
	 */
	private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("[0-9]{1,18}");

	/**
	 * The offsets {@code [start, end)} this request selects among {@code total} items,
	 * checking sizes against the limits.
	 */
	public Slice slice(long total, PageLimits limits) {
		checkSize("first", this.first, limits);
		checkSize("last", this.last, limits);
		long start = (this.after != null) ? offset(this.after, "after") + 1 : 0;
		long end = (this.before != null) ? offset(this.before, "before") : total;
		start = Math.min(start, total);
		end = Math.max(start, Math.min(end, total));
		if (this.first == null && this.last == null) {
			end = Math.min(end, start + limits.defaultPageSize());
		}
		if (this.first != null) {
			end = Math.min(end, start + this.first);
		}
		if (this.last != null) {
			start = Math.max(start, end - this.last);
		}
		return new Slice(start, end, total);
	}

	private static void checkSize(String name, @Nullable Integer value, PageLimits limits) {
		if (value != null && (value < 0 || value > limits.maxPageSize())) {
			throw new InvalidInputException(name + " must be between 0 and " + limits.maxPageSize() + ", was " + value);
		}
	}

	static String cursor(long offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	private static long offset(String cursor, String argument) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			// Long.parseLong would take a sign and non-ASCII digits, and Long.MAX_VALUE +
			// 1
			// overflows into a negative offset
			if (raw.startsWith(PREFIX) && OFFSET.matcher(raw.substring(PREFIX.length())).matches()) {
				return Long.parseLong(raw.substring(PREFIX.length()));
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidInputException(argument + ": '" + cursor + "' is not a cursor of this connection");
	}

	/**
	 * Offsets selected by a page request.
	 *
	 * @param start first offset, inclusive
	 * @param end last offset, exclusive
	 * @param total number of items in the whole result
	 */
	public record Slice(long start, long end, long total) {

		public int limit() {
			return (int) (this.end - this.start);
		}

		/** Builds the connection for the items found at {@code [start, end)}. */
		public <T> Connection<T> connection(List<T> items) {
			return connection(items, Function.identity());
		}

		public <S, T> Connection<T> connection(List<S> items, Function<S, T> mapper) {
			List<Connection.Edge<T>> edges = new ArrayList<>(items.size());
			for (int i = 0; i < items.size(); i++) {
				edges.add(new Connection.Edge<>(mapper.apply(items.get(i)), cursor(this.start + i)));
			}
			Connection.PageInfo info = new Connection.PageInfo(this.start + items.size() < this.total, this.start > 0,
					edges.isEmpty() ? null : edges.get(0).cursor(),
					edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
			return new Connection<>(edges, info, this.total);
		}

	}

}
