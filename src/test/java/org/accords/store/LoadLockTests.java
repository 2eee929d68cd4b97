package org.accords.store;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.accords.AccordsApplication;
import org.accords.QuickTier;
import org.accords.TestLogging;
import org.accords.dataset.DatasetState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One instance at a time may publish: the lock is exclusive while held, free again when
 * released or expired, and two instances starting together on one store publish the
 * dataset once.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag(QuickTier.STARTS_APPLICATION)
class LoadLockTests {

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	@BeforeEach
	void startStore() {
		this.server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		this.mongo = new MongoTemplate(this.client, "accords");
	}

	@AfterEach
	void stopStore() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void aHeldLockRefusesAnotherOwnerUntilReleased() {
		LoadLock first = new LoadLock(this.mongo);
		LoadLock second = new LoadLock(this.mongo);
		assertThat(first.tryAcquire()).isTrue();
		assertThat(second.tryAcquire()).isFalse();
		assertThat(first.tryAcquire()).as("its owner may renew it").isTrue();
		first.release();
		assertThat(second.tryAcquire()).isTrue();
		assertThat(first.tryAcquire()).isFalse();
	}

	@Test
	void anExpiredLockIsTakenOver() {
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		LoadLock crashed = new LoadLock(this.mongo, Clock.fixed(start, ZoneOffset.UTC));
		assertThat(crashed.tryAcquire()).isTrue();
		LoadLock soon = new LoadLock(this.mongo, Clock.fixed(start.plus(Duration.ofMinutes(1)), ZoneOffset.UTC));
		assertThat(soon.tryAcquire()).isFalse();
		LoadLock later = new LoadLock(this.mongo, Clock.fixed(start.plus(LoadLock.TTL).plusSeconds(1), ZoneOffset.UTC));
		assertThat(later.tryAcquire()).isTrue();
	}

	@Test
	void onlyOneOfManyContendersHoldsTheLock() {
		List<CompletableFuture<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			LoadLock lock = new LoadLock(this.mongo);
			attempts.add(CompletableFuture.supplyAsync(lock::tryAcquire));
		}
		assertThat(attempts.stream().map(CompletableFuture::join).filter(Boolean::booleanValue)).hasSize(1);
	}

	@Test
	void theReplicationBarrierHasNothingToWaitForOnAStandaloneServer() {
		new ReplicationBarrier(this.mongo).awaitAllMembers();
		assertThat(this.mongo.collectionExists(LoadLock.COLLECTION)).isFalse();
	}

	@Test
	void twoInstancesStartingTogetherPublishOnce(CapturedOutput output) throws Exception {
		String uri = "--spring.mongodb.uri=mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort() + "/accords";
		// logging is the JVM's: set it up once here, and keep the two applications from
		// setting it up (and resetting it) at the same moment, which fails one's start
		TestLogging.setUpPlain();
		List<CompletableFuture<ConfigurableApplicationContext>> starting = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			// without a web server: the lock is taken by the load, which no request
			// starts
			SpringApplication application = new SpringApplicationBuilder(AccordsApplication.class)
				.web(WebApplicationType.NONE)
				.build();
			application.setListeners(application.getListeners()
				.stream()
				.filter((listener) -> !(listener instanceof LoggingApplicationListener))
				.toList());
			starting.add(CompletableFuture.supplyAsync(() -> application.run(uri)));
		}
		List<ConfigurableApplicationContext> instances = new ArrayList<>();
		try {
			for (CompletableFuture<ConfigurableApplicationContext> instance : starting) {
				instances.add(instance.get(3, TimeUnit.MINUTES));
			}
			String version = instances.get(0).getBean(DatasetState.class).version();
			assertThat(instances.get(1).getBean(DatasetState.class).version()).isEqualTo(version);
			// two contexts in one JVM print each line twice: count the threads that
			// published
			assertThat(output.getOut()
				.lines()
				.filter((line) -> line.contains("Published dataset version"))
				.map((line) -> line.replaceAll(".*\\[\\s*([^\\]]+)\\].*DatasetPublisher.*", "$1"))
				.distinct()).as("instances that published").hasSize(1);
			assertThat(this.mongo.getCollection(VersionedCollections.DATASETS).countDocuments())
				.as("one version and the pointer")
				.isEqualTo(2);
			assertThat(this.mongo.getCollection(LoadLock.COLLECTION).countDocuments()).as("released").isZero();
		}
		finally {
			instances.forEach(ConfigurableApplicationContext::close);
		}
	}

}
