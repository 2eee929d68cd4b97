package org.accords.seed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accords.agreement.Agreement;
import org.accords.agreement.AgreementLinkKind;
import org.accords.event.Event;
import org.accords.paging.NodeId;
import org.accords.statement.Statement;
import org.accords.synthetic.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The curated links between agreements, programmes and events of the invented reports in
 * {@code src/test/resources/link-fixtures}: what the validator makes of them, and the
 * mistakes it rejects with the file and entry named.
 */
@Execution(ExecutionMode.CONCURRENT)
class LinkValidationTests {

	private static final String FRAMEWORK_FILE = "curated/a_harbour_wire.yaml";

	private static final String IMPLEMENTING_FILE = "curated/b_kyiv_courier.yaml";

	private static SeedFiles fixtures() {
		return ValidateCommand.read(Path.of("src/test/resources/link-fixtures"));
	}

	/**
	 * The fixtures with the first occurrence of {@code from} in a curated file replaced.
	 */
	private static SeedFiles changed(String file, String from, String to) {
		return SeedFixture.changed(fixtures(), file, from, to);
	}

	/**
	 * Where the first line of a curated file that contains {@code text} is, as problems
	 * name it: {@code curated/x.yaml:12}.
	 */
	private static String at(SeedFiles files, String file, String text) {
		for (SeedFiles.SeedFile f : files.curated()) {
			if (f.path().equals(file)) {
				List<String> lines = new String(f.bytes(), StandardCharsets.UTF_8).lines().toList();
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).contains(text)) {
						return file + ":" + (i + 1);
					}
				}
			}
		}
		throw new AssertionError(file + " has no line with " + text);
	}

	private static List<String> problems(SeedFiles files) {
		return SeedFixture.problems(files);
	}

	@Test
	void linkToAnAgreementOfAnotherFileIsResolvedWithItsEvidence() {
		SeedDataset dataset = SeedValidator.validate(fixtures());
		Agreement implementing = dataset.agreements()
			.stream()
			.filter((a) -> a.id().equals(NodeId.of(Agreement.TYPE, "dk-ua-shell-implementing-agreement")))
			.findFirst()
			.orElseThrow();
		assertThat(implementing.links()).hasSize(1);
		assertThat(implementing.links().get(0).kind()).isEqualTo(AgreementLinkKind.IMPLEMENTS);
		assertThat(implementing.links().get(0).targetId())
			.isEqualTo(NodeId.of(Agreement.TYPE, "dk-ua-ammunition-framework"));
		assertThat(implementing.links().get(0).evidence().get(0).excerpt()).startsWith("an implementing agreement");
		assertThat(implementing.linkTargetIds())
			.containsExactly(NodeId.of(Agreement.TYPE, "dk-ua-ammunition-framework"));
		assertThat(implementing.programmeId()).isEqualTo(NodeId.of("Programme", "nordhavn-scheme"));
		assertThat(implementing.signedAtId()).isEqualTo(NodeId.of(Event.TYPE, "kyiv-press-conference-2025-06-11"));
	}

	@Test
	void eventDatesCarryTheirPrecisionAndParticipantsCountForTheirCountries() {
		SeedDataset dataset = SeedValidator.validate(fixtures());
		Event meeting = dataset.events()
			.stream()
			.filter((e) -> e.id().equals(NodeId.of(Event.TYPE, "hlibova-vestergaard-meeting")))
			.findFirst()
			.orElseThrow();
		assertThat(meeting.date()).isEqualTo("2025-03-01");
		assertThat(meeting.datePrecision()).hasToString("MONTH");
		assertThat(meeting.countryIds()).containsExactly(NodeId.of("Country", "DK"), NodeId.of("Country", "UA"));
		Event conference = dataset.events()
			.stream()
			.filter((e) -> e.id().equals(NodeId.of(Event.TYPE, "kyiv-press-conference-2025-06-11")))
			.findFirst()
			.orElseThrow();
		assertThat(conference.date()).isEqualTo("2025-06-11");
		assertThat(dataset.statements()).extracting(Statement::eventId).containsOnly(conference.id());
	}

	@Test
	void programmeReportedByTwoArticlesIsOneProgrammeWithTwoSources() {
		SeedDataset dataset = SeedValidator.validate(fixtures());
		assertThat(dataset.programmes()).hasSize(1);
		assertThat(dataset.programmes().get(0).getSourceCount()).isEqualTo(2);
		assertThat(dataset.programmes().get(0).countryId()).isEqualTo(NodeId.of("Country", "DK"));
	}

	@Test
	void seedMemorandumWasSignedDuringTheVisitAndTheQuoteMadeAtThePressConference() {
		SeedDataset dataset = SeedValidator.validate(ValidateCommand.read(Path.of("seed-data")));
		Agreement memorandum = dataset.agreements().get(0);
		assertThat(memorandum.signedAtId()).isEqualTo(NodeId.of(Event.TYPE, "kasciunas-visit-kyiv-2024-11"));
		Event visit = dataset.events()
			.stream()
			.filter((e) -> e.id().equals(memorandum.signedAtId()))
			.findFirst()
			.orElseThrow();
		assertThat(visit.date()).isEqualTo(memorandum.signedOn()).isEqualTo("2024-11-04");
		assertThat(visit.place()).isEqualTo(memorandum.signedIn());
		Statement quote = dataset.statements()
			.stream()
			.filter((s) -> s.id().equals(NodeId.of(Statement.TYPE, "kasciunas-umbrella-memorandum")))
			.findFirst()
			.orElseThrow();
		assertThat(quote.occasion()).isEqualTo("press conference");
		assertThat(quote.eventId()).isEqualTo(NodeId.of(Event.TYPE, "kasciunas-press-conference-2024-11-05"));
		assertThat(dataset.events()).hasSize(2);
		assertThat(dataset.programmes()).isEmpty();
	}

	@Test
	void syntheticCorpusHasSigningEventsAndAgreementsThatFollowEarlierOnes(@TempDir Path folder) throws Exception {
		SyntheticCorpus.write(folder, 500, 7);
		SeedDataset dataset = SeedValidator.validate(ValidateCommand.read(folder));
		assertThat(dataset.agreements()).hasSize(3);
		assertThat(dataset.events()).hasSize(3);
		assertThat(dataset.agreements()).allMatch((a) -> a.signedAtId() != null);
		Agreement second = dataset.agreements().get(1);
		assertThat(second.links()).singleElement()
			.satisfies((link) -> assertThat(link.targetId()).isEqualTo(dataset.agreements().get(0).id()))
			.satisfies((link) -> assertThat(link.kind()).isEqualTo(AgreementLinkKind.FOLLOWS));
		assertThat(dataset.agreements().get(2).links()).isEmpty();
	}

	@Test
	void linkToAnUnknownAgreementNamesTheFileAndEntry() {
		SeedFiles files = changed(IMPLEMENTING_FILE, "target: dk-ua-ammunition-framework",
				"target: dk-ua-ammo-framework");
		assertThat(problems(files)).containsExactly(at(files, IMPLEMENTING_FILE, "target: dk-ua-ammo-framework")
				+ ": agreements[0] 'dk-ua-shell-implementing-agreement': links[0]: "
				+ "target 'dk-ua-ammo-framework' is not a known Agreement id; did you mean 'dk-ua-ammunition-framework'?");
	}

	@Test
	void linkToItselfIsRejected() {
		SeedFiles files = changed(IMPLEMENTING_FILE, "target: dk-ua-ammunition-framework",
				"target: dk-ua-shell-implementing-agreement");
		assertThat(problems(files))
			.containsExactly(at(files, IMPLEMENTING_FILE, "target: dk-ua-shell-implementing-agreement")
					+ ": agreements[0] 'dk-ua-shell-implementing-agreement': links[0]: "
					+ "target 'dk-ua-shell-implementing-agreement' is the agreement itself; "
					+ "a link joins two different agreements");
	}

	@Test
	void agreementsThatSupersedeEachOtherAreRejected() {
		SeedFiles files = changed(FRAMEWORK_FILE, "    programme: nordhavn-scheme\n", """
				    programme: nordhavn-scheme
				    links:
				      - kind: SUPERSEDES
				        target: dk-ua-shell-implementing-agreement
				        evidence: ["The framework sets the terms"]
				""");
		List<SeedFiles.SeedFile> curated = new ArrayList<>();
		for (SeedFiles.SeedFile f : files.curated()) {
			String text = new String(f.bytes(), StandardCharsets.UTF_8);
			curated.add(new SeedFiles.SeedFile(f.path(),
					(f.path().equals(IMPLEMENTING_FILE) ? text.replace("kind: IMPLEMENTS", "kind: SUPERSEDES") : text)
						.getBytes(StandardCharsets.UTF_8)));
		}
		List<String> problems = problems(new SeedFiles(files.articles(), curated));
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0)).contains(": links[0]: SUPERSEDES makes a circle (")
			.contains("dk-ua-ammunition-framework supersedes dk-ua-shell-implementing-agreement")
			.contains("an agreement cannot supersede one that supersedes it");
	}

	@Test
	void badLinkKindAndMissingEvidenceAreRejected() {
		SeedFiles kind = changed(IMPLEMENTING_FILE, "kind: IMPLEMENTS", "kind: CARRIES_OUT");
		assertThat(problems(kind)).containsExactly(at(kind, IMPLEMENTING_FILE, "kind: CARRIES_OUT")
				+ ": agreements[0] 'dk-ua-shell-implementing-agreement': links[0]: "
				+ "kind 'CARRIES_OUT' is not one of FOLLOWS, IMPLEMENTS, AMENDS, SUPERSEDES");
		SeedFiles noEvidence = changed(IMPLEMENTING_FILE,
				"        evidence: [\"an implementing agreement for shell production under their March framework agreement\"]\n",
				"");
		// the line of the link the problem names
		assertThat(problems(noEvidence)).containsExactly(at(noEvidence, IMPLEMENTING_FILE, "- kind: IMPLEMENTS")
				+ ": agreements[0] 'dk-ua-shell-implementing-agreement': links[0]: "
				+ "needs at least one evidence excerpt");
	}

	@Test
	void unknownEventAndProgrammeAreRejected() {
		SeedFiles event = changed(IMPLEMENTING_FILE, "    event: kyiv-press-conference-2025-06-11",
				"    event: kyiv-briefing");
		assertThat(problems(event)).containsExactly(at(event, IMPLEMENTING_FILE, "event: kyiv-briefing")
				+ ": statements[0] 'vestergaard-first-shells': event 'kyiv-briefing' is not a known Event id");
		SeedFiles programme = changed(FRAMEWORK_FILE, "    programme: nordhavn-scheme", "    programme: nordhavn");
		assertThat(problems(programme)).containsExactly(at(programme, FRAMEWORK_FILE, "programme: nordhavn")
				+ ": agreements[0] 'dk-ua-ammunition-framework': programme 'nordhavn' is not a known Programme id");
		SeedFiles tour = changed(FRAMEWORK_FILE, "kind: VISIT", "kind: TOUR");
		assertThat(problems(tour)).hasSize(1)
			.allMatch((p) -> p.startsWith(at(tour, FRAMEWORK_FILE, "kind: TOUR")
					+ ": events[0] 'hlibova-visit-copenhagen': kind 'TOUR' is not one of MEETING, VISIT"));
	}

}
