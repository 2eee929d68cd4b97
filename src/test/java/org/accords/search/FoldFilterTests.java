package org.accords.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldFilterTests {

	/** What every token went through before ASCII tokens were folded in place. */
	private static String reference(String token) {
		return token.toLowerCase(Locale.ROOT).replaceAll("['ʹʼ`]", "");
	}

	@Test
	void asciiTokensFoldInPlaceAsTheyFoldedThroughStrings() {
		Random random = new Random(42);
		List<String> tokens = new ArrayList<>();
		for (char c = 0; c < 0x80; c++) {
			tokens.add(String.valueOf(c));
			tokens.add("A" + c + "z");
		}
		for (int i = 0; i < 20_000; i++) {
			StringBuilder token = new StringBuilder();
			for (int n = random.nextInt(12); n >= 0; n--) {
				token.append((char) random.nextInt(0x80));
			}
			tokens.add(token.toString());
		}
		for (String token : tokens) {
			char[] buffer = token.toCharArray();
			int length = FoldFilter.foldAscii(buffer, buffer.length);
			assertThat(new String(buffer, 0, length)).as("'%s'", token).isEqualTo(reference(token));
		}
	}

	@Test
	void otherTokensAreLeftForTheFullFold() {
		char[] buffer = "Kraków".toCharArray();
		assertThat(FoldFilter.foldAscii(buffer, buffer.length)).isEqualTo(-1);
		assertThat(new String(buffer)).isEqualTo("Kraków");
	}

	@Test
	void aTextFoldsWordByWord() throws IOException {
		assertThat(terms("O'Brien DRONES Kraków Умєров Морські ' `")).containsExactly("obrien", "drones", "krakow",
				"umerov", "morski");
	}

	private static List<String> terms(String text) throws IOException {
		StandardTokenizer tokenizer = new StandardTokenizer();
		tokenizer.setReader(new StringReader(text));
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = new FoldFilter(tokenizer)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

}
