package org.accords.store;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.jspecify.annotations.Nullable;

/**
 * mongo-java-server's H2 backend with its unique indexes (every collection's {@code _id})
 * ordered without Java serialization. H2 orders a key it has no type for by comparing the
 * bytes of both keys serialized, and an index key ({@link KeyValue}) is such a key: each
 * insert serialized two keys at each of the ~17 steps of each of its two searches (the
 * duplicate check, then the insert), a quarter of the CPU of loading 100k statements.
 * {@link KeyOrder} gives the same order without the serialization for the keys of string
 * ids, and serializes as H2 does for any other: the file's bytes and order are those of
 * the library's, so a file written by either opens with the other.
 */
final class EmbeddedBackend extends H2Backend {

	/** How mongo-java-server names the map of a collection's index. */
	private static final String INDEX_MAP = "._index_";

	EmbeddedBackend(MVStore store) {
		super(store);
	}

	/** Opens the map {@code name} of {@code store} with the key order it is kept in. */
	static MVMap<Object, Object> openMap(MVStore store, String name) {
		return name.contains(INDEX_MAP) ? store.openMap(name, new MVMap.Builder<>().keyType(new KeyOrder()))
				: store.openMap(name);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName);
	}

	/**
	 * The library's database, whose index maps are opened with {@link KeyOrder} before it
	 * opens them: it then finds them open. An inner class: the database opens its indexes
	 * from its constructor, and the outer instance (the store) is set before.
	 */
	private final class Database extends H2Database {

		Database(String databaseName) {
			super(databaseName, getMvStore(), getCursorRegistry());
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			openMap(getMvStore(), getFullCollectionNamespace(collectionName) + INDEX_MAP + indexName);
			return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		}

	}

	/**
	 * H2's order of keys it stores by serialization ({@link ObjectDataType}), computed
	 * without serializing the key of one string: serialized, such keys differ only in the
	 * string, written as its length in modified UTF-8 (two bytes) then those bytes, so
	 * they order by that length, then by those bytes unsigned.
	 */
	static final class KeyOrder extends ObjectDataType {

		/**
		 * The one string that Java serialization writes before a key's value: a value
		 * that is this very string would be written as a reference to it.
		 */
		private static final String FIELD_TYPE = "Ljava/util/List;";

		/** The longest modified UTF-8 a serialized string's two-byte length covers. */
		private static final int SHORT_STRING = 0xFFFF;

		@Override
		public int compare(Object a, Object b) {
			String left = stringKey(a);
			String right = (left != null) ? stringKey(b) : null;
			if (left == null || right == null) {
				return super.compare(a, b);
			}
			int leftLength = utfLength(left);
			int rightLength = utfLength(right);
			if (leftLength > SHORT_STRING || rightLength > SHORT_STRING) {
				return super.compare(a, b);
			}
			if (leftLength != rightLength) {
				return (leftLength < rightLength) ? -1 : 1;
			}
			// of one length in bytes, the two differ within the shorter (or not at all),
			// and two characters other than NUL order by rank as by value: String's own
			// comparison (an intrinsic) gives the order of all but keys holding a NUL
			int order = left.compareTo(right);
			if (order == 0 || (left.indexOf(0) < 0 && right.indexOf(0) < 0)) {
				return Integer.signum(order);
			}
			for (int i = 0; i < left.length(); i++) {
				int ranked = Integer.compare(rank(left.charAt(i)), rank(right.charAt(i)));
				if (ranked != 0) {
					return ranked;
				}
			}
			return 0;
		}

		private static @Nullable String stringKey(Object key) {
			if (key instanceof KeyValue value && value.size() == 1 && value.get(0) instanceof String text
					&& !FIELD_TYPE.equals(text)) {
				return text;
			}
			return null;
		}

		/** Bytes of {@code text} in modified UTF-8 (NUL in two bytes). */
		private static int utfLength(String text) {
			int length = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				length += (c >= 0x0001 && c <= 0x007F) ? 1 : (c <= 0x07FF) ? 2 : 3;
			}
			return length;
		}

		/**
		 * A character's place in the order of its modified UTF-8 bytes: that of its
		 * value, but NUL, written as {@code C0 80}, comes after {@code 7F} and before
		 * {@code 80} ({@code C2 80}).
		 */
		private static int rank(char c) {
			if (c == 0) {
				return 0x80;
			}
			return (c >= 0x80) ? c + 1 : c;
		}

	}

}
