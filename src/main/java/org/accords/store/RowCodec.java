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
 * with its type, so that absent, null, strings, numbers, booleans and lists of them come
 * back as they were.
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
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			int count = in.readInt();
			int width = in.readInt();
			for (int row = 0; row < count; row++) {
				Object[] values = new Object[width];
				for (int column = 0; column < width; column++) {
					values[column] = read(in, interned);
				}
				rows.add(values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(DataOutputStream out, @Nullable Object value) throws IOException {
		if (value == QueryTable.ABSENT) {
			out.writeByte(ABSENT);
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
		else {
			throw new IllegalArgumentException("a query table holds no " + value.getClass().getSimpleName());
		}
	}

	private static @Nullable Object read(DataInputStream in, Map<Object, Object> interned) throws IOException {
		int tag = in.readByte();
		return switch (tag) {
			case ABSENT -> QueryTable.ABSENT;
			case NULL -> null;
			case STRING -> interned.computeIfAbsent(in.readUTF(), (k) -> k);
			case INT -> in.readInt();
			case LONG -> in.readLong();
			case DOUBLE -> in.readDouble();
			case TRUE -> Boolean.TRUE;
			case FALSE -> Boolean.FALSE;
			case LIST -> {
				int size = in.readInt();
				List<Object> items = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					items.add(read(in, interned));
				}
				yield items;
			}
			default -> throw new IllegalStateException("unknown value tag " + tag + " in a stored query table");
		};
	}

}
