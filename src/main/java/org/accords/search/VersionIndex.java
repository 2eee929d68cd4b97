package org.accords.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.accords.paging.InvalidInputException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jspecify.annotations.Nullable;

/**
 * The searcher over one dataset version's index, and the terms of its name fields (to
 * find a word's one-edit variants). Lucene expands each word (its prefixes and one-edit
 * variants) at every search: a cache of expansions made words searched before faster only
 * while it held a lot of memory, and new words not at all (docs/benchmarks.md).
 */
record VersionIndex(IndexSearcher searcher, NameTerms names, long bytes) {

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
					? this.searcher.search(query.query(),
							new TopFieldCollectorManager(NEWEST, wanted, null, Integer.MAX_VALUE))
					: this.searcher.search(query.query(),
							new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
			int from = Math.min(offset, top.scoreDocs.length);
			ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from,
					(int) Math.min(top.scoreDocs.length, (long) offset + limit));
			Document[] docs = documents(page);
			List<SearchHit> hits = new ArrayList<>(page.length);
			for (int i = 0; i < page.length; i++) {
				ScoreDoc scored = page[i];
				float score = (scored instanceof FieldDoc field) ? (Float) field.fields[1] : scored.score;
				hits.add(hit(docs[i], score, query, analyzer));
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

	/**
	 * The stored documents of a page's hits, in the page's order, read through one reader
	 * in the order of the index: a reader per hit cloned the stored-fields reader and its
	 * input each time, and hits read in index order reuse its block state where two share
	 * a compressed block (docs/benchmarks.md).
	 */
	private Document[] documents(ScoreDoc[] page) throws IOException {
		Integer[] order = new Integer[page.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingInt((Integer i) -> page[i].doc));
		StoredFields stored = this.searcher.storedFields();
		Document[] docs = new Document[page.length];
		for (Integer i : order) {
			docs[i] = stored.document(page[i].doc);
		}
		return docs;
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

	/** The ids of every document {@code query} matches, read from doc values. */
	List<String> ids(Query query) {
		List<String> ids = new ArrayList<>();
		try {
			this.searcher.search(query, new SimpleCollector() {

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
