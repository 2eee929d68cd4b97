package org.accords.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Ministries and other organizations, and the organization of a person's post.
 */
@Controller
class OrganizationController {

	private final FactStore store;

	private final SearchIndex search;

	OrganizationController(FactStore store, SearchIndex search) {
		this.store = store;
		this.search = search;
	}

	/**
	 * Filter arguments of {@code organizations}.
	 *
	 * @param name part of the name, folded
	 * @param country a Country id
	 * @param kind kind of body
	 * @param minSources at least this many distinct articles report it
	 * @param disputed only disputed, or only undisputed
	 * @param reportedFrom earliest report on or after
	 * @param reportedTo earliest report on or before
	 */
	record OrganizationFilter(@Nullable String name, @Nullable String country, @Nullable OrganizationKind kind,
			@Nullable Integer minSources, @Nullable Boolean disputed, @Nullable LocalDate reportedFrom,
			@Nullable LocalDate reportedTo) implements SourceFilter {

		/** Adds the conditions this filter sets to {@code where}. */
		Where where(Where where, SearchIndex search, String version) {
			return SourceFilter.apply(where, this)
				.in("_id", search.ids(version, Organization.TYPE, this.name))
				.is("countryId", NodeId.check(this.country, Country.TYPE, "filter.country"))
				.is("kind", this.kind);
		}

	}

	@QueryMapping
	Connection<Organization> organizations(@Argument @Nullable OrganizationFilter filter, PageArguments page,
			@ContextValue String datasetVersion) {
		return this.store.page(datasetVersion, Organization.ENTITY,
				Where.of(filter, (f, where) -> f.where(where, this.search, datasetVersion)),
				Sort.by("searchText", "_id"), page);
	}

	@BatchMapping(typeName = "Post", field = "organization")
	Map<Post, Organization> postOrganization(List<Post> posts, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, posts, Post::organizationId, Organization.ENTITY);
	}

}
