package org.accords;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of Accords itself, with its default; an unknown {@code accords.*} key
 * stops startup instead of being ignored.
 *
 * @param store the embedded store used when no MongoDB URI is configured
 * @param seed where the seed data is read from
 * @param api limits of the GraphQL API
 * @param cache read-cache sizes
 * @param dataset how the served dataset version is tracked
 * @param export the bulk downloads under {@code /data}
 */
@ConfigurationProperties(prefix = "accords", ignoreUnknownFields = false)
public record AccordsProperties(@DefaultValue Store store, @DefaultValue Seed seed, @DefaultValue Api api,
		@DefaultValue Cache cache, @DefaultValue Dataset dataset, @DefaultValue Export export) {

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
	 * @param maxAge how long clients and proxies may reuse a download without asking
	 * again ({@code Cache-Control: max-age}); they revalidate with the ETag after that
	 * @param measureSizes whether each version's downloads are written once in the
	 * background to list their sizes on {@code /data}
	 */
	public record Export(@DefaultValue("5m") Duration maxAge, @DefaultValue("true") boolean measureSizes) {
	}

}
