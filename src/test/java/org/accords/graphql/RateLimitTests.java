package org.accords.graphql;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.graphql.http.ResponseCache;
import org.accords.graphql.guard.Admission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP, clients spend their budget by query cost, cached answers included, and are
 * told when to come back.
 */
@GuardedHttpTest
class RateLimitTests {

	/** statements 1 + edges 1 + 2 × (node 1 + text 1) */
	static final String COST_6 = "{ statements(first: 2) { edges { node { text } } } }";

	@LocalServerPort
	int port;

	@Autowired
	ResponseCache responseCache;

	HttpClientSupport client;

	@BeforeEach
	void client() {
		this.client = new HttpClientSupport(this.port);
	}

	static long remaining(HttpResponse<String> response) {
		Matcher matcher = Pattern.compile(";r=(\\d+);")
			.matcher(response.headers().firstValue("RateLimit").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void anExhaustedBudgetIsAnswered429WithRetryAfter() {
		HttpResponse<String> response = null;
		int answered = 0;
		for (int i = 0; i < 20; i++) {
			response = this.client.post(LimitsTests.body(COST_6), "X-API-Key", "small-secret-for-tests");
			if (response.statusCode() != 200) {
				break;
			}
			answered++;
		}
		assertThat(answered).isEqualTo(6);
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
		assertThat(response.headers().firstValue("RateLimit-Policy")).hasValue("\"small\";q=40;w=3600");
		assertThat(remaining(response)).isEqualTo(4);
		assertThat(response.body()).startsWith("{\"errors\":[")
			.contains("\"code\":\"RATE_LIMITED\"", "\"cost\":{\"requested\":6,\"maximum\":20000,\"remaining\":4}");
		// a page reads when to retry from the error itself, as a subscription's
		// RATE_LIMITED event gives it, without parsing the message: GraphQL clients
		// (Apollo, urql) hand the page the errors, not the response's headers
		Matcher retry = Pattern.compile("\"extensions\":\\{\"code\":\"RATE_LIMITED\",\"retryAfterSeconds\":(\\d+),")
			.matcher(response.body());
		assertThat(retry.find()).as(response.body()).isTrue();
		assertThat(retry.group(1)).isEqualTo(response.headers().firstValue("Retry-After").orElseThrow());
	}

	@Test
	void cachedAnswersAndNotModifiedAreChargedTheirCost() {
		this.responseCache.clear();
		HttpResponse<String> executed = this.client.get(COST_6, "X-API-Key", "portal-secret-for-tests");
		String etag = executed.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> cached = this.client.get(COST_6, "X-API-Key", "portal-secret-for-tests");
		HttpResponse<String> notModified = this.client.get(COST_6, "X-API-Key", "portal-secret-for-tests",
				"If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(remaining(cached)).isEqualTo(remaining(executed) - 6);
		assertThat(remaining(notModified)).isEqualTo(remaining(cached) - 6);
		assertThat(cached.body()).contains("\"remaining\":" + remaining(cached));
	}

	@Test
	void partnersAreChargedToTheirOwnPolicy() {
		HttpResponse<String> response = this.client.post(LimitsTests.body(COST_6), "X-API-Key",
				"portal-secret-for-tests");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("RateLimit-Policy")).hasValue("\"portal\";q=1000;w=3600");
	}

	@Test
	void aTooLargePersistedDocumentIsRefusedChargedAndNotStored() {
		String document = "{ dataset { version } } #" + "x".repeat(25_000);
		String hash = Hashes.sha256Hex(document);
		long before = remaining(this.client.post(LimitsTests.body(COST_6), "X-API-Key", "portal-secret-for-tests"));
		HttpResponse<String> refused = this.client.post(
				"{\"query\":\"" + document + "\",\"extensions\":" + PersistedQueryTests.extensions(hash) + "}",
				"X-API-Key", "portal-secret-for-tests");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"code\":\"DOCUMENT_TOO_LARGE\"");
		// 10, and 1 per 100 characters sent: at least 250 for 25,000 characters
		assertThat(remaining(refused)).isLessThanOrEqualTo(before - 250);
		HttpResponse<String> hashOnly = this.client.post(
				"{\"extensions\":" + PersistedQueryTests.extensions(hash) + "}", "X-API-Key",
				"portal-secret-for-tests");
		assertThat(hashOnly.body()).contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"");
	}

	@Test
	void malformedRequestsAreChargedTheMinimum() {
		long before = remaining(this.client.post(LimitsTests.body(COST_6), "X-API-Key", "portal-secret-for-tests"));
		HttpResponse<String> refused = this.client.post("{not json", "X-API-Key", "portal-secret-for-tests");
		assertThat(refused.statusCode()).isEqualTo(400);
		// 9 characters sent: the minimum, and nothing refilled meanwhile (the clock is
		// stopped)
		assertThat(remaining(refused)).isEqualTo(before - Admission.refusalCost("{not json".length()));
	}

	@Test
	void unknownApiKeysAreRefusedWith401() {
		HttpResponse<String> response = this.client.post(LimitsTests.body(COST_6), "X-API-Key", "guessed");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).contains("X-API-Key"));
		assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
	}

}
