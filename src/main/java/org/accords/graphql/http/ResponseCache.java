package org.accords.graphql.http;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.accords.AccordsProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Whole responses, serialized, bounded by their size in bytes. Keys hold the dataset
 * version, so a response of an older version can never answer for a newer one.
 */
@Component
public class ResponseCache implements MeterBinder {

	/**
	 * Characters of documents whose keys are remembered: a few thousand documents of a
	 * typical size, a few dozen of the largest a request may send.
	 */
	static final long KEYS_WEIGHT = 4_000_000;

	private final Cache<String, Entry> responses;

	/**
	 * The keys of requests without variables, by what they are made of: a document asked
	 * again is not hashed again (a SHA-256 of the document per answer was 5% of a cached
	 * answer's CPU). Bounded apart from the answers, since it is filled before anything
	 * is known to be cacheable.
	 */
	private final Cache<Request, String> keys;

	ResponseCache(AccordsProperties properties) {
		this.responses = Caffeine.newBuilder()
			.maximumWeight(properties.http().responseCacheSize().toBytes())
			.weigher((String key, Entry entry) -> key.length() + entry.body().length + 64
					+ ((entry.disposition() != null) ? entry.disposition().length() : 0))
			.recordStats()
			.build();
		this.keys = Caffeine.newBuilder()
			.maximumWeight(KEYS_WEIGHT)
			.weigher((Request request, String key) -> request.query().length() + request.operationName().length()
					+ key.length() + 64)
			.build();
	}

	/** The cache's metrics, and the bytes it holds against its bound. */
	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.responses, "responses");
		Gauge.builder("accords.response.cache.weight", this.responses,
				(cache) -> cache.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L))
			.description("Bytes held by the response cache")
			.baseUnit("bytes")
			.register(registry);
	}

	/**
	 * A serialized response.
	 *
	 * @param body the bytes sent
	 * @param contentType their media type
	 * @param disposition the {@code Content-Disposition} that names a CSV answer's file;
	 * null for JSON
	 * @param link the {@code Link} to a CSV answer's next page; null for JSON and a last
	 * page
	 */
	record Entry(byte[] body, MediaType contentType, @Nullable String disposition, @Nullable String link) {

		Entry(byte[] body, MediaType contentType) {
			this(body, contentType, null, null);
		}

	}

	/**
	 * What the key of a request without variables is made of.
	 *
	 * @param version the dataset version read
	 * @param format the media type answered
	 * @param operationName the operation run, empty when the document names none
	 * @param query the document
	 */
	record Request(String version, MediaType format, String operationName, String query) {
	}

	/**
	 * The key of a request without variables: the one remembered for the same version,
	 * media type, operation and document, else {@code digest}'s, remembered.
	 */
	String key(Request request, Function<Request, String> digest) {
		return this.keys.get(request, digest);
	}

	@Nullable Entry get(String key) {
		return this.responses.getIfPresent(key);
	}

	void put(String key, Entry entry) {
		this.responses.put(key, entry);
	}

	public void clear() {
		this.responses.invalidateAll();
		this.keys.invalidateAll();
	}

}
