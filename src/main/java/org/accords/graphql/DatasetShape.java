package org.accords.graphql;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What one dataset version holds at most, measured once per version: the most items any
 * list field returns for one parent, and the longest value of each text field. The query
 * cost multiplies by these bounds instead of guessing (README, "Query cost").
 *
 * @param listBounds the most items of a list field for one parent, by {@code Type.field}
 * (GraphQL names)
 * @param textLengths the longest value of a string field, in characters, by
 * {@code Type.field}
 */
public record DatasetShape(Map<String, Long> listBounds, Map<String, Integer> textLengths) {

	/** The shape when no version is served: nothing is known. */
	public static final DatasetShape UNKNOWN = new DatasetShape(Map.of(), Map.of());

	public DatasetShape {
		listBounds = Map.copyOf(listBounds);
		textLengths = Map.copyOf(textLengths);
	}

	/** The most items {@code type.field} holds for one parent; null when not known. */
	public @Nullable Long listBound(String type, String field) {
		return this.listBounds.get(type + "." + field);
	}

	/** The longest value of {@code type.field}, in characters; 0 when not known. */
	public int longestText(String type, String field) {
		return this.textLengths.getOrDefault(type + "." + field, 0);
	}

	/**
	 * Bounds of the lists the dataset answers from its own records rather than from a
	 * version's collections: {@code Dataset.sources} (the version's seed files) and the
	 * changelog ({@code Dataset.changelog}, {@code VersionChanges.collections},
	 * {@code CollectionChanges.added}, {@code .changed}, {@code .removed}), which grows
	 * with every version published. Asked only for a list the query selects.
	 */
	public interface Lists {

		/**
		 * The most items {@code field} ({@code Type.field}) holds for one parent when
		 * {@code version} is read; null for a list this does not bound.
		 */
		@Nullable Long bound(String version, String field);

	}

	/** Measures the shape of a dataset version. */
	public interface Source {

		/** The shape of {@code version}, measured on first use and kept. */
		DatasetShape shape(String version);

	}

}
