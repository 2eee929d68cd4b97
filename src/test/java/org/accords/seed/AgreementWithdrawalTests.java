package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.article.Article;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.WithdrawnAgreement;
import org.accords.evidence.WithdrawnFact;
import org.accords.paging.NodeId;
import org.accords.statement.Statement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A correction that says an agreement was never signed, or that a pledge or words of no
 * agreement never were, names the fact alone in {@code withdraws}: on the rule of every
 * withdrawal (every article that gives it is corrected by one that withdraws it) the fact
 * is not served, the signatories, areas and commitments of a withdrawn agreement go with
 * it, and the correction keeps each as a claim ({@code Article.withdraws}). Words about
 * the agreement that another source reports stand, about no agreement. The fixtures are
 * three invented reports under {@code src/test/resources/agreement-withdrawal-fixtures}.
 */
class AgreementWithdrawalTests {

	private static final String REPORT = NodeId.of("Article", "linden-wire-2025-10-14");

	private static final String CORRECTION = NodeId.of("Article", "linden-wire-2025-10-15-correction");

	private static final String DESK = NodeId.of("Article", "baltic-desk-2025-10-14");

	private static final String AGREEMENT = NodeId.of("Agreement", "lv-lt-ammunition");

	private static final String REPORT_FILE = "curated/a_linden_wire.yaml";

	private static final String CORRECTION_FILE = "curated/b_linden_wire_correction.yaml";

	private static final String DESK_FILE = "curated/c_baltic_desk.yaml";

	private static final String AGREEMENT_WITHDRAWAL = "    - agreement: lv-lt-ammunition\n"
			+ "      evidence: [\"The ministers discussed such an agreement; none was signed.\"]\n";

	private static SeedFiles fixtures() {
		return ValidateCommand.read(Path.of("src/test/resources/agreement-withdrawal-fixtures"));
	}

	private static SeedFiles changed(String file, String from, String to) {
		return SeedFixture.changed(fixtures(), file, from, to);
	}

	private static List<String> keys(List<String> ids) {
		return ids.stream().map((id) -> NodeId.parse(id).key()).toList();
	}

	private static Article article(SeedDataset dataset, String id) {
		return dataset.articles().stream().filter((a) -> a.id().equals(id)).findFirst().orElseThrow();
	}

	/** What an article withdraws whole: field, curated id, name, sources, corrections. */
	private static List<String> withdraws(SeedDataset dataset) {
		return article(dataset, CORRECTION).withdrawnFacts()
			.stream()
			.map((fact) -> fact.field() + " " + NodeId.parse(fact.value()).key()
					+ ((fact.name() != null) ? " '" + fact.name() + "'" : "") + " from " + keys(fact.sourceIds())
					+ " corrected by " + keys(fact.correctedBy()))
			.toList();
	}

	@Test
	void anAgreementOnlyTheCorrectedReportGaveIsNotServedNorIsWhatItHolds() {
		SeedDataset dataset = SeedValidator.validate(fixtures());
		assertThat(dataset.agreements()).isEmpty();
		assertThat(dataset.signatories()).isEmpty();
		assertThat(dataset.cooperationAreas()).isEmpty();
		// the pledge of no agreement the correction names by its id goes too
		assertThat(dataset.commitments()).isEmpty();
		// words only the report gave about the agreement go with it; what another
		// publisher also reports stands, about no agreement
		assertThat(dataset.statements()).extracting((s) -> NodeId.parse(s.id()).key())
			.containsExactly("jankute-faster");
		// the people and countries it named are not withdrawn
		assertThat(dataset.people()).hasSize(2);
		assertThat(dataset.countries()).hasSize(2);
	}

