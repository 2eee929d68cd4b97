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
 * the dataset version and the list they were issued for: base64url of three bytes of the
 * SHA-256 of the version, three of the list's ({@link PagedList#key}), {@code pos} and
 * the decimal offset. Offsets differ between versions and between lists, so a cursor of
 * another list (another connection, or the same one with another filter or order) is
 * refused, and then one of another version ({@link CursorVersionException}), rather than
 * silently skipping or repeating items. Cursors written before they named their list (the
 * version's three bytes, {@code offset} and the offset) are still read, checked for their
 * version only; those written before they named their version ({@code offset:N}) are
 * refused as such, since their offset may be of another version than the one read.
 *
 * @param first at most this many items after {@code after}
 * @param after cursor of the item before the page
 * @param last at most this many items before {@code before}
 * @param before cursor of the item after the page
 * @param list the list paged, which its cursors name
 */
public record PageArguments(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
		@Nullable String before, PagedList list) {

	/**
	 * What an unstamped cursor, written before cursors named their version, begins with.
	 */
	private static final byte[] LEGACY = "offset:".getBytes(StandardCharsets.US_ASCII);

	/**
	 * What follows the version's stamp in a cursor written before cursors named their
	 * list.
	 */
	private static final byte[] UNLISTED = "offset".getBytes(StandardCharsets.US_ASCII);

	/**
	 * What follows the version's and the list's stamps in a cursor. Not {@code set}, what
	 * bytes 6 to 8 of an unlisted cursor are, nor beginning with a colon, byte 6 of an
	 * unstamped one: the three forms are told apart by these bytes alone.
	 */
	private static final byte[] MARKER = "pos".getBytes(StandardCharsets.US_ASCII);

	/**
	 * Bytes of the version's digest in a cursor: 24 bits; two versions whose digests
	 * collide only escape the check between them. Three bytes are four base64 characters
	 * exactly: a cursor's first four characters are its version's stamp.
	 */
	static final int STAMP = 3;

	/**
	 * Bytes of the list's key in a cursor ({@link PagedList#key}), after the version's:
	 * its characters 5 to 8. With the marker, nine bytes, twelve characters computed once
	 * per connection.
	 */
	static final int LIST = 3;

	/** Characters of a cursor's base64 that spell one stamp. */
	private static final int STAMP_CHARS = 4;

	/** Most recent versions' stamps. */
	private static final Map<String, VersionStamp> STAMPS = new ConcurrentHashMap<>();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	/**
	 * The offsets {@code [start, end)} this request selects among {@code total} items of
	 * dataset version {@code version}, checking sizes against the limits and that the
	 * cursors were issued for this list and that version.
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
		// once per connection: every cursor of the page begins with it
		Stamp stamp = new Stamp(stamp(version), this.list);
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

	/**
	 * These arguments on a list whose items are those of {@code same} at the same
	 * offsets: cursors of either page the other. Refusals still name this list.
	 */
	public PageArguments sameAs(PagedList same) {
		return new PageArguments(this.first, this.after, this.last, this.before, this.list.keyedAs(same));
	}

	private static void checkSize(String name, @Nullable Integer value, PageLimits limits) {
		if (value != null && (value < 0 || value > limits.maxPageSize())) {
			throw new InvalidInputException(
					name + ": must be between 0 and " + limits.maxPageSize() + ", was " + value);
		}
	}

	/** The stamp of {@code version}, computed once per version. */
	static VersionStamp stamp(String version) {
		VersionStamp stamp = STAMPS.get(version);
		if (stamp == null) {
			if (STAMPS.size() >= 64) {
				// a long-running instance sees a few versions a day: forget the old ones
				STAMPS.clear();
			}
			stamp = new VersionStamp(version);
			STAMPS.put(version, stamp);
		}
		return stamp;
	}

	/** The first four characters of every cursor issued for {@code version}. */
	static String versionStamp(String version) {
		return stamp(version).chars;
	}

	/** The cursor of {@code offset} in {@code list} of {@code version}. */
	static String cursorIn(String version, PagedList list, long offset) {
		return cursor(new Stamp(stamp(version), list), offset);
	}

	/**
	 * The stamps, the marker and the offset's decimal digits, written straight into the
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

	private long offset(String cursor, String argument, Stamp stamp, String version) {
		byte[] raw = decoded(cursor);
		if (startsWith(raw, 0, LEGACY)) {
			if (digits(raw, LEGACY.length) >= 0) {
				// of no known version: read as an offset of the version read, it skipped
				// or repeated items once a newer one was published
				throw new InvalidInputException(argument + ": '" + cursor + "' is a cursor written before cursors"
						+ " named their dataset version, which are no longer read: its offset may be of another"
						+ " version, where paging on would skip or repeat items; start again without " + argument
						+ ", and page on with the cursors of its answers");
			}
		}
		else if (startsWith(raw, STAMP + LIST, MARKER)) {
			long offset = digits(raw, STAMP + LIST + MARKER.length);
			if (offset >= 0) {
				// whole groups of three bytes: each stamp is four characters of the
				// prefix;
				// the list first, since another list's cursor is wrong in every version
				if (!cursor.regionMatches(STAMP_CHARS, stamp.prefix, STAMP_CHARS, STAMP_CHARS)) {
					throw new InvalidInputException(this.list.refusal(argument));
				}
				checkVersion(cursor, argument, stamp, version);
				return offset;
			}
		}
		else if (startsWith(raw, STAMP, UNLISTED)) {
			long offset = digits(raw, STAMP + UNLISTED.length);
			if (offset >= 0) {
				// issued before cursors named their list: its version alone is checked
				checkVersion(cursor, argument, stamp, version);
				return offset;
			}
		}
		throw new InvalidInputException(argument + ": '" + cursor + "' is " + idOrNot(cursor)
				+ "a cursor of this connection: pass the " + ("before".equals(argument) ? "startCursor" : "endCursor")
				+ " of its pageInfo (or an edge's cursor) from a page of it, or leave " + argument + " out to "
				+ ("before".equals(argument) ? "end at its last item" : "start at its first item"));
	}

	private static void checkVersion(String cursor, String argument, Stamp stamp, String version) {
		if (!cursor.regionMatches(0, stamp.prefix, 0, STAMP_CHARS)) {
			throw new CursorVersionException(argument, cursor.substring(0, STAMP_CHARS), version);
		}
	}

	/**
	 * Whether {@code value} is a cursor as this API writes them, of any dataset version
	 * and list (or written before cursors carried them): what a client that pages a
	 * nested list with a connection's cursor passes where an id goes.
	 */
	public static boolean isCursor(String value) {
		byte[] raw = decoded(value);
		return (startsWith(raw, 0, LEGACY) && digits(raw, LEGACY.length) >= 0)
				|| (startsWith(raw, STAMP + LIST, MARKER) && digits(raw, STAMP + LIST + MARKER.length) >= 0)
				|| (startsWith(raw, STAMP, UNLISTED) && digits(raw, STAMP + UNLISTED.length) >= 0);
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
				return "the id of " + NodeId.article(parts.type()) + " " + parts.type() + ", not ";
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
	 * @param stamp the stamps of the version read and of the list, which its cursors
	 * carry
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

	/** SHA-256 of the text's UTF-8 bytes. */
	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	/**
	 * A dataset version's stamp, three bytes of the SHA-256 of the version, and their
	 * base64url: the first four characters of every cursor issued for it.
	 */
	static final class VersionStamp {

		private final byte[] raw;

		private final String chars;

		VersionStamp(String version) {
			this.raw = Arrays.copyOf(sha256(version), STAMP);
			this.chars = ENCODER.encodeToString(this.raw);
		}

	}

	/**
	 * The version's stamp, the list's key and the marker: the first nine bytes of every
	 * cursor of a page, and their base64url (whole groups, so the first twelve characters
	 * of those cursors).
	 */
	public static final class Stamp {

		private final byte[] raw;

		private final String prefix;

		Stamp(VersionStamp version, PagedList list) {
			this.raw = new byte[STAMP + LIST + MARKER.length];
			System.arraycopy(version.raw, 0, this.raw, 0, STAMP);
			this.raw[STAMP] = (byte) (list.key() >>> 16);
			this.raw[STAMP + 1] = (byte) (list.key() >>> 8);
			this.raw[STAMP + 2] = (byte) list.key();
			System.arraycopy(MARKER, 0, this.raw, STAMP + LIST, MARKER.length);
			this.prefix = ENCODER.encodeToString(this.raw);
		}

	}

}
