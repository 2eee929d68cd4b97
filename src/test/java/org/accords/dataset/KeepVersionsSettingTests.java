package org.accords.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.accords.GeneratedCorpusTest;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.accords.store.VersionedCollections;
import org.accords.graphql.VersionBusyException;
import org.accords.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code accords.dataset.keep-versions} decides how many versions stay: with 3, the
 * fourth publication deletes the first version, and the three after it stay readable; a
 * kept version published again is served from what is stored.
 */
@GeneratedCorpusTest
class KeepVersionsSettingTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	SearchIndex search;

	/** The seed folders, removed after each test. */
	@TempDir
	Path seeds;

	@Test
	void theLastThreeVersionsStayTheFirstIsDeletedAndAKeptOneComesBackAsStored() throws Exception {
		// the store starts empty, or holds what the other classes of the context loaded
		List<String> versions = new ArrayList<>();
		for (String occasion : List.of("occasion: press conference", "occasion: news conference",
				"occasion: radio interview", "occasion: television debate")) {
			this.loader.load(seed(occasion));
			versions.add(this.state.version());
		}
		List<String> stored = this.mongo.getCollectionNames()
			.stream()
			.map(VersionedCollections::versionOf)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		assertThat(stored).containsExactlyInAnyOrder(versions.get(1), versions.get(2), versions.get(3));
		assertThat(this.state.kept()).extracting(DatasetState.KeptVersion::version)
			.containsExactly(versions.get(3), versions.get(2), versions.get(1));
		assertThat(this.state.info(versions.get(1)).version()).isEqualTo(versions.get(1));
		assertThat(this.mongo.findById(versions.get(0), DatasetInfo.class, VersionedCollections.DATASETS)).isNull();

		// the seed files go back to a kept version: it is served from what is stored, not
		// dropped and written again under the requests reading it
		String statements = VersionedCollections.of("Statement", versions.get(1));
		this.mongo.updateFirst(new Query(), new Update().set("untouched", true), statements);
		this.loader.load(seed("occasion: news conference"));
		assertThat(this.state.version()).isEqualTo(versions.get(1));
		assertThat(this.mongo.count(Query.query(Criteria.where("untouched").is(true)), statements)).isEqualTo(1);
		assertThat(this.mongo.count(new Query(), statements)).isEqualTo(5);
		assertThat(this.state.kept()).extracting(DatasetState.KeptVersion::version)
			.containsExactly(versions.get(1), versions.get(3), versions.get(2));

		// alternating between the two older versions kept: one older version is held, and
		// another is loaded at most once per 10 s, so the switching is soon refused; the
		// version served keeps answering
		assertThat(this.search.ids(versions.get(1), "Statement", "news conference")).isNotEmpty();
		assertThatExceptionOfType(VersionBusyException.class).isThrownBy(() -> {
			for (int i = 0; i < 3; i++) {
				this.search.ids(versions.get(3), "Statement", "television debate");
				this.search.ids(versions.get(2), "Statement", "radio interview");
			}
		}).withMessageContaining("retry in");
		assertThat(this.search.ids(versions.get(1), "Statement", "news conference")).isNotEmpty();
	}

	private String seed(String occasion) throws Exception {
		return SeedFixture.copyOfRealSeed(Files.createTempDirectory(this.seeds, "keep-three"))
			.replace(SeedFixture.CURATED, "occasion: press conference", occasion)
			.location();
	}

}
