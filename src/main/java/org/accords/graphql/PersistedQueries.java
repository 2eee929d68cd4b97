package org.accords.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.accords.AccordsProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Automatic persisted queries, compatible with Apollo's protocol: a client sends only
 * {@code extensions.persistedQuery.sha256Hash}; on {@code PERSISTED_QUERY_NOT_FOUND} it
 * sends the document with the hash once, and the hash alone works from then on. In
 * allowlist mode only the registered documents are served, by hash or by text.
 */
@Component
class PersistedQueries implements MeterBinder {

	private static final Log logger = LogFactory.getLog(PersistedQueries.class);

	private final Cache<String, String> documents;

	private final boolean allowlistOnly;

	private final Map<String, String> allowlist;

	PersistedQueries(AccordsProperties properties, ResourcePatternResolver resources) {
		AccordsProperties.PersistedQueries settings = properties.http().persistedQueries();
		this.documents = Caffeine.newBuilder()
			.maximumWeight(settings.maxSize().toBytes())
			.weigher((String hash, String document) -> 2 * (hash.length() + document.length()) + 96)
			.recordStats()
			.build();
		this.allowlistOnly = settings.allowlistOnly();
		this.allowlist = this.allowlistOnly ? load(resources, settings.allowlistLocation()) : Map.of();
		if (this.allowlistOnly) {
			logger.info("Allowlist mode: serving only " + this.allowlist.size() + " registered documents");
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.documents, "persisted-queries");
	}

	private static Map<String, String> load(ResourcePatternResolver resources, String location) {
		Map<String, String> registered = new java.util.HashMap<>();
		try {
			for (Resource resource : resources.getResources(location)) {
				String document = resource.getContentAsString(StandardCharsets.UTF_8);
				registered.put(Hashes.sha256Hex(document), document);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the persisted-query allowlist at " + location, ex);
		}
		return Map.copyOf(registered);
	}

	/**
	 * The request with its document: looked up by hash, or checked against its hash or
	 * the allowlist. A new document is not stored here: {@link #register} stores it once
	 * it has passed every check and executed.
	 */
	GraphQlHttpRequest resolve(GraphQlHttpRequest request) {
		String hash = request.persistedQueryHash();
		if (this.allowlistOnly) {
			return allowlisted(request, hash);
		}
		if (hash == null) {
			return require(request);
		}
		if (request.query() == null) {
			String document = this.documents.getIfPresent(hash);
			if (document == null) {
				// Apollo clients retry with the document on this exact message and code
				throw new TransportException(HttpStatus.OK, ErrorCode.PERSISTED_QUERY_NOT_FOUND,
						"PersistedQueryNotFound");
			}
			return request.withQuery(document);
		}
		if (!Hashes.sha256Hex(request.query()).equals(hash)) {
			throw new TransportException(HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST,
					"provided sha does not match query");
		}
		return request;
	}

	/**
	 * Stores the document of a request that sent one with its hash; called only for a
	 * request that passed every check (size, parse, validation, limits, cost), so that
	 * refused documents never take memory.
	 */
	void register(GraphQlHttpRequest request) {
		String hash = request.persistedQueryHash();
		if (!this.allowlistOnly && hash != null && request.query() != null) {
			this.documents.put(hash, request.query());
		}
	}

	/** Estimated bytes held, after pending evictions. */
	long storedBytes() {
		this.documents.cleanUp();
		return this.documents.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	private GraphQlHttpRequest allowlisted(GraphQlHttpRequest request, @Nullable String hash) {
		String key = (hash != null) ? hash : (request.query() != null) ? Hashes.sha256Hex(request.query()) : null;
		String document = (key != null) ? this.allowlist.get(key) : null;
		if (document == null || (request.query() != null && !request.query().equals(document))) {
			throw new TransportException(HttpStatus.FORBIDDEN, ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
					"This server only runs registered documents; send the sha256Hash of one of them");
		}
		return request.withQuery(document);
	}

	private static GraphQlHttpRequest require(GraphQlHttpRequest request) {
		if (request.query() == null || request.query().isBlank()) {
			throw GraphQlHttpRequest.badRequest("A \"query\" is required (or extensions.persistedQuery.sha256Hash)");
		}
		return request;
	}

}
