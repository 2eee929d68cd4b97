package org.accords.search;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-edit variants of a word are the terms of the name fields (names, aliases,
 * speakers, not prose) one substitution, insertion, deletion or swap of neighbours away,
 * at any place in the word, as Lucene's fuzzy query of one edit finds them.
 */
class NameTermsTests {

	@Test
	void findsTheTermsOfTheNameFieldsOneEditAway() throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()))) {
			Document doc = new Document();
			doc.add(new TextField(Analyzers.NAME, "Umerov Rustem", Field.Store.NO));
			doc.add(new TextField(Analyzers.ALIAS, "Umerof", Field.Store.NO));
			doc.add(new TextField(Analyzers.SPEAKER, "Mumerov Merov", Field.Store.NO));
			doc.add(new TextField(Analyzers.TEXT, "umerow", Field.Store.NO));
			writer.addDocument(doc);
			Document other = new Document();
			other.add(new TextField(Analyzers.NAME, "Uemrov Omerof Umerovv Umer", Field.Store.NO));
			writer.addDocument(other);
		}
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			NameTerms terms = NameTerms.of(reader);
			assertThat(terms.oneEdit("umerov")).containsExactlyInAnyOrder("umerov", "umerof", "mumerov", "merov",
					"uemrov", "umerovv");
			assertThat(terms.oneEdit("rustam")).containsExactly("rustem");
			assertThat(terms.oneEdit("kyiv")).isEmpty();
		}
	}

}