	@Test
	void theCorrectionKeepsWhatItWithdrewAsClaimsWithTheWordsOfBoth() {
		SeedDataset dataset = SeedValidator.validate(fixtures());
		String by = " from [linden-wire-2025-10-14] corrected by [linden-wire-2025-10-15-correction]";
		assertThat(withdraws(dataset)).containsExactly(
				"agreements lv-lt-ammunition 'Latvian-Lithuanian agreement on joint ammunition purchases'" + by,
				"cooperationAreas area-joint-shells 'Joint procurement of 155 mm shells'" + by,
				"signatories signer-for-latvia" + by, "signatories signer-for-lithuania" + by,
				"commitments lt-first-order 'Place the first joint order before the end of the year'" + by,
				"commitments lv-demining-fund 'Give 2 million euros to a fund that clears mines in Ukraine'" + by,
				"statements berzkalns-plan-ahead "
						+ "'the agreement would let factories in both countries plan production years ahead'" + by);
		WithdrawnFact agreement = article(dataset, CORRECTION).withdrawnFacts().get(0);
		assertThat(agreement.evidence()).extracting(Evidence::articleId, Evidence::excerpt)
			.containsExactly(tuple(REPORT,
					"Latvia and Lithuania signed an agreement in Riga today to buy artillery ammunition together"),
					tuple(CORRECTION, "The ministers discussed such an agreement; none was signed."));
		assertThat(agreement.claim()).extracting(Claim::field, Claim::value, Claim::competing, Claim::correctedByIds)
			.containsExactly("agreements", AGREEMENT, false, List.of(CORRECTION));
		// the report withdraws nothing, and the other publisher's article neither
		assertThat(article(dataset, REPORT).withdrawnFacts()).isEmpty();
		assertThat(article(dataset, REPORT).withdraws()).isNull();
		assertThat(article(dataset, DESK).withdrawnFacts()).isEmpty();
	}

	@Test
	void theCorrectionKeepsWhatTheReportsSaidOfTheAgreementSoReadersCanTellWhichItWas() {
		SeedDataset dataset = SeedValidator.validate(fixtures());
		WithdrawnFact agreement = article(dataset, CORRECTION).withdrawnFacts().get(0);
		assertThat(agreement.agreement()).isEqualTo(new WithdrawnAgreement("AGREEMENT", "2025-10-14", DatePrecision.DAY,
				"Riga", List.of(NodeId.of("Country", "LV"), NodeId.of("Country", "LT")), List.of("Latvia", "Lithuania"),
				"SIGNED"));
		// only an agreement's record has them
		assertThat(article(dataset, CORRECTION).withdrawnFacts().subList(1, 7))
			.allSatisfy((fact) -> assertThat(fact.agreement()).isNull());
	}

	@Test
	void wordsAboutTheWithdrawnAgreementThatAnotherSourceReportsStandAboutNone() {
		Statement words = SeedValidator.validate(fixtures()).statements().get(0);
		assertThat(words.agreementId()).isNull();
		assertThat(words.getSources()).extracting((s) -> s.articleId()).containsExactly(REPORT, DESK);
		// the agreement they were about stays a claim, naming the correction
		assertThat(words.getCorrectedValues())
			.extracting(Claim::field, Claim::value, Claim::sourceIds, Claim::correctedByIds)
			.containsExactly(tuple("agreement", AGREEMENT, List.of(REPORT, DESK), List.of(CORRECTION)));
		assertThat(words.isDisputed()).isFalse();
	}

	/** Baltic Desk ties the minister's words to an agreement of its own report. */
	private static SeedFiles deskTiesTheWordsToItsOwnAgreement() {
		return changed(DESK_FILE, "\nstatements:\n",
				"\nagreements:\n  - id: lt-lv-joint-buying\n    title: Lithuanian-Latvian joint ammunition buying\n"
						+ "    kind: AGREEMENT\n    evidence: [\"buying ammunition jointly with Latvia would pay off\"]\n"
						+ "\nstatements:\n");
	}

