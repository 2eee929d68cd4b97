package org.accords.store;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folding for case- and accent-insensitive search.
 */
@Execution(ExecutionMode.CONCURRENT)
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
	void latinTextFoldsCharacterByCharacterAsTheWholeTextWould() {
		for (char c = 0; c <= '\u024F'; c++) {
			String alone = String.valueOf(c);
			assertThat(SearchText.foldLatin(alone)).as("U+%04X", (int) c).isEqualTo(SearchText.foldWhole(alone));
			String within = " A" + c + "b\t" + c + c + "\u00A0";
			assertThat(SearchText.foldLatin(within)).as("U+%04X within", (int) c)
				.isEqualTo(SearchText.foldWhole(within));
		}
		String alphabet = "aZ ĄłŁøØđĐßİıǄǅ¨´½\u00A0\t\n\u000B\f\r\u0001’‘.-'" + "\u0301" + "Ум😀ﬁ";
		Random random = new Random(15);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(12); n > 0; n--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String folded = SearchText.foldLatin(text.toString());
			if (folded != null) {
				assertThat(folded).as(text.toString()).isEqualTo(SearchText.foldWhole(text.toString()));
			}
			assertThat(SearchText.fold(text.toString())).as(text.toString())
				.isEqualTo(SearchText.foldWhole(text.toString()));
		}
		// beyond the Latin blocks the whole text is folded
		assertThat(SearchText.foldLatin("Умєров")).isNull();
		assertThat(SearchText.foldLatin("e\u0301")).isNull();
		assertThat(SearchText.fold("air defence near  Kraków’s  ")).isEqualTo("air defence near krakow's");
	}

	@Test
	void termsAreMatchedLiterally() {
		assertThat("axb (c)".matches(".*" + SearchText.containsRegex("A.B (C)") + ".*")).isFalse();
		assertThat(SearchText.fold("a.b (c)").matches(".*" + SearchText.containsRegex("A.B (C)") + ".*")).isTrue();
	}

}
