package org.accords.amount;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

import org.accords.graphql.Scalars;
import org.jspecify.annotations.Nullable;

/**
 * Exact decimal amounts and ISO 4217 currency codes: parsing, checking, and a string key
 * that sorts as the number does, so that the store compares amounts exactly on the
 * embedded server and on MongoDB alike.
 */
public final class Amounts {

	/** Digits the integer part of a key is padded to. */
	private static final int KEY_DIGITS = 30;

	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private Amounts() {
	}

	/**
	 * The decimal {@code text} writes, or null when it is not a plain non-negative
	 * decimal number (digits, at most one point; no exponent, sign or grouping).
	 */
	public static @Nullable BigDecimal parse(@Nullable String text) {
		return Scalars.parseDecimal(text);
	}

	/** The plain form served: no exponent, no trailing zeros after the point. */
	public static String plain(BigDecimal value) {
		return Scalars.plainDecimal(value);
	}

	/** Whether {@code code} is an ISO 4217 currency code. */
	public static boolean isCurrency(@Nullable String code) {
		return code != null && CURRENCIES.contains(code);
	}

	/**
	 * A string that compares as the amount does: the integer part zero-padded, then the
	 * fraction without trailing zeros.
	 */
	public static String key(BigDecimal value) {
		String plain = plain(value);
		int point = plain.indexOf('.');
		String integer = (point < 0) ? plain : plain.substring(0, point);
		return "0".repeat(Math.max(0, KEY_DIGITS - integer.length())) + plain;
	}

}
