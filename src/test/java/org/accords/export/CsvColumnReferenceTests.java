package org.accords.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV column reference in {@code docs/downloads.md} is what
 * {@link CsvColumnReference} writes from the tables' definitions: a column added, renamed
 * or described anew in {@link Tables} fails this test until the page is regenerated.
 */
class CsvColumnReferenceTests {

	@Test
	void theCommittedColumnReferenceIsTheGeneratedOne() throws IOException {
		if (Boolean.getBoolean(CsvColumnReference.WRITE_PROPERTY)) {
			CsvColumnReference.write();
		}
		String committed = Files.readString(CsvColumnReference.PAGE, StandardCharsets.UTF_8);
		assertThat(committed)
			.as("%s is not what export/Tables generates; regenerate it with%n  %s", CsvColumnReference.PAGE,
					CsvColumnReference.REGENERATE)
			.isEqualTo(CsvColumnReference.page(committed));
	}

	@Test
	void theReferenceListsEveryTableAndColumnInOrder() {
		String markdown = CsvColumnReference.markdown();
		int at = 0;
		for (Table<?> table : Tables.ALL) {
			at = markdown.indexOf("#### `" + table.name() + ".csv`", at);
			assertThat(at).as(table.name()).isPositive();
			for (Table.Column<?> column : table.columns()) {
				at = markdown.indexOf("| `" + column.name() + "` | " + column.type() + " | ", at);
				assertThat(at).as(table.name() + "." + column.name()).isPositive();
			}
		}
		assertThat(markdown).contains("One of MEMORANDUM_OF_UNDERSTANDING, AGREEMENT", "Always present.");
	}

	@Test
	void aColumnSaysWhenItIsEmptyAfterWhatItHolds() {
		// "What the party it is for; empty when the article names none is." read as if
		// the note were part of the subject: the note on empty cells ends the sentence
		for (Table<?> table : Tables.ALL) {
			for (Table.Column<?> column : table.columns()) {
				assertThat(column.description()).as(table.name() + "." + column.name())
					.doesNotContainPattern("empty when [^.]*(, for reading| is\\.|: a country)");
			}
		}
		Table.Column<?> obligorType = Tables.COMMITMENTS.columns()
			.stream()
			.filter((column) -> column.name().equals("obligor_type"))
			.findFirst()
			.orElseThrow();
		assertThat(obligorType.description()).startsWith("What the party that commits").contains(" is; empty when ");
	}

}
