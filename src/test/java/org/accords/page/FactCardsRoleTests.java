package org.accords.page;

import java.util.List;

import org.accords.actor.Post;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement whose article gives the speaker no role: its card names the office the
 * speaker held when speaking, not whichever post the person lists first.
 */
class FactCardsRoleTests {

	static Post post(String role, String termStart, String termEnd) {
		return new Post("post:" + role, "person:x", role, null, null, null, null, null, null, null, null, null, null,
				null, role.toLowerCase(), termStart, termEnd, List.of(), null);
	}

	static final Post FUND = post("Head of the State Property Fund", "2019-09-01", "2023-09-05");

	static final Post MINISTER = post("Defence Minister", "2023-09-06", Post.OPEN_END);

	@Test
	void theRoleIsThePostHeldOnTheDay() {
		List<Post> posts = List.of(FUND, MINISTER);
		assertThat(FactCards.roleOn(posts, "2024-11-05")).isEqualTo("Defence Minister");
		assertThat(FactCards.roleOn(posts, "2021-03-01")).isEqualTo("Head of the State Property Fund");
		// the day the one ended and the other began
		assertThat(FactCards.roleOn(posts, "2023-09-05")).isEqualTo("Head of the State Property Fund");
		assertThat(FactCards.roleOn(posts, "2023-09-06")).isEqualTo("Defence Minister");
	}

	@Test
	void aMonthOrAYearMeetsEveryTermItOverlapsAndTwoOfficesNameNone() {
		List<Post> posts = List.of(FUND, MINISTER);
		assertThat(FactCards.roleOn(posts, "2024")).isEqualTo("Defence Minister");
		assertThat(FactCards.roleOn(posts, "2023-09")).isNull();
		assertThat(FactCards.roleOn(posts, "2023-08")).isEqualTo("Head of the State Property Fund");
	}

	@Test
	void noPostHeldThenOrNoDateWithSeveralPostsNamesNone() {
		assertThat(FactCards.roleOn(List.of(FUND, MINISTER), "2018-01-01")).isNull();
		assertThat(FactCards.roleOn(List.of(FUND, MINISTER), null)).isNull();
		assertThat(FactCards.roleOn(List.of(MINISTER), null)).isEqualTo("Defence Minister");
		Post open = post("Ambassador", Post.OPEN_START, Post.OPEN_END);
		assertThat(FactCards.roleOn(List.of(open), "2010-05-05")).isEqualTo("Ambassador");
		assertThat(FactCards.roleOn(List.of(), "2010-05-05")).isNull();
	}

	@Test
	void aPersonsJobTitleIsTheLatestOffice() {
		assertThat(FactCards.latestRole(List.of(MINISTER, FUND))).isEqualTo("Defence Minister");
		assertThat(FactCards.latestRole(List.of(FUND, MINISTER))).isEqualTo("Defence Minister");
		assertThat(FactCards.latestRole(List.of())).isNull();
	}

}