	@Test
	void wordsThatSourcesTieToTwoAgreementsAreAboutTheOneThatStands() {
		SeedFiles files = SeedFixture.changed(deskTiesTheWordsToItsOwnAgreement(), DESK_FILE,
				"    agreement: lv-lt-ammunition\n", "    agreement: lt-lv-joint-buying\n");
		SeedDataset dataset = SeedValidator.validate(files);
		String standing = NodeId.of("Agreement", "lt-lv-joint-buying");
		assertThat(dataset.agreements()).extracting(a -> a.id()).containsExactly(standing);
		Statement words = dataset.statements().get(0);
		// the report's agreement, first reported, is withdrawn: the words are about the
		// one that stands, and the withdrawn one is a claim naming the correction
		assertThat(words.agreementId()).isEqualTo(standing);
		assertThat(words.getClaims())
			.extracting(Claim::field, Claim::value, Claim::sourceIds, Claim::competing, Claim::correctedByIds,
					Claim::served)
			.containsExactly(tuple("agreement", AGREEMENT, List.of(REPORT), false, List.of(CORRECTION), false),
					tuple("agreement", standing, List.of(DESK), false, List.of(), true));
		assertThat(words.isDisputed()).isFalse();
	}

	@Test
	void aPledgeSourcesTieToTwoAgreementsStandsUnderTheOneThatStands() {
		SeedFiles files = SeedFixture.changed(deskTiesTheWordsToItsOwnAgreement(), DESK_FILE, "\nstatements:\n",
				"\ncommitments:\n  - id: lt-first-order\n    agreement: lt-lv-joint-buying\n"
						+ "    evidence: [\"buying ammunition jointly with Latvia\"]\n\nstatements:\n");
		SeedDataset dataset = SeedValidator.validate(files);
		assertThat(dataset.commitments()).singleElement().satisfies((pledge) -> {
			assertThat(NodeId.parse(pledge.id()).key()).isEqualTo("lt-first-order");
			assertThat(pledge.agreementId()).isEqualTo(NodeId.of("Agreement", "lt-lv-joint-buying"));
			assertThat(pledge.getCorrectedValues()).extracting(Claim::field, Claim::value, Claim::correctedByIds)
				.contains(tuple("agreement", AGREEMENT, List.of(CORRECTION)));
			assertThat(pledge.isDisputed()).isFalse();
		});
		assertThat(withdraws(dataset)).extracting((line) -> line.split(" ")[1])
			.containsExactly("lv-lt-ammunition", "area-joint-shells", "signer-for-latvia", "signer-for-lithuania",
					"lv-demining-fund", "berzkalns-plan-ahead");
	}

	@Test
	void anAgreementAnotherSourceAlsoGivesStandsWithEverythingItHolds() {
		SeedDataset dataset = SeedValidator.validate(changed(DESK_FILE, "\nstatements:\n",
				"\nagreements:\n  - id: lv-lt-ammunition\n    evidence: [\"buying ammunition jointly with Latvia\"]\n"
						+ "\nstatements:\n"));
		assertThat(dataset.agreements()).extracting(a -> a.id()).containsExactly(AGREEMENT);
		assertThat(dataset.signatories()).hasSize(2);
		assertThat(dataset.cooperationAreas()).hasSize(1);
		assertThat(dataset.statements()).hasSize(2).allSatisfy((s) -> assertThat(s.agreementId()).isEqualTo(AGREEMENT));
		// the pledge of no agreement, which only the report gave, is still withdrawn
		assertThat(withdraws(dataset)).containsExactly("commitments lv-demining-fund "
				+ "'Give 2 million euros to a fund that clears mines in Ukraine' from [linden-wire-2025-10-14] "
				+ "corrected by [linden-wire-2025-10-15-correction]");
	}

	@Test
	void anArticleThatReportsAFactOfTheAgreementGivesItToo() {
		// Baltic Desk reports a commitment under the agreement, not the agreement's own
		// entry: the agreement was signed, on its word
		SeedDataset dataset = SeedValidator.validate(changed(DESK_FILE, "\nstatements:\n",
				"\ncommitments:\n  - id: joint-orders\n    agreement: lv-lt-ammunition\n    obligor: LT\n"
						+ "    description: Buy ammunition jointly with Latvia\n    status: INTENDED\n"
						+ "    evidence: [\"buying ammunition jointly with Latvia\"]\n\nstatements:\n"));
		assertThat(dataset.agreements()).extracting(a -> a.id()).containsExactly(AGREEMENT);
		assertThat(dataset.commitments()).extracting((c) -> NodeId.parse(c.id()).key())
			.containsExactly("lt-first-order", "joint-orders");
		assertThat(withdraws(dataset)).extracting((line) -> line.split(" ")[1]).containsExactly("lv-demining-fund");
	}

