package org.accords.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ibm.icu.text.Transliterator;
import org.jspecify.annotations.Nullable;

/**
 * The folded form of searchable text: lower case, without diacritics, white space
 * collapsed. Stored beside the text and applied to every search term, so "Kasciunas"
 * finds "Kasčiūnas" on MongoDB and on the embedded server alike (neither collations nor
 * {@code $text} are needed). Other scripts are transliterated to Latin first, so a
 * Cyrillic name and its Latin spelling fold alike.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** The last code point of the Latin Extended-B block. */
	private static final char LAST_LATIN = '\u024F';

	/** Transliterators keep state while they work: one per thread. */
	private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

	private SearchText() {
	}

	/**
	 * Each character of the Latin blocks folded alone (white space kept for the last
	 * step): text made of them alone folds character by character, as the whole text
	 * would (decomposing, dropping marks and lower-casing each act on one character at a
	 * time there), without the regular expressions. Half the corpus's texts name a place
	 * such as Kraków: they take this path too.
	 */
	private static final String[] LATIN_FOLDED = new String[LAST_LATIN + 1];

	static {
		for (char c = 0; c <= LAST_LATIN; c++) {
			LATIN_FOLDED[c] = bare(String.valueOf(c)).toLowerCase(Locale.ROOT);
		}
	}

	public static String fold(String text) {
		String latin = foldLatin(text);
		if (latin != null) {
			return latin;
		}
		return foldWhole(text);
	}

	/**
	 * {@link #fold} step by step over the whole text: transliterated, decomposed, marks
	 * dropped, lower-cased, white space collapsed. {@link #foldLatin} must give the same.
	 */
	static String foldWhole(String text) {
		return spaced(bare(latin(text)).toLowerCase(Locale.ROOT));
	}

	/** Decomposed, without marks, with the letters that do not decompose replaced. */
	private static String bare(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String bare = MARKS.matcher(decomposed).replaceAll("");
		// letters that do not decompose into base + mark
		return bare.replace('ł', 'l')
			.replace('Ł', 'L')
			.replace('ø', 'o')
			.replace('Ø', 'O')
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.replace("ß", "ss")
			.replace('’', '\'')
			.replace('‘', '\'');
	}

	/** White space collapsed to one space, none at either end. */
	private static String spaced(String text) {
		return SPACES.matcher(text).replaceAll(" ").trim();
	}

	/**
	 * {@link #fold} of text made of Latin characters alone (the quotes ’ and ‘ included),
	 * character by character; null for any other text.
	 */
	static @Nullable String foldLatin(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String each;
			if (c <= LAST_LATIN) {
				each = LATIN_FOLDED[c];
			}
			else if (c == '’' || c == '‘') {
				each = "'";
			}
			else {
				return null;
			}
			for (int j = 0; j < each.length(); j++) {
				char f = each.charAt(j);
				// \s of a regular expression: a run of them is one space
				if (f == ' ' || f == '\t' || f == '\n' || f == '\u000B' || f == '\f' || f == '\r') {
					space = true;
					continue;
				}
				if (space) {
					folded.append(' ');
					space = false;
				}
				folded.append(f);
			}
		}
		if (space) {
			folded.append(' ');
		}
		return folded.toString().trim();
	}

	/**
	 * Text in another script (Cyrillic, Greek, ...) transliterated to Latin letters by
	 * ICU, so that "Умєров" folds like "Umerov"; Latin text is returned as is.
	 */
	static String latin(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > LAST_LATIN && Character.isLetter(c)) {
				return TO_LATIN.get().transliterate(text);
			}
		}
		return text;
	}

	/** Folds and joins the non-null parts, one searchable string per entity. */
	public static String of(@Nullable String... parts) {
		return Stream.of(parts).filter(Objects::nonNull).map(SearchText::fold).collect(Collectors.joining(" | "));
	}

	/** A case- and accent-insensitive "contains" pattern for a user's term. */
	public static String containsRegex(String term) {
		return Pattern.quote(fold(term));
	}

}
