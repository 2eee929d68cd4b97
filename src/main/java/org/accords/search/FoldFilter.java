package org.accords.search;

import java.io.IOException;

import org.accords.store.SearchText;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds each token as {@link SearchText#fold} folds stored text: lower case, no
 * diacritics, other scripts transliterated to Latin ({@code Умєров} indexes as
 * {@code umerov}). Tokens that fold to nothing are dropped; offsets are kept, so
 * highlights mark the words as written.
 */
final class FoldFilter extends TokenFilter {

	private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['ʹʼ`]");

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	FoldFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (this.input.incrementToken()) {
			// apostrophes and primes go: "Морські" folds to mors'ki, typed as morski
			String folded = APOSTROPHES.matcher(fold(this.term)).replaceAll("");
			if (!folded.isEmpty()) {
				this.term.setEmpty().append(folded);
				return true;
			}
		}
		return false;
	}

	private static String fold(CharSequence token) {
		// most tokens are plain ASCII: lower-casing is all folding would do
		boolean ascii = true;
		for (int i = 0; i < token.length() && ascii; i++) {
			ascii = token.charAt(i) < 0x80;
		}
		if (ascii) {
			return token.toString().toLowerCase(java.util.Locale.ROOT);
		}
		return SearchText.fold(token.toString()).replace(" ", "");
	}

}
