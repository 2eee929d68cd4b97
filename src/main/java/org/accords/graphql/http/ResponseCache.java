package org.accords.graphql.http;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.accords.AccordsProperties;
import org.accords.http.Gzip;
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

	/** How many entries' gzip were made: once per entry that a client took gzip of. */
	private final AtomicLong deflated = new AtomicLong();

	ResponseCache(AccordsProperties properties) {
		this.responses = Caffeine.newBuilder()
			.maximumWeight(properties.http().responseCacheSize().toBytes())
			.weigher((String key, Entry entry) -> key.length() + entry.body().length + 64
					+ ((entry.disposition() != null) ? entry.disposition().length() : 0)
					+ ((entry.gzip() != null) ? entry.gzip().bytes().length : 0)
					+ ((entry.bomGzip() != null) ? entry.bomGzip().bytes().length : 0))
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
		Gauge.builder("accords.response.cache.weight", this, ResponseCache::weight)
			.description("Bytes held by the response cache")
			.baseUnit("bytes")
			.register(registry);
		FunctionCounter.builder("accords.response.cache.deflated", this.deflated, AtomicLong::get)
			.description("Cached answers deflated for gzip, once each, however often they are sent so")
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
	 * @param gzip the body's gzip, opened for each answer's end ({@link Gzip#finish}):
	 * made by the first request that takes gzip, then kept; null until then
	 * @param bomGzip a CSV body's gzip with Excel's byte order mark before it
	 * ({@code ?bom=true}): made by the first such request that takes gzip, then kept;
	 * null until then
	 */
	record Entry(byte[] body, MediaType contentType, @Nullable String disposition, @Nullable String link,
			Gzip.@Nullable Opened gzip, Gzip.@Nullable Opened bomGzip) {

		Entry(byte[] body, MediaType contentType) {
			this(body, contentType, null, null, null, null);
		}

		Entry(byte[] body, MediaType contentType, String disposition, @Nullable String link) {
			this(body, contentType, disposition, link, null, null);
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

	/**
	 * The gzip of the first {@code length} bytes of an entry's body: the one kept with
	 * it, else made now and kept with it (weighed anew), so that it is made once while
	 * the entry lives, not per request.
	 */
	Gzip.Opened gzip(String key, Entry entry, int length) {
		Gzip.Opened gzip = entry.gzip();
		if (gzip == null) {
			gzip = Gzip.open(entry.body(), 0, length);
			this.deflated.incrementAndGet();
			// unless evicted or replaced meanwhile
			this.responses.asMap()
				.replace(key, entry, new Entry(entry.body(), entry.contentType(), entry.disposition(), entry.link(),
						gzip, entry.bomGzip()));
		}
		return gzip;
	}

	/**
	 * The gzip of {@code marked}, an entry's CSV body with a byte order mark before it:
	 * the one kept with the entry, else made now and kept with it, as {@link #gzip} keeps
	 * the body's.
	 */
	Gzip.Opened bomGzip(String key, Entry entry, byte[] marked) {
		Gzip.Opened gzip = entry.bomGzip();
		if (gzip == null) {
			gzip = Gzip.open(marked, 0, marked.length);
			this.deflated.incrementAndGet();
			this.responses.asMap()
				.replace(key, entry, new Entry(entry.body(), entry.contentType(), entry.disposition(), entry.link(),
						entry.gzip(), gzip));
		}
		return gzip;
	}

	/**
	 * The bytes held against the bound, once the cache has weighed what was put in it
	 * last (Caffeine weighs in the background).
	 */
	long weight() {
		this.responses.cleanUp();
		return this.responses.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	/** How many cached answers were deflated for gzip: once each while they are kept. */
	public long deflated() {
		return this.deflated.get();
	}

	public void clear() {
		this.responses.invalidateAll();
		this.keys.invalidateAll();
	}

}
