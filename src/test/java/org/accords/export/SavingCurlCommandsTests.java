package org.accords.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.accords.Docs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curl command of the README or of {@code docs/} that saves the answer to a file says
 * {@code --fail}: without it a 404's problem text is saved under the file's name and curl
 * exits 0, so a script goes on with an "export" that is an error message. Not
 * {@code --fail-with-body}: that one exits 22 but still writes the error's text to the
 * file (curl 7.88, tried against a 404).
 */
class SavingCurlCommandsTests {

	/** A command line that saves to a file: {@code -O}, {@code -OJ}, {@code -o}. */
	private static final Pattern SAVES = Pattern.compile("^\\s*curl\\b.*\\s-[a-zA-Z]*[oO][a-zA-Z]*\\s.*");

	static List<String> savingCommands() throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(Docs.README);
		try (Stream<Path> pages = Files.list(Path.of("docs"))) {
			pages.filter((page) -> page.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		List<String> commands = new ArrayList<>();
		for (Path file : files) {
			for (String line : Docs.text(file).replace("\\\n", " ").split("\n")) {
				if (SAVES.matcher(line + " ").matches()) {
					commands.add(file + ": " + line.trim());
				}
			}
		}
		return commands;
	}

	@Test
	void theDocsHaveSavingCommands() throws IOException {
		assertThat(savingCommands()).anyMatch((command) -> command.contains("-OJ"));
	}

	@Test
	void everySavingCommandFailsWithoutSavingTheError() throws IOException {
		assertThat(savingCommands()).allMatch((command) -> command.contains("curl --fail "))
			.noneMatch((command) -> command.contains("--fail-with-body"));
	}

	/**
	 * The downloads page's curl examples keep their comments in one column, so that a
	 * longer command ({@code --fail} was added to the saving ones) does not push its
	 * comment out of line with the others.
	 */
	@Test
	void theDownloadsExamplesCommentsShareOneColumn() {
		String text = Docs.text(Docs.page("downloads.md"));
		String block = text.substring(text.indexOf("```bash\ncurl"),
				text.indexOf("```", text.indexOf("```bash\ncurl") + 3));
		List<Integer> columns = block.lines()
			.filter((line) -> line.startsWith("curl") && line.contains(" # "))
			.map((line) -> line.indexOf(" # "))
			.distinct()
			.toList();
		assertThat(columns).hasSize(1);
	}

}
