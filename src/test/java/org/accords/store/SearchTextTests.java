package org.accords.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folding for case- and accent-insensitive search.
 */
class SearchTextTests {

	@Test
	void lithuanianAndUkrainianNamesFoldToAscii() {
		assertThat(SearchText.fold("Laurynas Kasčiūnas")).isEqualTo("laurynas kasciunas");
		assertThat(SearchText.fold("Aušrinė Armonaitė")).isEqualTo("ausrine armonaite");
		assertThat(SearchText.fold("Łódź  Straße")).isEqualTo("lodz strasse");
	}

	@Test
	void cyrillicNamesFoldLikeTheirLatinSpelling() {
		assertThat(SearchText.fold("Умєров")).isEqualTo("umerov");
		assertThat(SearchText.fold("Рустем Умєров")).isEqualTo("rustem umerov");
		assertThat(SearchText.fold("Rustem Umerov")).isEqualTo("rustem umerov");
	}

	@Test
	void termsAreMatchedLiterally() {
		assertThat("axb (c)".matches(".*" + SearchText.containsRegex("A.B (C)") + ".*")).isFalse();
		assertThat(SearchText.fold("a.b (c)").matches(".*" + SearchText.containsRegex("A.B (C)") + ".*")).isTrue();
	}

}
