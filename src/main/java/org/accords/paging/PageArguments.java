package org.accords.paging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Relay arguments ({@code first}, {@code after}, {@code last}, {@code before}) turned
 * into an offset window over an ordered result. Cursors are opaque offsets stamped with
 * the dataset version they were issued for: base64url of three bytes of the SHA-256 of
 * the version, {@code offset} and the decimal offset. Offsets differ between versions, so
 * a cursor used on another version is refused ({@link CursorVersionException}) rather
 * than silently skipping or repeating items. A cursor written before the stamp
 * ({@code offset:N}, no version) is still read as an offset of the version the request
 * reads, as it was.
 *
 * @param first at most this many items after {@code after}
 * @param after cursor of the item before the page
 * @param last at most this many items before {@code before}
 * @param before cursor of the item after the page
 */
public record PageArguments(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
		@Nullable String before) {

	/**
	 * What an unstamped cursor, written before cursors named their version, begins with.
	 */
	private static final byte[] LEGACY = "offset:".getBytes(StandardCharsets.US_ASCII);

	/** What follows the version stamp in a cursor. */
	private static final byte[] MARKER = "offset".getBytes(StandardCharsets.US_ASCII);

	/**
	 * Bytes of the version's digest in a cursor: 24 bits, so that stamp and marker make
	 * nine bytes, twelve base64 characters computed once per version; two versions whose
	 * digests collide only escape the check between them.
	 */
	static final int STAMP = 3;

	/** Most recent versions' stamps. */
	private static final Map<String, Stamp> STAMPS = new ConcurrentHashMap<>();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	/**
	 * The offsets {@code [start, end)} this request selects among {@code total} items of
	 * dataset version {@code version}, checking sizes against the limits and that the
	 * cursors were issued for that version.
	 */
	public Slice slice(String version, long total, PageLimits limits) {
		if (this.first != null && this.last != null) {
			// GitHub's answer too: which end would the page be cut from?
			throw new InvalidInputException("Passing both `first` and `last` is not supported: page forwards with"
					+ " `first` and `after` (the previous page's endCursor), or backwards with `last` and `before`"
					+ " (its startCursor)");
		}
		checkSize("first", this.first, limits);
		checkSize("last", this.last, limits);
		Stamp stamp = stamp(version);
		long start = (this.after != null) ? offset(this.after, "after", stamp, version) + 1 : 0;
		long end = (this.before != null) ? offset(this.before, "before", stamp, version) : total;
		start = Math.min(start, total);
		end = Math.max(start, Math.min(end, total));
		if (this.first == null && this.last == null) {
			// the default page: backwards from before alone (a page's startCursor), the
			// items just before it; else forwards
			if (this.before != null && this.after == null) {
				start = Math.max(start, end - limits.defaultPageSize());
			}
			else {
				end = Math.min(end, start + limits.defaultPageSize());
			}
		}
		if (this.first != null) {
			end = Math.min(end, start + this.first);
		}
		if (this.last != null) {
			start = Math.max(start, end - this.last);
		}
		return new Slice(start, end, total, stamp);
	}

	private static void checkSize(String name, @Nullable Integer value, PageLimits limits) {
		if (value != null && (value < 0 || value > limits.maxPageSize())) {
			throw new InvalidInputException(
					name + ": must be between 0 and " + limits.maxPageSize() + ", was " + value);
		}
	}

	/** The stamp of {@code version}, computed once per version. */
	static Stamp stamp(String version) {
		Stamp stamp = STAMPS.get(version);
		if (stamp == null) {
			if (STAMPS.size() >= 64) {
				// a long-running instance sees a few versions a day: forget the old ones
				STAMPS.clear();
			}
			stamp = new Stamp(version);
			STAMPS.put(version, stamp);
		}
		return stamp;
	}

	/** The first twelve characters of every cursor issued for {@code version}. */
	static String prefix(String version) {
		return stamp(version).prefix;
	}

	/** The cursor of {@code offset} in {@code version}. */
	static String cursorIn(String version, long offset) {
		return cursor(stamp(version), offset);
	}

	/**
	 * The stamp, the marker and the offset's decimal digits, written straight into the
	 * bytes to encode: one array, then the encoder's.
	 */
	private static String cursor(Stamp stamp, long offset) {
		int digits = 1;
		for (long rest = offset / 10; rest > 0; rest /= 10) {
			digits++;
		}
		byte[] raw = Arrays.copyOf(stamp.raw, stamp.raw.length + digits);
		long rest = offset;
		for (int i = raw.length - 1; i >= stamp.raw.length; i--) {
			raw[i] = (byte) ('0' + rest % 10);
			rest /= 10;
		}
		return ENCODER.encodeToString(raw);
	}

	private static long offset(String cursor, String argument, Stamp stamp, String version) {
		byte[] raw = decoded(cursor);
		if (startsWith(raw, 0, LEGACY)) {
			long offset = digits(raw, LEGACY.length);
			if (offset >= 0) {
				return offset;
			}
		}
		else if (startsWith(raw, STAMP, MARKER)) {
			long offset = digits(raw, STAMP + MARKER.length);
			if (offset >= 0) {
				// nine bytes are twelve characters exactly: the stamp is the prefix's
				if (!cursor.startsWith(stamp.prefix)) {
					throw new CursorVersionException(argument, cursor.substring(0, 4), version);
				}
				return offset;
			}
		}
		throw new InvalidInputException(argument + ": '" + cursor + "' is " + idOrNot(cursor)
				+ "a cursor of this connection: pass the " + ("before".equals(argument) ? "startCursor" : "endCursor")
				+ " of its pageInfo (or an edge's cursor) from a page of it, or leave " + argument + " out to "
				+ ("before".equals(argument) ? "end at its last item" : "start at its first item"));
	}

	/**
	 * Whether {@code value} is a cursor as this API writes them, of any dataset version
	 * (or written before cursors carried one): what a client that pages a nested list
	 * with a connection's cursor passes where an id goes.
	 */
	public static boolean isCursor(String value) {
		byte[] raw = decoded(value);
		return (startsWith(raw, 0, LEGACY) && digits(raw, LEGACY.length) >= 0)
				|| (startsWith(raw, STAMP, MARKER) && digits(raw, STAMP + MARKER.length) >= 0);
	}

	/**
	 * "the id of a Statement, not " for an entity's id, which the nested lists take as
	 * {@code after} where the connections take a cursor; else "not ".
	 */
	private static String idOrNot(String cursor) {
		try {
			NodeId.Parts parts = NodeId.parse(cursor);
			// entity types are GraphQL type names; the legacy cursors' "offset:" is not
			if (Character.isUpperCase(parts.type().charAt(0))) {
				return "the id of a " + parts.type() + ", not ";
			}
		}
		catch (InvalidInputException ex) {
			// not an id either
		}
		return "not ";
	}

	/** The bytes a cursor's base64url spells; none when it is not base64url. */
	private static byte[] decoded(String cursor) {
		try {
			return Base64.getUrlDecoder().decode(cursor);
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	private static boolean startsWith(byte[] raw, int from, byte[] expected) {
		return raw.length >= from + expected.length
				&& Arrays.equals(raw, from, from + expected.length, expected, 0, expected.length);
	}

	/**
	 * The offset the rest of {@code raw} spells, or -1 unless it is what this API writes:
	 * ASCII digits only, no sign, 1 to 18 of them (Long.parseLong would take a sign and
	 * non-ASCII digits, and Long.MAX_VALUE + 1 overflows into a negative offset).
	 */
	private static long digits(byte[] raw, int from) {
		int length = raw.length - from;
		if (length < 1 || length > 18) {
			return -1;
		}
		long offset = 0;
		for (int i = from; i < raw.length; i++) {
			if (raw[i] < '0' || raw[i] > '9') {
				return -1;
			}
			offset = offset * 10 + (raw[i] - '0');
		}
		return offset;
	}

	/**
	 * Offsets selected by a page request.
	 *
	 * @param start first offset, inclusive
	 * @param end last offset, exclusive
	 * @param total number of items in the whole result
	 * @param stamp the stamp of the version read, which its cursors carry
	 */
	public record Slice(long start, long end, long total, Stamp stamp) {

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
				edges.add(new Connection.Edge<>(mapper.apply(items.get(i)), cursor(this.stamp, this.start + i)));
			}
			Connection.PageInfo info = new Connection.PageInfo(this.start + items.size() < this.total, this.start > 0,
					edges.isEmpty() ? null : edges.get(0).cursor(),
					edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
			return new Connection<>(edges, info, this.total);
		}

	}

	/**
	 * A dataset version's stamp, three bytes of the SHA-256 of the version, and the
	 * marker: the first nine bytes of every cursor issued for it, and their base64url
	 * (whole groups, so the first twelve characters of those cursors).
	 */
	public static final class Stamp {

		private final byte[] raw;

		private final String prefix;

		Stamp(String version) {
			this.raw = Arrays.copyOf(digest(version), STAMP + MARKER.length);
			System.arraycopy(MARKER, 0, this.raw, STAMP, MARKER.length);
			this.prefix = ENCODER.encodeToString(this.raw);
		}

		private static byte[] digest(String version) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(version.getBytes(StandardCharsets.UTF_8));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
			}
		}

	}

}
