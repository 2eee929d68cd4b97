package org.accords.graphql.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.accords.AccordsProperties;
import org.accords.http.Gzip;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key of a request without variables is digested once per version, media type,
 * operation and document, then remembered; any difference in those is another key.
 */
class ResponseCacheTests {

	final ResponseCache cache = new ResponseCache(
			Binder.get(new MockEnvironment()).bindOrCreate("accords", AccordsProperties.class));

	final List<ResponseCache.Request> digested = new ArrayList<>();

	final Function<ResponseCache.Request, String> digest = (request) -> {
		this.digested.add(request);
		return "key-" + this.digested.size();
	};

	static ResponseCache.Request request(String version, MediaType format, String operationName, String query) {
		return new ResponseCache.Request(version, format, operationName, query);
	}

	@Test
	void aDocumentAskedAgainIsNotDigestedAgain() {
		String first = this.cache.key(request("v1", MediaTypes.APPLICATION_GRAPHQL_RESPONSE, "", "{ a }"), this.digest);
		// an equal document in another String, as each request body parses to
		String again = this.cache.key(request("v1", MediaTypes.APPLICATION_GRAPHQL_RESPONSE, "", new String("{ a }")),
				this.digest);
		assertThat(again).isEqualTo(first);
		assertThat(this.digested).hasSize(1);
	}

	@Test
	void versionMediaTypeOperationAndDocumentEachMakeAnotherKey() {
		ResponseCache.Request base = request("v1", MediaTypes.APPLICATION_GRAPHQL_RESPONSE, "", "{ a }");
		List<ResponseCache.Request> others = List.of(
				request("v2", MediaTypes.APPLICATION_GRAPHQL_RESPONSE, "", "{ a }"),
				request("v1", MediaType.APPLICATION_JSON, "", "{ a }"),
				request("v1", MediaType.parseMediaType("text/csv"), "", "{ a }"),
				request("v1", MediaTypes.APPLICATION_GRAPHQL_RESPONSE, "b", "{ a }"),
				request("v1", MediaTypes.APPLICATION_GRAPHQL_RESPONSE, "", "{ b }"));
		String key = this.cache.key(base, this.digest);
		for (ResponseCache.Request other : others) {
			assertThat(this.cache.key(other, this.digest)).as(other.toString()).isNotEqualTo(key);
		}
		assertThat(this.digested).hasSize(1 + others.size());
	}

	@Test
	void clearingForgetsTheKeysToo() {
		ResponseCache.Request request = request("v1", MediaTypes.APPLICATION_GRAPHQL_RESPONSE, "", "{ a }");
		this.cache.key(request, this.digest);
		this.cache.clear();
		this.cache.key(request, this.digest);
		assertThat(this.digested).hasSize(2);
	}

	@Test
	void anEntrysGzipIsMadeOnceKeptAndWeighed() throws IOException {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		this.cache.bindTo(registry);
		byte[] body = "{\"data\":{\"rows\":[\"one\",\"two\"]}}".repeat(100).getBytes(StandardCharsets.UTF_8);
		ResponseCache.Entry entry = new ResponseCache.Entry(body, MediaTypes.APPLICATION_GRAPHQL_RESPONSE);
		this.cache.put("k", entry);
		long plainWeight = this.cache.weight();
		Gzip.Opened first = this.cache.gzip("k", entry, body.length - 1);
		ResponseCache.Entry kept = this.cache.get("k");
		assertThat(kept).isNotNull();
		assertThat(kept.gzip()).isSameAs(first);
		assertThat(kept.body()).isSameAs(body);
		assertThat(this.cache.gzip("k", kept, body.length - 1)).as("not deflated again").isSameAs(first);
		assertThat(this.cache.deflated()).isEqualTo(1);
		assertThat(registry.get("accords.response.cache.deflated").functionCounter().count()).isEqualTo(1);
		assertThat(this.cache.weight()).isEqualTo(plainWeight + first.bytes().length);
		byte[] end = Gzip.finish(first, "}".getBytes(StandardCharsets.UTF_8));
		byte[] sent = java.util.Arrays.copyOf(first.bytes(), first.bytes().length + end.length);
		System.arraycopy(end, 0, sent, first.bytes().length, end.length);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(sent))) {
			assertThat(in.readAllBytes()).isEqualTo(body);
		}
	}

}
