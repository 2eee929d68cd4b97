package org.accords.actor;

import java.time.LocalDate;

import org.accords.evidence.SourceFilter;
import org.accords.paging.Connection;
import org.accords.paging.NodeId;
import org.accords.paging.PageArguments;
import org.accords.search.SearchIndex;
import org.accords.store.FactStore;
import org.accords.store.Where;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * People named in the articles.
 */
@Controller
class PersonController {

	private final FactStore store;

	private final SearchIndex search;

	PersonController(FactStore store, SearchIndex search) {
		this.store = store;
		this.search = search;
	}

	/**
	 * Filter arguments of {@code people}.
	 *
	 * @param name part of the name, folded
	 * @param country a Country id
	 * @param minSources at least this many distinct articles report it
	 * @param disputed only disputed, or only undisputed
	 * @param reportedFrom earliest report on or after
	 * @param reportedTo earliest report on or before
	 */
	record PersonFilter(@Nullable String name, @Nullable String country, @Nullable Integer minSources,
			@Nullable Boolean disputed, @Nullable LocalDate reportedFrom,
			@Nullable LocalDate reportedTo) implements SourceFilter {

		/** Adds the conditions this filter sets to {@code where}. */
		Where where(Where where, SearchIndex search, String version) {
			return SourceFilter.apply(where, this)
				.in("_id", search.ids(version, Person.TYPE, this.name))
				.is("countryId", NodeId.check(this.country, Country.TYPE, "filter.country"));
		}

	}

	@QueryMapping
	Connection<Person> people(@Argument @Nullable PersonFilter filter, PageArguments page,
			@ContextValue String datasetVersion) {
		return this.store.page(datasetVersion, Person.ENTITY,
				Where.of(filter, (f, where) -> f.where(where, this.search, datasetVersion)),
				Sort.by("searchText", "_id"), page);
	}

}
