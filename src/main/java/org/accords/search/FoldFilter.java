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
			// most tokens are plain ASCII: folded in place, lower case, no apostrophes;
			// no string or pattern (the index's build folds every word of every text)
			int ascii = foldAscii(this.term.buffer(), this.term.length());
			if (ascii >= 0) {
				this.term.setLength(ascii);
				if (ascii > 0) {
					return true;
				}
				continue;
			}
			// apostrophes and primes go: "Морські" folds to mors'ki, typed as morski
			String folded = APOSTROPHES.matcher(SearchText.fold(this.term.toString()).replace(" ", "")).replaceAll("");
			if (!folded.isEmpty()) {
				this.term.setEmpty().append(folded);
				return true;
			}
		}
		return false;
	}

	/**
	 * Folds an ASCII token in place: lower case, apostrophes and backquotes removed.
	 * @return its new length, or -1 (unchanged) if it has a character beyond ASCII
	 */
	static int foldAscii(char[] buffer, int length) {
		for (int i = 0; i < length; i++) {
			if (buffer[i] >= 0x80) {
				return -1;
			}
		}
		int kept = 0;
		for (int i = 0; i < length; i++) {
			char c = buffer[i];
			if (c != '\'' && c != '`') {
				buffer[kept++] = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
			}
		}
		return kept;
	}

}
