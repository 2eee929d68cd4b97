package org.accords.seed;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * An upper bound of the size a converted document takes encoded as BSON, found without
 * encoding it: each string counted at three bytes a character (UTF-8 takes at most that
 * for a UTF-16 character), every other value at its fixed BSON size.
 */
final class BsonSize {

	/** Deeper documents are left to the encoder, which limits their depth itself. */
	private static final int MAX_DEPTH = 100;

	private BsonSize() {
	}

	/**
	 * At least as many bytes as {@code document} takes encoded; -1 when it holds a value
	 * of a type not counted here (or a name the encoder refuses), which only encoding it
	 * can measure.
	 */
	static long bound(Map<String, ?> document) {
		return document(document, 0);
	}

	private static long document(Map<String, ?> document, int depth) {
		if (depth > MAX_DEPTH) {
			return -1;
		}
		// length, then each element, then the terminating zero
		long size = 4 + 1;
		for (Map.Entry<String, ?> element : document.entrySet()) {
			String name = element.getKey();
			if (name.indexOf('\0') >= 0) {
				return -1;
			}
			long value = value(element.getValue(), depth);
			if (value < 0) {
				return -1;
			}
			// type, name as a C string, value
			size += 1 + 3L * name.length() + 1 + value;
		}
		return size;
	}

	private static long value(@Nullable Object value, int depth) {
		if (value == null || value instanceof Boolean) {
			return 1;
		}
		if (value instanceof String string) {
			// length, characters, terminating zero
			return 4 + 3L * string.length() + 1;
		}
		if (value instanceof Integer) {
			return 4;
		}
		if (value instanceof Long || value instanceof Double || value instanceof Date) {
			return 8;
		}
		if (value instanceof ObjectId) {
			return 12;
		}
		if (value instanceof Decimal128) {
			return 16;
		}
		if (value instanceof Map<?, ?> map) {
			for (Object key : map.keySet()) {
				if (!(key instanceof String)) {
					return -1;
				}
			}
			@SuppressWarnings("unchecked")
			Map<String, ?> document = (Map<String, ?>) map;
			return document(document, depth + 1);
		}
		if (value instanceof List<?> list) {
			if (depth + 1 > MAX_DEPTH) {
				return -1;
			}
			// an array is a document named "0", "1", ...: at most ten digits each
			long size = 4 + 1;
			for (Object item : list) {
				long each = value(item, depth + 1);
				if (each < 0) {
					return -1;
				}
				size += 1 + 10 + 1 + each;
			}
			return size;
		}
		return -1;
	}

}
