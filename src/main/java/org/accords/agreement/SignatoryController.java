package org.accords.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.evidence.SourceFilter;
import org.accords.paging.Connection;
import org.accords.paging.NodeId;
import org.accords.paging.PageArguments;
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
 * Who signed which agreement, on whose behalf.
 */
@Controller
class SignatoryController {

	private final FactStore store;

	SignatoryController(FactStore store) {
		this.store = store;
	}

	/**
	 * Filter arguments of {@code signatories}.
	 *
	 * @param agreement an Agreement id
	 * @param country a Country id, the country signed for
	 * @param person a Person id
	 * @param organization an Organization id
	 * @param minSources at least this many distinct articles report it
	 * @param disputed only disputed, or only undisputed
	 * @param reportedFrom earliest report on or after
	 * @param reportedTo earliest report on or before
	 */
	record SignatoryFilter(@Nullable String agreement, @Nullable String country, @Nullable String person,
			@Nullable String organization, @Nullable Integer minSources, @Nullable Boolean disputed,
			@Nullable LocalDate reportedFrom, @Nullable LocalDate reportedTo) implements SourceFilter {

		/** Adds the conditions this filter sets to {@code where}. */
		Where where(Where where) {
			return SourceFilter.apply(where, this)
				.is("agreementId", NodeId.check(this.agreement, Agreement.TYPE, "filter.agreement"))
				.is("onBehalfOfId", NodeId.check(this.country, Country.TYPE, "filter.country"))
				.is("personId", NodeId.check(this.person, Person.TYPE, "filter.person"))
				.is("organizationId", NodeId.check(this.organization, Organization.TYPE, "filter.organization"));
		}

	}

	@QueryMapping
	Connection<Signatory> signatories(@Argument @Nullable SignatoryFilter filter, PageArguments page,
			@ContextValue String datasetVersion) {
		return this.store.page(datasetVersion, Signatory.ENTITY, Where.of(filter, SignatoryFilter::where),
				Sort.by("_id"), page);
	}

	@BatchMapping
	Map<Signatory, Agreement> agreement(List<Signatory> signatories, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, signatories, Signatory::agreementId, Agreement.ENTITY);
	}

	@BatchMapping
	Map<Signatory, Person> person(List<Signatory> signatories, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, signatories, Signatory::personId, Person.ENTITY);
	}

	@BatchMapping
	Map<Signatory, Organization> organization(List<Signatory> signatories, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, signatories, Signatory::organizationId, Organization.ENTITY);
	}

	@BatchMapping
	Map<Signatory, Country> onBehalfOf(List<Signatory> signatories, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, signatories, Signatory::onBehalfOfId, Country.ENTITY);
	}

}