	@Test
	void anotherAgreementsLinkToTheWithdrawnOneLeavesItsLinksAndStaysAClaim() {
		SeedDataset dataset = SeedValidator.validate(changed(DESK_FILE, "\nstatements:\n",
				"\nagreements:\n  - id: joint-ammunition-plan\n    title: Joint ammunition plan\n    kind: AGREEMENT\n"
						+ "    evidence: [\"buying ammunition jointly with Latvia would pay off\"]\n    links:\n"
						+ "      - kind: FOLLOWS\n        target: lv-lt-ammunition\n"
						+ "        evidence: [\"buying ammunition jointly\"]\n\nstatements:\n"));
		// a link says nothing of whether the agreement it names was signed
		assertThat(dataset.agreements()).singleElement().satisfies((plan) -> {
			assertThat(plan.links()).isEmpty();
			assertThat(plan.linkTargetIds()).isEmpty();
			assertThat(plan.getCorrectedValues()).extracting(Claim::field, Claim::correctedByIds)
				.containsExactly(tuple("links", List.of(CORRECTION)));
		});
		assertThat(withdraws(dataset)).first().asString().startsWith("agreements lv-lt-ammunition");
	}

	@Test
	void aStatementOfNoAgreementIsWithdrawnByItsId() {
		SeedFiles files = SeedFixture.changed(
				changed(REPORT_FILE, "    agreement: lv-lt-ammunition\n    evidence: [\"Berzkalns said",
						"    evidence: [\"Berzkalns said"),
				CORRECTION_FILE, AGREEMENT_WITHDRAWAL, "    - statement: berzkalns-plan-ahead\n"
						+ "      evidence: [\"The ministers discussed such an agreement\"]\n");
		SeedDataset dataset = SeedValidator.validate(files);
		assertThat(dataset.agreements()).hasSize(1);
		assertThat(dataset.statements()).extracting((s) -> NodeId.parse(s.id()).key())
			.containsExactly("jankute-faster");
		assertThat(withdraws(dataset)).extracting((line) -> line.split(" ")[0] + " " + line.split(" ")[1])
			.containsExactly("commitments lv-demining-fund", "statements berzkalns-plan-ahead");
		// a statement of no agreement is the correction's claim only
		assertThat(dataset.agreements().get(0).getCorrectedValues()).isEmpty();
	}

	@Test
	void aWholeCommitmentOfAnAgreementIsAlsoAClaimOfItsAgreement() {
		SeedDataset dataset = SeedValidator.validate(changed(CORRECTION_FILE, AGREEMENT_WITHDRAWAL,
				"    - commitment: lt-first-order\n      evidence: [\"The ministers discussed such an agreement\"]\n"));
		assertThat(dataset.commitments()).isEmpty();
		assertThat(dataset.agreements().get(0).getCorrectedValues())
			.extracting(Claim::field, (claim) -> NodeId.parse(claim.value()).key(), Claim::correctedByIds)
			.containsExactly(tuple("commitments", "lt-first-order", List.of(CORRECTION)));
		// the commitment's words and the correction's are the correction's record
		assertThat(article(dataset, CORRECTION).withdrawnFacts().get(0).evidence()).extracting(Evidence::articleId)
			.containsExactly(REPORT, CORRECTION);
	}

	// ---- what validate refuses ----

	private static final String LAST_LINE = "      evidence: [\"It also wrongly said that Latvia pledged 2 million "
			+ "euros to a demining fund for Ukraine\"]\n";

	/** The correction's file with {@code sections} after its article section. */
	private static SeedFiles correctionWith(String sections) {
		return changed(CORRECTION_FILE, LAST_LINE, LAST_LINE + sections);
	}

