package org.accords.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accords.paging.IdHint;
import org.accords.paging.NodeId;
import org.accords.store.Entity;
import org.accords.store.EntityCatalog;
import org.accords.store.FactStore;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The node ids a value given where an id goes is the curated id of, in the version read
 * (the key of their node ids, as their pages' addresses and the curated files write it:
 * {@code kasciunas-joint-company}), which the id scheme gives: one store query per type
 * asked, on a refusal only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CuratedIdHint implements IdHint {

	private final FactStore store;

	CuratedIdHint(FactStore store) {
		this.store = store;
	}

	@Override
	public Hint hint(Asked asked) {
		String value = asked.value();
		if (value.isBlank() || NodeId.respelled(value) != null) {
			return Hint.NONE;
		}
		List<String> candidates = new ArrayList<>();
		for (String type : asked.types()) {
			if (EntityCatalog.ofType(type) != null) {
				candidates.add(NodeId.of(type, value));
			}
		}
		Map<String, Entity> found = this.store.nodes(asked.version(), candidates);
		if (asked.retiredIds()) {
			found = MergedIds.with(this.store, asked.version(), candidates, found);
		}
		List<String> meant = candidates.stream().filter(found::containsKey).toList();
		return meant.isEmpty() ? Hint.NONE : new Hint(meant, "");
	}

}
