package org.accords.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the CSV column reference of {@code docs/downloads.md} from the tables' own
 * definitions ({@link Tables}): every collection's columns in order, with type and
 * description, the values an enum column takes and whether a column is always present.
 * The reference is the end of that page, from its {@value #HEADING} heading on;
 * {@link CsvColumnReferenceTests} fails when the committed page differs from what this
 * writes, and rewrites it when run with {@value #WRITE_PROPERTY}{@code =true}.
 */
final class CsvColumnReference {

	static final Path PAGE = Path.of("docs", "downloads.md");

	static final String HEADING = "### CSV columns";

	static final String WRITE_PROPERTY = "accords.docs.write";

	static final String REGENERATE = "./mvnw -o test -Dtest=CsvColumnReferenceTests -D" + WRITE_PROPERTY + "=true";

	private CsvColumnReference() {
	}

	/** The reference as Markdown, from its heading to the end of the page. */
	static String markdown() {
		StringBuilder md = new StringBuilder(HEADING).append("\n\n");
		md.append("<!-- Generated from export/Tables; do not edit by hand. Regenerate with\n     ")
			.append(REGENERATE)
			.append(" -->\n");
		for (Table<?> table : Tables.ALL) {
			md.append("\n#### `").append(Downloads.file(table, Format.CSV)).append("`\n\n");
			md.append(table.description()).append("\n\n");
			md.append("| column | type | what |\n| --- | --- | --- |\n");
			for (Table.Column<?> column : table.columns()) {
				String what = column.description()
						+ (column.values().isEmpty() ? "" : " One of " + String.join(", ", column.values()) + ".")
						+ (column.type().equals(Table.BOOLEAN) ? " Written " + Table.TRUE + " or " + Table.FALSE + "."
								: "")
						+ (column.required() ? " Always present." : "");
				md.append("| `")
					.append(column.name())
					.append("` | ")
					.append(column.type())
					.append(" | ")
					.append(cell(what))
					.append(" |\n");
			}
		}
		return md.toString();
	}

	/** The page as it should be: its text before the reference, then the reference. */
	static String page(String current) {
		int start = current.indexOf("\n" + HEADING + "\n");
		String before = (start < 0) ? current.stripTrailing() + "\n" : current.substring(0, start + 1);
		return before + markdown();
	}

	static void write() throws IOException {
		Files.writeString(PAGE, page(Files.readString(PAGE, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

	public static void main(String[] args) throws IOException {
		write();
	}

}
