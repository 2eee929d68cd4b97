package org.accords;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of Accords itself, with its default; an unknown {@code accords.*} key
 * stops startup instead of being ignored.
 *
 * @param store the embedded store used when no MongoDB URI is configured
 * @param seed where the seed data is read from
 * @param api limits of the GraphQL API
 * @param cache read-cache sizes
 * @param dataset how the served dataset version is tracked
 * @param http the GraphQL-over-HTTP transport
 */
@ConfigurationProperties(prefix = "accords", ignoreUnknownFields = false)
public record AccordsProperties(@DefaultValue Store store, @DefaultValue Seed seed, @DefaultValue Api api,
		@DefaultValue Cache cache, @DefaultValue Dataset dataset, @DefaultValue Http http) {

	/** Kind of storage the embedded MongoDB server keeps its data in. */
	public enum EmbeddedMode {

		/** an H2 MVStore file under {@code embedded-path}, kept across restarts */
		FILE,
		/** process memory, gone on shutdown (tests) */
		MEMORY

	}

	/**
	 * @param embeddedMode file (default) or memory
	 * @param embeddedPath the data file of the embedded store in file mode
	 * @param serverSelectionTimeout how long the driver waits for an unreachable store
	 * before giving up
	 */
	public record Store(@DefaultValue("file") EmbeddedMode embeddedMode,
			@DefaultValue("data/accords.mv") Path embeddedPath, @DefaultValue("5s") Duration serverSelectionTimeout) {
	}

	/**
	 * @param location Spring resource location of the folder holding {@code articles/}
	 * and {@code curated/}
	 * @param loadOnStartup whether the seed data is loaded when the application starts
	 */
	public record Seed(@DefaultValue("classpath:seed-data/") String location,
			@DefaultValue("true") boolean loadOnStartup) {
	}

	/**
	 * @param defaultPageSize page size when a query gives neither first nor last
	 * @param maxPageSize the largest first or last accepted
	 */
	public record Api(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize) {
	}

	/**
	 * @param maxEntries the most entities and pages kept in the read cache
	 */
	public record Cache(@DefaultValue("50000") long maxEntries) {
	}

	/**
	 * @param refreshInterval how often an instance checks the store for a dataset version
	 * loaded by another instance
	 */
	public record Dataset(@DefaultValue("2s") Duration refreshInterval) {
	}

	/**
	 * @param maxBodySize the largest POST body accepted
	 * @param responseCacheSize memory for cached responses (bytes)
	 * @param documentCacheSize parsed and validated documents kept
	 * @param maxAge how long clients and proxies may reuse a GET response
	 * @param corsAllowedOrigins origins allowed to call the API from browsers (none by
	 * default; {@code *} for any)
	 * @param persistedQueries automatic persisted queries and the allowlist mode
	 */
	public record Http(@DefaultValue("100KB") DataSize maxBodySize, @DefaultValue("64MB") DataSize responseCacheSize,
			@DefaultValue("2000") long documentCacheSize, @DefaultValue("60s") Duration maxAge,
			@DefaultValue List<String> corsAllowedOrigins, @DefaultValue PersistedQueries persistedQueries) {
	}

	/**
	 * @param maxEntries persisted documents kept (least recently used go first)
	 * @param allowlistOnly serve only the documents under {@code allowlist-location}
	 * @param allowlistLocation Spring resource pattern of registered {@code .graphql}
	 * documents
	 */
	public record PersistedQueries(@DefaultValue("10000") long maxEntries, @DefaultValue("false") boolean allowlistOnly,
			@DefaultValue("classpath:persisted-queries/*.graphql") String allowlistLocation) {
	}

}
