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

	static final String VERSION = "2026-12-01T10:15:30Z-3f2a";

	static final String NEWER = "2026-12-02T08:00:00Z-91bc";

	@Test
	void defaultPageIsTheFirstTwenty() {
		PageArguments.Slice slice = new PageArguments(null, null, null, null).slice(VERSION, 50, LIMITS);
		assertThat(slice.start()).isZero();
		assertThat(slice.end()).isEqualTo(20);
	}

	@Test
	void afterAndFirstMoveForwards() {
		String cursor = PageArguments.cursorIn(VERSION, 9);
		PageArguments.Slice slice = new PageArguments(5, cursor, null, null).slice(VERSION, 12, LIMITS);
		assertThat(slice.start()).isEqualTo(10);
		assertThat(slice.end()).isEqualTo(12);
		assertThat(slice.connection(java.util.List.of("a", "b")).pageInfo().hasNextPage()).isFalse();
	}

	@Test
	void beforeAndLastMoveBackwards() {
		PageArguments.Slice slice = new PageArguments(null, null, 3, PageArguments.cursorIn(VERSION, 10)).slice(VERSION,
				50, LIMITS);
		assertThat(slice.start()).isEqualTo(7);
		assertThat(slice.end()).isEqualTo(10);
		assertThat(slice.connection(java.util.List.of("a", "b", "c")).pageInfo().hasPreviousPage()).isTrue();
	}

	@Test
	void firstAndLastTogetherAreRefused() {
		for (PageArguments both : new PageArguments[] { new PageArguments(2, null, 2, null),
				new PageArguments(0, null, 0, null),
				new PageArguments(5, PageArguments.cursorIn(VERSION, 1), 1, PageArguments.cursorIn(VERSION, 9)) }) {
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> both.slice(VERSION, 50, LIMITS))
				.withMessage("Passing both `first` and `last` is not supported: page forwards with `first` and"
						+ " `after` (the previous page's endCursor), or backwards with `last` and `before` (its"
						+ " startCursor)");
		}
	}

	@Test
	void firstZeroIsAnEmptyPageWhoseHasNextPageSaysWhetherItemsFollow() {
		PageArguments.Slice middle = new PageArguments(0, PageArguments.cursorIn(VERSION, 9), null, null).slice(VERSION,
				50, LIMITS);
		Connection.PageInfo info = middle.connection(java.util.List.of()).pageInfo();
		assertThat(info).isEqualTo(new Connection.PageInfo(true, true, null, null));
		PageArguments.Slice end = new PageArguments(0, PageArguments.cursorIn(VERSION, 49), null, null).slice(VERSION,
				50, LIMITS);
		assertThat(end.connection(java.util.List.of()).pageInfo())
			.isEqualTo(new Connection.PageInfo(false, true, null, null));
	}

	@Test
	void beforeAloneGivesTheDefaultPageJustBeforeIt() {
		// a page's startCursor passed as before, as PageInfo says: the 20 items before
		// offset 40, not the first 20 of the list
		PageArguments.Slice slice = new PageArguments(null, null, null, PageArguments.cursorIn(VERSION, 40))
			.slice(VERSION, 50, LIMITS);
		assertThat(slice.start()).isEqualTo(20);
		assertThat(slice.end()).isEqualTo(40);
		PageArguments.Slice both = new PageArguments(null, PageArguments.cursorIn(VERSION, 4), null,
				PageArguments.cursorIn(VERSION, 40))
			.slice(VERSION, 50, LIMITS);
		assertThat(both.start()).as("after and before: forwards from after").isEqualTo(5);
		assertThat(both.end()).isEqualTo(25);
	}

	@Test
	void foreignCursorIsRejected() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PageArguments(1, "bm9wZQ", null, null).slice(VERSION, 5, LIMITS))
			.withMessage("after: 'bm9wZQ' is not a cursor of this connection: pass the endCursor of its pageInfo (or"
					+ " an edge's cursor) from a page of it, or leave after out to start at its first item");
	}

	@Test
	void aForeignBeforeSaysToPassAStartCursor() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PageArguments(null, null, 1, "bm9wZQ").slice(VERSION, 5, LIMITS))
			.withMessage("before: 'bm9wZQ' is not a cursor of this connection: pass the startCursor of its pageInfo"
					+ " (or an edge's cursor) from a page of it, or leave before out to end at its last item");
	}

	@Test
	void anIdPassedAsACursorIsNamedAsAnId() {
		// the nested lists (Agreement.statements) page with after: an item's id, the
		// connections with cursors: one used for the other is told apart
		String id = NodeId.of("Statement", "kasciunas-joint-company");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PageArguments(1, id, null, null).slice(VERSION, 5, LIMITS))
			.withMessage("after: '" + id + "' is the id of a Statement, not a cursor of this connection: pass the"
					+ " endCursor of its pageInfo (or an edge's cursor) from a page of it, or leave after out to start"
					+ " at its first item");
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
				.isThrownBy(() -> new PageArguments(1, cursor, null, null).slice(VERSION, 5, LIMITS))
				.withMessageContaining("is not a cursor of this connection");
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PageArguments(1, "b2Zmc2V0OjkyMjMzNzIwMzY4NTQ3NzU4MDc", null, null).slice(VERSION, 5,
					LIMITS));
	}

	@Test
	void stampedCursorsOutsideTheOffsetsThisApiWritesAreRejectedAsBefore() {
		String prefix = PageArguments.prefix(VERSION);
		for (String digits : new String[] { "9223372036854775807", "+1", "\u0661", "-1", "", "1:" }) {
			String cursor = prefix + java.util.Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(digits.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			assertThatExceptionOfType(InvalidInputException.class).as(digits)
				.isThrownBy(() -> new PageArguments(1, cursor, null, null).slice(VERSION, 5, LIMITS))
				.withMessageStartingWith(
						"after: '" + cursor + "' is not a cursor of this connection: pass the endCursor");
		}
	}

	@Test
	void aCursorOfAnotherVersionIsRefusedNamingTheVersionItCameFrom() {
		String cursor = PageArguments.cursorIn(VERSION, 4);
		assertThatExceptionOfType(CursorVersionException.class)
			.isThrownBy(() -> new PageArguments(1, cursor, null, null).slice(NEWER, 50, LIMITS))
			.satisfies((ex) -> {
				assertThat(ex.messageAmong(java.util.List.of(NEWER, VERSION)))
					.isEqualTo("after: this cursor was issued for dataset version " + VERSION
							+ ", not the one this request reads (" + NEWER + "); items differ between versions,"
							+ " so paging on would skip or repeat some: send the header 'Accords-Version: " + VERSION
							+ "' (or the version parameter) with every page to page on in " + VERSION
							+ ", or start again without after or before");
				assertThat(ex.messageAmong(java.util.List.of(NEWER))).contains("no longer kept",
						"start again without after or before");
				assertThat(ex.getMessage()).startsWith("after: this cursor was issued for another dataset version");
			});
		assertThatExceptionOfType(CursorVersionException.class)
			.isThrownBy(() -> new PageArguments(null, null, 1, cursor).slice(NEWER, 50, LIMITS))
			.withMessageStartingWith("before: ");
	}

	@Test
	void aCursorWrittenBeforeCursorsCarriedTheirVersionIsStillAnOffsetOfTheVersionRead() {
		String legacy = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("offset:9".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		for (String version : new String[] { VERSION, NEWER }) {
			PageArguments.Slice slice = new PageArguments(5, legacy, null, null).slice(version, 50, LIMITS);
			assertThat(slice.start()).isEqualTo(10);
			assertThat(slice.connection(java.util.List.of("a")).edges().get(0).cursor())
				.isEqualTo(PageArguments.cursorIn(version, 10));
		}
	}

	@Test
	void cursorsCarryTheirVersionInThreeMoreCharactersComputedOncePerVersion() {
		// offset:19 was 12 characters; the stamp adds 3 bytes and drops the colon
		assertThat(PageArguments.cursorIn(VERSION, 19)).hasSize(15).matches("[A-Za-z0-9_-]+");
		assertThat(PageArguments.cursorIn(VERSION, 99_999)).hasSize(19);
		assertThat(PageArguments.cursorIn(VERSION, 19)).isNotEqualTo(PageArguments.cursorIn(NEWER, 19));
		assertThat(PageArguments.prefix(VERSION)).isSameAs(PageArguments.prefix(VERSION));
		for (long offset : new long[] { 0, 9, 10, 99, 100, 123_456_789, 999_999_999_999_999_999L }) {
			String cursor = PageArguments.cursorIn(VERSION, offset);
			byte[] raw = java.util.Base64.getUrlDecoder().decode(cursor);
			assertThat(new String(raw, 3, raw.length - 3, java.nio.charset.StandardCharsets.US_ASCII))
				.isEqualTo("offset" + offset);
			assertThat(new PageArguments(1, cursor, null, null).slice(VERSION, Long.MAX_VALUE / 2, LIMITS).start())
				.isEqualTo(offset + 1);
		}
		PageArguments.Slice slice = new PageArguments(3, null, null, null).slice(VERSION, 50, LIMITS);
		assertThat(slice.connection(java.util.List.of("a", "b", "c")).edges())
			.allSatisfy((edge) -> assertThat(edge.cursor()).startsWith(PageArguments.prefix(VERSION)));
	}

	@Test
	void theLargestOffsetCursorGivesAnEmptyPageNotANegativeOne() {
		PageArguments.Slice slice = new PageArguments(1, PageArguments.cursorIn(VERSION, 999_999_999_999_999_999L),
				null, null)
			.slice(VERSION, 5, LIMITS);
		assertThat(slice.start()).isEqualTo(5);
		assertThat(slice.end()).isEqualTo(5);
	}

}
