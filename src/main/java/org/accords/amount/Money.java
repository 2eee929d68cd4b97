package org.accords.amount;

import java.math.BigDecimal;
import java.util.List;

import org.accords.evidence.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * A sum of money as an article states it. The amount is an exact decimal kept as its
 * plain string form ({@code "120000000"}, {@code "1.5"}), never a floating-point number.
 *
 * @param amount the sum, a non-negative decimal in plain notation
 * @param currency ISO 4217 code
 * @param approximate whether the article gives the sum as approximate
 * @param text the article's words for the sum, when curated
 * @param evidence the words that state the sum
 * @param bound how the amount bounds the sum ("more than", "up to"); null when the
 * article gives the sum itself
 * @param upTo the upper end of a range the article gives ("between 20 and 30 million":
 * {@code amount} 20 million, {@code upTo} 30 million), in the plain form of
 * {@code amount}; null when it gives one figure
 * @param converted whether the reporter converted the sum into this currency from the one
 * the agreement states ("about 21 million dollars" beside the official euro figure)
 */
public record Money(String amount, String currency, boolean approximate, @Nullable String text, List<Evidence> evidence,
		@Nullable MoneyBound bound, @Nullable String upTo, boolean converted) {

	/** A sum the article gives itself, not as a bound. */
	public Money(String amount, String currency, boolean approximate, @Nullable String text, List<Evidence> evidence) {
		this(amount, currency, approximate, text, evidence, null);
	}

	/** A sum the article gives as one figure or a bound, in the currency it states. */
	public Money(String amount, String currency, boolean approximate, @Nullable String text, List<Evidence> evidence,
			@Nullable MoneyBound bound) {
		this(amount, currency, approximate, text, evidence, bound, null, false);
	}

	/**
	 * The figures without currency or words: "20000000", or a range "20000000 to
	 * 30000000".
	 */
	public String figures() {
		return (this.upTo != null) ? this.amount + " to " + this.upTo : this.amount;
	}

	/**
	 * The words written before the amount where the article's are not at hand: "more than
	 * ", "about ", or none.
	 */
	public String qualifier() {
		return (this.bound != null) ? this.bound.words + " " : (this.approximate ? "about " : "");
	}

	/**
	 * Whether both sums may be true: equal, or of one currency where a bound or a range
	 * holds the other's figure or a bound and another bound or range share a sum ("more
	 * than 50 million" and "62 million", or "up to 60 million"), or either converted by
	 * its reporter, in any currency (no exchange rate is guessed: the reporter's
	 * conversion is arithmetic, no claim about the sum, so two conversions at two rates
	 * agree too). Two ranges agree only when they are the same range, as two figures do.
	 * An approximate figure or range is held by no bound: what "about" spans is not
	 * known.
	 */
	public boolean overlaps(Money other) {
		if (sameSum(other) || this.converted || other.converted) {
			return true;
		}
		if (!this.currency.equals(other.currency)) {
			return false;
		}
		if ((!this.spans() && !other.spans()) || (this.upTo != null && other.upTo != null)
				|| (this.bound == null && this.approximate) || (other.bound == null && other.approximate)) {
			return false;
		}
		// each sum as the interval it says: a figure is one point
		int lower = Boundary.lower(this).compareTo(Boundary.lower(other));
		Boundary low = (lower >= 0) ? Boundary.lower(this) : Boundary.lower(other);
		Boundary high = (Boundary.upper(this).compareTo(Boundary.upper(other)) <= 0) ? Boundary.upper(this)
				: Boundary.upper(other);
		if (high.value == null) {
			// two lower bounds: both may be true
			return true;
		}
		int gap = java.util.Objects.requireNonNull(low.value).compareTo(high.value);
		return gap < 0 || (gap == 0 && low.closed && high.closed);
	}

	/**
	 * Whether this sum is a bound that holds every sum {@code other} may be, and more:
	 * "more than 50 million" beside "62 million" or "at least 60 million". The other is
	 * the more precise, as a day is beside the month that holds it. A sum the reporter
	 * converted is coarser than any sum not converted, in any currency and even of the
	 * same figure: the sum as the pledge was made is served. Of two conversions neither
	 * is the more precise (the first reported is served).
	 */
	public boolean coarser(Money other) {
		if (this.converted || other.converted) {
			return this.converted && !other.converted;
		}
		if (sameSum(other) || !overlaps(other) || !this.currency.equals(other.currency)) {
			return false;
		}
		if (!this.spans()) {
			return false;
		}
		if (!other.spans()) {
			return true;
		}
		return Boundary.lower(this).compareTo(Boundary.lower(other)) <= 0
				&& Boundary.upper(this).compareTo(Boundary.upper(other)) >= 0;
	}

	/** Whether the sum spans more than one figure: a bound or a range. */
	private boolean spans() {
		return this.bound != null || this.upTo != null;
	}

	/** Equal sums; whether the reporter converted one of them does not count. */
	private boolean sameSum(Money other) {
		return this.amount.equals(other.amount) && this.currency.equals(other.currency)
				&& this.approximate == other.approximate && this.bound == other.bound
				&& java.util.Objects.equals(this.upTo, other.upTo);
	}

	/**
	 * One end of the interval a sum says; {@code value} null for no end (below zero
	 * counts as zero, closed).
	 */
	private record Boundary(@Nullable BigDecimal value, boolean closed, boolean upper) {

		static final BigDecimal ZERO = BigDecimal.ZERO;

		static Boundary lower(Money m) {
			BigDecimal amount = new BigDecimal(m.amount);
			if (m.bound == null) {
				// a figure, or a range's lower end
				return new Boundary(amount, true, false);
			}
			return switch (m.bound) {
				case MORE_THAN -> new Boundary(amount, false, false);
				case AT_LEAST -> new Boundary(amount, true, false);
				case UP_TO, LESS_THAN -> new Boundary(ZERO, true, false);
			};
		}

		static Boundary upper(Money m) {
			BigDecimal amount = new BigDecimal((m.upTo != null) ? m.upTo : m.amount);
			if (m.bound == null) {
				// a figure, or a range's upper end
				return new Boundary(amount, true, true);
			}
			return switch (m.bound) {
				case MORE_THAN, AT_LEAST -> new Boundary(null, false, true);
				case UP_TO -> new Boundary(amount, true, true);
				case LESS_THAN -> new Boundary(amount, false, true);
			};
		}

		/**
		 * Orders ends of one kind (lower with lower, upper with upper) by how much they
		 * let in: a lower end is smaller the more it lets in, an upper end larger.
		 */
		int compareTo(Boundary other) {
			if (this.value == null || other.value == null) {
				// only an upper end is open-ended
				return (this.value == null) ? ((other.value == null) ? 0 : 1) : -1;
			}
			int c = this.value.compareTo(other.value);
			if (c != 0) {
				return c;
			}
			if (this.closed == other.closed) {
				return 0;
			}
			// at the same value a closed end lets in more: smaller as a lower end, larger
			// as an upper one
			return (this.closed == this.upper) ? 1 : -1;
		}

	}

}
