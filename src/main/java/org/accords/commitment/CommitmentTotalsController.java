package org.accords.commitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accords.amount.MoneyBound;
import org.accords.evidence.SourceFilter;
import org.accords.paging.InvalidInputException;
import org.accords.store.Entity;
import org.accords.search.SearchIndex;
import org.accords.store.FactStore;
import org.bson.Document;
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
 * commitments, which are bounded, so the same code answers on every store; only the
 * fields a sum needs are read (from the query tables on the embedded store).
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

		CURRENCY, OBLIGOR, BENEFICIARY, STATUS

	}

	/**
	 * The money committed by one group of commitments in one currency.
	 *
	 * @param currency ISO 4217 code
	 * @param obligorId the group's obligor, when grouped by obligor
	 * @param beneficiaryId the group's beneficiary, when grouped by beneficiary
	 * @param status the group's status, when grouped by status
	 * @param amount the exact sum
	 * @param commitmentCount how many commitments are summed
	 * @param approximate whether any summed amount is approximate
	 * @param disputedCount how many of the summed commitments are disputed
	 * @param upTo the sum of the upper ends when any summed amount is a range and every
	 * one has an upper end; null otherwise
	 * @param convertedCount how many of the summed amounts the reporter converted
	 */
	record CommitmentTotal(String currency, @Nullable String obligorId, @Nullable String beneficiaryId,
			@Nullable CommitmentStatus status, BigDecimal amount, int commitmentCount, boolean approximate,
			int disputedCount, @Nullable BigDecimal upTo, int convertedCount) {
	}

	/** A total while its commitments are added. */
	private static final class Sum {

		BigDecimal amount = BigDecimal.ZERO;

		/** The sum of the upper ends; meaningless once {@code open}. */
		BigDecimal upper = BigDecimal.ZERO;

		/** Whether a range is summed: the total then has an upper end of its own. */
		boolean ranged;

		/** Whether a summed amount has no upper end ("more than", "at least"). */
		boolean open;

		boolean approximate;

		int count;

		int disputed;

		int converted;

		CommitmentTotal total(Key key) {
			return new CommitmentTotal(key.currency(), key.obligorId(), key.beneficiaryId(), key.status(), this.amount,
					this.count, this.approximate, this.disputed, (this.ranged && !this.open) ? this.upper : null,
					this.converted);
		}

	}

	/** The one group key of commitments not grouped by obligor. */
	private static final List<@Nullable String> NOBODY = java.util.Collections.singletonList(null);

	/** The stored fields a sum reads of each commitment. */
	private static final List<String> FIELDS = List.of("amount.amount", "amount.currency", "amount.approximate",
			"amount.bound", "amount.upTo", "amount.converted", "obligorIds", "beneficiaryId", "status",
			SourceFilter.DISPUTED);

	private record Key(String currency, @Nullable String obligorId, @Nullable String beneficiaryId,
			@Nullable CommitmentStatus status) {
	}

	@QueryMapping
	List<CommitmentTotal> commitmentTotals(@Argument CommitmentController.@Nullable CommitmentFilter filter,
			@Argument @Nullable List<CommitmentTotalGroup> groupBy, @ContextValue String datasetVersion) {
		Criteria base = CommitmentController.criteria(filter, datasetVersion, this.search);
		Criteria withAmount = Criteria.where("amountKey").ne(null);
		Criteria criteria = base.getCriteriaObject().isEmpty() ? withAmount
				: new Criteria().andOperator(base, withAmount);
		// the few fields a sum needs, not whole commitments (which carry their evidence
		// and
		// provenance); one read of at most one commitment too many, rather than a count
		// and then a read: where the store cannot count from an index each costs a pass
		List<Document> matching = this.store.fields(datasetVersion, Commitment.ENTITY, criteria, Sort.unsorted(),
				FIELDS, MAX_COMMITMENTS + 1);
		if (matching.size() > MAX_COMMITMENTS) {
			throw new InvalidInputException(
					"filter: more than " + MAX_COMMITMENTS + " commitments with an amount match; totals sum at most "
							+ MAX_COMMITMENTS + ": narrow the filter (by obligor, beneficiary, agreement or currency)");
		}
		boolean byObligor = groupBy != null && groupBy.contains(CommitmentTotalGroup.OBLIGOR);
		boolean byBeneficiary = groupBy != null && groupBy.contains(CommitmentTotalGroup.BENEFICIARY);
		boolean byStatus = groupBy != null && groupBy.contains(CommitmentTotalGroup.STATUS);
		Map<Key, Sum> totals = new LinkedHashMap<>();
		for (Document c : matching) {
			Document money = c.get("amount", Document.class);
			if (money == null) {
				continue;
			}
			String currency = money.getString("currency");
			BigDecimal amount = new BigDecimal(money.getString("amount"));
			String bound = money.getString("bound");
			String upTo = money.getString("upTo");
			// a bound ("up to 20 million") adds its amount, and a range ("between 20 and
			// 30 million") its lower end, which the total then only approximates; the
			// upper ends are summed apart, so that a total over ranges is a range
			boolean approximate = Boolean.TRUE.equals(money.getBoolean("approximate")) || bound != null || upTo != null;
			boolean open = bound != null
					&& (bound.equals(MoneyBound.MORE_THAN.name()) || bound.equals(MoneyBound.AT_LEAST.name()));
			BigDecimal upper = (upTo != null) ? new BigDecimal(upTo) : amount;
			boolean converted = Boolean.TRUE.equals(money.getBoolean("converted"));
			Document provenance = c.get("provenance", Document.class);
			boolean disputed = provenance != null && Boolean.TRUE.equals(provenance.getBoolean("disputed"));
			List<?> obligorIds = c.getList("obligorIds", Object.class, List.of());
			for (Object obligor : (byObligor && !obligorIds.isEmpty()) ? obligorIds : NOBODY) {
				Key key = new Key(currency, (String) obligor, byBeneficiary ? c.getString("beneficiaryId") : null,
						byStatus ? CommitmentStatus.valueOf(c.getString("status")) : null);
				Sum sum = totals.computeIfAbsent(key, (k) -> new Sum());
				sum.amount = sum.amount.add(amount);
				sum.upper = sum.upper.add(upper);
				sum.ranged |= upTo != null;
				sum.open |= open;
				sum.approximate |= approximate;
				sum.count++;
				sum.disputed += disputed ? 1 : 0;
				sum.converted += converted ? 1 : 0;
			}
		}
		List<CommitmentTotal> rows = new ArrayList<>();
		totals.forEach((key, sum) -> rows.add(sum.total(key)));
		rows.sort(Comparator.comparing(CommitmentTotal::currency)
			.thenComparing(CommitmentTotal::amount, Comparator.reverseOrder())
			.thenComparing((t) -> Objects.toString(t.obligorId(), ""))
			.thenComparing((t) -> Objects.toString(t.beneficiaryId(), ""))
			.thenComparing((t) -> (t.status() != null) ? t.status().ordinal() : -1));
		return rows;
	}

	@BatchMapping
	Map<CommitmentTotal, Entity> obligor(List<CommitmentTotal> totals, @ContextValue String datasetVersion) {
		return this.store.oneNode(datasetVersion, totals, CommitmentTotal::obligorId);
	}

	@BatchMapping
	Map<CommitmentTotal, Entity> beneficiary(List<CommitmentTotal> totals, @ContextValue String datasetVersion) {
		return this.store.oneNode(datasetVersion, totals, CommitmentTotal::beneficiaryId);
	}

}
