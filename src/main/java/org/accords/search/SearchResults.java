package org.accords.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accords.paging.Connection;
import org.accords.paging.PageArguments;
import org.accords.paging.PageLimits;
import org.accords.store.Entity;
import org.accords.store.FactStore;

import org.springframework.stereotype.Component;

/**
 * A page of search results: the hits of a dataset version's {@link SearchIndex}, cut to a
 * Relay page, with the entity each hit names read with one store query per kind.
 */
@Component
public class SearchResults {

	private final SearchIndex index;

	private final FactStore store;

	private final PageLimits limits;

	SearchResults(SearchIndex index, FactStore store, PageLimits limits) {
		this.index = index;
		this.store = store;
		this.limits = limits;
	}

	/** A hit and the entity it names. */
	public record Result(Entity node, SearchHit hit) {
	}

	/**
	 * The page {@code request} selects among the hits of {@code text}, best first or
	 * newest first. A hit whose entity is not in the version is left out of the page.
	 */
	public Connection<Result> page(String version, String text, boolean newest, PageArguments request) {
		// the total is known only after searching: search the page as if the results
		// were endless, then cut it to the real total (a prefix of the same page)
		PageArguments.Slice endless = request.slice(version, Long.MAX_VALUE / 2, this.limits);
		SearchIndex.Page found = this.index.search(version, text, newest,
				(int) Math.min(endless.start(), Integer.MAX_VALUE), endless.limit());
		PageArguments.Slice slice = request.slice(version, found.total(), this.limits);
		List<SearchHit> hits = found.hits().subList(0, Math.min(found.hits().size(), slice.limit()));
		Map<String, Entity> nodes = this.store.nodes(version, hits.stream().map(SearchHit::id).toList());
		Connection<SearchHit> page = slice.connection(hits);
		List<Connection.Edge<Result>> edges = new ArrayList<>(hits.size());
		for (Connection.Edge<SearchHit> edge : page.edges()) {
			Entity node = nodes.get(edge.node().id());
			if (node != null) {
				edges.add(new Connection.Edge<>(new Result(node, edge.node()), edge.cursor()));
			}
		}
		return new Connection<>(edges, page.pageInfo(), page.totalCount());
	}

}
