package org.accords.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accords.agreement.Agreement;
import org.accords.evidence.SourceFilter;
import org.accords.paging.Connection;
import org.accords.paging.NodeId;
import org.accords.paging.PageArguments;
import org.accords.search.SearchIndex;
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
 * Cooperation areas, and the areas of an agreement.
 */
@Controller
class CooperationAreaController {

	private final FactStore store;

	private final SearchIndex search;

	CooperationAreaController(FactStore store, SearchIndex search) {
		this.store = store;
		this.search = search;
	}

	/**
	 * Filter arguments of {@code cooperationAreas}.
	 *
	 * @param category broad field
	 * @param agreement an Agreement id
	 * @param text words in name or description
	 * @param minSources at least this many distinct articles report it
	 * @param disputed only disputed, or only undisputed
	 * @param reportedFrom earliest report on or after
	 * @param reportedTo earliest report on or before
	 */
	record CooperationAreaFilter(@Nullable AreaCategory category, @Nullable String agreement, @Nullable String text,
			@Nullable Integer minSources, @Nullable Boolean disputed, @Nullable LocalDate reportedFrom,
			@Nullable LocalDate reportedTo) implements SourceFilter {

		/** Adds the conditions this filter sets to {@code where}. */
		Where where(Where where, SearchIndex search, String version) {
			return SourceFilter.apply(where, this)
				.is("category", this.category)
				.is("agreementId", NodeId.check(this.agreement, Agreement.TYPE, "filter.agreement"))
				.in("_id", search.ids(version, CooperationArea.TYPE, this.text));
		}

	}

	@QueryMapping
	Connection<CooperationArea> cooperationAreas(@Argument @Nullable CooperationAreaFilter filter, PageArguments page,
			@ContextValue String datasetVersion) {
		return this.store.page(datasetVersion, CooperationArea.ENTITY,
				Where.of(filter, (f, where) -> f.where(where, this.search, datasetVersion)), Sort.by("_id"), page);
	}

	@BatchMapping
	Map<CooperationArea, Agreement> agreement(List<CooperationArea> areas, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, areas, CooperationArea::agreementId, Agreement.ENTITY);
	}

	@BatchMapping(typeName = Agreement.TYPE, field = "cooperationAreas")
	Map<NestedPage<Agreement>, List<CooperationArea>> agreementAreas(List<NestedPage<Agreement>> pages,
			@ContextValue String datasetVersion) {
		return this.store.pages(datasetVersion, pages, CooperationArea.ENTITY, "agreementId", Sort.by("_id"));
	}

}
