package org.accords.seed;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * An insertion-ordered map that takes little memory while small: keys and values side by
 * side in one array up to {@value #ARRAY_MAX} entries, a {@link LinkedHashMap} beyond.
 * The merged reports of a large corpus hold about a million maps of one or two entries
 * (each field's values, each value with the articles that state it), which cost about 130
 * bytes each as a {@code LinkedHashMap} sized for two and cost about 60 here. Null keys
 * and values are not held.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class CompactMap<K, V> extends AbstractMap<K, V> {

	static final int ARRAY_MAX = 16;

	private static final Object[] EMPTY = {};

	/**
	 * Key, value, key, value, … in insertion order; empty once {@link #large} is used.
	 */
	private Object[] entries = EMPTY;

	private int size;

	private @Nullable Map<K, V> large;

	@Override
	public @Nullable V get(@Nullable Object key) {
		Map<K, V> map = this.large;
		if (map != null) {
			return map.get(key);
		}
		int at = indexOf(key);
		return (at < 0) ? null : value(at);
	}

	@Override
	public boolean containsKey(@Nullable Object key) {
		Map<K, V> map = this.large;
		return (map != null) ? map.containsKey(key) : indexOf(key) >= 0;
	}

	@Override
	public @Nullable V put(K key, V value) {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(value, "value");
		Map<K, V> map = this.large;
		if (map != null) {
			return map.put(key, value);
		}
		int at = indexOf(key);
		if (at >= 0) {
			V previous = value(at);
			this.entries[2 * at + 1] = value;
			return previous;
		}
		add(key, value);
		return null;
	}

	@Override
	public V computeIfAbsent(K key, Function<? super K, ? extends V> mapping) {
		Map<K, V> map = this.large;
		if (map != null) {
			return map.computeIfAbsent(key, mapping);
		}
		int at = indexOf(key);
		if (at >= 0) {
			return value(at);
		}
		V value = Objects.requireNonNull(mapping.apply(key), "value");
		add(Objects.requireNonNull(key, "key"), value);
		return value;
	}

	/** The key put first; null if empty. */
	@SuppressWarnings("unchecked")
	@Nullable K firstKey() {
		Map<K, V> map = this.large;
		if (map != null) {
			return map.isEmpty() ? null : map.keySet().iterator().next();
		}
		return (this.size == 0) ? null : (K) this.entries[0];
	}

	@Override
	public int size() {
		Map<K, V> map = this.large;
		return (map != null) ? map.size() : this.size;
	}

	@Override
	public void clear() {
		this.large = null;
		this.entries = EMPTY;
		this.size = 0;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void forEach(BiConsumer<? super K, ? super V> action) {
		Map<K, V> map = this.large;
		if (map != null) {
			map.forEach(action);
			return;
		}
		for (int i = 0; i < this.size; i++) {
			action.accept((K) this.entries[2 * i], (V) this.entries[2 * i + 1]);
		}
	}

	@Override
	public Set<Map.Entry<K, V>> entrySet() {
		Map<K, V> map = this.large;
		return (map != null) ? map.entrySet() : new Entries();
	}

	private void add(K key, V value) {
		if (this.size == ARRAY_MAX) {
			Map<K, V> map = new LinkedHashMap<>();
			forEach(map::put);
			map.put(key, value);
			this.large = map;
			this.entries = EMPTY;
			this.size = 0;
			return;
		}
		if (2 * this.size == this.entries.length) {
			Object[] grown = new Object[Math.max(2, 2 * this.entries.length)];
			System.arraycopy(this.entries, 0, grown, 0, 2 * this.size);
			this.entries = grown;
		}
		this.entries[2 * this.size] = key;
		this.entries[2 * this.size + 1] = value;
		this.size++;
	}

	private int indexOf(@Nullable Object key) {
		for (int i = 0; i < this.size; i++) {
			Object k = this.entries[2 * i];
			if (k == key || k.equals(key)) {
				return i;
			}
		}
		return -1;
	}

	@SuppressWarnings("unchecked")
	private V value(int at) {
		return (V) this.entries[2 * at + 1];
	}

	/** The entries of the array: they can be removed, not set. */
	private final class Entries extends AbstractSet<Map.Entry<K, V>> {

		@Override
		public Iterator<Map.Entry<K, V>> iterator() {
			return new Iterator<>() {

				private int next;

				private int last = -1;

				@Override
				public boolean hasNext() {
					return this.next < CompactMap.this.size;
				}

				@Override
				@SuppressWarnings("unchecked")
				public Map.Entry<K, V> next() {
					if (!hasNext()) {
						throw new NoSuchElementException();
					}
					int at = this.next++;
					this.last = at;
					return new AbstractMap.SimpleImmutableEntry<>((K) CompactMap.this.entries[2 * at], value(at));
				}

				/**
				 * Removes the entry last returned ({@code Map.remove} and the views'
				 * removals use it).
				 */
				@Override
				public void remove() {
					int at = this.last;
					if (at < 0) {
						throw new IllegalStateException();
					}
					this.last = -1;
					this.next = at;
					Object[] entries = CompactMap.this.entries;
					int size = CompactMap.this.size;
					System.arraycopy(entries, 2 * at + 2, entries, 2 * at, 2 * (size - at - 1));
					entries[2 * size - 2] = null;
					entries[2 * size - 1] = null;
					CompactMap.this.size = size - 1;
				}

			};
		}

		@Override
		public int size() {
			return CompactMap.this.size;
		}

	}

}
