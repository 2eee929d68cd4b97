package org.accords.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accords.actor.Country;
import org.accords.agreement.Agreement;
import org.accords.evidence.SourceFilter;
import org.accords.paging.Connection;
import org.accords.paging.NodeId;
import org.accords.paging.PageArguments;
import org.accords.store.Entity;
import org.accords.store.FactStore;
import org.accords.store.Where;
import org.accords.store.NestedPage;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Programmes, who runs them, and the agreements that belong to them.
 */
@Controller
class ProgrammeController {

	private final FactStore store;

	ProgrammeController(FactStore store) {
		this.store = store;
	}

	/**
	 * Filter arguments of {@code programmes}.
	 *
	 * @param country a Country id: the country that runs it (itself or through an
	 * organization)
	 * @param disputed only disputed programmes, or only undisputed ones
	 * @param minSources at least this many distinct articles report it
	 * @param reportedFrom earliest report on or after
	 * @param reportedTo earliest report on or before
	 */
	record ProgrammeFilter(@Nullable String country, @Nullable Boolean disputed, @Nullable Integer minSources,
			@Nullable LocalDate reportedFrom, @Nullable LocalDate reportedTo) implements SourceFilter {

		/** Adds the conditions this filter sets to {@code where}. */
		Where where(Where where) {
			return SourceFilter.apply(where, this)
				.is("countryId", NodeId.check(this.country, Country.TYPE, "filter.country"));
		}

	}

	@QueryMapping
	Connection<Programme> programmes(@Argument @Nullable ProgrammeFilter filter, PageArguments page,
			@ContextValue String datasetVersion) {
		return this.store.page(datasetVersion, Programme.ENTITY, Where.of(filter, ProgrammeFilter::where),
				Sort.by("_id"), page);
	}

	@BatchMapping
	Map<Programme, Entity> runBy(List<Programme> programmes, @ContextValue String datasetVersion) {
		return this.store.oneNode(datasetVersion, programmes, Programme::runById);
	}

	@BatchMapping
	Map<Programme, Country> country(List<Programme> programmes, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, programmes, Programme::countryId, Country.ENTITY);
	}

	@BatchMapping(typeName = Programme.TYPE)
	Map<NestedPage<Programme>, List<Agreement>> agreements(List<NestedPage<Programme>> pages,
			@ContextValue String datasetVersion) {
		return this.store.pages(datasetVersion, pages, Agreement.ENTITY, "programmeId", Sort.by("signedOn", "_id"));
	}

	@BatchMapping(typeName = Agreement.TYPE, field = "programme")
	Map<Agreement, Programme> agreementProgramme(List<Agreement> agreements, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, agreements, Agreement::programmeId, Programme.ENTITY);
	}

}
