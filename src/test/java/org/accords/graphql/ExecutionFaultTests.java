package org.accords.graphql;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults while executing: a query that runs past {@code accords.http.timeout} is
 * cancelled, not left running, and answered with a {@code TIMEOUT} error; an unexpected
 * exception is answered {@code INTERNAL} without its details. The server keeps answering.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.http.timeout=500ms",
				"spring.graphql.schema.locations=classpath:graphql/,classpath:graphql-faulty/" })
class ExecutionFaultTests {

	/**
	 * How long the stuck field takes: well past the 500 ms timeout and past the 1.5 s
	 * bound (an answer that waited for it would miss the bound).
	 */
	static final long STUCK_MILLIS = 1800;

	/** Stuck fields started, and those that ran to their end (not interrupted). */
	static final AtomicInteger stuckStarted = new AtomicInteger();

	static final AtomicInteger stuckFinished = new AtomicInteger();

	/** Fields that complete a second late started, and those whose second is up. */
	static final AtomicInteger laterStarted = new AtomicInteger();

	static final AtomicInteger laterDue = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	AtomicInteger slowFetches;

	@TestConfiguration
	static class SlowFields {

		@Bean
		AtomicInteger slowFetches() {
			return new AtomicInteger();
		}

		@Bean
		RuntimeWiringConfigurer slowFields(AtomicInteger slowFetches) {
			return (wiring) -> wiring.type("Query", (type) -> type
				.dataFetcher("slow", (env) -> IntStream.range(0, env.<Integer>getArgument("count")).boxed().toList())
				.dataFetcher("stuck", (env) -> {
					stuckStarted.incrementAndGet();
					Thread.sleep(STUCK_MILLIS);
					stuckFinished.incrementAndGet();
					return 1;
				})
				.dataFetcher("failing", (env) -> {
					throw new IllegalStateException(
							"com.mongodb.MongoSocketReadException: Prematurely reached end of stream at 10.0.0.7:27017");
				})).type("SlowItem", (type) -> type.dataFetcher("value", (env) -> {
					Thread.sleep(200);
					slowFetches.incrementAndGet();
					return env.getSource();
				}).dataFetcher("later", (env) -> {
					laterStarted.incrementAndGet();
					return CompletableFuture.supplyAsync(() -> {
						laterDue.incrementAndGet();
						return env.getSource();
					}, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
				}));
		}

	}

	@BeforeEach
	void warmUp() {
		// what a first request pays once (the version's shape for the cost) is not timed
		new HttpClientSupport(this.port).post(LimitsTests.body("{ dataset { version } }"));
	}

	@Test
	void aSlowQueryIsCancelledAndAnsweredWithTimeout() throws InterruptedException {
		HttpClientSupport client = new HttpClientSupport(this.port);
		Instant start = Instant.now();
		HttpResponse<String> response = client.post(LimitsTests.body("{ slow(count: 20) { value } }"));
		assertThat(Duration.between(start, Instant.now())).as("answered within 1 s of the timeout, not after 4 s")
			.isLessThan(Duration.ofMillis(1500));
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).startsWith("{\"errors\":[")
			.contains("\"code\":\"TIMEOUT\"", "500 ms")
			.doesNotContain("Exception");
		int fetched = this.slowFetches.get();
		Thread.sleep(1000);
		assertThat(this.slowFetches.get()).as("no field is fetched after the cancellation")
			.isEqualTo(fetched)
			.isLessThan(20);
		HttpResponse<String> next = client.post(LimitsTests.body("{ dataset { version } }"));
		assertThat(next.statusCode()).isEqualTo(200);
	}

	@Test
	void aTimedOutRequestIsAnsweredAtTheTimeoutEvenWhileAFetcherIsStuck() {
		HttpClientSupport client = new HttpClientSupport(this.port);
		Instant start = Instant.now();
		HttpResponse<String> response = client.post(LimitsTests.body("{ stuck }"));
		assertThat(Duration.between(start, Instant.now())).as("answered at the timeout, not after the 1.8 s call")
			.isLessThan(Duration.ofMillis(1500));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(response.body()).contains("\"code\":\"TIMEOUT\"");
	}

	@Test
	void aStuckFetcherIsLeftToFinishNotInterruptedAndLogsNoError(CapturedOutput output) throws InterruptedException {
		int before = output.getAll().length();
		assertThat(new HttpClientSupport(this.port).post(LimitsTests.body("{ stuck }")).statusCode()).isEqualTo(503);
		// every stuck field started (this one, and any an earlier test left) runs to its
		// end (an interrupted sleep would not count), then is given a moment to log
		// anything it would
		await().atMost(Duration.ofSeconds(20)).until(() -> stuckFinished.get() == stuckStarted.get());
		Thread.sleep(300);
		assertThat(output.getAll().substring(before)).doesNotContain("ERROR", "Interrupted");
	}

	@Test
	void aCancelledRequestLogsOneWarningLineNotATracePerPendingField(CapturedOutput output)
			throws InterruptedException {
		int before = output.getAll().length();
		HttpResponse<String> response = new HttpClientSupport(this.port)
			.post(LimitsTests.body("{ slow(count: 20) { later } }"));
		assertThat(response.statusCode()).isEqualTo(503);
		// the 20 fields pending at the cancellation fail after the answer: once every
		// one started is due, each is given a moment to log anything it would
		await().atMost(Duration.ofSeconds(20)).until(() -> laterDue.get() == laterStarted.get());
		Thread.sleep(300);
		String logged = output.getAll().substring(before);
		assertThat(logged.lines().filter((line) -> line.contains("Cancelled a query"))).hasSize(1);
		assertThat(logged.lines().filter((line) -> line.contains("Cancelled a query")).findFirst().orElseThrow())
			.contains("WARN");
		assertThat(logged).doesNotContain("AbortExecutionException", "Internal error at", "\tat ");
	}

	@Test
	void unexpectedExceptionsAreAnsweredInternalWithoutDetails() {
		HttpResponse<String> response = new HttpClientSupport(this.port).post(LimitsTests.body("{ failing }"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
		assertThat(response.body()).startsWith("{\"errors\":[")
			.contains("\"code\":\"INTERNAL\"", "\"message\":\"Internal error\"")
			.doesNotContain("Exception")
			.doesNotContain("mongodb")
			.doesNotContain("10.0.0.7");
	}

}
