package org.accords.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.paging.InvalidInputException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A user's search text as a Lucene query: every word (and every phrase in double quotes)
 * must match somewhere. A word scores by the best way it matches, in fixed tiers: the
 * name exactly (16), an alias exactly (15), a prefix of a name or alias (8, 7.5), a name
 * or alias one edit away (4, 3.75), the speaker of a statement (3, 2.5, 2.25), the
 * stemmed prose (2), a prefix of a prose word (1). A pinch of BM25 orders hits within a
 * tier. The same words decide which field matched and what a highlight marks.
 */
final class SearchQuery {

	private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");

	/**
	 * Shorter words are matched exactly only: a one-letter prefix would match most names.
	 */
	static final int MIN_PREFIX = 2;

	/** Shorter words are not matched fuzzily: "Iran" is one edit from "Oman". */
	static final int MIN_FUZZY = 4;

	/**
	 * The most words (and phrases) a search text may have: each adds a clause per field
	 * and tier, and Lucene refuses a query of over 1,024 clauses once prefixes and
	 * one-edit variants are expanded.
	 */
	static final int MAX_WORDS = 16;

	/** A word to find, folded as names are and stemmed as prose is. */
	record Word(String folded, String stemmed, boolean loose) {

		boolean matches(String field, String token) {
			if (Analyzers.isName(field)) {
				return token.equals(this.folded)
						|| (this.loose && this.folded.length() >= MIN_PREFIX && token.startsWith(this.folded))
						|| (this.loose && this.folded.length() >= MIN_FUZZY && oneEditApart(token, this.folded));
			}
			return token.equals(this.stemmed)
					|| (this.loose && this.folded.length() >= MIN_PREFIX && token.startsWith(this.folded));
		}

	}

	private final Query query;

	private final List<Word> words;

	private SearchQuery(Query query, List<Word> words) {
		this.query = query;
		this.words = words;
	}

	Query query() {
		return this.query;
	}

	List<Word> words() {
		return this.words;
	}

	/** True when nothing in the text can be searched for. */
	boolean isEmpty() {
		return this.words.isEmpty();
	}

	/**
	 * {@code oneEdit} gives the terms of the name fields at most one edit from a word, as
	 * {@link NameTerms#oneEdit} of the version searched.
	 */
	static SearchQuery parse(String text, Analyzer names, Analyzer prose, Analyzer perField,
			Function<String, List<String>> oneEdit) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		List<Word> words = new ArrayList<>();
		Matcher phrases = PHRASE.matcher(text);
		StringBuilder loose = new StringBuilder();
		int last = 0;
		QueryBuilder builder = new QueryBuilder(perField);
		while (phrases.find()) {
			loose.append(text, last, phrases.start()).append(' ');
			last = phrases.end();
			String phrase = phrases.group(1);
			List<Query> fields = new ArrayList<>();
			addPhrase(fields, builder, Analyzers.NAME, phrase, 16);
			addPhrase(fields, builder, Analyzers.ALIAS, phrase, 15);
			addPhrase(fields, builder, Analyzers.SPEAKER, phrase, 3);
			addPhrase(fields, builder, Analyzers.TEXT, phrase, 2);
			if (!fields.isEmpty()) {
				all.add(new DisjunctionMaxQuery(fields, 0), BooleanClause.Occur.MUST);
				for (String token : tokens(names, phrase)) {
					words.add(new Word(token, stem(prose, token), false));
				}
			}
		}
		// an unbalanced quote is read as a plain character
		loose.append(text.substring(last).replace('"', ' '));
		List<String> unique = new ArrayList<>(new java.util.LinkedHashSet<>(tokens(names, loose.toString())));
		if (unique.size() + words.size() > MAX_WORDS) {
			throw new InvalidInputException("text has " + (unique.size() + words.size())
					+ " words and phrases, over the limit of " + MAX_WORDS);
		}
		for (String token : unique) {
			Word word = new Word(token, stem(prose, token), true);
			words.add(word);
			all.add(word(word, oneEdit), BooleanClause.Occur.MUST);
			// within a tier, the better BM25 match first
			all.add(new BoostQuery(new TermQuery(new Term(Analyzers.NAME, word.folded())), 0.01f),
					BooleanClause.Occur.SHOULD);
			all.add(new BoostQuery(new TermQuery(new Term(Analyzers.TEXT, word.stemmed())), 0.01f),
					BooleanClause.Occur.SHOULD);
		}
		return new SearchQuery(all.build(), words);
	}

	private static Query word(Word word, Function<String, List<String>> oneEdit) {
		String t = word.folded();
		List<Query> tiers = new ArrayList<>();
		tiers.add(constant(new TermQuery(new Term(Analyzers.NAME, t)), 16));
		tiers.add(constant(new TermQuery(new Term(Analyzers.ALIAS, t)), 15));
		tiers.add(constant(new TermQuery(new Term(Analyzers.SPEAKER, t)), 3));
		tiers.add(constant(new TermQuery(new Term(Analyzers.TEXT, word.stemmed())), 2));
		if (t.length() >= MIN_PREFIX) {
			// one automaton per word, shared by the fields it is matched in
			CompiledAutomaton prefix = CompiledTermsQuery.prefix(t);
			String label = t + "*";
			tiers.add(constant(CompiledTermsQuery.of(Analyzers.NAME, prefix, label), 8));
			tiers.add(constant(CompiledTermsQuery.of(Analyzers.ALIAS, prefix, label), 7.5f));
			tiers.add(constant(CompiledTermsQuery.of(Analyzers.SPEAKER, prefix, label), 2.5f));
			tiers.add(constant(CompiledTermsQuery.of(Analyzers.TEXT, prefix, label), 1));
		}
		if (t.length() >= MIN_FUZZY) {
			List<BytesRef> variants = oneEdit.apply(t).stream().map(BytesRef::new).toList();
			if (!variants.isEmpty()) {
				tiers.add(constant(new TermInSetQuery(Analyzers.NAME, variants), 4));
				tiers.add(constant(new TermInSetQuery(Analyzers.ALIAS, variants), 3.75f));
				tiers.add(constant(new TermInSetQuery(Analyzers.SPEAKER, variants), 2.25f));
			}
		}
		return new DisjunctionMaxQuery(tiers, 0);
	}

	private static void addPhrase(List<Query> fields, QueryBuilder builder, String field, String phrase, float boost) {
		Query query = builder.createPhraseQuery(field, phrase);
		if (query != null) {
			fields.add(constant(query, boost));
		}
	}

	private static Query constant(Query query, float boost) {
		return new BoostQuery(new ConstantScoreQuery(query), boost);
	}

	static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static String stem(Analyzer prose, String token) {
		List<String> stems = tokens(prose, token);
		return stems.isEmpty() ? token : stems.get(0);
	}

	/** Levenshtein distance at most one, counting a swap of neighbours as one edit. */
	static boolean oneEditApart(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		int la = a.length();
		int lb = b.length();
		if (Math.abs(la - lb) > 1) {
			return false;
		}
		int i = 0;
		while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (la == lb) {
			if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
				return true;
			}
			return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.regionMatches(i + 2, b, i + 2, la - i - 2);
		}
		return (la > lb) ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
	}

}
