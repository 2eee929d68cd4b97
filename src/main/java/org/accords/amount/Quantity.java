package org.accords.amount;

import java.util.List;

import org.accords.evidence.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * A number of things as an article states it ("about 300 reconnaissance drones").
 *
 * @param value how many, an exact non-negative decimal in plain notation
 * @param unit the unit counted in, when not pieces ("tonnes", "rounds")
 * @param item what is counted, in the article's words
 * @param approximate whether the article gives the number as approximate
 * @param text the article's words for the quantity, when curated
 * @param evidence the words that state it
 */
public record Quantity(String value, @Nullable String unit, @Nullable String item, boolean approximate,
		@Nullable String text, List<Evidence> evidence) {
}
