package org.accords.node;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accords.evidence.Reported;
import org.accords.paging.NodeId;
import org.accords.store.Entity;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.accords.store.FactStore;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Ids a merge retired, resolved to the entity they were merged into: a retired id keeps
 * resolving to the survivor, whose {@code mergedIds} lists it ({@code node(id:)}, and
 * what a curated id given there is told).
 */
final class MergedIds {

	private MergedIds() {
	}

	/**
	 * {@code found} with, for every id of {@code ids} not found, the entity it was merged
	 * into: one store query per type among the ids not found.
	 */
	static Map<String, Entity> with(FactStore store, String version, List<String> ids, Map<String, Entity> found) {
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
			for (Entity survivor : store.all(version, EntityType.any(type),
					Criteria.where("provenance.retiredIds").in(retired), Sort.by("_id"))) {
				if (survivor instanceof Reported reported) {
					reported.getMergedIds().stream().filter(retired::contains).forEach((id) -> all.put(id, survivor));
				}
			}
		});
		return all;
	}

}
