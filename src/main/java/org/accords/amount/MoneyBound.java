package org.accords.amount;

/**
 * How a sum an article gives bounds the sum it speaks of: "more than 50 million euros" is
 * {@link #MORE_THAN} 50 million.
 */
public enum MoneyBound {

	/** More than the amount ("more than", "over", "in excess of"). */
	MORE_THAN("more than"),

	/** The amount or more ("at least", "no less than"). */
	AT_LEAST("at least"),

	/** The amount or less ("up to", "at most", "as much as"). */
	UP_TO("up to"),

	/** Less than the amount ("less than", "under", "below"). */
	LESS_THAN("less than");

	/** The words written before the amount in labels: "more than 50000000 EUR". */
	public final String words;

	MoneyBound(String words) {
		this.words = words;
	}

}
