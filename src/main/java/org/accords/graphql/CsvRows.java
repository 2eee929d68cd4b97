package org.accords.graphql;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The one CSV setup, for the downloads ({@code export/TableWriter}) and for GraphQL
 * answers in CSV ({@link ConnectionCsv}): RFC 4180 with CRLF line ends, the header as the
 * first row (a row of its own, so that an empty table still has one), a value quoted only
 * where the RFC needs it, the target left open. The copy for spreadsheets
 * ({@code ?bom=true}) also leads each text cell that a spreadsheet would run as a formula
 * with an apostrophe ({@link #defused(Object[])}, {@link #defused(byte[])}).
 */
public final class CsvRows {

	private static final CsvMapper CSV = CsvMapper.builder()
		// the target is the response or a zip entry: closing it is the caller's business
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		// quote a value only when RFC 4180 needs it, not by a length heuristic
		.enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
		.build();

	/**
	 * The characters that make Excel, LibreOffice and Google Sheets read a cell as a
	 * formula when they lead it (OWASP "CSV Injection": {@code = + - @}, a tab, a
	 * carriage return), a line feed and a NUL (OWASP ASVS 1.2.10), the full-width
	 * {@code =}, {@code +}, {@code -} and {@code @} (U+FF1D, U+FF0B, U+FF0D, U+FF20),
	 * which some East Asian versions of Excel read as those, and the other look-alikes of
	 * the signs: their small forms (U+FE66, U+FE62, U+FE63, U+FE6B) and the minus sign
	 * (U+2212). A look-alike that no spreadsheet reads as a sign costs an apostrophe in
	 * the copy for spreadsheets; one that some spreadsheet does read, a formula.
	 */
	private static final String FORMULA_LEADS = "=+-@\t\r\n\u0000\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212";

	/**
	 * A plain decimal number, which a spreadsheet reads as that number whatever its sign:
	 * no formula, so left as it is.
	 */
	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	/** The spreadsheets' mark for "text, not a formula". */
	private static final char TEXT_MARK = '\'';

	private CsvRows() {
	}

	/**
	 * Whether a spreadsheet would run the cell as a formula: it starts with {@code =},
	 * {@code +}, {@code -}, {@code @} (or a look-alike: their full-width or small forms,
	 * the minus sign), a tab, a carriage return, a line feed or a NUL, or with blanks
	 * ({@link #isBlank}) before one of those, and is not a plain number ({@code -12.5} is
	 * data a spreadsheet reads as the number; a look-alike sign or a blank leads no
	 * number this writes, which writes digits in ASCII and no blank before them).
	 */
	static boolean runsAsFormula(CharSequence cell) {
		return leadsAsFormula(cell, 0) && !NUMBER.matcher(cell).matches();
	}

	/**
	 * Whether the cell that starts at {@code start} of {@code text} starts as a formula
	 * would: with one of {@link #FORMULA_LEADS}, or with blanks before one, which a
	 * spreadsheet skips before it decides (an import that trims spaces does too), so
	 * {@code "  =1+2"} runs as {@code "=1+2"} does. OWASP lists only the leading
	 * character; the apostrophe costs a cell that starts with blanks and a sign nothing a
	 * spreadsheet shows.
	 */
	private static boolean leadsAsFormula(CharSequence text, int start) {
		int i = start;
		while (i < text.length()) {
			int c = Character.codePointAt(text, i);
			if (FORMULA_LEADS.indexOf(c) >= 0) {
				return true;
			}
			if (!isBlank(c)) {
				return false;
			}
			i += Character.charCount(c);
		}
		return false;
	}

	/**
	 * A blank a spreadsheet may skip before a cell's first character: a space, a no-break
	 * or other Unicode space (U+00A0, U+2007, U+202F, U+3000, …), a line or paragraph
	 * separator, the other white space of {@link Character#isWhitespace} (tab, line feed,
	 * carriage return and NUL are formula leads of their own), and every invisible format
	 * character (Unicode category Cf): the zero-width space, joiners and marks (U+200B to
	 * U+200F), the bidirectional embeddings, overrides and isolates (U+202A to U+202E,
	 * U+2066 to U+2069), the word joiner (U+2060), the soft hyphen (U+00AD), the
	 * zero-width no-break space (U+FEFF), the tag characters (U+E0001, U+E0020 to
	 * U+E007F), which show nothing before the sign that a reader sees lead the cell (a
	 * right-to-left override shows the sign first whatever follows it).
	 */
	private static boolean isBlank(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
	}

	/**
	 * A row for the copy opened in spreadsheets: each text cell that would run as a
	 * formula led by an apostrophe, which spreadsheets read as "text", every other cell
	 * as it is.
	 */
	public static @Nullable Object[] defused(@Nullable Object[] row) {
		@Nullable Object[] defused = row;
		for (int i = 0; i < row.length; i++) {
			if (row[i] instanceof String text && runsAsFormula(text)) {
				if (defused == row) {
					defused = row.clone();
				}
				defused[i] = TEXT_MARK + text;
			}
		}
		return defused;
	}

	/**
	 * A CSV that {@link #open} wrote (UTF-8), as its copy for spreadsheets: each cell
	 * that would run as a formula ({@link #runsAsFormula}) led by an apostrophe, inside
	 * its quotes when quoted; every other byte as it is.
	 */
	public static byte[] defused(byte[] csv) {
		String text = new String(csv, StandardCharsets.UTF_8);
		StringBuilder out = null;
		int copied = 0;
		int i = 0;
		int length = text.length();
		while (i <= length) {
			// i starts a field
			boolean quoted = i < length && text.charAt(i) == '"';
			int start = quoted ? i + 1 : i;
			int end = start;
			// the cell's words are read only when they start as a formula would
			boolean suspect = leadsAsFormula(text, start);
			StringBuilder cell = new StringBuilder();
			if (quoted) {
				while (end < length) {
					char c = text.charAt(end);
					if (c == '"' && end + 1 < length && text.charAt(end + 1) == '"') {
						if (suspect) {
							cell.append('"');
						}
						end += 2;
					}
					else if (c == '"') {
						break;
					}
					else {
						if (suspect) {
							cell.append(c);
						}
						end++;
					}
				}
			}
			else {
				while (end < length && text.charAt(end) != ',' && text.charAt(end) != '\r'
						&& text.charAt(end) != '\n') {
					end++;
				}
				if (suspect) {
					cell.append(text, start, end);
				}
			}
			if (suspect && runsAsFormula(cell)) {
				if (out == null) {
					out = new StringBuilder(length + 64);
				}
				out.append(text, copied, start).append(TEXT_MARK);
				copied = start;
			}
			// past the closing quote to the separator
			int next = quoted ? Math.min(end + 1, length) : end;
			if (next >= length) {
				break;
			}
			char separator = text.charAt(next);
			i = (separator == '\r' && next + 1 < length && text.charAt(next + 1) == '\n') ? next + 2 : next + 1;
			if (separator != ',' && i >= length) {
				break;
			}
		}
		if (out == null) {
			return csv;
		}
		out.append(text, copied, length);
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Writes the header row of {@code columns} to {@code out}, and returns the writer of
	 * the rows (arrays of values in the columns' order); closing it does not close
	 * {@code out}.
	 */
	public static SequenceWriter open(Collection<String> columns, OutputStream out) {
		SequenceWriter writer = writer(columns).writeValues(out);
		writer.write(columns.toArray());
		return writer;
	}

	/** As {@link #open(Collection, OutputStream)}, to a character stream. */
	public static SequenceWriter open(Collection<String> columns, Writer out) {
		SequenceWriter writer = writer(columns).writeValues(out);
		writer.write(columns.toArray());
		return writer;
	}

	private static ObjectWriter writer(Collection<String> columns) {
		CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
		columns.forEach(schema::addColumn);
		return CSV.writer(schema.build());
	}

}
