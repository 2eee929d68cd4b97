package org.accords.seed;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.evidence.DatePrecision;
import org.accords.seed.SeedValidator.ResolvedDate;
import org.jspecify.annotations.Nullable;

/**
 * Dates as curated: ISO dates, a month or a year, or a day an article gives relative to
 * its own date ("on Monday", "today", "yesterday", "last week").
 */
final class RelativeDates {

	private static final Pattern MONTH_NAME = Pattern.compile("(?:in\\s+)?([A-Za-z]+)\\s+(\\d{4})");

	private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern YEAR = Pattern.compile("(?:in\\s+)?(\\d{4})");

	private RelativeDates() {
	}

	/**
	 * The date {@code value} names, read against the article's date; null when it names
	 * none.
	 */
	static @Nullable ResolvedDate resolve(String value, LocalDate articleDate) {
		String text = value.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		switch (text) {
			case "today", "tonight", "this morning", "this afternoon", "this evening" -> {
				return day(articleDate);
			}
			case "yesterday", "last night" -> {
				return day(articleDate.minusDays(1));
			}
			case "last week" -> {
				return new ResolvedDate(
						articleDate.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(),
						DatePrecision.WEEK);
			}
			case "this week" -> {
				return new ResolvedDate(articleDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(),
						DatePrecision.WEEK);
			}
			case "last month" -> {
				return new ResolvedDate(YearMonth.from(articleDate).minusMonths(1).atDay(1).toString(),
						DatePrecision.MONTH);
			}
			default -> {
				// below
			}
		}
		String weekday = text.startsWith("on ") ? text.substring(3) : text;
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.name().equalsIgnoreCase(weekday)) {
				return day(articleDate.with(TemporalAdjusters.previousOrSame(day)));
			}
		}
		try {
			return day(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			// not a day: a month or a year below
		}
		Matcher yearMonth = YEAR_MONTH.matcher(text);
		if (yearMonth.matches()) {
			int month = Integer.parseInt(yearMonth.group(2));
			return (month >= 1 && month <= 12) ? month(Integer.parseInt(yearMonth.group(1)), month) : null;
		}
		Matcher named = MONTH_NAME.matcher(text);
		if (named.matches()) {
			for (Month month : Month.values()) {
				if (month.name().equalsIgnoreCase(named.group(1))) {
					return month(Integer.parseInt(named.group(2)), month.getValue());
				}
			}
			return null;
		}
		Matcher year = YEAR.matcher(text);
		if (year.matches()) {
			return new ResolvedDate(LocalDate.of(Integer.parseInt(year.group(1)), 1, 1).toString(), DatePrecision.YEAR);
		}
		return null;
	}

	private static ResolvedDate day(LocalDate date) {
		return new ResolvedDate(date.toString(), DatePrecision.DAY);
	}

	private static ResolvedDate month(int year, int month) {
		return new ResolvedDate(YearMonth.of(year, month).atDay(1).toString(), DatePrecision.MONTH);
	}

}
