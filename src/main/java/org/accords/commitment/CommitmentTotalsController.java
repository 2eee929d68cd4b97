package org.accords.commitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accords.dataset.DatasetContext;
import org.accords.graphql.InvalidInputException;
import org.accords.store.Entity;
import org.accords.search.SearchIndex;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code commitmentTotals}: exact sums of committed money per currency, and per obligor
 * or beneficiary, for any commitment filter. Summed in Java over the matching
 * commitments, which are bounded, so the same code answers on every store.
 */
@Controller
class CommitmentTotalsController {

	/** Most commitments one total may sum. */
	static final int MAX_COMMITMENTS = 10_000;

	private final FactStore store;

	private final SearchIndex search;

	CommitmentTotalsController(FactStore store, SearchIndex search) {
		this.store = store;
		this.search = search;
	}

	/** What totals may be grouped by besides the currency, which always applies. */
	enum CommitmentTotalGroup {

		CURRENCY, OBLIGOR, BENEFICIARY

	}

	/**
	 * The money committed by one group of commitments in one currency.
	 *
	 * @param currency ISO 4217 code
	 * @param obligorId the group's obligor, when grouped by obligor
	 * @param beneficiaryId the group's beneficiary, when grouped by beneficiary
	 * @param amount the exact sum
	 * @param commitmentCount how many commitments are summed
	 * @param approximate whether any summed amount is approximate
	 */
	record CommitmentTotal(String currency, @Nullable String obligorId, @Nullable String beneficiaryId,
			BigDecimal amount, int commitmentCount, boolean approximate) {
	}

	/** The one group key of commitments not grouped by obligor. */
	private static final List<@Nullable String> NOBODY = java.util.Collections.singletonList(null);

	/** A commitment's obligors; one null group for a commitment that names none. */
	private static List<@Nullable String> obligors(Commitment c) {
		return c.obligorIds().isEmpty() ? NOBODY : List.copyOf(c.obligorIds());
	}

	private record Key(String currency, @Nullable String obligorId, @Nullable String beneficiaryId) {
	}

	@QueryMapping
	List<CommitmentTotal> commitmentTotals(@Argument CommitmentController.@Nullable CommitmentFilter filter,
			@Argument @Nullable List<CommitmentTotalGroup> groupBy,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		Criteria base = CommitmentController.criteria(filter, version, this.search);
		Criteria withAmount = Criteria.where("amountKey").ne(null);
		Criteria criteria = base.getCriteriaObject().isEmpty() ? withAmount
				: new Criteria().andOperator(base, withAmount);
		// one read of at most one commitment too many, rather than a count and then a
		// read:
		// where the store cannot count from an index (the embedded one never can) each
		// costs a pass over the collection
		List<Commitment> matching = this.store.slice(version, Commitment.TYPE, Commitment.class, criteria,
				Sort.by("_id"), 0, MAX_COMMITMENTS + 1);
		if (matching.size() > MAX_COMMITMENTS) {
			throw new InvalidInputException(
					"filter: more than " + MAX_COMMITMENTS + " commitments with an amount match; totals sum at most "
							+ MAX_COMMITMENTS + ": narrow the filter (by obligor, beneficiary, agreement or currency)");
		}
		boolean byObligor = groupBy != null && groupBy.contains(CommitmentTotalGroup.OBLIGOR);
		boolean byBeneficiary = groupBy != null && groupBy.contains(CommitmentTotalGroup.BENEFICIARY);
		Map<Key, CommitmentTotal> totals = new LinkedHashMap<>();
		for (Commitment c : matching) {
			if (c.amount() == null) {
				continue;
			}
			BigDecimal amount = new BigDecimal(c.amount().amount());
			for (String obligor : byObligor ? obligors(c) : NOBODY) {
				Key key = new Key(c.amount().currency(), obligor, byBeneficiary ? c.beneficiaryId() : null);
				CommitmentTotal sum = totals.get(key);
				totals.put(key,
						(sum == null)
								? new CommitmentTotal(key.currency(), key.obligorId(), key.beneficiaryId(), amount, 1,
										c.amount().approximate())
								: new CommitmentTotal(key.currency(), key.obligorId(), key.beneficiaryId(),
										sum.amount().add(amount), sum.commitmentCount() + 1,
										sum.approximate() || c.amount().approximate()));
			}
		}
		List<CommitmentTotal> rows = new ArrayList<>(totals.values());
		rows.sort(Comparator.comparing(CommitmentTotal::currency)
			.thenComparing(CommitmentTotal::amount, Comparator.reverseOrder())
			.thenComparing((t) -> Objects.toString(t.obligorId(), ""))
			.thenComparing((t) -> Objects.toString(t.beneficiaryId(), "")));
		return rows;
	}

	@BatchMapping
	Map<CommitmentTotal, Entity> obligor(List<CommitmentTotal> totals,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.oneNode(version, totals, CommitmentTotal::obligorId);
	}

	@BatchMapping
	Map<CommitmentTotal, Entity> beneficiary(List<CommitmentTotal> totals,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.oneNode(version, totals, CommitmentTotal::beneficiaryId);
	}

}
