package org.accords.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.accords.paging.NodeId;

/**
 * The curator fixtures of a member that withdrew (invented reports under
 * {@code src/test/resources/curator-fixtures}): Latvia, a co-leader of a mine-clearance
 * coalition launched in February 2025, withdrew "on Tuesday" (14 April 2026) as one
 * publisher reports it, and Estonia took its place that day; another publisher reports
 * the withdrawal took effect on 1 April. Each report is copied with its curated file into
 * a seed folder.
 */
public final class LeavingFixture {

	private static final Path FIXTURES = Path.of("src/test/resources/curator-fixtures");

	/** The reports, in the order the loader reads them. */
	public static final List<String> REPORTS = List.of("213_hanseatic_lv_leaves_mine_clearance_coalition",
			"214_nemunas_lv_withdrawal_took_effect");

	public static final String LATVIA = NodeId.of("Country", "LV");

	public static final String LITHUANIA = NodeId.of("Country", "LT");

	public static final String ESTONIA = NodeId.of("Country", "EE");

	public static final String UKRAINE = NodeId.of("Country", "UA");

	public static final String FIRST_REPORT = NodeId.of("Article", "hanseatic-wire-2026-04-15");

	public static final String SECOND_REPORT = NodeId.of("Article", "nemunas-desk-2026-04-17");

	private LeavingFixture() {
	}

	/** Copies the reports and their curated files into {@code folder}; its location. */
	public static String copyTo(Path folder) {
		try {
			Files.createDirectories(folder.resolve("articles"));
			Files.createDirectories(folder.resolve("curated"));
			for (String report : REPORTS) {
				Files.copy(FIXTURES.resolve("articles/" + report + ".txt"),
						folder.resolve("articles/" + report + ".txt"));
				Files.copy(FIXTURES.resolve("curated/" + report + ".yaml"),
						folder.resolve("curated/" + report + ".yaml"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return folder.toUri().toString();
	}

}
