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
		SeedFixture.programmeSuspendedOnTwoDays(this.folder);
		Agreement programme = SeedFolder.validate(this.folder).agreements().get(0);
		assertThat(cell(programme, "events")).isEqualTo("SIGNED 2025-11-20; SUSPENDED 2026-03-09 disputed");
		assertThat(cell(programme, "disputed")).isEqualTo("true");
	}

	@Test
	void aRejoiningDatedOnTwoDaysIsMarkedDisputedInParticipants() {
		SeedFixture.latviaRejoinedOnTwoDays(this.folder);
		Agreement coalition = SeedFolder.validate(this.folder).agreements().get(0);
		assertThat((String) cell(coalition, "participants"))
			.endsWith("(MEMBER, left 2026-03-03, rejoined 2026-06-10 disputed)");
	}

	@Test
	void aSuspensionAndAResumptionDatedOnTwoDaysAreMarkedDisputedInParticipants() {
		SeedFixture.latviaSuspendedAndResumedOnTwoDaysEach(this.folder);
		Agreement coalition = SeedFolder.validate(this.folder).agreements().get(0);
		assertThat((String) cell(coalition, "participants"))
			.endsWith("(MEMBER, suspended 2026-04-01 disputed, resumed 2026-07-02 disputed)");
	}

}
