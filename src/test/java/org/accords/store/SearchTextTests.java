package org.accords.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

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
	void latinTextFoldsCharacterByCharacterAsTheWholeTextWould() {
		for (char c = 0; c <= '\u024F'; c++) {
			String alone = String.valueOf(c);
			assertThat(SearchText.foldLatin(alone)).as("U+%04X", (int) c).isEqualTo(wholeText(alone));
			String within = " A" + c + "b\t" + c + c + "\u00A0";
			assertThat(SearchText.foldLatin(within)).as("U+%04X within", (int) c).isEqualTo(wholeText(within));
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
				assertThat(folded).as(text.toString()).isEqualTo(wholeText(text.toString()));
			}
			assertThat(SearchText.fold(text.toString())).as(text.toString()).isEqualTo(wholeText(text.toString()));
		}
		// beyond the Latin blocks the whole text is folded
		assertThat(SearchText.foldLatin("Умєров")).isNull();
		assertThat(SearchText.foldLatin("e\u0301")).isNull();
		assertThat(SearchText.fold("air defence near  Kraków’s  ")).isEqualTo("air defence near krakow's");
	}

	/** How a whole text is folded, step by step over the whole text. */
	private static String wholeText(String text) {
		String decomposed = Normalizer.normalize(SearchText.latin(text), Normalizer.Form.NFKD);
		String bare = decomposed.replaceAll("\\p{M}+", "")
			.replace('ł', 'l')
			.replace('Ł', 'L')
			.replace('ø', 'o')
			.replace('Ø', 'O')
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.replace("ß", "ss")
			.replace('’', '\'')
			.replace('‘', '\'');
		return bare.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
	}

	@Test
	void termsAreMatchedLiterally() {
		assertThat("axb (c)".matches(".*" + SearchText.containsRegex("A.B (C)") + ".*")).isFalse();
		assertThat(SearchText.fold("a.b (c)").matches(".*" + SearchText.containsRegex("A.B (C)") + ".*")).isTrue();
	}

}
