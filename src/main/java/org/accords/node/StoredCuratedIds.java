package org.accords.node;

import org.accords.graphql.CuratedIds;
import org.accords.paging.NodeId;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** {@link CuratedIds} from the store: one look-up by id, on a refusal only. */
@Component
class StoredCuratedIds implements CuratedIds {

	private final FactStore store;

	StoredCuratedIds(FactStore store) {
		this.store = store;
	}

	@Override
	public @Nullable String idOf(String version, String type, String key) {
		EntityCatalog catalog = EntityCatalog.ofType(type);
		if (catalog == null || key.isBlank()) {
			return null;
		}
		String id = NodeId.of(type, key);
		return (this.store.byId(version, EntityType.any(catalog), id) != null) ? id : null;
	}

}
