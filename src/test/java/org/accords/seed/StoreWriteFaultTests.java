package org.accords.seed;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Map;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import org.accords.AccordsProperties;
import org.accords.GraphQlClient;
import org.accords.SmallCacheTest;
import org.accords.dataset.Changelog;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.publish.DatasetPublisher;
import org.accords.statement.Statement;
import org.accords.store.LoadLock;
import org.accords.store.ReplicationBarrier;
import org.accords.store.VersionedCollections;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.server.WebGraphQlHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A write that fails half-way (disk full, simulated), or a document the store cannot
 * hold, never costs the version served: the load is reported, what was written of the new
 * version is removed, and startup goes on serving the old one.
 */
@SmallCacheTest
@ExtendWith(OutputCaptureExtension.class)
class StoreWriteFaultTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Changelog changelog;

	@Autowired
	ResourcePatternResolver resolver;

	@Autowired
	ObjectProvider<org.accords.store.EmbeddedDataFile> dataFile;

	@Autowired
	WebGraphQlHandler handler;

	@TempDir
	Path folder;

	SeedFixture seed;

	String servedVersion;

	@BeforeEach
	void changedSeed() {
		// a change no other test publishes: a version the store keeps whole from an
		// earlier
		// test of this context would be served again without a write to fail
		this.seed = SeedFixture.copyOfRealSeed(this.folder)
			.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: news briefing");
		String version = newVersion();
		assertThat(this.mongo.getCollectionNames()).as("collections of the changed seed's version")
			.noneMatch((name) -> version.equals(VersionedCollections.versionOf(name)));
		this.servedVersion = this.state.version();
	}

	@AfterEach
	void restoreRealSeed() {
		this.loader.load("classpath:seed-data/");
	}

	/**
	 * A loader whose store accepts everything but the statements, as a disk that fills up
	 * during the last collection would.
	 */
	SeedLoader loaderOnAFullDisk(String location) {
		MongoTemplate full = new MongoTemplate(this.mongo.getMongoDatabaseFactory(), this.mongo.getConverter()) {
			@Override
			@SuppressWarnings("unchecked")
			public MongoCollection<Document> getCollection(String name) {
				MongoCollection<Document> real = super.getCollection(name);
				if (!name.startsWith(Statement.TYPE + "_")) {
					return real;
				}
				return (MongoCollection<Document>) Proxy.newProxyInstance(getClass().getClassLoader(),
						new Class<?>[] { MongoCollection.class }, (proxy, method, args) -> {
							if (method.getName().startsWith("insert")) {
								throw new MongoException("No space left on device");
							}
							try {
								return method.invoke(real, args);
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
			}
		};
		AccordsProperties properties = new Binder(new MapConfigurationPropertySource(
				Map.of("accords.seed.location", location, "accords.store.embedded-mode", "memory")))
			.bindOrCreate("accords", AccordsProperties.class);
		return new SeedLoader(this.resolver, new DatasetPublisher(full, this.changelog, new ReplicationBarrier(full)),
				this.state, properties, new StoreIntegrity(full, this.dataFile), new LoadLock(full),
				new SeedStamps(full));
	}

	void assertServedVersionIsWhole() {
		assertThat(this.state.version()).isEqualTo(this.servedVersion);
		GraphQlClient.of(this.handler)
			.document("{ statements { totalCount } dataset { version } }")
			.execute()
			.path("statements.totalCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("dataset.version")
			.entity(String.class)
			.isEqualTo(this.servedVersion);
	}

	String newVersion() {
		return SeedFiles.read(this.resolver, this.seed.location()).version();
	}

	@Test
	void aWriteThatFailsHalfWayKeepsTheServedVersionAndRemovesThePartialOne() {
		String version = newVersion();
		assertThatExceptionOfType(LoadFailedException.class)
			.isThrownBy(() -> loaderOnAFullDisk(this.seed.location()).load(this.seed.location()))
			.withMessage("Writing dataset version " + version
					+ " to the store failed (No space left on device); what was written of it is removed");
		assertServedVersionIsWhole();
		assertThat(this.mongo.getCollectionNames())
			.noneMatch((name) -> version.equals(VersionedCollections.versionOf(name)));
		assertThat(this.mongo.findById(version, DatasetInfo.class, VersionedCollections.DATASETS)).isNull();
	}

	@Test
	void startupWhoseLoadFailsToWriteServesThePreviousVersion(CapturedOutput output) throws Exception {
		SeedLoader restarted = loaderOnAFullDisk(this.seed.location());
		restarted.run(new DefaultApplicationArguments());
		// a version is served: the restart checks the seed files in the background, once
		// that version is warmed up
		restarted.warmedUp(new org.accords.search.VersionWarmedUp(this.servedVersion));
		restarted.awaitCheck();
		assertServedVersionIsWhole();
		assertThat(output).containsOnlyOnce("Writing dataset version " + newVersion()
				+ " to the store failed (No space left on device); what was written of it is removed. "
				+ "Still serving dataset version " + this.servedVersion);
	}

	@Test
	void anArticleTooLargeToStoreIsRefusedNamingTheFileAndTheLimit() {
		StringBuilder text = new StringBuilder(this.seed.read(SeedFixture.ARTICLE)).append('\n');
		String paragraph = "Archive note: the ministry repeated that no further talks were scheduled for the week. ";
		while (text.length() < 17 * 1024 * 1024) {
			text.append(paragraph);
		}
		this.seed.write(SeedFixture.ARTICLE, text.toString());
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> this.loader.load(this.seed.location()))
			.withMessageContaining("articles/000_f63eb9d75a69187d.txt: the article takes 17.0 MB when stored,"
					+ " over the 16.0 MB a MongoDB document may hold");
		assertServedVersionIsWhole();
	}

}
