package org.accords.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.dataset.DatasetState;
import org.accords.seed.SeedLoader;
import org.accords.statement.Statement;
import org.accords.store.StoreCommands;
import org.accords.store.VersionedCollections;
import org.accords.synthetic.SyntheticCorpus;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole collection read for a download: on the embedded store its ids come from the
 * version's query tables, so the server is only ever asked for documents by {@code _id}
 * (its unique index), never to list a collection, which it does by decoding every
 * document while every page waits for the collection.
 */
@GeneratedCorpusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChunkedReaderTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	ChunkedReader reader;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	StoreCommands commands;

	/** The seed folder, removed after the class. */
	@TempDir
	static Path folder;

	String version = "";

	@BeforeAll
	void loadSyntheticCorpus() throws IOException {
		// more statements than one chunk holds
		SyntheticCorpus.write(folder, ChunkedReader.CHUNK * 2 + 100, 7);
		this.loader.load(folder.toUri().toString());
		this.version = this.state.current().version();
	}

	@Test
	void aCollectionIsReadByIdInStoredOrderWithoutListingIt() throws IOException {
		List<String> stored = new ArrayList<>();
		for (Document document : this.mongo.find(new Query(), Document.class,
				VersionedCollections.of(Statement.TYPE, this.version))) {
			stored.add(document.getString("_id"));
		}
		assertThat(stored).hasSizeGreaterThan(ChunkedReader.CHUNK * 2);
		this.commands.clear();
		List<String> read = new ArrayList<>();
		List<Integer> chunks = new ArrayList<>();
		this.reader.read(Statement.TYPE, this.version, (chunk) -> {
			chunks.add(chunk.size());
			chunk.forEach((document) -> read.add(document.getString("_id")));
		});
		assertThat(read).isEqualTo(stored);
		assertThat(chunks).hasSize(3).allSatisfy((size) -> assertThat(size).isLessThanOrEqualTo(ChunkedReader.CHUNK));
		// (the tables themselves are read once per version, as for the first page)
		assertThat(this.commands.names()).filteredOn((command) -> !command.startsWith("find querytables_"))
			.hasSize(3)
			.allSatisfy(
					(command) -> assertThat(command).startsWith("find Statement_").contains("{\"_id\": {\"$in\": ["));
	}

}
