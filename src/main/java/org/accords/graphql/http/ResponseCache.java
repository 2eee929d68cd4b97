package org.accords.graphql.http;

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

	private final Cache<String, Entry> responses;

	ResponseCache(AccordsProperties properties) {
		this.responses = Caffeine.newBuilder()
			.maximumWeight(properties.http().responseCacheSize().toBytes())
			.weigher((String key, Entry entry) -> key.length() + entry.body().length + 64)
			.recordStats()
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
	 */
	record Entry(byte[] body, MediaType contentType) {
	}

	@Nullable Entry get(String key) {
		return this.responses.getIfPresent(key);
	}

	void put(String key, Entry entry) {
		this.responses.put(key, entry);
	}

	public void clear() {
		this.responses.invalidateAll();
	}

}
