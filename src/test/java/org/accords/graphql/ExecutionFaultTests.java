package org.accords.graphql;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults while executing: a query that runs past {@code accords.http.timeout} is
 * cancelled, not left running, and answered with a {@code TIMEOUT} error; an unexpected
 * exception is answered {@code INTERNAL} without its details. The server keeps answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "accords.http.timeout=500ms",
				"spring.graphql.schema.locations=classpath:graphql/,classpath:graphql-faulty/" })
class ExecutionFaultTests {

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
			return (wiring) -> wiring.type("Query",
					(type) -> type
						.dataFetcher("slow",
								(env) -> IntStream.range(0, env.<Integer>getArgument("count")).boxed().toList())
						.dataFetcher("failing", (env) -> {
							throw new IllegalStateException(
									"com.mongodb.MongoSocketReadException: Prematurely reached end of stream at 10.0.0.7:27017");
						}))
				.type("SlowItem", (type) -> type.dataFetcher("value", (env) -> {
					Thread.sleep(200);
					slowFetches.incrementAndGet();
					return env.getSource();
				}));
		}

	}

	@Test
	void aSlowQueryIsCancelledAndAnsweredWithTimeout() throws InterruptedException {
		HttpClientSupport client = new HttpClientSupport(this.port);
		Instant start = Instant.now();
		HttpResponse<String> response = client.post(LimitsTests.body("{ slow(count: 20) { value } }"));
		assertThat(Duration.between(start, Instant.now())).as("answered near the timeout, not after 4 s")
			.isLessThan(Duration.ofMillis(2000));
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
