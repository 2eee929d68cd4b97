package org.accords.seed;

import java.nio.file.Path;
import java.util.List;

import org.accords.actor.Post;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A post's {@code from} and {@code to} merge across its reports as every fact's values
 * do: the invented reports under {@code src/test/resources/post-date-fixtures} date Ilmar
 * Saare's start (1 and 6 October) and Peeter Laan's end (30 September and 3 October)
 * differently, which disputes each post and keeps both dates as competing claims with
 * their articles; a third report's "October" holds both days and agrees with each; a
 * publisher's correction withdraws its own start for Liis Tamm (March, corrected to May).
 * The term the {@code heldOn} filter uses follows the dates served.
 */
class PostDateDisputeTests {

	private static final String HARBOUR = NodeId.of("Article", "harbour-post-2025-10-14");

	private static final String FJORD = NodeId.of("Article", "fjord-wire-2025-10-16");

	private static final String GULF = NodeId.of("Article", "gulf-ledger-2025-10-20");

	private static final String CORRECTION = NodeId.of("Article", "harbour-post-2025-10-15-correction");

	private static SeedFiles fixtures() {
		return ValidateCommand.read(Path.of("src/test/resources/post-date-fixtures"));
	}

	/** The fixtures without the files of one report. */
	private static SeedFiles without(SeedFiles files, String name) {
		return new SeedFiles(files.articles().stream().filter((f) -> !f.path().contains(name)).toList(),
				files.curated().stream().filter((f) -> !f.path().contains(name)).toList());
	}

	private static Post post(SeedFiles files, String personKey) {
		String person = NodeId.of("Person", personKey);
		return SeedValidator.validate(files)
			.posts()
			.stream()
			.filter((post) -> post.personId().equals(person))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void startsThatCannotBothBeTrueDisputeThePostAndTheFirstReportedIsServed() {
		Post saare = post(fixtures(), "ilmar-saare");
		assertThat(saare.isDisputed()).isTrue();
		assertThat(saare.getSourceCount()).isEqualTo(3);
		assertThat(saare.from()).isEqualTo("2025-10-01");
		assertThat(saare.fromPrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(saare.getClaims())
			.extracting(Claim::field, Claim::value, Claim::sourceIds, Claim::competing, Claim::served)
			.containsExactly(tuple("from", "2025-10-01", List.of(HARBOUR), true, true),
					tuple("from", "2025-10-06", List.of(FJORD), true, false),
					tuple("from", "2025-10-01 (MONTH)", List.of(GULF), false, false),
					// Fjord Wire words the post another way: a claim each, not competing;
					// the role shows the first
					tuple("role", "Minister of Coastal Defence", List.of(HARBOUR, GULF), false, true),
					tuple("role", "Coastal Defence Minister", List.of(FJORD), false, false));
		assertThat(saare.role()).isEqualTo("Minister of Coastal Defence");
		assertThat(saare.getCompetingValues()).extracting(Claim::value).containsExactly("2025-10-01", "2025-10-06");
		// the term follows the start served
		assertThat(saare.heldFrom()).isEqualTo("2025-10-01");
		assertThat(saare.termStart()).isEqualTo("2025-10-01");
	}

	@Test
	void endsThatCannotBothBeTrueDisputeThePostAndTheTermEndsOnTheEndServed() {
		Post laan = post(fixtures(), "peeter-laan");
		assertThat(laan.isDisputed()).isTrue();
		assertThat(laan.to()).isEqualTo("2025-09-30");
		assertThat(laan.getCompetingValues()).extracting(Claim::field, Claim::value, Claim::sourceIds)
			.containsExactly(tuple("to", "2025-09-30", List.of(HARBOUR)), tuple("to", "2025-10-03", List.of(FJORD)));
		assertThat(laan.heldUntil()).isEqualTo("2025-09-30");
		assertThat(laan.termEnd()).isEqualTo("2025-09-30");
	}

	@Test
	void aMonthThatHoldsTheDayAnotherReportGivesAgreesWithIt() {
		Post saare = post(without(fixtures(), "b_fjord_wire"), "ilmar-saare");
		assertThat(saare.isDisputed()).isFalse();
		assertThat(saare.getCompetingValues()).isEmpty();
		// the day is served, more precise than the month that holds it
		assertThat(saare.from()).isEqualTo("2025-10-01");
		assertThat(saare.fromPrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(saare.getClaims()).extracting(Claim::value, Claim::competing)
			.containsExactly(tuple("2025-10-01", false), tuple("2025-10-01 (MONTH)", false));
		// a post that one source dates, or two alike, has no claim
		assertThat(post(without(fixtures(), "b_fjord_wire"), "peeter-laan").getClaims()).isEmpty();
	}

	@Test
	void aPublishersCorrectionWithdrawsItsOwnStartAndLeavesThePostUndisputed() {
		Post tamm = post(fixtures(), "liis-tamm");
		assertThat(tamm.isDisputed()).isFalse();
		assertThat(tamm.from()).isEqualTo("2024-05-01");
		assertThat(tamm.fromPrecision()).isEqualTo(DatePrecision.MONTH);
		assertThat(tamm.heldFrom()).isEqualTo("2024-05-01");
		assertThat(tamm.getClaims()).extracting(Claim::value, Claim::sourceIds, Claim::competing, Claim::correctedByIds)
			.containsExactly(tuple("2024-03-01 (MONTH)", List.of(HARBOUR), false, List.of(CORRECTION)),
					tuple("2024-05-01 (MONTH)", List.of(CORRECTION), false, List.of()));
	}

	@Test
	void withoutTheCorrectionTheTwoMonthsAreADisputeAndTheFirstIsServed() {
		SeedFiles files = SeedFixture.changed(fixtures(), "curated/d_harbour_post_correction.yaml",
				"  corrects: [harbour-post-2025-10-14]\n", "");
		Post tamm = post(files, "liis-tamm");
		assertThat(tamm.isDisputed()).isTrue();
		assertThat(tamm.from()).isEqualTo("2024-03-01");
		assertThat(tamm.getCompetingValues()).extracting(Claim::value)
			.containsExactly("2024-03-01 (MONTH)", "2024-05-01 (MONTH)");
	}

}
