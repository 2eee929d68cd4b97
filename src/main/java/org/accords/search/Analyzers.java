package org.accords.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways text is cut into terms: names are folded only (so a one-edit typo or a
 * transliteration variant is one edit away from the name as written), prose is folded and
 * stemmed as English ({@code drones} and {@code drone} are one term).
 */
public final class Analyzers {

	/** One for the whole process: an analyzer keeps its token streams per thread. */
	private static final Analyzer PROSE = prose();

	static final String NAME = "name";

	static final String ALIAS = "alias";

	static final String SPEAKER = "speaker";

	static final String TEXT = "text";

	private Analyzers() {
	}

	/** Folded words, for names. */
	static Analyzer names() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				StandardTokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new FoldFilter(source));
			}
		};
	}

	/** Folded and stemmed words, for prose. */
	static Analyzer prose() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				StandardTokenizer source = new StandardTokenizer();
				TokenStream stream = new PorterStemFilter(new EnglishPossessiveFilter(new FoldFilter(source)));
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	/**
	 * The words of a text as prose search compares them, folded and stemmed, one space
	 * between: "Drones" and "drone" give the same, so a name written in the singular and
	 * one in the plural are one name.
	 */
	public static String proseTerms(String text) {
		return String.join(" ", SearchQuery.tokens(PROSE, text));
	}

	/** Names for the name fields, prose for the rest. */
	static Analyzer perField() {
		Analyzer names = names();
		return new PerFieldAnalyzerWrapper(prose(), Map.of(NAME, names, ALIAS, names, SPEAKER, names));
	}

	static boolean isName(String field) {
		return !TEXT.equals(field);
	}

}
