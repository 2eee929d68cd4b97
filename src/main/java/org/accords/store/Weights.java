package org.accords.store;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Estimates the heap bytes an object graph of records, strings, collections and boxed
 * values holds, for caches bounded by bytes. An estimate on the high side: strings count
 * two bytes a character (as if none were Latin-1) plus their headers, every object a
 * header, shared objects once per reference.
 */
final class Weights {

	/** Header and fields of a small object, a reference to it included. */
	static final int OBJECT = 32;

	/**
	 * Deeper than this, an object counts as {@link #OBJECT}: records here are shallow.
	 */
	private static final int MAX_DEPTH = 8;

	private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
		@Override
		protected RecordComponent[] computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			for (RecordComponent component : components) {
				component.getAccessor().setAccessible(true);
			}
			return components;
		}
	};

	private Weights() {
	}

	/**
	 * The estimated size of {@code value} and what it refers to, at most
	 * Integer.MAX_VALUE.
	 */
	static int of(Object value) {
		return (int) Math.min(Integer.MAX_VALUE, estimate(value, 0));
	}

	private static long estimate(Object value, int depth) {
		if (value == null) {
			return 8;
		}
		if (value instanceof CharSequence text) {
			return 48 + 2L * text.length();
		}
		if (depth >= MAX_DEPTH || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
				|| value instanceof Class<?>) {
			return OBJECT;
		}
		if (value instanceof Collection<?> items) {
			long sum = OBJECT + 8L * items.size();
			for (Object item : items) {
				sum += estimate(item, depth + 1);
			}
			return sum;
		}
		if (value instanceof Map<?, ?> map) {
			long sum = OBJECT + 40L * map.size();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				sum += estimate(entry.getKey(), depth + 1) + estimate(entry.getValue(), depth + 1);
			}
			return sum;
		}
		if (value.getClass().isRecord()) {
			long sum = OBJECT;
			for (RecordComponent component : COMPONENTS.get(value.getClass())) {
				try {
					sum += 8 + estimate(component.getAccessor().invoke(value), depth + 1);
				}
				catch (ReflectiveOperationException ex) {
					sum += OBJECT;
				}
			}
			return sum;
		}
		return OBJECT;
	}

}
