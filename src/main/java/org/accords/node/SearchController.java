package org.accords.node;

import java.util.ArrayList;
import java.util.List;

import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.agreement.Agreement;
import org.accords.area.CooperationArea;
import org.accords.commitment.Commitment;
import org.accords.statement.Statement;
import org.accords.dataset.DatasetContext;
import org.accords.graphql.Connection;
import org.accords.graphql.InvalidInputException;
import org.accords.graphql.PageLimits;
import org.accords.graphql.PageRequest;
import org.accords.store.Entity;
import org.accords.store.FactStore;
import org.accords.store.SearchText;
import org.accords.store.Where;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * One search box over every kind of fact and actor: the folded {@code searchText} of each
 * collection is matched, results are grouped by kind in a fixed order, and the page costs
 * at most two store queries per kind whatever its size.
 */
@Controller
class SearchController {

	/** The kinds searched, in the order results are listed. */
	private static final List<String> TYPES = List.of(Person.TYPE, Organization.TYPE, Agreement.TYPE,
			CooperationArea.TYPE, Commitment.TYPE, Statement.TYPE);

	private static final Sort ORDER = Sort.by("_id");

	private final FactStore store;

	private final PageLimits limits;

	SearchController(FactStore store, PageLimits limits) {
		this.store = store;
		this.limits = limits;
	}

	@QueryMapping
	Connection<Entity> search(@Argument String text, @Argument Integer first, @Argument String after,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		// folding drops what cannot be matched: white space of any kind (no-break spaces
		// too) and combining marks; a term of only those would match everything
		if (SearchText.fold(text).isEmpty()) {
			throw new InvalidInputException("text is blank: give at least one letter or digit to search for");
		}
		Criteria criteria = Where.all().searchText(text).criteria();
		long[] counts = new long[TYPES.size()];
		long total = 0;
		for (int i = 0; i < TYPES.size(); i++) {
			counts[i] = this.store.count(version, TYPES.get(i), criteria);
			total += counts[i];
		}
		PageRequest.Slice slice = new PageRequest(first, after, null, null).slice(total, this.limits);
		List<Entity> items = new ArrayList<>(slice.limit());
		long offset = 0;
		for (int i = 0; i < TYPES.size() && items.size() < slice.limit(); i++) {
			long start = Math.max(slice.start() - offset, 0);
			if (start < counts[i]) {
				int limit = (int) Math.min(counts[i] - start, slice.limit() - items.size());
				items.addAll(this.store.slice(version, TYPES.get(i), Entity.class, criteria, ORDER, start, limit));
			}
			offset += counts[i];
		}
		return slice.connection(items);
	}

}
