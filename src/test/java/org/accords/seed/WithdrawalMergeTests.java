package org.accords.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accords.agreement.Agreement;
import org.accords.commitment.Commitment;
import org.accords.evidence.Claim;
import org.accords.evidence.Provenance;
import org.accords.paging.NodeId;
import org.accords.seed.ReportMerger.Merged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A correction that says an item of its publisher's report (a party, an area) or a whole
 * fact (a signature, a pledge) was wrong names it in {@code withdraws}: silence is no
 * correction. The item or fact is withdrawn on the rule of a corrected value (every
 * article that gives it is corrected by one that withdraws it): it is not served, and it
 * stays a claim naming the correction. What another source also gives stands. The
 * fixtures are three invented reports under
 * {@code src/test/resources/withdrawal-fixtures}.
 */
class WithdrawalMergeTests {

	private static final String REPORT = NodeId.of("Article", "harbor-line-2025-09-08");

	private static final String CORRECTION = NodeId.of("Article", "harbor-line-2025-09-09-correction");

	private static final String OTHER = NodeId.of("Article", "tidewater-2025-09-08");

	private static final String CORRECTION_FILE = "curated/b_harbor_line_correction.yaml";

	// ---- the merge's rule ----

	private static Merged listing(Map<String, Set<String>> correctedBy, String... articleAndParty) {
		Merged m = new ReportMerger("Agreement", correctedBy).report("a", "a.yaml: agreements[0]", "a.yaml");
		for (int i = 0; i < articleAndParty.length; i += 2) {
			m.source(articleAndParty[i]);
			m.item("parties", articleAndParty[i + 1], articleAndParty[i], "f" + i + ".yaml");
		}
		return m;
	}

