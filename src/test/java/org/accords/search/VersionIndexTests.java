package org.accords.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's stored documents are read in the order of the index, and each hit still gets
 * its own document: the id, field and highlight of each hit are those of the entity
 * ranked there, whatever the order the entities were indexed in.
 */
class VersionIndexTests {

	@Test
	void eachHitOfAPageIsMadeOfItsOwnDocumentWhenRankAndIndexOrderDiffer() throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		Analyzer perField = Analyzers.perField();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
			// indexed first, ranked last: drone matched in the text only
			writer.addDocument(document("Statement:s1", Analyzers.TEXT, "A statement on drones for the army"));
			writer.addDocument(document("Agreement:a1", Analyzers.TEXT, "Drone production, a second text"));
			// indexed last, ranked first: drone is the name
			writer.addDocument(document("Programme:p1", Analyzers.NAME, "Drone"));
		}
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			VersionIndex index = new VersionIndex(new IndexSearcher(reader), NameTerms.of(reader), 0);
			SearchQuery query = SearchQuery.parse("drone", Analyzers.names(), Analyzers.prose(), perField,
					index.names()::oneEdit);

			List<SearchHit> hits = index.search(query, false, 0, 20, perField).hits();

			assertThat(hits).extracting(SearchHit::id).startsWith("Programme:p1");
			assertThat(hits.get(0).matchedField()).isEqualTo(MatchedField.of(Analyzers.NAME));
			assertThat(hits.get(0).highlight()).isEqualTo("«Drone»");
			assertThat(hits.subList(1, 3)).extracting(SearchHit::id, SearchHit::highlight)
				.containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple("Statement:s1", "A statement on «drones» for the army"),
						org.assertj.core.groups.Tuple.tuple("Agreement:a1", "«Drone» production, a second text"));
			// a page past the first hit: the rest, each with its own document
			List<SearchHit> rest = index.search(query, false, 1, 1, perField).hits();
			assertThat(rest).extracting(SearchHit::id).containsExactly(hits.get(1).id());
			assertThat(rest.get(0).highlight()).isEqualTo(hits.get(1).highlight());
		}
	}

	private static Document document(String id, String field, String text) {
		Document doc = new Document();
		doc.add(new StringField(SearchIndex.ID, id, Field.Store.YES));
		doc.add(new StringField(SearchIndex.TYPE, id.substring(0, id.indexOf(':')), Field.Store.YES));
		doc.add(new TextField(field, text, Field.Store.YES));
		return doc;
	}

}
