package org.accords.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accords.paging.Connection;
import org.accords.paging.InvalidInputException;
import org.accords.paging.PageLimits;
import org.accords.paging.PageArguments;
import org.accords.search.MatchedField;
import org.accords.search.SearchHit;
import org.accords.search.SearchIndex;
import org.accords.store.Entity;
import org.accords.store.FactStore;
import org.accords.store.SearchText;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * One search box over every kind of fact and actor, answered by the dataset version's
 * {@link SearchIndex}: hits ranked by relevance (or newest first), each with its score,
 * the field that matched and a highlighted snippet; the entities of a page are then read
 * with one store query per kind.
 */
@Controller
class SearchController {

	private final SearchIndex index;

	private final FactStore store;

	private final PageLimits limits;

	SearchController(SearchIndex index, FactStore store, PageLimits limits) {
		this.index = index;
		this.store = store;
		this.limits = limits;
	}

	/** The two orders of search results. */
	enum SearchOrder {

		RELEVANCE, NEWEST

	}

	/** A page of search results: the connection shape with hit details on each edge. */
	record SearchResultConnection(List<SearchResultEdge> edges, Connection.PageInfo pageInfo, long totalCount) {
	}

	/** A search result, its cursor and how it matched. */
	record SearchResultEdge(Entity node, String cursor, double score, MatchedField matchedField, String highlight,
			String highlightHtml) {
	}

	@QueryMapping
	SearchResultConnection search(@Argument String text, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable SearchOrder orderBy,
			@ContextValue String datasetVersion) {
		// folding drops what cannot be matched: white space of any kind (no-break spaces
		// too) and combining marks; a term of only those would match everything
		if (SearchText.fold(text).isEmpty()) {
			throw new InvalidInputException("text is blank: give at least one letter or digit to search for");
		}
		boolean newest = orderBy == SearchOrder.NEWEST;
		PageArguments request = new PageArguments(first, after, null, null);
		// the total is known only after searching: search the page as if the results
		// were endless, then cut it to the real total (a prefix of the same page)
		PageArguments.Slice endless = request.slice(Long.MAX_VALUE / 2, this.limits);
		SearchIndex.Page found = this.index.search(datasetVersion, text, newest,
				(int) Math.min(endless.start(), Integer.MAX_VALUE), endless.limit());
		PageArguments.Slice slice = request.slice(found.total(), this.limits);
		List<SearchHit> hits = found.hits().subList(0, Math.min(found.hits().size(), slice.limit()));
		Map<String, Entity> nodes = this.store.nodes(datasetVersion, hits.stream().map(SearchHit::id).toList());
		List<SearchResultEdge> edges = new ArrayList<>(hits.size());
		Connection<SearchHit> page = slice.connection(hits);
		for (Connection.Edge<SearchHit> edge : page.edges()) {
			SearchHit hit = edge.node();
			Entity node = nodes.get(hit.id());
			if (node != null) {
				edges.add(new SearchResultEdge(node, edge.cursor(), hit.score(), hit.matchedField(), hit.highlight(),
						hit.highlightHtml()));
			}
		}
		return new SearchResultConnection(edges, page.pageInfo(), page.totalCount());
	}

}
