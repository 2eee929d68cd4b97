package org.accords.search;

import java.nio.file.Path;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.accords.SmallCacheTest;
import org.accords.dataset.DatasetState;
import org.accords.seed.SeedLoader;
import org.accords.store.VersionedCollections;
import org.accords.synthetic.SyntheticCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A version's search index is built when the version is published and stored with it
 * ({@code searchindex_<version>}): an instance reads it back instead of reading every
 * collection to build it, and it answers as one built from the collections does.
 */
@SmallCacheTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class StoredSearchIndexTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	SearchIndex search;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MeterRegistry meters;

	@TempDir
	static Path folder;

	String version;

	@BeforeAll
	void publishACorpus() {
		SyntheticCorpus.write(folder, 600, 7);
		assertThat(this.loader.load(folder.toUri().toString())).isEqualTo(SeedLoader.Outcome.PUBLISHED);
		this.version = this.state.version();
	}

	@AfterAll
	void restoreRealSeed() {
		this.loader.load("classpath:seed-data/");
	}

	long builds() {
		return this.meters.timer("accords.search.build").count();
	}

	/**
	 * Every hit with its score, in rank order; hits of equal score (in any order: the
	 * index breaks ties by the order entities were added) sorted by id.
	 */
	List<String> hits(String text) {
		return this.search.search(this.version, text, false, 0, 1000)
			.hits()
			.stream()
			.map((hit) -> String.format(java.util.Locale.ROOT, "%012.6f %s %s", 1000 - hit.score(), hit.id(),
					hit.matchedField()))
			.sorted()
			.toList();
	}

	@Test
	@Order(1)
	void theIndexPublishedWithTheVersionIsReadBackNotBuilt() {
		assertThat(this.mongo.collectionExists(VersionedCollections.of(SearchIndex.COLLECTION, this.version))).isTrue();
		this.search.forget();
		long before = builds();
		assertThat(hits("drones")).isNotEmpty();
		assertThat(this.search.ids(this.version, "Statement", "drone production")).isNotEmpty();
		assertThat(builds()).as("no index built from the collections").isEqualTo(before);
	}

	@Test
	@Order(2)
	void theStoredIndexAnswersAsOneBuiltFromTheCollections() {
		List<String> texts = List.of("drones", "minister", "ammunition production", "\"joint venture\"", "umerov",
				"kasciunas", "electronic warfare");
		this.search.forget();
		List<List<String>> stored = texts.stream().map(this::hits).toList();
		assertThat(stored).anySatisfy((hits) -> assertThat(hits).isNotEmpty());
		String name = VersionedCollections.of(SearchIndex.COLLECTION, this.version);
		this.mongo.dropCollection(name);
		this.search.forget();
		long before = builds();
		List<List<String>> built = texts.stream().map(this::hits).toList();
		assertThat(builds()).isEqualTo(before + 1);
		assertThat(built).isEqualTo(stored);
	}

	@Test
	@Order(3)
	void aCollectorClosedWithoutSavingStopsItsBuild() {
		// the publication failed half way: the thread that indexed its documents as they
		// were written must not wait for the rest forever
		SearchIndex.Collector collector = this.search.collector();
		assertThat(indexers()).isPositive();
		collector.add("Person", new org.bson.Document("_id", "person:x").append("name", "X"));
		collector.close();
		await().until(() -> indexers() == 0);
	}

	@Test
	@Order(4)
	void aReadInterruptedByAStopIsNeitherDamageNorABuild(CapturedOutput output) {
		// a stop interrupts the warm-up's thread while it reads the stored index: the
		// read used to be taken for a damaged index, and every collection read to build
		// one while the instance stopped
		this.search.forget();
		long before = builds();
		Thread.currentThread().interrupt();
		try {
			assertThatExceptionOfType(java.util.concurrent.CancellationException.class)
				.isThrownBy(() -> this.search.index(this.version));
		}
		finally {
			Thread.interrupted();
		}
		assertThat(builds()).as("no index built from the collections").isEqualTo(before);
		assertThat(output).doesNotContain("cannot be read");
		assertThat(hits("drones")).as("read at the next ask").isNotEmpty();
	}

	static long indexers() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().equals("search-index") && thread.isAlive())
			.count();
	}

}
