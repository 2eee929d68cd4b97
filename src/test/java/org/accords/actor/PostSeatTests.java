package org.accords.actor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports name one role in their own words: the words that tell one post from another are
 * compared, not their order, case, accents or filler.
 */
class PostSeatTests {

	@Test
	void theSameRoleInOtherWordsIsOneSeat() {
		assertThat(Posts.seatKey("Minister of Defence Procurement"))
			.isEqualTo(Posts.seatKey("defence procurement minister"))
			.isEqualTo(Posts.seatKey("Minister for Defence  Procurement"))
			.isEqualTo(Posts.seatKey("Minister of Defence-Procurement"));
		assertThat(Posts.seatKey("Ministre de la Défense")).isEqualTo(Posts.seatKey("ministre de la defense"));
	}

	@Test
	void aWordThatTellsRolesApartKeepsThemApart() {
		assertThat(Posts.seatKey("Deputy Minister of Defence")).isNotEqualTo(Posts.seatKey("Minister of Defence"));
		assertThat(Posts.seatKey("Minister of Strategic Industries"))
			.isNotEqualTo(Posts.seatKey("Minister of Industry"));
	}

}
