package org.accords.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accords.agreement.Agreement;
import org.accords.agreement.LifecycleEvent;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.paging.NodeId;
import org.accords.seed.ReportMerger.Merged;
import org.accords.seed.SeedValidator.ResolvedDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reports that date a fact less precisely than others agree with them when their month or
 * year holds the other's day: the fact is served to the most precise date and is not
 * disputed; two different days, or a month that does not hold the day, still compete.
 */
class DatePrecisionMergeTests {

	private static final String MEMORANDUM = NodeId.of(Agreement.TYPE, "lt-ua-defence-industry-memorandum-2024");

	private static final String SEED_ARTICLE = NodeId.of("Article", "elta-2024-11-05-lithuania-ukraine-memorandum");

	private static final String WIRE = NodeId.of("Article", "baltic-desk-2024-11-20-memorandum");

	@TempDir
	Path folder;

	// ---- the merge's rule, on dates as the loader resolves them ----

	private static ResolvedDate day(String iso) {
		return new ResolvedDate(iso, DatePrecision.DAY);
	}

	private static ResolvedDate month(String firstDay) {
		return new ResolvedDate(firstDay, DatePrecision.MONTH);
	}

	private static ResolvedDate year(String year) {
		return new ResolvedDate(year + "-01-01", DatePrecision.YEAR);
	}

	private static Provenance merged(String field, ResolvedDate... dates) {
		Merged m = new ReportMerger("Agreement").report("a", "a.yaml: agreements[0]", "a.yaml");
		for (int i = 0; i < dates.length; i++) {
			m.source("article-" + i);
			m.value(field, dates[i], "article-" + i, "f" + i + ".yaml");
		}
		return m.provenance(Map.of(), SeedValidator::label);
	}

	private static Object served(String field, ResolvedDate... dates) {
		Merged m = new ReportMerger("Agreement").report("a", "a.yaml: agreements[0]", "a.yaml");
		for (int i = 0; i < dates.length; i++) {
			m.value(field, dates[i], "article-" + i, "f" + i + ".yaml");
		}
		return Objects.requireNonNull(m.value(field));
	}

