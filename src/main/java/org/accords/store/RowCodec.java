package org.accords.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes rows of a {@link QueryTable} as bytes and reads them back: each value tagged
 * with its type, so that absent, ungathered, null, strings, numbers, booleans, lists of
 * them and documents of them come back as they were (a document as the embedded server's
 * own type, which its matcher reads).
 */
final class RowCodec {

	private static final int ABSENT = 0;

	private static final int NULL = 1;

	private static final int STRING = 2;

	private static final int INT = 3;

	private static final int LONG = 4;

	private static final int DOUBLE = 5;

	private static final int TRUE = 6;

	private static final int FALSE = 7;

	private static final int LIST = 8;

	/** A flat document (in a list): its entries' keys and values. */
	private static final int DOCUMENT = 9;

	/** {@link QueryTable#UNGATHERED}. */
	private static final int UNGATHERED = 10;

	private RowCodec() {
	}

	/** Rows {@code [from, to)}, each as {@code width} values. */
	static byte[] encode(Object[][] rows, int from, int to, int width) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(to - from);
			out.writeInt(width);
			for (int row = from; row < to; row++) {
				for (int column = 0; column < width; column++) {
					write(out, (column < rows[row].length) ? rows[row][column] : QueryTable.ABSENT);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Adds the rows held in {@code bytes} to {@code rows}, sharing equal strings. */
	static void decode(byte[] bytes, List<Object[]> rows, Map<Object, Object> interned) {
		decode(bytes, rows, interned, -1);
	}

	/**
	 * Adds the rows held in {@code bytes} to {@code rows}, sharing equal strings except
	 * in column {@code unique} (the ids, which no two rows share), read straight from the
	 * array.
	 */
	static void decode(byte[] bytes, List<Object[]> rows, Map<Object, Object> interned, int unique) {
		Reader in = new Reader(bytes);
		int count = in.readInt();
		int width = in.readInt();
		for (int row = 0; row < count; row++) {
			Object[] values = new Object[width];
			for (int column = 0; column < width; column++) {
				values[column] = in.read((column == unique) ? null : interned);
			}
			rows.add(values);
		}
	}

	/**
	 * Reads what {@link #write} wrote, as a {@link DataInputStream} would, from an array
	 * without a stream's locking: strings of ASCII characters (almost all of them) are
	 * made straight from their bytes.
	 */
	private static final class Reader {

		private final byte[] bytes;

		private int at;

		Reader(byte[] bytes) {
			this.bytes = bytes;
		}

		int readInt() {
			int value = ((this.bytes[this.at] & 0xFF) << 24) | ((this.bytes[this.at + 1] & 0xFF) << 16)
					| ((this.bytes[this.at + 2] & 0xFF) << 8) | (this.bytes[this.at + 3] & 0xFF);
			this.at += 4;
			return value;
		}

		long readLong() {
			long high = readInt() & 0xFFFFFFFFL;
			return (high << 32) | (readInt() & 0xFFFFFFFFL);
		}

		String readUtf() {
			int length = ((this.bytes[this.at] & 0xFF) << 8) | (this.bytes[this.at + 1] & 0xFF);
			int start = this.at + 2;
			this.at = start + length;
			for (int i = start; i < this.at; i++) {
				if (this.bytes[i] <= 0) {
					// beyond ASCII (or a NUL, written in two bytes): modified UTF-8
					try {
						return new DataInputStream(new ByteArrayInputStream(this.bytes, start - 2, length + 2))
							.readUTF();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			}
			return new String(this.bytes, start, length, java.nio.charset.StandardCharsets.ISO_8859_1);
		}

		@Nullable Object read(@Nullable Map<Object, Object> interned) {
			int tag = this.bytes[this.at++];
			return switch (tag) {
				case ABSENT -> QueryTable.ABSENT;
				case UNGATHERED -> QueryTable.UNGATHERED;
				case NULL -> null;
				case STRING -> {
					String text = readUtf();
					yield (interned != null) ? interned.computeIfAbsent(text, (k) -> k) : text;
				}
				case INT -> readInt();
				case LONG -> readLong();
				case DOUBLE -> Double.longBitsToDouble(readLong());
				case TRUE -> Boolean.TRUE;
				case FALSE -> Boolean.FALSE;
				case LIST -> {
					Object[] items = new Object[readInt()];
					boolean scalars = true;
					boolean nulls = false;
					for (int i = 0; i < items.length; i++) {
						items[i] = read(interned);
						nulls |= items[i] == null;
						scalars &= !(items[i] instanceof Map<?, ?>);
					}
					yield list(items, nulls, scalars, interned);
				}
				case DOCUMENT -> {
					int size = readInt();
					de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document();
					for (int i = 0; i < size; i++) {
						String key = readUtf();
						document.put((interned != null) ? (String) interned.computeIfAbsent(key, (k) -> k) : key,
								read(interned));
					}
					yield document;
				}
				default -> throw new IllegalStateException("unknown value tag " + tag + " in a stored query table");
			};
		}

	}

	/**
	 * A list read back as an unmodifiable list of the fewest objects: one shared empty
	 * list, a list of one or two items without an array, or one over the array read;
	 * equal lists of scalars (an area's ids, an article's) shared between rows as equal
	 * strings are. A list holding null (which {@link List#of} refuses) is wrapped as it
	 * is.
	 */
	private static List<Object> list(Object[] items, boolean nulls, boolean scalars,
			@Nullable Map<Object, Object> interned) {
		if (nulls) {
			return java.util.Collections.unmodifiableList(java.util.Arrays.asList(items));
		}
		List<Object> list = List.of(items);
		// documents are mutable: never shared
		return (interned != null && scalars) ? cast(interned.computeIfAbsent(list, (k) -> k)) : list;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> cast(Object list) {
		return (List<Object>) list;
	}

	private static void write(DataOutputStream out, @Nullable Object value) throws IOException {
		if (value == QueryTable.ABSENT) {
			out.writeByte(ABSENT);
		}
		else if (value == QueryTable.UNGATHERED) {
			out.writeByte(UNGATHERED);
		}
		else if (value == null) {
			out.writeByte(NULL);
		}
		else if (value instanceof String text) {
			out.writeByte(STRING);
			out.writeUTF(text);
		}
		else if (value instanceof Integer number) {
			out.writeByte(INT);
			out.writeInt(number);
		}
		else if (value instanceof Long number) {
			out.writeByte(LONG);
			out.writeLong(number);
		}
		else if (value instanceof Double number) {
			out.writeByte(DOUBLE);
			out.writeDouble(number);
		}
		else if (value instanceof Boolean flag) {
			out.writeByte(flag ? TRUE : FALSE);
		}
		else if (value instanceof List<?> list) {
			out.writeByte(LIST);
			out.writeInt(list.size());
			for (Object item : list) {
				write(out, item);
			}
		}
		else if (value instanceof Map<?, ?> document) {
			out.writeByte(DOCUMENT);
			out.writeInt(document.size());
			for (Map.Entry<?, ?> entry : document.entrySet()) {
				out.writeUTF((String) entry.getKey());
				write(out, entry.getValue());
			}
		}
		else {
			throw new IllegalArgumentException("a query table holds no " + value.getClass().getSimpleName());
		}
	}

}
