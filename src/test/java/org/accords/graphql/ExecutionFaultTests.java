package org.accords.graphql;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.accords.Awaits;
import org.accords.QuickTier;
import org.accords.graphql.guard.SubscriptionAdmission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults while executing: a query that runs past {@code accords.http.timeout} is
 * cancelled, not left running, and answered with a {@code TIMEOUT} error; an unexpected
 * exception is answered {@code INTERNAL} without its details. The server keeps answering,
 * and a subscription outlives the timeout (it bounds the execution that starts it).
 * Nothing here is timed: a field stuck in one long call stays stuck until the test lets
 * it go, and what happens after a cancellation is read once the execution has ended.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.http.timeout=500ms",
				"spring.graphql.schema.locations=classpath:graphql/,classpath:graphql-faulty/" })
@Tag(QuickTier.STARTS_APPLICATION)
class ExecutionFaultTests {

	/**
	 * How long a stuck field waits to be let go before it ends by itself: an answer that
	 * waited for the field would come only after this.
	 */
	static final Duration STUCK_AT_MOST = Duration.ofSeconds(60);

	/** Lets the stuck fields of the running test go (after it, or when it says). */
	static volatile CountDownLatch letGo = new CountDownLatch(1);

	/** Stuck fields started, and those that ran to their end (not interrupted). */
	static final AtomicInteger stuckStarted = new AtomicInteger();

	static final AtomicInteger stuckFinished = new AtomicInteger();

	/** Stuck fields that ended by themselves, never let go. */
	static final AtomicInteger stuckOverran = new AtomicInteger();

	/** The document of each execution that ended, once per execution. */
	static final Queue<String> ended = new ConcurrentLinkedQueue<>();

	/** Fields that complete a second late started, and those whose second is up. */
	static final AtomicInteger laterStarted = new AtomicInteger();

	static final AtomicInteger laterDue = new AtomicInteger();

	/** The numbers the {@code ticks} subscription sends, kept until one subscribes. */
	static final Sinks.Many<Integer> ticks = Sinks.many().multicast().onBackpressureBuffer();

	@LocalServerPort
	int port;

	@Autowired
	SubscriptionAdmission admission;

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
					CountDownLatch stuck = letGo;
					stuckStarted.incrementAndGet();
					if (!stuck.await(STUCK_AT_MOST.toMillis(), TimeUnit.MILLISECONDS)) {
						stuckOverran.incrementAndGet();
					}
					stuckFinished.incrementAndGet();
					return 1;
				})
				.dataFetcher("failing", (env) -> {
					throw new IllegalStateException(
							"com.mongodb.MongoSocketReadException: Prematurely reached end of stream at 10.0.0.7:27017");
				}))
				.type("Subscription", (type) -> type.dataFetcher("ticks", (env) -> ticks.asFlux()))
				.type("SlowItem", (type) -> type.dataFetcher("value", (env) -> {
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

		@Bean
		Instrumentation endedExecutions() {
			return new SimplePerformantInstrumentation() {

				@Override
				public InstrumentationContext<ExecutionResult> beginExecution(
						InstrumentationExecutionParameters parameters, InstrumentationState state) {
					String document = parameters.getQuery();
					return SimpleInstrumentationContext.whenCompleted((result, failure) -> ended.add(document));
				}

			};
		}

	}

	@BeforeEach
	void stuckFieldsWait() {
		letGo = new CountDownLatch(1);
	}

	@AfterEach
	void letStuckFieldsGo() {
		letGo.countDown();
	}

	static long ended(String document) {
		return ended.stream().filter(document::equals).count();
	}

	@Test
	void aWebSocketSubscriptionOutlivesTheTimeoutThatBoundsItsExecution() throws Exception {
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://localhost:" + this.port + "/graphql/ws", new StandardWebSocketClient())
			.build();
		try {
			CompletableFuture<ClientGraphQlResponse> first = client.document("subscription { ticks }")
				.executeSubscription()
				.next()
				.toFuture();
			await().until(() -> this.admission.open() >= 1);
			// held longer than accords.http.timeout (500 ms here): that bounds
			// executions,
			// not how long a subscription waits for its events
			Thread.sleep(1000);
			ticks.tryEmitNext(7).orThrow();
			ClientGraphQlResponse event = first.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
			assertThat(event.getErrors()).isEmpty();
			assertThat(event.field("ticks").toEntity(Integer.class)).isEqualTo(7);
		}
		finally {
			client.stop().block(Awaits.HUNG);
		}
	}

	@Test
	void aSlowQueryIsCancelledAndAnsweredWithTimeout() {
		HttpClientSupport client = new HttpClientSupport(this.port);
		String slow = "{ slow(count: 20) { value } }";
		long endedBefore = ended(slow);
		HttpResponse<String> response = client.post(LimitsTests.body(slow));
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).startsWith("{\"errors\":[")
			.contains("\"code\":\"TIMEOUT\"", "500 ms")
			.doesNotContain("Exception");
		// the execution ends once the field being fetched at the cancellation returns; no
		// field is fetched after it
		await().until(() -> ended(slow) > endedBefore);
		assertThat(this.slowFetches.get()).as("fields fetched when the execution stopped, of 20 that take 4 s")
			.isLessThan(20);
		HttpResponse<String> next = client.post(LimitsTests.body("{ dataset { version } }"));
		assertThat(next.statusCode()).isEqualTo(200);
	}

	@Test
	void aTimedOutRequestIsAnsweredAtTheTimeoutEvenWhileAFetcherIsStuck() {
		HttpClientSupport client = new HttpClientSupport(this.port);
		HttpResponse<String> response = client.post(LimitsTests.body("{ stuck }"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(response.body()).contains("\"code\":\"TIMEOUT\"");
		// the stuck field is let go after this test: an answer that waited for it would
		// have come once it ended by itself, 60 s on
		assertThat(stuckOverran).as("stuck fields that ended before they were let go").hasValue(0);
	}

	@Test
	void aStuckFetcherIsLeftToFinishNotInterruptedAndLogsNoError(CapturedOutput output) throws InterruptedException {
		int before = output.getAll().length();
		assertThat(new HttpClientSupport(this.port).post(LimitsTests.body("{ stuck }")).statusCode()).isEqualTo(503);
		letGo.countDown();
		// every stuck field started (this one, and any an earlier test left) runs to its
		// end once let go (an interrupted wait would not count), then is given a moment
		// to log anything it would
		await().until(() -> stuckFinished.get() == stuckStarted.get());
		Thread.sleep(300);
		assertThat(output.getAll().substring(before)).doesNotContain("ERROR", "Interrupted");
	}

	@Test
	void aCancelledRequestLogsOneWarningLineNotATracePerPendingField(CapturedOutput output)
			throws InterruptedException {
		int before = output.getAll().length();
		String later = "{ slow(count: 20) { later } }";
		HttpResponse<String> response = new HttpClientSupport(this.port).post(LimitsTests.body(later));
		assertThat(response.statusCode()).isEqualTo(503);
		// the 20 fields pending at the cancellation fail after the answer, and the
		// execution then ends and is logged: once it is, each is given a moment to log
		// anything it would
		await().until(() -> laterDue.get() == laterStarted.get() && output.getAll().substring(before).contains(later));
		Thread.sleep(300);
		String logged = output.getAll().substring(before);
		assertThat(logged.lines().filter((line) -> line.contains("Cancelled a query"))).hasSize(1);
		assertThat(logged.lines().filter((line) -> line.contains("Cancelled a query")).findFirst().orElseThrow())
			.contains("WARN")
			.contains(later);
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
