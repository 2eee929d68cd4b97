package org.accords.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Relay arguments to offset windows.
 */
class PageArgumentsTests {

	static final PageLimits LIMITS = new PageLimits(new org.accords.AccordsProperties(null, null,
			new org.accords.AccordsProperties.Api(20, 100), null, null, null, null, null, null, null));

	@Test
	void defaultPageIsTheFirstTwenty() {
		PageArguments.Slice slice = new PageArguments(null, null, null, null).slice(50, LIMITS);
		assertThat(slice.start()).isZero();
		assertThat(slice.end()).isEqualTo(20);
	}

	@Test
	void afterAndFirstMoveForwards() {
		String cursor = PageArguments.cursor(9);
		PageArguments.Slice slice = new PageArguments(5, cursor, null, null).slice(12, LIMITS);
		assertThat(slice.start()).isEqualTo(10);
		assertThat(slice.end()).isEqualTo(12);
		assertThat(slice.connection(java.util.List.of("a", "b")).pageInfo().hasNextPage()).isFalse();
	}

	@Test
	void beforeAndLastMoveBackwards() {
		PageArguments.Slice slice = new PageArguments(null, null, 3, PageArguments.cursor(10)).slice(50, LIMITS);
		assertThat(slice.start()).isEqualTo(7);
		assertThat(slice.end()).isEqualTo(10);
		assertThat(slice.connection(java.util.List.of("a", "b", "c")).pageInfo().hasPreviousPage()).isTrue();
	}

	@Test
	void foreignCursorIsRejected() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PageArguments(1, "bm9wZQ", null, null).slice(5, LIMITS))
			.withMessage("after: 'bm9wZQ' is not a cursor of this connection");
	}

	@Test
	void cursorsOutsideTheOffsetsThisApiWritesAreRejected() {
		// offset:9223372036854775807 (Long.MAX_VALUE), offset:+1, offset:١ (Arabic-Indic
		// one)
		for (String raw : new String[] { "offset:9223372036854775807", "offset:+1", "offset:\u0661", "offset:-1",
				"offset:" }) {
			String cursor = java.util.Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			assertThatExceptionOfType(InvalidInputException.class).as(raw)
				.isThrownBy(() -> new PageArguments(1, cursor, null, null).slice(5, LIMITS))
				.withMessageContaining("is not a cursor of this connection");
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PageArguments(1, "b2Zmc2V0OjkyMjMzNzIwMzY4NTQ3NzU4MDc", null, null).slice(5, LIMITS));
	}

	@Test
	void theLargestOffsetCursorGivesAnEmptyPageNotANegativeOne() {
		PageArguments.Slice slice = new PageArguments(1, PageArguments.cursor(999_999_999_999_999_999L), null, null)
			.slice(5, LIMITS);
		assertThat(slice.start()).isEqualTo(5);
		assertThat(slice.end()).isEqualTo(5);
	}

}
