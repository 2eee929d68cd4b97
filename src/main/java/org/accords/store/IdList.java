package org.accords.store;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A long list of ids known by a short name: the ids a text filter matches in a dataset
 * version's search index (thousands of them), named by the version, the type and the
 * text. The store's caches key a query holding one by that name rather than by the ids,
 * and the query tables look ids up in its set, made once; to the server it is a plain
 * list.
 */
public final class IdList extends AbstractList<String> implements RandomAccess {

	private final String name;

	private final String[] ids;

	private volatile @Nullable Set<String> set;

	private volatile @Nullable Boolean plain;

	/**
	 * @param name what the ids are, unique among the lists of one dataset version (equal
	 * names mean equal ids)
	 * @param ids the ids, in the order the query sends them
	 */
	public IdList(String name, List<String> ids) {
		this.name = name;
		this.ids = ids.toArray(String[]::new);
	}

	/** What the ids are: equal names, equal ids. */
	public String name() {
		return this.name;
	}

	@Override
	public String get(int index) {
		return this.ids[index];
	}

	@Override
	public int size() {
		return this.ids.length;
	}

	/** The ids as a set, made on first use. */
	Set<String> set() {
		Set<String> made = this.set;
		if (made == null) {
			made = Set.copyOf(Arrays.asList(this.ids));
			this.set = made;
		}
		return made;
	}

	/**
	 * Whether no id could be taken for an ObjectId's hex form: the template's mapping
	 * then leaves every one as it is.
	 */
	boolean plain() {
		Boolean known = this.plain;
		if (known == null) {
			known = Arrays.stream(this.ids).noneMatch(org.bson.types.ObjectId::isValid);
			this.plain = known;
		}
		return known;
	}

	/**
	 * A short stand-in for a query (or any value in one) as a cache key: the query's
	 * JSON, with every id list replaced by its name, so that a query with thousands of
	 * ids is not written out and hashed whole at each lookup.
	 */
	static String key(org.bson.Document query) {
		return named(query) ? ((Document) java.util.Objects.requireNonNull(shortened(query))).toJson() : query.toJson();
	}

	/** Whether the value holds an id list anywhere. */
	static boolean holdsAny(@Nullable Object value) {
		return named(value);
	}

	private static boolean named(@Nullable Object value) {
		if (value instanceof IdList) {
			return true;
		}
		if (value instanceof java.util.Map<?, ?> map) {
			for (Object item : map.values()) {
				if (named(item)) {
					return true;
				}
			}
		}
		else if (value instanceof java.util.Collection<?> items) {
			for (Object item : items) {
				if (named(item)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The value with each id list replaced by {@code {"$ids": name}}: an operator no
	 * query uses, so no plain value can be mistaken for it.
	 */
	static @Nullable Object shortened(@Nullable Object value) {
		if (value instanceof IdList list) {
			return new Document("$ids", list.name());
		}
		if (value instanceof java.util.Map<?, ?> map) {
			Document copy = new Document();
			map.forEach((key, item) -> copy.put(String.valueOf(key), shortened(item)));
			return copy;
		}
		if (value instanceof java.util.Collection<?> items) {
			return items.stream().map(IdList::shortened).toList();
		}
		return value;
	}

}
