package org.accords.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accords.evidence.SourceFilter;
import org.accords.paging.Connection;
import org.accords.paging.NodeId;
import org.accords.paging.PageArguments;
import org.accords.store.FactStore;
import org.accords.store.SearchText;
import org.accords.store.Where;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Posts over time: who held which role in which organization, and when.
 */
@Controller
class PostController {

	private static final Sort ORDER = Sort.by("termStart", "_id");

	private final FactStore store;

	PostController(FactStore store) {
		this.store = store;
	}

	/**
	 * Filter arguments of {@code posts}.
	 *
	 * @param role part of any wording of the role, folded
	 * @param organization an Organization id
	 * @param country a Country id: the organization's, else the holder's
	 * @param person a Person id
	 * @param heldOn a date the term covers
	 * @param disputed only disputed posts, or only undisputed ones
	 * @param minSources at least this many distinct articles report it
	 * @param reportedFrom earliest report on or after
	 * @param reportedTo earliest report on or before
	 */
	record PostFilter(@Nullable String role, @Nullable String organization, @Nullable String country,
			@Nullable String person, @Nullable LocalDate heldOn, @Nullable Boolean disputed,
			@Nullable Integer minSources, @Nullable LocalDate reportedFrom,
			@Nullable LocalDate reportedTo) implements SourceFilter {

		/** Adds the conditions this filter sets to {@code where}. */
		Where where(Where where) {
			return SourceFilter.apply(where, this)
				.containsText("roleKey", (this.role != null) ? SearchText.fold(this.role) : null)
				.is("organizationId", NodeId.check(this.organization, Organization.TYPE, "filter.organization"))
				.is("countryId", NodeId.check(this.country, Country.TYPE, "filter.country"))
				.is("personId", NodeId.check(this.person, Person.TYPE, "filter.person"))
				.covers("termStart", "termEnd", this.heldOn);
		}

	}

	@QueryMapping
	Connection<Post> posts(@Argument @Nullable PostFilter filter, PageArguments page,
			@ContextValue String datasetVersion) {
		return this.store.page(datasetVersion, Post.ENTITY, Where.of(filter, PostFilter::where), ORDER, page);
	}

	@BatchMapping(typeName = Post.TYPE, field = "person")
	Map<Post, Person> person(List<Post> posts, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, posts, Post::personId, Person.ENTITY);
	}

}
