package org.accords.paging;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A Relay connection with {@code totalCount}: one shape for every paged collection.
 *
 * @param <T> the node type
 * @param edges the page
 * @param pageInfo where the page lies in the whole
 * @param totalCount how many items match, over all pages
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) implements Paged {

	/** A node with the cursor that points at it. */
	public record Edge<T>(T node, String cursor) {
	}

	/** Relay page info. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

}
