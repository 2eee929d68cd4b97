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

	public static String fold(String text) {
		String decomposed = Normalizer.normalize(latin(text), Normalizer.Form.NFKD);
		String bare = MARKS.matcher(decomposed).replaceAll("");
		// letters that do not decompose into base + mark
		bare = bare.replace('ł', 'l')
			.replace('Ł', 'L')
			.replace('ø', 'o')
			.replace('Ø', 'O')
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.replace("ß", "ss")
			.replace('’', '\'')
			.replace('‘', '\'');
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
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
