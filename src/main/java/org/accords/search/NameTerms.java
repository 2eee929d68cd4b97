package org.accords.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of a version's name fields (names, aliases, speakers), by length: the
 * one-edit variants of a word are found among those one letter shorter, as long or one
 * longer, which is a scan of a few thousand short strings. Lucene's fuzzy query builds
 * and compiles a Levenshtein automaton over all of Unicode for every word instead, which
 * was the largest part of an uncached search (docs/benchmarks.md).
 */
final class NameTerms {

	/** The terms of each length, at the index of their length. */
	private final String[][] byLength;

	private NameTerms(String[][] byLength) {
		this.byLength = byLength;
	}

	static NameTerms of(IndexReader reader) {
		TreeSet<String> terms = new TreeSet<>();
		try {
			for (String field : List.of(Analyzers.NAME, Analyzers.ALIAS, Analyzers.SPEAKER)) {
				Terms fieldTerms = MultiTerms.getTerms(reader, field);
				if (fieldTerms == null) {
					continue;
				}
				TermsEnum each = fieldTerms.iterator();
				for (BytesRef term = each.next(); term != null; term = each.next()) {
					terms.add(term.utf8ToString());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int longest = terms.stream().mapToInt(String::length).max().orElse(0);
		List<List<String>> lists = new ArrayList<>();
		for (int i = 0; i <= longest; i++) {
			lists.add(new ArrayList<>());
		}
		for (String term : terms) {
			lists.get(term.length()).add(term);
		}
		return new NameTerms(lists.stream().map((list) -> list.toArray(String[]::new)).toArray(String[][]::new));
	}

	/**
	 * The terms at most one edit from {@code word} (a swap of neighbours counting as
	 * one), {@code word} itself included when it is a term.
	 */
	List<String> oneEdit(String word) {
		List<String> found = new ArrayList<>();
		for (int length = Math.max(0, word.length() - 1); length <= word.length() + 1
				&& length < this.byLength.length; length++) {
			for (String term : this.byLength[length]) {
				if (SearchQuery.oneEditApart(term, word)) {
					found.add(term);
				}
			}
		}
		return found;
	}

}
