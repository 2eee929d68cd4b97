package org.accords.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accords.actor.Country;
import org.accords.agreement.Agreement;
import org.accords.amount.Amounts;
import org.accords.area.CooperationArea;
import org.accords.evidence.SourceFilter;
import org.accords.paging.Connection;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NodeId;
import org.accords.paging.PageArguments;
import org.accords.store.Entity;
import org.accords.search.SearchIndex;
import org.accords.store.FactStore;
import org.accords.store.Where;
import org.accords.store.NestedPage;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Commitments: who undertook what for whom.
 */
@Controller
class CommitmentController {

	private static final Sort ORDER = Sort.by("_id");

	private final FactStore store;

	private final SearchIndex search;

	CommitmentController(FactStore store, SearchIndex search) {
		this.store = store;
		this.search = search;
	}

	/**
	 * Filter arguments of {@code commitments}.
	 *
	 * @param status how firmly
	 * @param obligor id of the committing party
	 * @param obligorCountry a Country id: the committing party, or its country
	 * @param beneficiary id of the party it is for
	 * @param area a CooperationArea id
	 * @param agreement an Agreement id
	 * @param text words in the description
	 * @param minSources at least this many distinct articles report it
	 * @param disputed only disputed, or only undisputed
	 * @param reportedFrom earliest report on or after
	 * @param reportedTo earliest report on or before
	 * @param currency ISO 4217 code of the amount
	 * @param minAmount at least this amount (with {@code currency})
	 */
	record CommitmentFilter(@Nullable CommitmentStatus status, @Nullable String obligor,
			@Nullable String obligorCountry, @Nullable String beneficiary, @Nullable String area,
			@Nullable String agreement, @Nullable String text, @Nullable Integer minSources, @Nullable Boolean disputed,
			@Nullable LocalDate reportedFrom, @Nullable LocalDate reportedTo, @Nullable String currency,
			@Nullable BigDecimal minAmount) implements SourceFilter {
	}

	@QueryMapping
	Connection<Commitment> commitments(@Argument @Nullable CommitmentFilter filter, PageArguments page,
			@ContextValue String datasetVersion) {
		return this.store.page(datasetVersion, Commitment.ENTITY, criteria(filter, datasetVersion, this.search), ORDER,
				page);
	}

	/** The store query for a filter; bad ids, currencies and amounts are errors. */
	static Criteria criteria(@Nullable CommitmentFilter filter, String version, SearchIndex search) {
		Where where = SourceFilter.apply(Where.all(), filter);
		if (filter != null) {
			if (filter.currency() != null && !Amounts.isCurrency(filter.currency())) {
				throw new InvalidInputException("filter.currency: '" + filter.currency()
						+ "' is not an ISO 4217 currency code such as EUR, USD or UAH");
			}
			if (filter.minAmount() != null && filter.currency() == null) {
				throw new InvalidInputException(
						"filter.minAmount needs filter.currency: amounts in different currencies do not compare");
			}
			where.is("status", filter.status())
				.is("obligorIds", party(filter.obligor(), "filter.obligor"))
				.is("obligorCountryIds", NodeId.check(filter.obligorCountry(), Country.TYPE, "filter.obligorCountry"))
				.is("beneficiaryId", party(filter.beneficiary(), "filter.beneficiary"))
				.is("areaIds", NodeId.check(filter.area(), CooperationArea.TYPE, "filter.area"))
				.is("agreementId", NodeId.check(filter.agreement(), Agreement.TYPE, "filter.agreement"))
				.is("amount.currency", filter.currency())
				.atLeastKey("amountKey", (filter.minAmount() != null) ? Amounts.key(filter.minAmount()) : null)
				.in("_id", search.ids(version, Commitment.TYPE, filter.text()));
		}
		return where.criteria();
	}

	/** Any well-formed id may name a party; a malformed one is an error. */
	private static @Nullable String party(@Nullable String id, String argument) {
		if (id != null) {
			NodeId.parse(id);
		}
		return id;
	}

	@BatchMapping
	Map<Commitment, Agreement> agreement(List<Commitment> commitments, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, commitments, Commitment::agreementId, Agreement.ENTITY);
	}

	@BatchMapping
	Map<Commitment, Entity> obligor(List<Commitment> commitments, @ContextValue String datasetVersion) {
		return this.store.oneNode(datasetVersion, commitments, Commitment::obligorId);
	}

	@BatchMapping
	Map<Commitment, List<Entity>> obligors(List<Commitment> commitments, @ContextValue String datasetVersion) {
		Map<String, Entity> nodes = this.store.nodes(datasetVersion,
				commitments.stream().flatMap((c) -> c.obligorIds().stream()).distinct().toList());
		Map<Commitment, List<Entity>> obligors = new java.util.LinkedHashMap<>();
		for (Commitment c : commitments) {
			obligors.put(c, c.obligorIds().stream().map(nodes::get).filter(java.util.Objects::nonNull).toList());
		}
		return obligors;
	}

	/**
	 * The countries of the obligors, derived at load: read in one batch as every
	 * country-valued list is.
	 */
	@BatchMapping
	Map<Commitment, List<Country>> obligorCountries(List<Commitment> commitments, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, commitments, Commitment::obligorCountryIds, Country.ENTITY);
	}

	@BatchMapping
	Map<Commitment, Entity> beneficiary(List<Commitment> commitments, @ContextValue String datasetVersion) {
		return this.store.oneNode(datasetVersion, commitments, Commitment::beneficiaryId);
	}

	@BatchMapping
	Map<Commitment, List<CooperationArea>> areas(List<Commitment> commitments, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, commitments, Commitment::areaIds, CooperationArea.ENTITY);
	}

	@BatchMapping(typeName = Agreement.TYPE, field = "commitments")
	Map<NestedPage<Agreement>, List<Commitment>> agreementCommitments(List<NestedPage<Agreement>> pages,
			@ContextValue String datasetVersion) {
		return this.store.pages(datasetVersion, pages, Commitment.ENTITY, "agreementId", ORDER);
	}

	@BatchMapping(typeName = CooperationArea.TYPE, field = "commitments")
	Map<NestedPage<CooperationArea>, List<Commitment>> areaCommitments(List<NestedPage<CooperationArea>> pages,
			@ContextValue String datasetVersion) {
		return this.store.pages(datasetVersion, pages, Commitment.ENTITY, "areaIds", ORDER);
	}

}
