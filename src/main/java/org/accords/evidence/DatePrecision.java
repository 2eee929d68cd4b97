package org.accords.evidence;

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
	YEAR

}
