package org.accords.node;

import java.util.List;
import java.util.Map;

import org.accords.dataset.DatasetContext;
import org.accords.graphql.InvalidInputException;
import org.accords.graphql.PageLimits;
import org.accords.store.Entity;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Resolves any entity by its global id.
 */
@Controller
class NodeController {

	private final FactStore store;

	private final PageLimits limits;

	NodeController(FactStore store, PageLimits limits) {
		this.store = store;
		this.limits = limits;
	}

	@QueryMapping
	@Nullable Entity node(@Argument String id, @ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.nodes(version, List.of(id)).get(id);
	}

	@QueryMapping
	List<@Nullable Entity> nodes(@Argument List<String> ids,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		if (ids.size() > this.limits.maxPageSize()) {
			throw new InvalidInputException(
					"ids: at most " + this.limits.maxPageSize() + " ids per request, was " + ids.size());
		}
		Map<String, Entity> found = this.store.nodes(version, ids);
		return ids.stream().map(found::get).toList();
	}

}
