package org.accords.seed;

import java.time.LocalDate;

import org.accords.evidence.DatePrecision;
import org.accords.seed.SeedValidator.ResolvedDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as curated, read against the article's date (here a Wednesday).
 */
class RelativeDatesTests {

	static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

	static ResolvedDate day(String iso) {
		return new ResolvedDate(iso, DatePrecision.DAY);
	}

	@Test
	void daysRelativeToTheArticleResolveAgainstItsDate() {
		assertThat(RelativeDates.resolve("today", WEDNESDAY)).isEqualTo(day("2025-03-12"));
		assertThat(RelativeDates.resolve("Tonight", WEDNESDAY)).isEqualTo(day("2025-03-12"));
		assertThat(RelativeDates.resolve("this morning", WEDNESDAY)).isEqualTo(day("2025-03-12"));
		assertThat(RelativeDates.resolve("yesterday", WEDNESDAY)).isEqualTo(day("2025-03-11"));
		assertThat(RelativeDates.resolve("Monday", WEDNESDAY)).isEqualTo(day("2025-03-10"));
		assertThat(RelativeDates.resolve("on Wednesday", WEDNESDAY)).isEqualTo(day("2025-03-12"));
	}

	@Test
	void lastWeekIsItsMondayWithWeekPrecision() {
		assertThat(RelativeDates.resolve("last week", WEDNESDAY))
			.isEqualTo(new ResolvedDate("2025-03-03", DatePrecision.WEEK));
	}

	@Test
	void monthsAndYearsKeepTheirPrecision() {
		ResolvedDate october = new ResolvedDate("2024-10-01", DatePrecision.MONTH);
		assertThat(RelativeDates.resolve("October 2024", WEDNESDAY)).isEqualTo(october);
		assertThat(RelativeDates.resolve("in October 2024", WEDNESDAY)).isEqualTo(october);
		assertThat(RelativeDates.resolve("2024-10", WEDNESDAY)).isEqualTo(october);
		assertThat(RelativeDates.resolve("2024", WEDNESDAY))
			.isEqualTo(new ResolvedDate("2024-01-01", DatePrecision.YEAR));
		assertThat(RelativeDates.resolve("2024-11-04", WEDNESDAY)).isEqualTo(day("2024-11-04"));
	}

	@Test
	void whatNamesNoDateIsNull() {
		assertThat(RelativeDates.resolve("someday", WEDNESDAY)).isNull();
		assertThat(RelativeDates.resolve("2024-11-31", WEDNESDAY)).isNull();
		assertThat(RelativeDates.resolve("2024-13", WEDNESDAY)).isNull();
		assertThat(RelativeDates.resolve("Smarch 2024", WEDNESDAY)).isNull();
	}

}