	@Test
	void aMonthAndADayInsideItAgreeAndTheDayIsServedWhicheverCameFirst() {
		Provenance provenance = merged("signedOn", month("2024-11-01"), day("2024-11-04"));
		assertThat(provenance.disputed()).isNull();
		// the day is served, not the month reported first: its claim says so
		assertThat(provenance.claims()).extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("2024-11-01 (MONTH)", List.of("article-0"), false, false),
					tuple("2024-11-04", List.of("article-1"), false, true));
		assertThat(served("signedOn", month("2024-11-01"), day("2024-11-04"))).isEqualTo(day("2024-11-04"));
		assertThat(served("signedOn", day("2024-11-04"), month("2024-11-01"))).isEqualTo(day("2024-11-04"));
	}

	@Test
	void aYearAgreesWithAMonthAndADayInsideItAndTheDayIsServed() {
		Provenance provenance = merged("dueBy", year("2024"), month("2024-11-01"), day("2024-11-04"));
		assertThat(provenance.disputed()).isNull();
		assertThat(served("dueBy", year("2024"), month("2024-11-01"), day("2024-11-04"))).isEqualTo(day("2024-11-04"));
		// a week inside the month agrees with it
		assertThat(merged("saidOn", month("2024-11-01"), week("2024-11-04")).disputed()).isNull();
	}

	private static ResolvedDate week(String monday) {
		return new ResolvedDate(monday, DatePrecision.WEEK);
	}

	@Test
	void aWeekThatRunsIntoTheMonthAgreesWithItAndTheWeekIsServed() {
		// the week of Monday 28 October runs to Sunday 3 November: both can be true
		Provenance provenance = merged("saidOn", week("2024-10-28"), month("2024-11-01"));
		assertThat(provenance.disputed()).isNull();
		assertThat(provenance.claims()).extracting(Claim::value, Claim::sourceIds, Claim::competing)
			.containsExactly(tuple("2024-10-28 (WEEK)", List.of("article-0"), false),
					tuple("2024-11-01 (MONTH)", List.of("article-1"), false));
		// the more precise of the two, whichever came first: no source gave 1-3 November
		assertThat(served("saidOn", week("2024-10-28"), month("2024-11-01"))).isEqualTo(week("2024-10-28"));
		assertThat(served("saidOn", month("2024-11-01"), week("2024-10-28"))).isEqualTo(week("2024-10-28"));
		// a week that runs out of a year agrees with it too
		assertThat(merged("dueBy", year("2025"), week("2024-12-30")).disputed()).isNull();
	}

	@Test
	void aWeekAndAMonthItDoesNotReachOrADayOutsideTheWeekStillCompete() {
		assertThat(merged("saidOn", week("2024-10-21"), month("2024-11-01")).disputed()).isTrue();
		assertThat(merged("saidOn", week("2024-10-28"), day("2024-11-04")).disputed()).isTrue();
		// a month that shares days with a week and holds a day outside it sides with both
		Provenance provenance = merged("saidOn", week("2024-10-28"), month("2024-11-01"), day("2024-11-04"));
		assertThat(provenance.disputed()).isTrue();
		assertThat(provenance.claims()).extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("2024-10-28 (WEEK)", true), tuple("2024-11-01 (MONTH)", false),
					tuple("2024-11-04", true));
		// and a week that runs from October into November sides with either month
		Provenance months = merged("saidOn", month("2024-10-01"), week("2024-10-28"), month("2024-11-01"));
		assertThat(months.claims()).extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("2024-10-01 (MONTH)", true), tuple("2024-10-28 (WEEK)", false),
					tuple("2024-11-01 (MONTH)", true));
		assertThat(served("saidOn", month("2024-10-01"), week("2024-10-28"), month("2024-11-01")))
			.isEqualTo(week("2024-10-28"));
	}

	@Test
	void twoDaysOrAMonthThatDoesNotHoldTheDayStillCompete() {
		assertThat(merged("signedOn", day("2024-11-03"), day("2024-11-04")).claims())
			.extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("2024-11-03", true), tuple("2024-11-04", true));
		Provenance october = merged("signedOn", month("2024-10-01"), day("2024-11-04"));
		assertThat(october.disputed()).isTrue();
		assertThat(october.claims()).extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("2024-10-01 (MONTH)", true), tuple("2024-11-04", true));
		assertThat(merged("signedOn", year("2023"), month("2024-11-01")).disputed()).isTrue();
	}

	@Test
	void aYearThatHoldsTwoCompetingDaysSidesWithBothAndCompetesWithNeither() {
		Provenance provenance = merged("fulfilledOn", year("2024"), day("2024-11-04"), day("2024-12-01"));
		assertThat(provenance.disputed()).isTrue();
		assertThat(provenance.claims()).extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("2024-01-01 (YEAR)", false), tuple("2024-11-04", true), tuple("2024-12-01", true));
		assertThat(served("fulfilledOn", year("2024"), day("2024-11-04"), day("2024-12-01")))
			.isEqualTo(day("2024-11-04"));
	}

	// ---- two curated reports of one agreement ----

	private static final String ARTICLE = """
			date 2024-11-20
			VILNIUS, 20 November (Baltic Desk) - The defence-industry memorandum that Lithuania and Ukraine signed in November 2024 will be followed by a joint drone workshop, officials said on Wednesday.
			""";

	private static String curated(String signedOn) {
		return """
				article:
				  file: 901_baltic_desk_memorandum.txt
				  id: baltic-desk-2024-11-20-memorandum
				  publisher: Baltic Desk
				  language: en
				  rights: Invented for a test.
				agreements:
				  - id: lt-ua-defence-industry-memorandum-2024
				    title: Lithuania–Ukraine memorandum on defence-industry cooperation
				    kind: MEMORANDUM_OF_UNDERSTANDING
				    signedOn: %s
				    evidence:
				      - "memorandum that Lithuania and Ukraine signed in November 2024"
				    events:
				      - stage: SIGNED
				        date: %s
				        evidence:
				          - "signed in November 2024"
				""".formatted(signedOn, signedOn);
	}

	private SeedFolder.Contents withSecondReport(String signedOn) {
		Path seed = this.folder.resolve(signedOn.replace(' ', '-'));
		SeedFixture.copyOfRealSeed(seed)
			.write("articles/901_baltic_desk_memorandum.txt", ARTICLE)
			.write("curated/901_baltic_desk_memorandum.yaml", curated(signedOn));
		return SeedFolder.validate(seed);
	}

	private static Agreement memorandum(SeedFolder.Contents contents) {
		return contents.agreements().stream().filter((a) -> a.id().equals(MEMORANDUM)).findFirst().orElseThrow();
	}

	@Test
	void aReportSignedInNovemberAgreesWithTheSeedsSignedOnTheFourth() {
		Agreement memorandum = memorandum(withSecondReport("November 2024"));
		assertThat(memorandum.signedOn()).isEqualTo("2024-11-04");
		assertThat(memorandum.signedOnPrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(memorandum.isDisputed()).isFalse();
		assertThat(memorandum.getCompetingValues()).isEmpty();
		assertThat(memorandum.getSourceCount()).isEqualTo(2);
		// the day is the one served: its claim is marked so
		assertThat(memorandum.getClaims()).filteredOn((claim) -> claim.field().equals("signedOn"))
			.extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("2024-11-04", List.of(SEED_ARTICLE), false, true),
					tuple("2024-11-01 (MONTH)", List.of(WIRE), false, false));
	}

	@Test
	void itsSigningInNovemberIsTheSeedsSigningOnTheFourthWithTheEvidenceOfBoth() {
		Agreement memorandum = memorandum(withSecondReport("November 2024"));
		assertThat(memorandum.events()).singleElement().satisfies((event) -> {
			assertThat(event.date()).isEqualTo("2024-11-04");
			assertThat(event.datePrecision()).isEqualTo(DatePrecision.DAY);
			assertThat(event.evidence()).extracting(Evidence::articleId).containsExactly(SEED_ARTICLE, WIRE);
		});
		// of the two signings, the claim the event shows is the one served
		assertThat(memorandum.getClaims()).filteredOn((claim) -> claim.field().equals("events"))
			.extracting(Claim::value, Claim::served)
			.containsExactly(tuple("SIGNED 2024-11-04", true), tuple("SIGNED 2024-11-01 (MONTH)", false));
		// a signing on another day is another event, as before
		assertThat(memorandum(withSecondReport("2024-11-03")).events()).extracting(LifecycleEvent::date)
			.containsExactly("2024-11-03", "2024-11-04");
	}

	@Test
	void aParticipantJoinedInAYearIsTheOneJoinedOnADayOfItAndTwoDaysStayTwo() {
		record Joined(String party, @Nullable ResolvedDate on) {
		}
		Evidence wire = new Evidence(WIRE, 0, 4, "2024");
		Evidence seed = new Evidence(SEED_ARTICLE, 0, 6, "4 July");
		Joined year = new Joined("PL", year("2024"));
		Joined july = new Joined("PL", day("2024-07-04"));
		Joined other = new Joined("NO", day("2024-07-05"));
		Map<Joined, List<Evidence>> folded = SeedValidator.folded(List.of(year, july, other),
				Map.of(year, List.of(wire), july, List.of(seed), other, List.of(seed)), Joined::on,
				(a, b) -> a.party().equals(b.party()));
		assertThat(folded).containsOnlyKeys(july, other);
		assertThat(folded.get(july)).containsExactly(seed, wire);
		Joined august = new Joined("PL", day("2024-08-01"));
		assertThat(SeedValidator.folded(List.of(year, july, august), Map.of(), Joined::on,
				(a, b) -> a.party().equals(b.party())))
			.containsOnlyKeys(year, july, august);
	}

	@Test
	void aParticipantOneArticleGivesNoDateIsTheOneAnotherDatesButNotOneOfTwoDays() {
		record Joined(String party, @Nullable ResolvedDate on) {
		}
		Evidence undated = new Evidence(SEED_ARTICLE, 0, 6, "Poland");
		Evidence dated = new Evidence(WIRE, 0, 6, "4 July");
		Joined poland = new Joined("PL", null);
		Joined july = new Joined("PL", day("2024-07-04"));
		Joined norway = new Joined("NO", null);
		Map<Joined, List<Evidence>> folded = SeedValidator.folded(List.of(poland, norway, july),
				Map.of(poland, List.of(undated), july, List.of(dated), norway, List.of(undated)), Joined::on,
				(a, b) -> a.party().equals(b.party()));
		assertThat(folded).containsOnlyKeys(norway, july);
		assertThat(folded.get(july)).containsExactly(dated, undated);
		// a year that holds the day folds into it too: the day is the one item
		Joined year = new Joined("PL", year("2024"));
		assertThat(SeedValidator.folded(List.of(poland, year, july), Map.of(), Joined::on,
				(a, b) -> a.party().equals(b.party())))
			.containsOnlyKeys(july);
		// of two days, the undated report cannot say which it is
		Joined august = new Joined("PL", day("2024-08-01"));
		assertThat(SeedValidator.folded(List.of(poland, july, august), Map.of(), Joined::on,
				(a, b) -> a.party().equals(b.party())))
			.containsOnlyKeys(poland, july, august);
	}

	@Test
	void aSigningInTheMonthFoldsIntoTheSigningInTheWeekThatRunsIntoIt() {
		record Signed(String stage, ResolvedDate on) {
		}
		Evidence wire = new Evidence(WIRE, 0, 8, "November");
		Evidence seed = new Evidence(SEED_ARTICLE, 0, 9, "last week");
		Signed lastWeek = new Signed("SIGNED", week("2024-10-28"));
		Signed november = new Signed("SIGNED", month("2024-11-01"));
		assertThat(SeedValidator.folded(List.of(november, lastWeek),
				Map.of(november, List.of(wire), lastWeek, List.of(seed)), Signed::on,
				(a, b) -> a.stage().equals(b.stage())))
			.containsExactly(Map.entry(lastWeek, List.of(seed, wire)));
		// a week the month does not reach stays an item of its own
		Signed weekBefore = new Signed("SIGNED", week("2024-10-21"));
		assertThat(SeedValidator.folded(List.of(november, weekBefore), Map.of(), Signed::on,
				(a, b) -> a.stage().equals(b.stage())))
			.containsOnlyKeys(november, weekBefore);
	}

	@Test
	void aPostsStartGivenToTheMonthAndThenToTheWeekThatRunsIntoItStartsInTheWeek() {
		assertThat(ResolvedDate.finer(month("2024-11-01"), week("2024-10-28"))).isEqualTo(week("2024-10-28"));
		assertThat(ResolvedDate.finer(week("2024-10-28"), month("2024-11-01"))).isEqualTo(week("2024-10-28"));
		assertThat(ResolvedDate.finer(month("2024-11-01"), week("2024-10-21"))).isEqualTo(month("2024-11-01"));
	}

	@Test
	void aPostsStartGivenToTheYearAndThenToTheMonthStartsInTheMonth() {
		assertThat(ResolvedDate.finer(year("2023"), month("2023-03-01"))).isEqualTo(month("2023-03-01"));
		assertThat(ResolvedDate.finer(month("2023-03-01"), year("2023"))).isEqualTo(month("2023-03-01"));
		assertThat(ResolvedDate.finer(null, year("2023"))).isEqualTo(year("2023"));
		// two different days: the first report's, as before
		assertThat(ResolvedDate.finer(day("2023-03-01"), day("2023-03-02"))).isEqualTo(day("2023-03-01"));
	}

	@Test
	void aReportSignedOnAnotherDayOrInAnotherMonthStaysDisputed() {
		Agreement otherDay = memorandum(withSecondReport("2024-11-03"));
		assertThat(otherDay.isDisputed()).isTrue();
		assertThat(otherDay.signedOn()).isEqualTo("2024-11-04");
		assertThat(otherDay.getCompetingValues()).extracting(Claim::value, Claim::sourceIds)
			.containsExactly(tuple("2024-11-04", List.of(SEED_ARTICLE)), tuple("2024-11-03", List.of(WIRE)));
	}

	@Test
	void aReportSignedInAnotherMonthStaysDisputed() {
		Agreement otherMonth = memorandum(withSecondReport("October 2024"));
		assertThat(otherMonth.isDisputed()).isTrue();
		assertThat(otherMonth.getCompetingValues()).extracting(Claim::value)
			.containsExactly("2024-11-04", "2024-10-01 (MONTH)");
	}

}
