package org.accords.amount;

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
 */
public record Money(String amount, String currency, boolean approximate, @Nullable String text,
		List<Evidence> evidence) {
}
