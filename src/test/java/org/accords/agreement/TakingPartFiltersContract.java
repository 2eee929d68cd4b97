package org.accords.agreement;

import java.nio.file.Path;
import java.util.List;

import org.accords.GraphQlClient;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.WebGraphQlTester;

import static org.accords.agreement.LeavingFixture.ESTONIA;
import static org.accords.agreement.LeavingFixture.LATVIA;
import static org.accords.agreement.LeavingFixture.LITHUANIA;
import static org.accords.agreement.LeavingFixture.UKRAINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreements filter on a day: with {@code activeOn}, the countries {@code party},
 * {@code between} and {@code leader} name count only while they take part, as
 * {@code participants(activeOn:)} counts them; without a day they count every country
 * that ever took part, as before. On the curator fixtures of Latvia's withdrawal from a
 * coalition it co-led ({@link LeavingFixture}: launched February 2025, Latvia left on 1
 * April 2026 by one report and 14 April by another, Estonia co-leads from 14 April). Run
 * against the embedded store and against a real MongoDB.
 */
abstract class TakingPartFiltersContract {

	@Autowired
	WebGraphQlHandler handler;

	@Autowired
	SeedLoader loader;

	@TempDir
	Path folder;

	WebGraphQlTester graphQl;

	@BeforeEach
	void loadTheReportsOfTheLeaving() {
		this.loader.load(LeavingFixture.copyTo(this.folder));
		this.graphQl = GraphQlClient.of(this.handler);
	}

	/** How many agreements match the filter, written as GraphQL input. */
	int count(String filter) {
		return this.graphQl.document("{ agreements(filter: " + filter + ") { totalCount } }")
			.execute()
			.path("agreements.totalCount")
			.entity(Integer.class)
			.get();
	}

	static String between(String... countries) {
		return "between: [" + String.join(", ", List.of(countries).stream().map((c) -> "\"" + c + "\"").toList()) + "]";
	}

	@Test
	void withoutADayEveryCountryThatEverTookPartCounts() {
		assertThat(count("{ " + between(LATVIA, UKRAINE) + " }")).isEqualTo(1);
		assertThat(count("{ " + between(LATVIA, ESTONIA) + " }")).isEqualTo(1);
		assertThat(count("{ party: \"" + LATVIA + "\" }")).isEqualTo(1);
		assertThat(count("{ leader: \"" + LATVIA + "\" }")).isEqualTo(1);
		assertThat(count("{ leader: \"" + ESTONIA + "\" }")).isEqualTo(1);
	}

	@Test
	void onADayACountryThatLeftOnOrBeforeItIsNotBetweenNorAPartyNorALeader() {
		// the day served is the earlier one a source gives (1 April)
		assertThat(count("{ " + between(LATVIA, UKRAINE) + ", activeOn: \"2026-03-31\" }")).isEqualTo(1);
		assertThat(count("{ " + between(LATVIA, UKRAINE) + ", activeOn: \"2026-04-01\" }")).isZero();
		assertThat(count("{ " + between(LATVIA, UKRAINE) + ", activeOn: \"2026-04-20\" }")).isZero();
		assertThat(count("{ party: \"" + LATVIA + "\", activeOn: \"2026-03-31\" }")).isEqualTo(1);
		assertThat(count("{ party: \"" + LATVIA + "\", activeOn: \"2026-04-20\" }")).isZero();
		assertThat(count("{ leader: \"" + LATVIA + "\", activeOn: \"2026-03-31\" }")).isEqualTo(1);
		assertThat(count("{ leader: \"" + LATVIA + "\", activeOn: \"2026-04-20\" }")).isZero();
		// those that stay are still counted on that day
		assertThat(count("{ " + between(LITHUANIA, UKRAINE) + ", activeOn: \"2026-04-20\" }")).isEqualTo(1);
		assertThat(count("{ party: \"" + UKRAINE + "\", activeOn: \"2026-04-20\" }")).isEqualTo(1);
		assertThat(count("{ leader: \"" + LITHUANIA + "\", activeOn: \"2026-04-20\" }")).isEqualTo(1);
	}

	@Test
	void onADayACountryThatJoinedAfterItIsNotCountedYet() {
		assertThat(count("{ leader: \"" + ESTONIA + "\", activeOn: \"2026-04-13\" }")).isZero();
		assertThat(count("{ leader: \"" + ESTONIA + "\", activeOn: \"2026-04-14\" }")).isEqualTo(1);
		assertThat(count("{ " + between(LITHUANIA, ESTONIA) + ", activeOn: \"2026-04-13\" }")).isZero();
		assertThat(count("{ " + between(LITHUANIA, ESTONIA) + ", activeOn: \"2026-04-14\" }")).isEqualTo(1);
		// Estonia leads it, but is not one of its parties
		assertThat(count("{ party: \"" + ESTONIA + "\", activeOn: \"2026-04-20\" }")).isZero();
	}

	@Test
	void aDayTheAgreementWasNotInEffectFindsItForNoCountry() {
		// launched in February 2025: on a day before, no one takes part in it
		assertThat(count("{ " + between(LATVIA, UKRAINE) + ", activeOn: \"2025-01-31\" }")).isZero();
		assertThat(count("{ " + between(LATVIA, UKRAINE) + ", activeOn: \"2025-02-01\" }")).isEqualTo(1);
	}

}
