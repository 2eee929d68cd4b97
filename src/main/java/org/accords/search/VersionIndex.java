package org.accords.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.accords.paging.InvalidInputException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.RamUsageEstimator;
import org.jspecify.annotations.Nullable;

/**
 * The searcher over one dataset version's index, and the words searched in it as the
 * index expands them (their prefixes and one-edit variants among its terms): the index
 * never changes, so a word searched again is not expanded again. This pays for words
 * searched before (searches of them took 0.5-0.7 × the time without it in four
 * alternating pairs, docs/benchmarks.md); a word searched for the first time is not
 * slower for it.
 *
 * @param words each word's query rewritten against this index, by the word's query, at
 * most {@link #WORD_BYTES} of them as {@link #ramBytes(Query)} estimates
 */
record VersionIndex(IndexSearcher searcher, long bytes, Cache<Query, Query> words) {

	/**
	 * Bytes of expanded words kept per version, about as much as the 100k index itself: a
	 * word weighs some 40 KiB, most of it the automata of its prefix queries, and more
	 * with many one-edit variants, so some 200 words are kept at most (the most searched,
	 * as Caffeine chooses). Counted in words, 4,096 of them could hold 160 MiB.
	 */
	static final long WORD_BYTES = 8L << 20;

	VersionIndex(IndexSearcher searcher, long bytes) {
		this(searcher, bytes, words(WORD_BYTES));
	}

	/** A cache of expanded words that holds at most {@code maxBytes} of them. */
	static Cache<Query, Query> words(long maxBytes) {
		return Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			// the word's own query shares its leaves (prefix and exact terms) with its
			// expansion: counting the expansion counts them once
			.weigher((Query word, Query expanded) -> (int) Math.min(Integer.MAX_VALUE, ramBytes(expanded)))
			.build();
	}

	/**
	 * About the bytes a query holds, counted as Lucene's query cache counts a query that
	 * does not count itself ({@link RamUsageEstimator#QUERY_DEFAULT_RAM_BYTES_USED}) for
	 * each query in it, plus the bytes of its terms; a query that counts itself (an
	 * automaton's) says its own.
	 */
	static long ramBytes(Query query) {
		long[] bytes = { 0 };
		query.visit(new QueryVisitor() {

			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				bytes[0] += RamUsageEstimator.QUERY_DEFAULT_RAM_BYTES_USED;
				for (Term term : terms) {
					bytes[0] += term.bytes().length;
				}
			}

			@Override
			public void visitLeaf(Query leaf) {
				bytes[0] += RamUsageEstimator.sizeOf(leaf);
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				bytes[0] += RamUsageEstimator.QUERY_DEFAULT_RAM_BYTES_USED;
				return this;
			}

		});
		return bytes[0];
	}

	/** Newest first by the date said (statements), signed (agreements) or reported. */
	private static final Sort NEWEST;

	static {
		SortField date = new SortField(SearchIndex.DATE, SortField.Type.STRING, true);
		// undated entities last: missing sorts as the smallest value, reversed to the end
		date.setMissingValue(SortField.STRING_FIRST);
		NEWEST = new Sort(date, SortField.FIELD_SCORE, new SortField(SearchIndex.ID, SortField.Type.STRING));
	}

	SearchIndex.Page search(SearchQuery query, boolean newest, int offset, int limit, Analyzer analyzer) {
		// never more than there are documents: the collector allocates what it is asked
		// for
		int wanted = (int) Math.max(1, Math.min((long) offset + limit, this.searcher.getIndexReader().maxDoc()));
		try {
			TopDocs top = newest
					? this.searcher.search(expanded(query.query()),
							new TopFieldCollectorManager(NEWEST, wanted, null, Integer.MAX_VALUE))
					: this.searcher.search(expanded(query.query()),
							new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
			List<SearchHit> hits = new ArrayList<>();
			for (int i = offset; i < Math.min(top.scoreDocs.length, (long) offset + limit); i++) {
				ScoreDoc scored = top.scoreDocs[i];
				float score = (scored instanceof FieldDoc field) ? (Float) field.fields[1] : scored.score;
				hits.add(hit(this.searcher.storedFields().document(scored.doc), score, query, analyzer));
			}
			return new SearchIndex.Page(top.totalHits.value, hits);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidInputException("text matches too many variants of its words: use fewer or longer words");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SearchHit hit(Document doc, float score, SearchQuery query, Analyzer analyzer) {
		for (String field : List.of(Analyzers.NAME, Analyzers.ALIAS, Analyzers.SPEAKER, Analyzers.TEXT)) {
			for (String value : doc.getValues(field)) {
				List<int[]> matches = Highlights.matches(analyzer, field, value, query.words());
				if (!matches.isEmpty()) {
					return hit(doc, score, field, Highlights.snippet(value, matches));
				}
			}
		}
		// matched in a way the highlighter does not retrace: the first text, unmarked
		for (String field : List.of(Analyzers.NAME, Analyzers.TEXT, Analyzers.ALIAS, Analyzers.SPEAKER)) {
			String value = doc.get(field);
			if (value != null) {
				return hit(doc, score, field, Highlights.snippet(value, List.of()));
			}
		}
		return hit(doc, score, Analyzers.TEXT, new Highlights.Snippet("", ""));
	}

	private static SearchHit hit(Document doc, float score, String field, Highlights.Snippet snippet) {
		return new SearchHit(doc.get(SearchIndex.ID), doc.get(SearchIndex.TYPE), score, MatchedField.of(field),
				snippet.text(), snippet.html());
	}

	/**
	 * The query with each word (a {@link DisjunctionMaxQuery} of its ways to match)
	 * replaced by its expansion in this index, rewritten on the word's first search: the
	 * same query as Lucene would rewrite it, without building the word's one-edit
	 * automata and walking the terms again at every search.
	 */
	Query expanded(Query query) {
		if (query instanceof DisjunctionMaxQuery word) {
			return this.words.get(word, (k) -> {
				try {
					return this.searcher.rewrite(word);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder builder = new BooleanQuery.Builder()
				.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			for (BooleanClause clause : bool.clauses()) {
				builder.add(expanded(clause.getQuery()), clause.getOccur());
			}
			return builder.build();
		}
		return query;
	}

	/** The ids of every document {@code query} matches, read from doc values. */
	List<String> ids(Query query) {
		List<String> ids = new ArrayList<>();
		try {
			this.searcher.search(expanded(query), new SimpleCollector() {

				private @Nullable SortedDocValues values;

				@Override
				protected void doSetNextReader(LeafReaderContext context) throws IOException {
					this.values = context.reader().getSortedDocValues(SearchIndex.ID);
				}

				@Override
				public void collect(int doc) throws IOException {
					SortedDocValues values = this.values;
					if (values != null && values.advanceExact(doc)) {
						ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
					}
				}

				@Override
				public ScoreMode scoreMode() {
					return ScoreMode.COMPLETE_NO_SCORES;
				}
			});
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidInputException("text matches too many variants of its words: use fewer or longer words");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ids;
	}

}
