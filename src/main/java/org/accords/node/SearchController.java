package org.accords.node;

import java.util.List;

import org.accords.paging.Connection;
import org.accords.paging.PageArguments;
import org.accords.paging.Paged;
import org.accords.search.MatchedField;
import org.accords.search.SearchHit;
import org.accords.search.SearchIndex;
import org.accords.search.SearchResults;
import org.accords.store.Entity;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * One search box over every kind of fact and actor, answered by the dataset version's
 * {@link SearchIndex}: hits ranked by relevance (or newest first), each with its score,
 * the field that matched and a highlighted snippet; {@link SearchResults} pages them and
 * reads their entities.
 */
@Controller
class SearchController {

	private final SearchResults results;

	SearchController(SearchResults results) {
		this.results = results;
	}

	/** The two orders of search results. */
	enum SearchOrder {

		RELEVANCE, NEWEST

	}

	/** A page of search results: the connection shape with hit details on each edge. */
	record SearchResultConnection(List<SearchResultEdge> edges, Connection.PageInfo pageInfo,
			long totalCount) implements Paged {

		/** The entities found, without their edges' cursors and scores. */
		public List<Entity> nodes() {
			return this.edges.stream().map(SearchResultEdge::node).toList();
		}

	}

	/** A search result, its cursor and how it matched. */
	record SearchResultEdge(Entity node, String cursor, double score, MatchedField matchedField, String highlight,
			String highlightHtml) {
	}

	@QueryMapping
	SearchResultConnection search(@Argument String text, @Argument @Nullable SearchOrder orderBy, PageArguments page,
			@ContextValue String datasetVersion) {
		// a blank text, or one of no letter or digit, is refused by graphql/SearchTerms
		Connection<SearchResults.Result> found = this.results.page(datasetVersion, text, orderBy == SearchOrder.NEWEST,
				page);
		List<SearchResultEdge> edges = found.edges().stream().map(SearchController::edge).toList();
		return new SearchResultConnection(edges, found.pageInfo(), found.totalCount());
	}

	private static SearchResultEdge edge(Connection.Edge<SearchResults.Result> edge) {
		SearchHit hit = edge.node().hit();
		return new SearchResultEdge(edge.node().node(), edge.cursor(), hit.score(), hit.matchedField(), hit.highlight(),
				hit.highlightHtml());
	}

}
