package org.accords.graphql;

import java.util.Map;
import java.util.Set;

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
	 * Sizes of the lists the dataset answers from its own records rather than from a
	 * version's collections: {@code Dataset.sources} (the version's seed files),
	 * {@code Query.datasetVersions} (the versions kept) and the changelog
	 * ({@code Dataset.changelog}, {@code VersionChanges.collections},
	 * {@code CollectionChanges.added}, {@code .changed}, {@code .removed}). The versions
	 * kept and the changelog change as versions are published, whatever version a query
	 * reads ({@link #GROWING}). Asked only for a list the query selects.
	 */
	public interface Lists {

		/**
		 * The lists that change as versions are published, whatever version a query
		 * reads: a cost that counted them holds only until the next publication.
		 */
		Set<String> GROWING = Set.of("Query.datasetVersions", "Dataset.changelog", "VersionChanges.collections",
				"CollectionChanges.added", "CollectionChanges.changed", "CollectionChanges.removed");

		/**
		 * The most items {@code field} ({@code Type.field}) holds for one parent when
		 * {@code version} is read; null for a list this does not bound.
		 */
		@Nullable Long bound(String version, String field);

		/**
		 * For a list every answer holds for every parent it has (the changelog's lists,
		 * which take no arguments: each version, each of its collections, each id), the
		 * items {@code field} returns in one answer over all its parents, and how many of
		 * those parents return none; null for any other list.
		 */
		default @Nullable Total total(String version, String field) {
			return null;
		}

	}

	/**
	 * What a list returns in one answer over all its parents.
	 *
	 * @param items its items, over all its parents
	 * @param empty how many of its parents return none
	 */
	public record Total(long items, long empty) {
	}

	/** Measures the shape of a dataset version. */
	public interface Source {

		/** The shape of {@code version}, measured on first use and kept. */
		DatasetShape shape(String version);

	}

}
