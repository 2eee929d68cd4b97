package org.accords.export;

import java.nio.file.Path;
import java.util.Map;

import org.accords.agreement.Agreement;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * agreements.csv marks a change sources date differently as it marks a disputed leaving:
 * an agreement's suspension in {@code events}, a participant's rejoining in
 * {@code participants}. Invented wire reports.
 */
class ChangeDateDisputeTableTests {

	@TempDir
	Path folder;

	private static Object cell(Agreement agreement, String column) {
		return Tables.AGREEMENTS.row(agreement, Map.of())[Tables.AGREEMENTS.header().indexOf(column)];
	}

	@Test
	void aSuspensionDatedADayApartIsMarkedDisputedInEvents() {
		SeedFixture.programmeEvent(this.folder, "amber-wire", "2025-11-21", "signed", "on 20 November", "SIGNED",
				"2025-11-20");
		SeedFixture.programmeEvent(this.folder, "baltic-ledger", "2026-03-10", "suspended", "on Monday", "SUSPENDED",
				"Monday");
		SeedFixture.programmeEvent(this.folder, "dnipro-desk", "2026-03-12", "suspended", "on Tuesday", "SUSPENDED",
				"Tuesday");
		Agreement programme = SeedFolder.validate(this.folder).agreements().get(0);
		assertThat(cell(programme, "events")).isEqualTo("SIGNED 2025-11-20; SUSPENDED 2026-03-09 disputed");
		assertThat(cell(programme, "disputed")).isEqualTo("true");
	}

	@Test
	void aRejoiningDatedOnTwoDaysIsMarkedDisputedInParticipants() {
		SeedFixture.latviaReport(this.folder, "daugava-wire", "2026-03-04",
				"Latvia withdrew from the river-patrol coalition on 3 March.", "leftOn: 2026-03-03",
				"Latvia withdrew from the river-patrol coalition on 3 March");
		SeedFixture.latviaReport(this.folder, "gulf-desk", "2026-06-11",
				"Latvia rejoined the river-patrol coalition on Wednesday.", "rejoinedOn: Wednesday",
				"Latvia rejoined the river-patrol coalition on Wednesday");
		SeedFixture.latviaReport(this.folder, "neman-post", "2026-06-16",
				"Latvia rejoined the river-patrol coalition on Monday.", "rejoinedOn: Monday",
				"Latvia rejoined the river-patrol coalition on Monday");
		Agreement coalition = SeedFolder.validate(this.folder).agreements().get(0);
		assertThat((String) cell(coalition, "participants"))
			.endsWith("(MEMBER, left 2026-03-03, rejoined 2026-06-10 disputed)");
	}

}
