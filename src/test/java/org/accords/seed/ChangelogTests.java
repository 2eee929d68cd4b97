package org.accords.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.accords.GraphQlClient;
import org.accords.SmallCacheTest;
import org.accords.dataset.DatasetPointer;
import org.accords.dataset.DatasetState;
import org.accords.paging.NodeId;
import org.accords.store.VersionedCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.server.WebGraphQlHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each published version records what it added, changed and removed, by id, compared with
 * the version before it.
 */
@SmallCacheTest
class ChangelogTests {

	private static final String CHANGELOG = """
			{ dataset { version changelog { version previousVersion publishedAt
			  collections { collection file addedCount changedCount removedCount added changed removed } } } }""";

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	WebGraphQlHandler handler;

	@Autowired
	MongoTemplate mongo;

	@TempDir
	Path folder;

	SeedFixture seed;

	@BeforeEach
	void copySeed() {
		this.seed = SeedFixture.copyOfRealSeed(this.folder);
	}

	@AfterEach
	void restoreRealSeed() {
		this.loader.load("classpath:seed-data/");
	}

	/**
	 * The first version is published where no version is served. The store this test
	 * shares holds whatever the classes before it published (and the served version's
	 * entry is written again when it is published again), so it is made to serve none, as
	 * a new store does, and the real seed's entities are published as a version of their
	 * own (its files differ in a comment).
	 */
	@Test
	@SuppressWarnings("unchecked")
	void firstVersionListsEverythingAsAdded() {
		this.mongo.remove(Query.query(Criteria.where("_id").is(DatasetPointer.ID)), VersionedCollections.DATASETS);
		this.seed.replace(SeedFixture.CURATED, "# Facts curated from", "# Facts, first published, curated from");
		assertThat(this.loader.load(this.seed.location())).isEqualTo(SeedLoader.Outcome.PUBLISHED);
		Map<String, Object> first = changelog().get(0);
		assertThat(first).containsEntry("version", this.state.version());
		assertThat(first.get("previousVersion")).isNull();
		assertThat(collection(first, "Statement")).containsEntry("file", "statements.csv")
			.containsEntry("addedCount", 5)
			.containsEntry("changedCount", 0)
			.containsEntry("removedCount", 0);
		assertThat((List<Object>) collection(first, "Statement").get("added"))
			.contains(NodeId.of("Statement", "kasciunas-umbrella-memorandum"))
			.hasSize(5);
		assertThat(collection(first, "CooperationArea")).as("the download, as changelog.json names it")
			.containsEntry("file", "cooperation-areas.csv");
		assertThat(collection(first, "Country")).containsEntry("added",
				List.of(NodeId.of("Country", "LT"), NodeId.of("Country", "UA")));
	}

	@Test
	void newVersionListsAddedChangedAndRemovedIds() {
		String before = this.state.version();
		this.seed.replace(SeedFixture.CURATED, "- id: kasciunas-joint-company", "- id: kasciunas-joint-company-renamed")
			.replace(SeedFixture.CURATED, "description: Bring production and assembly lines to Lithuania.",
					"description: Bring production and assembly lines to Lithuania (corrected).");
		this.loader.load(this.seed.location());
		Map<String, Object> latest = changelog().get(0);
		assertThat(latest).containsEntry("version", this.state.version()).containsEntry("previousVersion", before);
		assertThat(collection(latest, "Statement"))
			.containsEntry("added", List.of(NodeId.of("Statement", "kasciunas-joint-company-renamed")))
			.containsEntry("removed", List.of(NodeId.of("Statement", "kasciunas-joint-company")))
			.containsEntry("changed", List.of());
		assertThat(collection(latest, "Commitment"))
			.containsEntry("changed", List.of(NodeId.of("Commitment", "production-and-assembly-lines")))
			.containsEntry("addedCount", 0)
			.containsEntry("removedCount", 0);
		assertThat(collection(latest, "Agreement")).containsEntry("changedCount", 0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aVersionWhoseFilesDifferOnlyInCommentsChangesNoEntity() {
		this.seed.replace(SeedFixture.CURATED, "# Facts curated from", "# Facts, curated from");
		this.loader.load(this.seed.location());
		Map<String, Object> latest = changelog().get(0);
		assertThat(latest.get("version")).isEqualTo(this.state.version());
		for (Object collection : (List<?>) latest.get("collections")) {
			assertThat((Map<String, Object>) collection).containsEntry("addedCount", 0)
				.containsEntry("changedCount", 0)
				.containsEntry("removedCount", 0);
		}
	}

	/**
	 * An agreement a correction withdraws whole leaves the next version, and what it held
	 * with it: the invented reports of {@code agreement-withdrawal-fixtures}, published
	 * beside the seed without the correction, then with it.
	 */
	@Test
	void anAgreementACorrectionWithdrawsIsRemoved() throws java.io.IOException {
		Path fixtures = Path.of("src/test/resources/agreement-withdrawal-fixtures");
		for (String file : List.of("articles/a_linden_wire.txt", "curated/a_linden_wire.yaml",
				"articles/c_baltic_desk.txt", "curated/c_baltic_desk.yaml")) {
			this.seed.write(file, java.nio.file.Files.readString(fixtures.resolve(file)));
		}
		this.loader.load(this.seed.location());
		String before = this.state.version();
		for (String file : List.of("articles/b_linden_wire_correction.txt", "curated/b_linden_wire_correction.yaml")) {
			this.seed.write(file, java.nio.file.Files.readString(fixtures.resolve(file)));
		}
		this.loader.load(this.seed.location());
		Map<String, Object> latest = changelog().get(0);
		assertThat(latest).containsEntry("previousVersion", before);
		assertThat(collection(latest, "Agreement"))
			.containsEntry("removed", List.of(NodeId.of("Agreement", "lv-lt-ammunition")))
			.containsEntry("changedCount", 0);
		assertThat(collection(latest, "Signatory")).containsEntry("removedCount", 2);
		assertThat(collection(latest, "Commitment")).containsEntry("removedCount", 2);
		assertThat(collection(latest, "Statement"))
			.containsEntry("removed", List.of(NodeId.of("Statement", "berzkalns-plan-ahead")))
			.containsEntry("changed", List.of(NodeId.of("Statement", "jankute-faster")));
		// the correction is a new article, the report unchanged
		assertThat(collection(latest, "Article")).containsEntry("addedCount", 1).containsEntry("changedCount", 0);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> changelog() {
		return GraphQlClient.of(this.handler)
			.document(CHANGELOG)
			.execute()
			.path("dataset.changelog")
			.entity(List.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> collection(Map<String, Object> version, String name) {
		return ((List<Map<String, Object>>) version.get("collections")).stream()
			.filter((c) -> c.get("collection").equals(name))
			.findFirst()
			.orElseThrow();
	}

}
