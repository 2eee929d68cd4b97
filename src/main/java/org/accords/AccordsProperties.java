package org.accords;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * @param limits what a single GraphQL document may ask for
 * @param rateLimit how much query cost each client may spend
 * @param export the bulk downloads under {@code /data}
 * @param desk the curator's desk, a local review page for curated files
 * @param publicUrl the scheme, host, port and path prefix clients reach this service at,
 * for every absolute URL it writes (citations, download links, metadata); never taken
 * from a request, whose {@code Host} header anyone can set
 * @param embed the embeddable cards under {@code /embed}
 * @param webhooks partners notified of every new dataset version
 * @param subscriptions the GraphQL subscriptions (graphql-sse and graphql-transport-ws)
 */
@ConfigurationProperties(prefix = "accords", ignoreUnknownFields = false)
public record AccordsProperties(@DefaultValue Store store, @DefaultValue Seed seed, @DefaultValue Api api,
		@DefaultValue Cache cache, @DefaultValue Dataset dataset, @DefaultValue Http http, @DefaultValue Limits limits,
		@DefaultValue RateLimit rateLimit, @DefaultValue Export export, @DefaultValue Desk desk,
		@DefaultValue(DEFAULT_PUBLIC_URL) String publicUrl, @DefaultValue Embed embed, @DefaultValue Webhooks webhooks,
		@DefaultValue Subscriptions subscriptions) {

	/**
	 * Where links point when {@code accords.public-url} and the server's port are unset.
	 */
	public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

	@ConstructorBinding
	public AccordsProperties {
		URI uri;
		try {
			uri = new URI(publicUrl);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("accords.public-url is not a URL: " + publicUrl, ex);
		}
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalArgumentException(
					"accords.public-url must be an absolute http or https URL without query, such as https://accords.example.org, not "
							+ publicUrl);
		}
		// links append "/data", "/graphql": no trailing slash
		publicUrl = publicUrl.replaceAll("/+$", "");
		if ("http://localhost:0".equals(publicUrl)) {
			// the default follows server.port, and a random port (0) is no address
			publicUrl = DEFAULT_PUBLIC_URL;
		}
		// records built by hand in tests pass null for what they do not need
		embed = (embed != null) ? embed : defaultEmbed();
		webhooks = (webhooks != null) ? webhooks : defaultWebhooks();
		subscriptions = (subscriptions != null) ? subscriptions : defaultSubscriptions();
	}

	private static Embed defaultEmbed() {
		return new Embed(List.of("*"));
	}

	private static Webhooks defaultWebhooks() {
		return new Webhooks(Map.of(), false, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(10));
	}

	private static Subscriptions defaultSubscriptions() {
		return new Subscriptions(1000, 20);
	}

	/** Settings with the given public URL and defaults for the partner features. */
	public AccordsProperties(Store store, Seed seed, Api api, Cache cache, Dataset dataset, Http http, Limits limits,
			RateLimit rateLimit, Export export, Desk desk, String publicUrl) {
		this(store, seed, api, cache, dataset, http, limits, rateLimit, export, desk, publicUrl, defaultEmbed(),
				defaultWebhooks(), defaultSubscriptions());
	}

	/** Settings with the default public URL, for tests that build them by hand. */
	public AccordsProperties(Store store, Seed seed, Api api, Cache cache, Dataset dataset, Http http, Limits limits,
			RateLimit rateLimit, Export export, Desk desk) {
		this(store, seed, api, cache, dataset, http, limits, rateLimit, export, desk, DEFAULT_PUBLIC_URL,
				defaultEmbed(), defaultWebhooks(), defaultSubscriptions());
	}

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
	 * @param socketTimeout how long the driver waits for a reply from a store that
	 * accepted a command
	 * @param queryTables whether the embedded store answers pages from the query tables
	 * stored with each version (false: every query goes to the embedded server)
	 */
	public record Store(@DefaultValue("file") EmbeddedMode embeddedMode,
			@DefaultValue("data/accords.mv") Path embeddedPath, @DefaultValue("5s") Duration serverSelectionTimeout,
			@DefaultValue("5s") Duration socketTimeout, @DefaultValue("true") boolean queryTables) {
	}

	/**
	 * @param location Spring resource location of the folder holding {@code articles/}
	 * and {@code curated/}
	 * @param loadOnStartup whether the seed data is loaded when the application starts
	 * @param trustFileTimes whether a seed file whose size and modification time are
	 * those recorded with its hash is taken as unchanged without reading it (false: every
	 * file is read and hashed at every load)
	 */
	public record Seed(@DefaultValue("classpath:seed-data/") String location,
			@DefaultValue("true") boolean loadOnStartup, @DefaultValue("true") boolean trustFileTimes) {
	}

	/**
	 * @param defaultPageSize page size when a query gives neither first nor last
	 * @param maxPageSize the largest first or last accepted
	 */
	public record Api(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize) {
	}

	/**
	 * @param maxBytes estimated heap for the read caches (entities and query results,
	 * half each)
	 */
	public record Cache(@DefaultValue("64MB") DataSize maxBytes) {
	}

	/**
	 * @param refreshInterval how often an instance checks the store for a dataset version
	 * loaded by another instance
	 * @param searchWarmUp build a newly served version's search index in the background
	 * rather than at its first search
	 * @param keepVersions how many of the latest published versions the store keeps and
	 * serves by their version ({@code Accords-Version}); older ones are deleted when a
	 * new one is published. At least 2: the version before the newest serves the requests
	 * still in flight when the pointer moves
	 */
	public record Dataset(@DefaultValue("2s") Duration refreshInterval, @DefaultValue("true") boolean searchWarmUp,
			@DefaultValue("10") int keepVersions) {

		public Dataset {
			if (keepVersions < 2) {
				throw new IllegalArgumentException("accords.dataset.keep-versions must be at least 2 (the newest "
						+ "version and the one before it, for requests in flight), not " + keepVersions);
			}
		}

	}

	/**
	 * @param maxBodySize the largest POST body accepted
	 * @param responseCacheSize memory for cached responses (bytes)
	 * @param documentCacheSize estimated heap for parsed documents, in each of the two
	 * document caches (checked against the limits; validated)
	 * @param maxAge how long clients and proxies may reuse a GET response
	 * @param corsAllowedOrigins origins whose pages may call {@code /graphql} and read
	 * {@code /data/**} ({@code *}, any, by default; a list narrows it; empty switches
	 * CORS off)
	 * @param persistedQueries automatic persisted queries and the allowlist mode
	 * @param timeout how long one request may execute before it is cancelled
	 */
	public record Http(@DefaultValue("100KB") DataSize maxBodySize, @DefaultValue("64MB") DataSize responseCacheSize,
			@DefaultValue("32MB") DataSize documentCacheSize, @DefaultValue("60s") Duration maxAge,
			@DefaultValue("*") List<String> corsAllowedOrigins, @DefaultValue PersistedQueries persistedQueries,
			@DefaultValue("10s") Duration timeout) {
	}

	/**
	 * @param maxCharacters the longest document, in characters
	 * @param maxTokens the most lexical tokens in a document (names, punctuation, values)
	 * @param maxDepth the deepest field nesting ({@code ofType} in introspection does not
	 * count: the schema bounds it)
	 * @param maxBreadth the most fields in one selection set, fragments included
	 * @param maxAliases the most aliases in an operation, fragments expanded
	 * @param maxDirectives the most directives in an operation, fragments expanded
	 * @param maxDirectivesPerLocation the most directives on one field, fragment or
	 * operation
	 * @param maxCost the highest computed cost of an operation
	 * @param listFactor how many items a list is assumed to hold when computing the cost,
	 * for a list nothing bounds (every list while no version is served)
	 * @param maxSearchLength the longest search term ({@code search(text:)} and the
	 * {@code text}, {@code speakerName} and {@code name} filters), in characters
	 */
	public record Limits(@DefaultValue("20000") int maxCharacters, @DefaultValue("5000") int maxTokens,
			@DefaultValue("12") int maxDepth, @DefaultValue("100") int maxBreadth, @DefaultValue("30") int maxAliases,
			@DefaultValue("50") int maxDirectives, @DefaultValue("3") int maxDirectivesPerLocation,
			@DefaultValue("20000") long maxCost, @DefaultValue("5") int listFactor,
			@DefaultValue("200") int maxSearchLength) {
	}

	/**
	 * @param enabled whether requests are charged against a budget at all
	 * @param capacity the cost budget of an anonymous client (one per remote address)
	 * @param refillPeriod the time in which an empty budget refills completely
	 * @param exemptLoopback whether requests from 127.0.0.0/8 and ::1 are never limited
	 * @param maxClients the most client budgets kept in memory (least recently used go
	 * first)
	 * @param apiKeyHeader the request header that carries a partner's API key
	 * @param partners partners by name, each with its key and own budget
	 */
	public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("1000000") long capacity,
			@DefaultValue("1m") Duration refillPeriod, @DefaultValue("false") boolean exemptLoopback,
			@DefaultValue("100000") long maxClients, @DefaultValue("X-API-Key") String apiKeyHeader,
			@DefaultValue Map<String, Partner> partners) {
	}

	/**
	 * @param key the API key the partner sends
	 * @param capacity its cost budget
	 * @param refillPeriod the time in which its empty budget refills completely
	 */
	public record Partner(String key, @DefaultValue("10000000") long capacity,
			@DefaultValue("1m") Duration refillPeriod) {
	}

	/**
	 * @param maxSize memory for persisted documents, two bytes a character (least
	 * recently used go first)
	 * @param allowlistOnly serve only the documents under {@code allowlist-location}
	 * @param allowlistLocation Spring resource pattern of registered {@code .graphql}
	 * documents
	 */
	public record PersistedQueries(@DefaultValue("16MB") DataSize maxSize, @DefaultValue("false") boolean allowlistOnly,
			@DefaultValue("classpath:persisted-queries/*.graphql") String allowlistLocation) {
	}

	/**
	 * @param maxAge how long clients and proxies may reuse a download without asking
	 * again ({@code Cache-Control: max-age}); they revalidate with the ETag after that
	 * @param measureSizes whether each version's downloads are written once in the
	 * background to list their sizes on {@code /data}
	 */
	public record Export(@DefaultValue("5m") Duration maxAge, @DefaultValue("true") boolean measureSizes) {
	}

	/**
	 * @param enabled serve {@code /desk}: the seed folder's curated files shown on their
	 * articles, unreviewed entries marked. Off by default; when on, the server binds to
	 * loopback only and refuses to start on any other address
	 */
	public record Desk(@DefaultValue("false") boolean enabled) {
	}

	/**
	 * @param frameAncestors the pages that may frame a card ({@code *}, any, by default;
	 * sources as in CSP {@code frame-ancestors}, such as {@code https://portal.example})
	 */
	public record Embed(@DefaultValue("*") List<String> frameAncestors) {
	}

	/**
	 * @param partners receivers by name, each with its URL and secret
	 * @param allowPrivate whether receivers on loopback, private, link-local or other
	 * non-public addresses are allowed (off: a setting must not make the server call its
	 * own network)
	 * @param retryFor how long a failed delivery is retried, with exponential backoff
	 * @param initialBackoff the wait before the first retry; doubled after each failure
	 * @param timeout how long one delivery attempt may take
	 */
	public record Webhooks(@DefaultValue Map<String, Webhook> partners, @DefaultValue("false") boolean allowPrivate,
			@DefaultValue("10m") Duration retryFor, @DefaultValue("1s") Duration initialBackoff,
			@DefaultValue("10s") Duration timeout) {
	}

	/**
	 * @param url where the change summary is posted, http or https
	 * @param secret the key of the HMAC-SHA256 signature in {@code X-Accords-Signature}
	 */
	public record Webhook(String url, String secret) {
	}

	/**
	 * @param max subscriptions open at once on one instance, over both transports; more
	 * are refused with {@code SUBSCRIPTION_LIMIT_EXCEEDED} (each holds a connection and a
	 * thread's worth of buffers while it waits)
	 * @param maxPerClient of those, the most one client holds: an address, or a partner's
	 * key; so that one client cannot take them all
	 */
	public record Subscriptions(@DefaultValue("1000") int max, @DefaultValue("20") int maxPerClient) {

		public Subscriptions {
			if (max < 0) {
				throw new IllegalArgumentException("accords.subscriptions.max must be 0 or more, not " + max);
			}
			if (maxPerClient < 0) {
				throw new IllegalArgumentException(
						"accords.subscriptions.max-per-client must be 0 or more, not " + maxPerClient);
			}
		}

	}

}