	@Test
	void aCorrectionCannotWithdrawAnAgreementItGivesItselfOrAFactOfIt() {
		assertThat(SeedFixture.problems(correctionWith("\nagreements:\n  - id: lv-lt-ammunition\n"
				+ "    evidence: [\"The ministers discussed such an agreement\"]\n")))
			.containsExactly(CORRECTION_FILE + ":13: article: withdraws[0]: agreement: this article itself reports "
					+ "'lv-lt-ammunition', so it cannot withdraw it");
		assertThat(SeedFixture.problems(correctionWith("\ncommitments:\n  - id: joint-talks\n"
				+ "    agreement: lv-lt-ammunition\n    obligor: LV\n    description: Discuss buying ammunition jointly\n"
				+ "    status: UNDER_NEGOTIATION\n    evidence: [\"The ministers discussed such an agreement\"]\n")))
			.containsExactly(CORRECTION_FILE + ":13: article: withdraws[0]: agreement: this article itself reports "
					+ "commitment 'joint-talks' of 'lv-lt-ammunition', so it cannot withdraw it");
		assertThat(SeedFixture.problems(correctionWith("\ncommitments:\n  - id: lv-demining-fund\n"
				+ "    evidence: [\"It also wrongly said that Latvia pledged\"]\n")))
			.containsExactly(CORRECTION_FILE + ":15: article: withdraws[1]: commitment: this article itself reports "
					+ "'lv-demining-fund', so it cannot withdraw it");
	}

	@Test
	void anAgreementWithdrawnWholeNeedsNoneOfItsItemsListed() {
		// the same correction withdraws the agreement whole and, besides, a signatory and
		// a party of it: the items go with the agreement, and the message says so
		assertThat(SeedFixture.problems(changed(CORRECTION_FILE, AGREEMENT_WITHDRAWAL,
				AGREEMENT_WITHDRAWAL + "    - agreement: lv-lt-ammunition\n      signatories: [signer-for-latvia]\n"
						+ "      parties: [LV]\n      evidence: [\"none was signed\"]\n")))
			.containsExactly(CORRECTION_FILE + ":15: article: withdraws[1]: agreement: this article also "
					+ "withdraws agreement 'lv-lt-ammunition' whole (withdraws[0]), which takes every item of it with "
					+ "it, so its parties, signatories need not be listed: leave this withdrawal out");
	}

	@Test
	void aWithdrawalNamesAListWithItemsOrNoListAtAll() {
		assertThat(SeedFixture.problems(changed(CORRECTION_FILE, "    - agreement: lv-lt-ammunition\n",
				"    - agreement: lv-lt-ammunition\n      parties: []\n")))
			.containsExactly(CORRECTION_FILE + ":13: article: withdraws[0]: name what it withdraws from agreement "
					+ "'lv-lt-ammunition': parties, participants, leavings, rejoinings, suspensions, resumptions, "
					+ "signatories, cooperationAreas, commitments, statements, or no list to withdraw the whole agreement; a withdrawal names each item the "
					+ "correction says was wrong");
	}

	@Test
	void anAgreementOnlyAnotherPublisherReportsOrNoFileDefinesIsRefused() {
		SeedFiles othersOnly = SeedFixture.changed(
				changed(DESK_FILE, "\nstatements:\n",
						"\nagreements:\n  - id: desk-pact\n    title: Joint ammunition purchases\n    kind: AGREEMENT\n"
								+ "    evidence: [\"buying ammunition jointly with Latvia\"]\n\nstatements:\n"),
				CORRECTION_FILE, "    - agreement: lv-lt-ammunition\n", "    - agreement: desk-pact\n");
		assertThat(SeedFixture.problems(othersOnly)).containsExactly(CORRECTION_FILE + ":13: article: withdraws[0]: "
				+ "agreement: 'desk-pact' is not reported in 'linden-wire-2025-10-14', which this article corrects: a "
				+ "correction withdraws only its own publisher's words");
		assertThat(SeedFixture.problems(
				changed(CORRECTION_FILE, "    - agreement: lv-lt-ammunition\n", "    - agreement: lv-lt-amunition\n")))
			.containsExactly(CORRECTION_FILE + ":13: article: withdraws[0]: agreement 'lv-lt-amunition' is not a known "
					+ "Agreement id; did you mean 'lv-lt-ammunition'?");
	}

}
