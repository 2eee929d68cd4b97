package org.accords.paging;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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

	/** {@code statements}, unfiltered, in its default order. */
	static final PagedList STATEMENTS = PagedList.of("statements", List.of("filter", "orderBy"), Map.of(), null);

	static final PagedList PEOPLE = PagedList.of("people", List.of("filter"), Map.of(), null);

	/** Paging arguments on {@link #STATEMENTS}. */
	static PageArguments page(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		return new PageArguments(first, after, last, before, STATEMENTS);
	}

	/** The cursor of {@code offset} in {@link #STATEMENTS} of {@code version}. */
	static String cursor(String version, long offset) {
		return PageArguments.cursorIn(version, STATEMENTS, offset);
	}

	@Test
	void defaultPageIsTheFirstTwenty() {
		PageArguments.Slice slice = page(null, null, null, null).slice(VERSION, 50, LIMITS);
		assertThat(slice.start()).isZero();
		assertThat(slice.end()).isEqualTo(20);
	}

	@Test
	void afterAndFirstMoveForwards() {
		String cursor = cursor(VERSION, 9);
		PageArguments.Slice slice = page(5, cursor, null, null).slice(VERSION, 12, LIMITS);
		assertThat(slice.start()).isEqualTo(10);
		assertThat(slice.end()).isEqualTo(12);
		assertThat(slice.connection(java.util.List.of("a", "b")).pageInfo().hasNextPage()).isFalse();
	}

	@Test
	void beforeAndLastMoveBackwards() {
		PageArguments.Slice slice = page(null, null, 3, cursor(VERSION, 10)).slice(VERSION, 50, LIMITS);
		assertThat(slice.start()).isEqualTo(7);
		assertThat(slice.end()).isEqualTo(10);
		assertThat(slice.connection(java.util.List.of("a", "b", "c")).pageInfo().hasPreviousPage()).isTrue();
	}

	@Test
	void firstAndLastTogetherAreRefused() {
		for (PageArguments both : new PageArguments[] { page(2, null, 2, null), page(0, null, 0, null),
				page(5, cursor(VERSION, 1), 1, cursor(VERSION, 9)) }) {
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> both.slice(VERSION, 50, LIMITS))
				.withMessage("Passing both `first` and `last` is not supported: page forwards with `first` and"
						+ " `after` (the previous page's endCursor), or backwards with `last` and `before` (its"
						+ " startCursor)");
		}
	}

	@Test
	void firstZeroIsAnEmptyPageWhoseHasNextPageSaysWhetherItemsFollow() {
		PageArguments.Slice middle = page(0, cursor(VERSION, 9), null, null).slice(VERSION, 50, LIMITS);
		Connection.PageInfo info = middle.connection(java.util.List.of()).pageInfo();
		assertThat(info).isEqualTo(new Connection.PageInfo(true, true, null, null));
		PageArguments.Slice end = page(0, cursor(VERSION, 49), null, null).slice(VERSION, 50, LIMITS);
		assertThat(end.connection(java.util.List.of()).pageInfo())
			.isEqualTo(new Connection.PageInfo(false, true, null, null));
	}

	@Test
	void beforeAloneGivesTheDefaultPageJustBeforeIt() {
		// a page's startCursor passed as before, as PageInfo says: the 20 items before
		// offset 40, not the first 20 of the list
		PageArguments.Slice slice = page(null, null, null, cursor(VERSION, 40)).slice(VERSION, 50, LIMITS);
		assertThat(slice.start()).isEqualTo(20);
		assertThat(slice.end()).isEqualTo(40);
		PageArguments.Slice both = page(null, cursor(VERSION, 4), null, cursor(VERSION, 40)).slice(VERSION, 50, LIMITS);
		assertThat(both.start()).as("after and before: forwards from after").isEqualTo(5);
		assertThat(both.end()).isEqualTo(25);
	}

	@Test
	void foreignCursorIsRejected() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> page(1, "bm9wZQ", null, null).slice(VERSION, 5, LIMITS))
			.withMessage("after: 'bm9wZQ' is not a cursor of this connection: pass the endCursor of its pageInfo (or"
					+ " an edge's cursor) from a page of it, or leave after out to start at its first item");
	}

	@Test
	void aForeignBeforeSaysToPassAStartCursor() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> page(null, null, 1, "bm9wZQ").slice(VERSION, 5, LIMITS))
			.withMessage("before: 'bm9wZQ' is not a cursor of this connection: pass the startCursor of its pageInfo"
					+ " (or an edge's cursor) from a page of it, or leave before out to end at its last item");
	}

	@Test
	void anIdPassedAsACursorIsNamedWithItsArticle() {
		String id = NodeId.of("Event", "kyiv-visit");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> page(1, id, null, null).slice(VERSION, 5, LIMITS))
			.withMessageStartingWith("after: '" + id + "' is the id of an Event, not a cursor of this connection");
	}

	@Test
	void anIdPassedAsACursorIsNamedAsAnId() {
		// the nested lists (Agreement.statements) page with after: an item's id, the
		// connections with cursors: one used for the other is told apart
		String id = NodeId.of("Statement", "kasciunas-joint-company");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> page(1, id, null, null).slice(VERSION, 5, LIMITS))
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
				.isThrownBy(() -> page(1, cursor, null, null).slice(VERSION, 5, LIMITS))
				.withMessageContaining("is not a cursor of this connection");
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> page(1, "b2Zmc2V0OjkyMjMzNzIwMzY4NTQ3NzU4MDc", null, null).slice(VERSION, 5, LIMITS));
	}

	@Test
	void stampedCursorsOutsideTheOffsetsThisApiWritesAreRejectedAsBefore() {
		// the first twelve characters of a cursor are its nine bytes of stamps and
		// marker,
		// of the form written now and of the one written before cursors named their list
		for (String prefix : new String[] { cursor(VERSION, 0).substring(0, 12),
				unlisted(VERSION, 0).substring(0, 12) }) {
			for (String digits : new String[] { "9223372036854775807", "+1", "\u0661", "-1", "", "1:" }) {
				String cursor = prefix + java.util.Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(digits.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				assertThatExceptionOfType(InvalidInputException.class).as(digits)
					.isThrownBy(() -> page(1, cursor, null, null).slice(VERSION, 5, LIMITS))
					.withMessageStartingWith(
							"after: '" + cursor + "' is not a cursor of this connection: pass the endCursor");
			}
		}
	}

	@Test
	void aCursorOfAnotherVersionIsRefusedNamingTheVersionItCameFrom() {
		String cursor = cursor(VERSION, 4);
		assertThatExceptionOfType(CursorVersionException.class)
			.isThrownBy(() -> page(1, cursor, null, null).slice(NEWER, 50, LIMITS))
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
			.isThrownBy(() -> page(null, null, 1, cursor).slice(NEWER, 50, LIMITS))
			.withMessageStartingWith("before: ");
	}

	@Test
	void aCursorWrittenBeforeCursorsCarriedTheirVersionIsRefusedAsOneOfAnUnknownVersion() {
		// offset:9: read as an offset of whichever version the request read, it skipped
		// or repeated items once a newer version was published
		String legacy = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("offset:9".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		for (String version : new String[] { VERSION, NEWER }) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> page(5, legacy, null, null).slice(version, 50, LIMITS))
				.withMessage("after: '" + legacy + "' is a cursor written before cursors named their dataset"
						+ " version, which are no longer read: its offset may be of another version, where paging on"
						+ " would skip or repeat items; start again without after, and page on with the cursors of"
						+ " its answers");
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> page(null, null, 5, legacy).slice(version, 50, LIMITS))
				.withMessageStartingWith("before: '" + legacy + "' is a cursor written before")
				.withMessageEndingWith("start again without before, and page on with the cursors of its answers");
		}
		assertThat(PageArguments.isCursor(legacy)).as("still told from an id where a nested list takes one").isTrue();
	}

	@Test
	void cursorsCarryTheirVersionAndListInTwelveCharactersComputedOncePerConnection() {
		// offset:19 was 12 characters; the version's stamp added 3 bytes and dropped the
		// colon, and the list's 3 bytes took the place of "off"
		assertThat(cursor(VERSION, 19)).hasSize(15).matches("[A-Za-z0-9_-]+");
		assertThat(cursor(VERSION, 99_999)).hasSize(19);
		assertThat(cursor(VERSION, 19)).isNotEqualTo(cursor(NEWER, 19))
			.isNotEqualTo(PageArguments.cursorIn(VERSION, PEOPLE, 19));
		assertThat(cursor(VERSION, 19)).as("the version's stamp")
			.startsWith(PageArguments.versionStamp(VERSION))
			.as("the list's")
			.doesNotStartWith(PageArguments.cursorIn(VERSION, PEOPLE, 19).substring(0, 8));
		assertThat(PageArguments.versionStamp(VERSION)).isSameAs(PageArguments.versionStamp(VERSION));
		for (long offset : new long[] { 0, 9, 10, 99, 100, 123_456_789, 999_999_999_999_999_999L }) {
			String cursor = cursor(VERSION, offset);
			byte[] raw = java.util.Base64.getUrlDecoder().decode(cursor);
			assertThat(new String(raw, 6, raw.length - 6, java.nio.charset.StandardCharsets.US_ASCII))
				.isEqualTo("pos" + offset);
			assertThat(page(1, cursor, null, null).slice(VERSION, Long.MAX_VALUE / 2, LIMITS).start())
				.isEqualTo(offset + 1);
		}
		PageArguments.Slice slice = page(3, null, null, null).slice(VERSION, 50, LIMITS);
		assertThat(slice.connection(java.util.List.of("a", "b", "c")).edges())
			.allSatisfy((edge) -> assertThat(edge.cursor()).startsWith(cursor(VERSION, 0).substring(0, 12)));
	}

	@Test
	void aCursorOfAnotherListIsRefusedSayingToStartAgainOrPassThisListsCursor() {
		String fromStatements = cursor(VERSION, 4);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PageArguments(2, fromStatements, null, null, PEOPLE).slice(VERSION, 50, LIMITS))
			.isNotInstanceOf(CursorVersionException.class)
			.withMessage("after: this cursor came from another list, or from people with another filter, and would"
					+ " point at another item here: start again without after, or pass the endCursor of this list's"
					+ " pageInfo (or an edge's cursor)");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PageArguments(null, null, 2, fromStatements, PEOPLE).slice(VERSION, 50, LIMITS))
			.withMessage("before: this cursor came from another list, or from people with another filter, and would"
					+ " point at another item here: start again without before, or pass the startCursor of this"
					+ " list's pageInfo (or an edge's cursor)");
		PagedList changes = PagedList.of("DatasetPublication.changes", List.of(), Map.of(), null);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PageArguments(2, fromStatements, null, null, changes).slice(VERSION, 50, LIMITS))
			.withMessageStartingWith("after: this cursor came from another list than DatasetPublication.changes, and"
					+ " would point at another item here: start again without after");
	}

	@Test
	void aCursorOfTheSameFieldWithAnotherFilterOrOrderIsRefused() {
		PagedList bySpeaker = PagedList.of("statements", List.of("filter", "orderBy"),
				Map.of("filter", Map.of("speakerName", "kasciunas")), null);
		PagedList byOtherSpeaker = PagedList.of("statements", List.of("filter", "orderBy"),
				Map.of("filter", Map.of("speakerName", "armonaite")), null);
		PagedList newestFirst = PagedList.of("statements", List.of("filter", "orderBy"), Map.of("filter",
				Map.of("speakerName", "kasciunas"), "orderBy", Map.of("field", "SAID_ON", "direction", "DESC")), null);
		String cursor = PageArguments.cursorIn(VERSION, bySpeaker, 4);
		for (PagedList other : new PagedList[] { byOtherSpeaker, newestFirst, STATEMENTS }) {
			assertThatExceptionOfType(InvalidInputException.class).as(other.toString())
				.isThrownBy(() -> new PageArguments(2, cursor, null, null, other).slice(VERSION, 50, LIMITS))
				.withMessageStartingWith("after: this cursor came from another list, or from statements with another"
						+ " filter or orderBy, and would point at another item here");
		}
		assertThat(new PageArguments(2, cursor, null, null, bySpeaker).slice(VERSION, 50, LIMITS).start()).isEqualTo(5);
	}

	@Test
	void aListIsWhatChoosesAndOrdersItsItemsHoweverItIsSpelled() {
		Map<String, Object> filter = new java.util.LinkedHashMap<>();
		filter.put("speakerName", "kasciunas");
		filter.put("agreementId", null);
		Map<String, Object> reordered = new java.util.LinkedHashMap<>();
		reordered.put("orderBy", Map.of("direction", "DESC", "field", "SAID_ON"));
		reordered.put("filter", Map.of("speakerName", "kasciunas"));
		Map<String, Object> ordered = new java.util.LinkedHashMap<>();
		ordered.put("filter", filter);
		ordered.put("orderBy", Map.of("field", "SAID_ON", "direction", "DESC"));
		ordered.put("first", 5);
		ordered.put("after", "b2Zmc2V0Ojk");
		assertThat(key("statements", ordered)).as("paging arguments, nulls and the order of entries aside")
			.isEqualTo(key("statements", reordered));
		Map<String, Object> emptyFilter = new java.util.HashMap<>();
		emptyFilter.put("filter", Map.of());
		emptyFilter.put("orderBy", null);
		assertThat(key("statements", emptyFilter)).as("an empty filter is no filter")
			.isEqualTo(key("statements", Map.of("last", 3)))
			.isEqualTo(STATEMENTS.key());
		assertThat(key("statements", Map.of("filter", Map.of("ids", List.of("a", "b")))))
			.isNotEqualTo(key("statements", Map.of("filter", Map.of("ids", List.of("a")))))
			.isNotEqualTo(key("statements", Map.of("filter", Map.of("ids", List.of("a,b")))));
		assertThat(key("statements", Map.of("filter", Map.of("text", "a\",b"))))
			.isNotEqualTo(key("statements", Map.of("filter", Map.of("text", "a", "b", ""))));
		assertThat(key("amounts", Map.of("min", new java.math.BigDecimal("1.50"))))
			.isEqualTo(key("amounts", Map.of("min", new java.math.BigDecimal("1.5"))));
		assertThat(key("statements", Map.of())).isNotEqualTo(key("people", Map.of()));
		assertThat(PagedList.of("Agreement.statements", List.of(), Map.of(), "QWdyZWVtZW50OmE").key())
			.as("a nested list's parent")
			.isNotEqualTo(PagedList.of("Agreement.statements", List.of(), Map.of(), "QWdyZWVtZW50OmI").key());
	}

	private static int key(String field, Map<String, ?> arguments) {
		return PagedList.of(field, List.of("filter", "orderBy"), arguments, null).key();
	}

	@Test
	void aCursorPagesOnInItsListForwardsAndBackwards() {
		PagedList list = PagedList.of("search", List.of("text", "orderBy"),
				Map.of("text", "Lithuania", "orderBy", "RELEVANCE"), null);
		List<String> forwards = new java.util.ArrayList<>();
		String after = null;
		do {
			PageArguments.Slice slice = new PageArguments(2, after, null, null, list).slice(VERSION, 5, LIMITS);
			Connection<Long> page = slice
				.connection(java.util.stream.LongStream.range(slice.start(), slice.end()).boxed().toList());
			forwards.addAll(page.edges().stream().map((edge) -> edge.node() + "").toList());
			after = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
		}
		while (after != null);
		List<String> backwards = new java.util.ArrayList<>();
		String before = null;
		do {
			PageArguments.Slice slice = new PageArguments(null, null, 2, before, list).slice(VERSION, 5, LIMITS);
			Connection<Long> page = slice
				.connection(java.util.stream.LongStream.range(slice.start(), slice.end()).boxed().toList());
			backwards.addAll(0, page.edges().stream().map((edge) -> edge.node() + "").toList());
			before = page.pageInfo().hasPreviousPage() ? page.pageInfo().startCursor() : null;
		}
		while (before != null);
		assertThat(forwards).containsExactly("0", "1", "2", "3", "4").isEqualTo(backwards);
	}

	@Test
	void aCursorOfAnotherListAndVersionIsRefusedForItsList() {
		// the version would not make it right: it is another list's in every version
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PageArguments(2, cursor(NEWER, 4), null, null, PEOPLE).slice(VERSION, 50, LIMITS))
			.isNotInstanceOf(CursorVersionException.class)
			.withMessageStartingWith("after: this cursor came from another list");
	}

	@Test
	void aCursorWrittenBeforeCursorsNamedTheirListIsReadCheckedForItsVersionOnly() {
		String issuedBefore = unlisted(VERSION, 9);
		for (PagedList list : new PagedList[] { STATEMENTS, PEOPLE }) {
			PageArguments.Slice slice = new PageArguments(5, issuedBefore, null, null, list).slice(VERSION, 50, LIMITS);
			assertThat(slice.start()).isEqualTo(10);
			assertThat(slice.connection(List.of("a")).edges().get(0).cursor())
				.as("the page's own cursors name its list")
				.isEqualTo(PageArguments.cursorIn(VERSION, list, 10));
		}
		assertThatExceptionOfType(CursorVersionException.class)
			.isThrownBy(() -> page(5, issuedBefore, null, null).slice(NEWER, 50, LIMITS));
		assertThat(PageArguments.isCursor(issuedBefore)).isTrue();
		assertThat(PageArguments.isCursor(cursor(VERSION, 9))).isTrue();
		assertThat(PageArguments.isCursor(NodeId.of("Statement", "kasciunas-joint-company"))).isFalse();
	}

	/**
	 * A cursor as written before cursors named their list: three bytes of the SHA-256 of
	 * the version, {@code offset} and the digits.
	 */
	static String unlisted(String version, long offset) {
		byte[] stamp = PageArguments.sha256(version);
		byte[] tail = ("offset" + offset).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] raw = new byte[3 + tail.length];
		System.arraycopy(stamp, 0, raw, 0, 3);
		System.arraycopy(tail, 0, raw, 3, tail.length);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	@Test
	void theLargestOffsetCursorGivesAnEmptyPageNotANegativeOne() {
		PageArguments.Slice slice = page(1, cursor(VERSION, 999_999_999_999_999_999L), null, null).slice(VERSION, 5,
				LIMITS);
		assertThat(slice.start()).isEqualTo(5);
		assertThat(slice.end()).isEqualTo(5);
	}

}
