package org.accords.node;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accords.evidence.Reported;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NodeId;
import org.accords.paging.PageLimits;
import org.accords.store.Entity;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Resolves any entity by its global id, also an id retired by a merge.
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
	@Nullable Entity node(@Argument String id, @ContextValue String datasetVersion) {
		checked(List.of(id), "id");
		return withMerged(datasetVersion, List.of(id), this.store.nodes(datasetVersion, List.of(id))).get(id);
	}

	@QueryMapping
	List<@Nullable Entity> nodes(@Argument List<String> ids, @ContextValue String datasetVersion) {
		if (ids.size() > this.limits.maxPageSize()) {
			throw new InvalidInputException(
					"ids: at most " + this.limits.maxPageSize() + " ids in one nodes(ids:), was " + ids.size()
							+ ": ask for the rest in another nodes(ids:), under an alias in the same query or in "
							+ "another request");
		}
		checked(ids, "ids");
		Map<String, Entity> found = withMerged(datasetVersion, ids, this.store.nodes(datasetVersion, ids));
		return ids.stream().map(found::get).toList();
	}

	/**
	 * Refuses an id that is not ours, or of a type Accords does not have, naming the
	 * argument that holds it (as the filters' refusals do), before the store is asked.
	 */
	private static void checked(List<String> ids, String argument) {
		for (String id : ids) {
			NodeId.Parts parts = NodeId.parse(id, argument);
			if (EntityCatalog.ofType(parts.type()) == null) {
				// the catalog lists every Node type: this id was never ours, as a
				// malformed one
				throw new InvalidInputException(argument + ": '" + id
						+ "' is not an Accords id: no type of Accords is called '" + parts.type() + "'");
			}
		}
	}

	/**
	 * Adds, for every id not found, the entity it was merged into: a retired id keeps
	 * resolving to the survivor, whose {@code mergedIds} lists it. One store query per
	 * type among the ids not found.
	 */
	private Map<String, Entity> withMerged(String version, List<String> ids, Map<String, Entity> found) {
		Map<EntityCatalog, List<String>> missing = new EnumMap<>(EntityCatalog.class);
		for (String id : ids) {
			// checked before the store was asked
			EntityCatalog type = Objects.requireNonNull(EntityCatalog.ofType(NodeId.parse(id).type()));
			if (!found.containsKey(id)) {
				missing.computeIfAbsent(type, (t) -> new ArrayList<>()).add(id);
			}
		}
		if (missing.isEmpty()) {
			return found;
		}
		Map<String, Entity> all = new HashMap<>(found);
		missing.forEach((type, retired) -> {
			for (Entity survivor : this.store.all(version, EntityType.any(type),
					Criteria.where("provenance.retiredIds").in(retired), Sort.by("_id"))) {
				if (survivor instanceof Reported reported) {
					reported.getMergedIds().stream().filter(retired::contains).forEach((id) -> all.put(id, survivor));
				}
			}
		});
		return all;
	}

}
