package org.accords.graphql.guard;

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
import org.accords.graphql.ErrorCode;
import org.accords.graphql.Hashes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
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
	 * The {@code persistedQuery.sha256Hash} of a request's extensions, if sent.
	 * @throws Refusal {@code BAD_REQUEST} when it is not a string, or when a
	 * {@code version} other than 1 is sent: Apollo's protocol has no other, and Apollo
	 * Server refuses one the same way (400, "Unsupported persisted query version"). A
	 * request without {@code version} is read as version 1, as it was.
	 */
	static @Nullable String hashOf(Map<String, Object> extensions) {
		if (extensions.get("persistedQuery") instanceof Map<?, ?> persisted) {
			Object version = persisted.get("version");
			if (persisted.containsKey("version") && !(version instanceof Number number && number.doubleValue() == 1)) {
				throw new Refusal(ErrorCode.BAD_REQUEST,
						"Unsupported persisted query version: extensions.persistedQuery.version is "
								+ ((version instanceof String text) ? "\"" + text + "\"" : String.valueOf(version))
								+ "; Accords speaks version 1 of Apollo's automatic persisted queries, the only one:"
								+ " send version: 1");
			}
			if (persisted.get("sha256Hash") instanceof String hash) {
				return hash;
			}
			throw new Refusal(ErrorCode.BAD_REQUEST, "extensions.persistedQuery.sha256Hash must be a string");
		}
		return null;
	}

	/**
	 * The document a request runs: looked up by hash, or checked against its hash or the
	 * allowlist. A new document is not stored here: {@link #register} stores it once it
	 * has passed every check and executed.
	 * @param query the document sent, null when only a hash is sent
	 * @param hash the {@code persistedQuery.sha256Hash} sent, if any
	 * @throws Refusal naming why the request cannot run
	 */
	String resolve(@Nullable String query, @Nullable String hash) {
		if (this.allowlistOnly) {
			return allowlisted(query, hash);
		}
		if (hash == null) {
			return require(query);
		}
		if (query == null) {
			String document = this.documents.getIfPresent(hash);
			if (document == null) {
				// Apollo clients retry with the document on this exact message and code
				throw new Refusal(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
			}
			return document;
		}
		String sent = Hashes.sha256Hex(query);
		if (!sent.equals(hash)) {
			// the hash sent is not repeated: it may be any string of any length
			throw new Refusal(ErrorCode.BAD_REQUEST,
					"extensions.persistedQuery.sha256Hash is not the hash of the query sent, which is '" + sent
							+ "': the hash must be the SHA-256 of the query text exactly as sent (UTF-8, lowercase hex)");
		}
		return query;
	}

	/**
	 * Stores a document sent with its hash; called only for a request that passed every
	 * check (size, parse, validation, limits, cost), so that refused documents never take
	 * memory.
	 */
	void register(@Nullable String hash, @Nullable String query) {
		if (!this.allowlistOnly && hash != null && query != null) {
			this.documents.put(hash, query);
		}
	}

	/** Estimated bytes held, after pending evictions. */
	long storedBytes() {
		this.documents.cleanUp();
		return this.documents.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	private String allowlisted(@Nullable String query, @Nullable String hash) {
		String key = (hash != null) ? hash : (query != null) ? Hashes.sha256Hex(query) : null;
		String document = (key != null) ? this.allowlist.get(key) : null;
		if (document == null || (query != null && !query.equals(document))) {
			throw new Refusal(ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
					"This server only runs registered documents; send the sha256Hash of one of them");
		}
		return document;
	}

	private static String require(@Nullable String query) {
		if (query == null || query.isBlank()) {
			throw new Refusal(ErrorCode.BAD_REQUEST,
					"A \"query\" is required (or extensions.persistedQuery.sha256Hash)");
		}
		return query;
	}

}
