package org.accords.evidence;

import java.time.LocalDate;

/**
 * How much of a date an article gives: a date known to the month is stored as the month's
 * first day with precision {@code MONTH}.
 */
public enum DatePrecision {

	/** the day is known */
	DAY,
	/** only the week is known ("last week"); the date is its Monday */
	WEEK,
	/** only the month is known ("in October 2024"); the date is its first day */
	MONTH,
	/** only the year is known; the date is 1 January */
	YEAR;

	/**
	 * The last day a date of this precision may be: the day itself, the week's Sunday,
	 * the month's or year's end.
	 * @param first the date as stored (the week's Monday, the month's or year's first
	 * day)
	 */
	public LocalDate last(LocalDate first) {
		return switch (this) {
			case DAY -> first;
			case WEEK -> first.plusDays(6);
			case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
			case YEAR -> first.withDayOfYear(first.lengthOfYear());
		};
	}

	/**
	 * A date of this precision as a claim's value and a CSV list cell write it: a day as
	 * it is, any other as stored with its precision, {@code 2024-11-01 (MONTH)}, so that
	 * it is not read as that day.
	 * @param date the date as stored, ISO 8601
	 */
	public String label(String date) {
		return (this == DAY) ? date : date + " (" + name() + ")";
	}

}
