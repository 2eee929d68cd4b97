package org.accords.seed;

import java.nio.file.Path;

import org.accords.paging.NodeId;
import org.accords.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The curated format for organizations that speak and for posts over time: what it
 * accepts, and the errors that name the file, the entry and the problem.
 */
@Execution(ExecutionMode.CONCURRENT)
class SpeakerAndPostValidationTests {

	private static final String ARMONAITE = "  - id: armonaite-technological-war\n    speaker: ausrine-armonaite\n";

	private static final String ECONOMY_MINISTRY = "lt-ministry-of-the-economy-and-innovation";

	@TempDir
	Path folder;

	@Test
	void aStatementMayNameAnOrganizationAsItsSpeaker() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, ARMONAITE,
					"  - id: armonaite-technological-war\n    speaker: " + ECONOMY_MINISTRY + "\n");
		Statement statement = SeedFolder.validate(this.folder)
			.statements()
			.stream()
			.filter((s) -> s.id().equals(NodeId.of("Statement", "armonaite-technological-war")))
			.findFirst()
			.orElseThrow();
		assertThat(statement.speakerId()).isNull();
		assertThat(statement.speakerOrganizationId()).isEqualTo(NodeId.of("Organization", ECONOMY_MINISTRY));
		assertThat(statement.organizationId()).isEqualTo(NodeId.of("Organization", ECONOMY_MINISTRY));
		assertThat(statement.speakerCountryId()).isEqualTo(NodeId.of("Country", "LT"));
	}

	@Test
	void aPersonMaySpeakOnBehalfOfAnOrganization() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, ARMONAITE, ARMONAITE + "    onBehalfOf: " + ECONOMY_MINISTRY + "\n");
		Statement statement = SeedFolder.validate(this.folder)
			.statements()
			.stream()
			.filter((s) -> s.id().equals(NodeId.of("Statement", "armonaite-technological-war")))
			.findFirst()
			.orElseThrow();
		assertThat(statement.speakerId()).isEqualTo(NodeId.of("Person", "ausrine-armonaite"));
		assertThat(statement.onBehalfOfId()).isEqualTo(NodeId.of("Organization", ECONOMY_MINISTRY));
		assertThat(statement.organizationId()).isEqualTo(NodeId.of("Organization", ECONOMY_MINISTRY));
	}

	@Test
	void anOrganizationSpeakingOnBehalfOfAnotherIsAnError() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, ARMONAITE, "  - id: armonaite-technological-war\n    speaker: "
					+ ECONOMY_MINISTRY + "\n    onBehalfOf: lt-ministry-of-national-defence\n");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedFolder.validate(this.folder))
			.withMessageContaining("statements[1] 'armonaite-technological-war': speaker '" + ECONOMY_MINISTRY
					+ "' is an organization; 'onBehalfOf' is for a person speaking for an organization");
	}

	@Test
	void onBehalfOfMustNameAKnownOrganization() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, ARMONAITE, ARMONAITE + "    onBehalfOf: LT\n");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedFolder.validate(this.folder))
			.withMessageContaining("000_f63eb9d75a69187d.yaml")
			.withMessageContaining("'armonaite-technological-war': onBehalfOf 'LT' is not a known Organization id");
	}

	@Test
	void onBehalfOfEvidenceMustBeInTheArticle() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, ARMONAITE, ARMONAITE + "    onBehalfOf: " + ECONOMY_MINISTRY
					+ "\n    onBehalfOfEvidence: [\"speaking for the whole government\"]\n");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedFolder.validate(this.folder))
			.withMessageContaining("'armonaite-technological-war': onBehalfOfEvidence: evidence[0]: excerpt not found");
	}

	@Test
	void aPostWithItsStartAfterItsEndIsAnError() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, "      - role: Minister of Strategic Industries\n",
					"      - role: Minister of Strategic Industries\n        from: 2024-09-01\n        to: 2024-03\n");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedFolder.validate(this.folder))
			.withMessageContaining(
					"people[2] 'oleksandr-kamyshin': posts[0]: 'from' 2024-09-01 is after 'to' 2024-03-01 (MONTH)");
	}

	@Test
	void aPostDateMustBeADate() {
		SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, "      - role: Minister of Strategic Industries\n",
					"      - role: Minister of Strategic Industries\n        from: last summer-ish\n");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedFolder.validate(this.folder))
			.withMessageContaining(
					"people[2] 'oleksandr-kamyshin': posts[0]: from 'last summer-ish' is neither a date");
	}

}