	@Test
	void anItemOnlyTheCorrectedReportGivesIsLeftOutAndStaysAClaimNamingTheCorrection() {
		Merged m = listing(Map.of("r", Set.of("c")), "r", "PL", "r", "LV");
		m.withdrawItem("parties", "LV", "c", false);
		assertThat(m.<String>items("parties")).containsExactly("PL");
		// one source, yet the withdrawn item is listed: it is not silently dropped
		assertThat(m.provenance(Map.of(), String::valueOf).claims())
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::correctedByIds)
			.containsExactly(tuple("PL", List.of("r"), false, List.of()),
					tuple("LV", List.of("r"), false, List.of("c")));
	}

	@Test
	void anItemAnotherSourceAlsoGivesStands() {
		Merged m = listing(Map.of("r", Set.of("c")), "r", "LV", "other", "LV");
		m.withdrawItem("parties", "LV", "c", false);
		assertThat(m.<String>items("parties")).containsExactly("LV");
		assertThat(m.provenance(Map.of(), String::valueOf).claims()).extracting(Claim::correctedBy)
			.containsExactly((List<String>) null);
	}

	@Test
	void aWithdrawalByAnArticleThatCorrectsNoneOfTheReportsWithdrawsNothing() {
		Merged m = listing(Map.of("r", Set.of("c")), "r", "LV");
		m.withdrawItem("parties", "LV", "unrelated", false);
		assertThat(m.<String>items("parties")).containsExactly("LV");
		Merged fact = listing(Map.of("r", Set.of("c")), "r", "LV");
		fact.withdraw("unrelated");
		assertThat(fact.withdrawnBy()).isEmpty();
		fact.withdraw("c");
		assertThat(fact.withdrawnBy()).containsExactly("c");
	}

	// ---- the curated files ----

	private static SeedFiles fixtures() {
		return ValidateCommand.read(Path.of("src/test/resources/withdrawal-fixtures"));
	}

	private static SeedFiles changed(String file, String from, String to) {
		return SeedFixture.changed(fixtures(), file, from, to);
	}

	private static List<String> keys(List<String> ids) {
		return ids.stream().map((id) -> NodeId.parse(id).key()).toList();
	}

	private static List<String> claims(Agreement agreement, String field) {
		return agreement.getClaims()
			.stream()
			.filter((claim) -> claim.field().equals(field) && claim.correctedBy() != null)
			.map((claim) -> NodeId.parse(claim.value()).key() + " from " + keys(claim.sourceIds()) + " corrected by "
					+ keys(claim.correctedByIds()) + (claim.competing() ? " competing" : ""))
			.toList();
	}

	@Test
	void theCorrectionsWithdrawalsAreLeftOutAndKeptAsClaimsOfTheAgreement() {
		SeedDataset dataset = SeedValidator.validate(fixtures());
		Agreement agreement = dataset.agreements().get(0);
		// Latvia only the report gave: withdrawn; Estonia Tidewater gives too
		assertThat(keys(agreement.partyIds())).containsExactly("PL", "LT", "EE");
		assertThat(claims(agreement, "parties"))
			.containsExactly("LV from [harbor-line-2025-09-08] corrected by [harbor-line-2025-09-09-correction]");
		// the parties the list shows are served; the withdrawn one, and the withdrawn
		// facts
		// kept as claims of the agreement, are not
		assertThat(agreement.getClaims()).filteredOn((claim) -> claim.field().equals("parties"))
			.extracting((claim) -> NodeId.parse(claim.value()).key(), Claim::served)
			.containsExactly(tuple("PL", true), tuple("LT", true), tuple("LV", false), tuple("EE", true));
		assertThat(agreement.getClaims()).filteredOn((claim) -> !claim.correctedByIds().isEmpty())
			.extracting(Claim::served)
			.containsOnly(false);
		// a withdrawn area and pledge are not served, and stay claims of their agreement
		assertThat(dataset.cooperationAreas()).extracting((a) -> NodeId.parse(a.id()).key())
			.containsExactly("area-mine-clearance", "area-diver-training");
		assertThat(dataset.commitments()).extracting((c) -> NodeId.parse(c.id()).key())
			.containsExactly("pl-diving-school");
		assertThat(claims(agreement, "cooperationAreas")).containsExactly(
				"area-shipyard-repairs from [harbor-line-2025-09-08] corrected by [harbor-line-2025-09-09-correction]");
		assertThat(claims(agreement, "commitments")).containsExactly(
				"ee-minehunters from [harbor-line-2025-09-08] corrected by [harbor-line-2025-09-09-correction]");
		// Kaarel Kask's signature Tidewater reports too: it stands, undisputed
		assertThat(dataset.signatories()).extracting((s) -> NodeId.parse(s.id()).key())
			.containsExactly("signer-for-lithuania", "signer-for-estonia", "signer-for-poland");
		assertThat(claims(agreement, "signatories")).isEmpty();
		assertThat(agreement.isDisputed()).isFalse();
		// the correction is a source of the agreement, with its words
		assertThat(agreement.getSources()).extracting((s) -> s.articleId()).containsExactly(REPORT, OTHER, CORRECTION);
		assertThat(agreement.evidence()).extracting((e) -> e.excerpt())
			.contains("wrongly said that Latvia was a party to it", "Estonia made no pledge to send minehunters.");
	}

	@Test
	void aFactThatRefersToAWithdrawnAreaNoLongerListsItAndSaysWhy() {
		SeedDataset dataset = SeedValidator.validate(fixtures());
		var school = dataset.commitments().get(0);
		assertThat(keys(school.areaIds())).containsExactly("area-diver-training");
		assertThat(school.getClaims()).filteredOn((claim) -> claim.correctedBy() != null)
			.extracting((claim) -> NodeId.parse(claim.value()).key(), Claim::correctedByIds)
			.containsExactly(tuple("area-shipyard-repairs", List.of(CORRECTION)));
	}

	@Test
	void aWithdrawnObligorIsNeitherAmongTheObligorsNorServedAsTheObligor() {
		SeedFiles files = SeedFixture.changed(
				changed("curated/a_harbor_line.yaml", "    obligor: PL\n", "    obligor: PL\n    obligors: [LT]\n"),
				CORRECTION_FILE, "  withdraws:\n",
				"  withdraws:\n    - commitment: pl-diving-school\n      obligors: [PL]\n"
						+ "      evidence: [\"The agreement does not cover shipyard repairs.\"]\n");
		var school = SeedValidator.validate(files).commitments().get(0);
		assertThat(keys(school.obligorIds())).containsExactly("LT");
		assertThat(NodeId.parse(school.obligorId()).key()).isEqualTo("LT");
		assertThat(school.getCorrectedValues()).extracting(Claim::field, (claim) -> NodeId.parse(claim.value()).key())
			.containsExactly(tuple("obligor", "PL"), tuple("obligors", "PL"), tuple("areas", "area-shipyard-repairs"));
	}

	/**
	 * The diving school's commitment when Tidewater names Lithuania as its obligor and
	 * the harbour line's correction withdraws its Poland from the obligors.
	 */
	private static Commitment tidewatersLithuaniaBesidePolandWithdrawn() {
		SeedFiles files = SeedFixture.changed(changed("curated/c_tidewater.yaml", "signatories:\n", """
				commitments:
				  - id: pl-diving-school
				    agreement: baltic-mine-clearance
				    obligor: LT
				    evidence: ["by Poland, Lithuania and Estonia"]
				signatories:
				"""), CORRECTION_FILE, "  withdraws:\n",
				"  withdraws:\n    - commitment: pl-diving-school\n      obligors: [PL]\n"
						+ "      evidence: [\"The agreement does not cover shipyard repairs.\"]\n");
		return SeedValidator.validate(files).commitments().get(0);
	}

	@Test
	void aWithdrawnObligorsClaimIsNotServedButTheObligorShownInItsPlaceIs() {
		// Tidewater names Lithuania as the school's obligor; the report's Poland is
		// withdrawn from the obligors by its correction, so the pledge shows Lithuania
		var school = tidewatersLithuaniaBesidePolandWithdrawn();
		assertThat(NodeId.parse(school.obligorId()).key()).isEqualTo("LT");
		assertThat(school.getClaims()).filteredOn((claim) -> claim.field().equals("obligor"))
			.extracting((claim) -> NodeId.parse(claim.value()).key(), Claim::served)
			.containsExactly(tuple("PL", false), tuple("LT", true));
		assertThat(school.getClaims()).filteredOn((claim) -> claim.field().equals("obligors"))
			.extracting((claim) -> NodeId.parse(claim.value()).key(), Claim::served)
			.containsExactly(tuple("PL", false), tuple("LT", true));
	}

	@Test
	void anObligorWithdrawnFromTheObligorsNoLongerDisputesTheOneShown() {
		// Tidewater names Lithuania; the harbour line's Poland is withdrawn from the
		// obligors by its correction: Poland is a corrected value, neither competing nor
		// served, and the pledge is no longer disputed between the two
		var school = tidewatersLithuaniaBesidePolandWithdrawn();
		assertThat(school.getClaims()).filteredOn((claim) -> claim.field().equals("obligor"))
			.extracting((claim) -> NodeId.parse(claim.value()).key(), Claim::competing,
					(claim) -> keys(claim.correctedByIds()))
			.containsExactly(tuple("PL", false, List.of("harbor-line-2025-09-09-correction")),
					tuple("LT", false, List.of()));
		assertThat(school.isDisputed()).isFalse();
	}

	@Test
	void aSignatureOnlyTheCorrectedReportGaveIsWithdrawn() {
		// Tidewater names another entry for Estonia's signature: the report's alone gives
		// signer-for-estonia
		SeedDataset dataset = SeedValidator.validate(changed("curated/c_tidewater.yaml", "  - id: signer-for-estonia",
				"  - id: tidewater-signer-for-estonia"));
		assertThat(dataset.signatories()).extracting((s) -> NodeId.parse(s.id()).key())
			.containsExactly("signer-for-lithuania", "signer-for-poland", "tidewater-signer-for-estonia");
		assertThat(claims(dataset.agreements().get(0), "signatories")).containsExactly(
				"signer-for-estonia from [harbor-line-2025-09-08] corrected by [harbor-line-2025-09-09-correction]");
	}

	@Test
	void aWithdrawalWithoutCorrectsIsRefused() {
		assertThat(SeedFixture.problems(changed(CORRECTION_FILE, "  corrects: [harbor-line-2025-09-08]\n", "")))
			.hasSize(4)
			.allSatisfy((problem) -> assertThat(problem).contains(": article: withdraws[")
				.endsWith(": needs 'corrects' beside it, naming the earlier report of this publisher whose words it "
						+ "withdraws: silence is no correction, and a withdrawal only corrects"));
	}

	@Test
	void aWithdrawalNamesOneFactAndListsItHas() {
		assertThat(SeedFixture.problems(changed(CORRECTION_FILE, "      parties: [LV]\n",
				"      parties: [LV]\n      commitment: pl-diving-school\n")))
			.containsExactly(CORRECTION_FILE + ":13: article: withdraws[0]: names agreement and commitment: a "
					+ "withdrawal names one fact (write one for each)");
		assertThat(SeedFixture.problems(changed(CORRECTION_FILE, "      parties: [LV]\n", "      obligors: [LV]\n")))
			.containsExactly(CORRECTION_FILE + ":14: article: withdraws[0]: obligors: a agreement has no such list "
					+ "(it has parties, participants, leavings, rejoinings, suspensions, resumptions, signatories, "
					+ "cooperationAreas, commitments, statements)");
		// a list named empty is no whole fact: a whole fact is named with no list
		assertThat(SeedFixture.problems(
				changed(CORRECTION_FILE, "    - agreement: baltic-mine-clearance\n      commitments: [ee-minehunters]",
						"    - commitment: ee-minehunters\n      areas: []")))
			.containsExactly(CORRECTION_FILE + ":22: article: withdraws[3]: name what it withdraws from commitment "
					+ "'ee-minehunters': obligors, areas, or no list to withdraw the whole commitment; a withdrawal "
					+ "names each item the correction says was wrong");
	}

	@Test
	void aWithdrawalNamesWhatTheCorrectedReportGave() {
		// an item the report did not give
		assertThat(SeedFixture.problems(changed(CORRECTION_FILE, "parties: [LV]", "participants: [LV]")))
			.containsExactly(CORRECTION_FILE
					+ ":14: article: withdraws[0]: participants[0]: 'LV' is not among the participants "
					+ "of agreement 'baltic-mine-clearance' in 'harbor-line-2025-09-08', which this article corrects: "
					+ "a withdrawal names an item the report gave");
		// a fact of another agreement, and an id no file defines
		assertThat(SeedFixture.problems(changed(CORRECTION_FILE, "signatories: [signer-for-estonia]",
				"signatories: [signer-for-estonia, signer-for-latvia]")))
			.containsExactly(CORRECTION_FILE + ":17: article: withdraws[1]: signatories[1]: id 'signer-for-latvia' is "
					+ "not a known Signatory id; did you mean 'signer-for-estonia', 'signer-for-lithuania' or "
					+ "'signer-for-poland'?");
	}

	@Test
	void aWholeFactIsWithdrawnFromItsOwnAgreementAndNotByAnArticleThatReportsIt() {
		// a second agreement in the report: the signature is not one of its facts
		SeedFiles other = SeedFixture.changed(
				changed("curated/a_harbor_line.yaml", "\nsignatories:\n",
						"  - id: minehunter-patrol\n    title: Joint minehunter patrol\n    kind: AGREEMENT\n"
								+ "    evidence: [\"the first joint patrol\"]\n\nsignatories:\n"),
				CORRECTION_FILE, "    - agreement: baltic-mine-clearance\n      signatories:",
				"    - agreement: minehunter-patrol\n      signatories:");
		assertThat(SeedFixture.problems(other)).containsExactly(
				CORRECTION_FILE + ":17: article: withdraws[1]: signatories[0]: 'signer-for-estonia' is of agreement "
						+ "'baltic-mine-clearance', not of 'minehunter-patrol'");
		// the correction reports the signature itself
		SeedFiles itself = changed(CORRECTION_FILE,
				"      evidence: [\"Estonia made no pledge to send minehunters.\"]\n",
				"      evidence: [\"Estonia made no pledge to send minehunters.\"]\n\nsignatories:\n"
						+ "  - id: signer-for-estonia\n    agreement: baltic-mine-clearance\n    person: kaarel-kask\n"
						+ "    evidence: [\"he attended the ceremony as an observer\"]\n");
		assertThat(SeedFixture.problems(itself)).containsExactly(CORRECTION_FILE
				+ ":17: article: withdraws[1]: signatories[0]: this article itself reports 'signer-for-estonia', so "
				+ "it cannot withdraw it");
	}

	@Test
	void aCorrectionWithdrawsNeitherWhatItGivesItselfNorAnotherPublishersWords() {
		// a fact only another publisher reports
		SeedFiles othersOnly = SeedFixture.changed(
				changed(CORRECTION_FILE, "      evidence: [\"Estonia made no pledge to send minehunters.\"]\n",
						"      evidence: [\"Estonia made no pledge to send minehunters.\"]\n"
								+ "    - agreement: baltic-mine-clearance\n      signatories: [tidewater-signer]\n"
								+ "      evidence: [\"he attended the ceremony\"]\n"),
				"curated/c_tidewater.yaml", "  - id: signer-for-estonia", "  - id: tidewater-signer");
		assertThat(SeedFixture.problems(othersOnly))
			.containsExactly(CORRECTION_FILE + ":26: article: withdraws[4]: signatories[0]: 'tidewater-signer' is not "
					+ "reported in 'harbor-line-2025-09-08', which this article corrects: a correction withdraws only "
					+ "its own publisher's words");
		// the correction lists Latvia itself
		assertThat(SeedFixture
			.problems(changed(CORRECTION_FILE, "      evidence: [\"Estonia made no pledge to send minehunters.\"]\n",
					"      evidence: [\"Estonia made no pledge to send minehunters.\"]\n\nagreements:\n"
							+ "  - id: baltic-mine-clearance\n    parties: [LV]\n"
							+ "    evidence: [\"Latvia has not joined the agreement.\"]\n")))
			.containsExactly(CORRECTION_FILE + ":14: article: withdraws[0]: parties[0]: this article itself gives "
					+ "'LV' among the parties of agreement 'baltic-mine-clearance', so it cannot withdraw it");
	}

}
