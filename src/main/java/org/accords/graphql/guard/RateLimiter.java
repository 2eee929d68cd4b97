package org.accords.graphql.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.accords.AccordsProperties;
import org.accords.graphql.ErrorCode;
import org.accords.graphql.Hashes;
import org.accords.http.ClientNetwork;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Charges each request's query cost to its client's token bucket (a partner's when it
 * sends its API key, else one per remote address) and describes that budget in the
 * {@code RateLimit}, {@code RateLimit-Policy} and {@code Retry-After} headers of the IETF
 * httpapi-ratelimit-headers draft.
 */
@Component
public class RateLimiter implements MeterBinder {

	/** The policy of clients without an API key. */
	public static final String ANONYMOUS = "anonymous";

	private final AccordsProperties.RateLimit settings;

	private final Policy anonymous;

	/** The shortest partner key: a key must be too long to guess. */
	static final int MIN_KEY_LENGTH = 16;

	/**
	 * The wrong keys an address may send in one refill period of the anonymous budget:
	 * each is refused ({@code 401}) and charged to the address's anonymous budget, a
	 * {@code 1/}{@value} of it, and once that is spent the address is refused
	 * ({@code 429}) as over its budget, so keys cannot be guessed at line speed. A
	 * partner with a mistyped key learns it from its first {@code 401}.
	 */
	public static final long WRONG_KEYS_PER_PERIOD = 100;

	/**
	 * Partners by the SHA-256 of their key, so that a lookup reveals nothing by timing.
	 */
	private final Map<String, Partner> partners = new HashMap<>();

	/** Anonymous budgets by address; one that is evicted refills to full. */
	private final Cache<String, Bucket> addresses;

	/**
	 * Where refusals are counted, by policy, whatever was asked ({@code /graphql}, a
	 * subscription, a download, a page): each charge a budget cannot cover is one 429.
	 */
	private volatile @Nullable MeterRegistry meters;

	/** The time the budgets refill by. */
	private final TimeMeter time;

	/**
	 * The budgets refill by the system's clock, or by the application's {@link Clock}
	 * when it has one: the tests' is stopped, so that no point comes back between two
	 * requests whose charges they compare.
	 */
	@Autowired
	RateLimiter(AccordsProperties properties, ObjectProvider<Clock> clock) {
		this(properties, clock.getIfAvailable(Clock::systemUTC));
	}

	RateLimiter(AccordsProperties properties, Clock clock) {
		this.settings = properties.rateLimit();
		// the millisecond time bucket4j reads by default, from the clock given
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return TimeUnit.MILLISECONDS.toNanos(clock.millis());
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
		this.anonymous = new Policy(ANONYMOUS, this.settings.capacity(), this.settings.refillPeriod());
		this.settings.partners().forEach((name, partner) -> {
			if (partner.key() == null || partner.key().isBlank()) {
				throw new IllegalStateException("accords.rate-limit.partners." + name + ".key must be set");
			}
			if (partner.key().length() < MIN_KEY_LENGTH) {
				throw new IllegalStateException(
						"accords.rate-limit.partners." + name + ".key must be at least " + MIN_KEY_LENGTH
								+ " characters (it has " + partner.key().length() + "): a short key can be guessed");
			}
			Policy policy = new Policy(name, partner.capacity(), partner.refillPeriod());
			Partner other = this.partners.put(Hashes.sha256Hex(partner.key()), new Partner(policy, bucket(policy)));
			if (other != null) {
				throw new IllegalStateException("accords.rate-limit.partners." + other.policy().name() + " and " + name
						+ " have the same key: each partner needs its own");
			}
		});
		this.addresses = Caffeine.newBuilder()
			.maximumSize(this.settings.maxClients())
			// an idle bucket is full again after one refill period: forgetting it changes
			// nothing
			.expireAfterAccess(this.settings.refillPeriod())
			.recordStats()
			.build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.addresses, "rate-limit-buckets");
		this.meters = registry;
	}

	/**
	 * A budget: {@code capacity} cost points, refilled continuously over {@code period}.
	 *
	 * @param name shown to clients in the RateLimit headers
	 * @param capacity cost points when full
	 * @param period time to refill from empty
	 */
	public record Policy(String name, long capacity, Duration period) {
	}

	private record Partner(Policy policy, Bucket bucket) {
	}

	/**
	 * What a request was charged against.
	 *
	 * @param policy the client's budget, null when requests are not limited
	 * @param allowed whether the budget covered the cost (and was charged)
	 * @param remaining cost points left
	 * @param resetSeconds seconds until the budget is full again
	 * @param retryAfterSeconds when not allowed: seconds until the cost can be covered
	 */
	public record Charge(@Nullable Policy policy, boolean allowed, long remaining, long resetSeconds,
			long retryAfterSeconds) {

		static final Charge UNLIMITED = new Charge(null, true, 0, 0, 0);

		/**
		 * The RateLimit and RateLimit-Policy headers (and Retry-After); none when
		 * unlimited.
		 */
		public HttpHeaders headers() {
			HttpHeaders headers = new HttpHeaders();
			if (this.policy != null) {
				headers.set("RateLimit-Policy", "\"" + this.policy.name() + "\";q=" + this.policy.capacity() + ";w="
						+ this.policy.period().toSeconds());
				headers.set("RateLimit",
						"\"" + this.policy.name() + "\";r=" + this.remaining + ";t=" + this.resetSeconds);
			}
			if (!this.allowed) {
				headers.set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
			}
			return headers;
		}

		/** Why a query this charge did not allow is refused. */
		String refusalMessage(long cost) {
			return refusalMessage("query", cost);
		}

		/**
		 * Why a request this charge did not allow is refused.
		 * @param what what was asked for: a query, a download, a page
		 */
		public String refusalMessage(String what, long cost) {
			Policy policy = Objects.requireNonNull(this.policy, "a client without a budget is never refused");
			return "Rate limit exceeded: this " + what + " costs " + cost + " and " + this.remaining + " of "
					+ policy.capacity() + " per " + policy.period().toSeconds() + "s are left; retry after "
					+ this.retryAfterSeconds + "s";
		}

	}

	/**
	 * Charges {@code cost} to the client when its budget covers it; throws a
	 * {@link Refusal} for an unknown API key ({@code UNAUTHENTICATED}, charged to the
	 * address as a guess: {@code RATE_LIMITED} once its anonymous budget cannot cover
	 * that) or a cost larger than the whole budget ({@code COST_LIMIT_EXCEEDED}).
	 */
	Charge charge(@Nullable String apiKey, String address, long cost) {
		return charge(apiKey, address, cost, false);
	}

	/**
	 * Charges work whose cost may exceed the whole budget, which then takes the whole
	 * budget: a request refused before execution (too large, over a limit, malformed;
	 * refusing costs work too, so refusals cannot be sent for free), and a {@code /data}
	 * download (so that a file over the budget can still be had once per refill period).
	 * @throws Refusal {@code UNAUTHENTICATED} for an unknown API key,
	 * {@code RATE_LIMITED} when its address has sent more than its anonymous budget pays
	 * for
	 */
	public Charge chargeUpToWholeBudget(@Nullable String apiKey, String address, long cost) {
		return charge(apiKey, address, cost, true);
	}

	/** The request header that carries a partner's API key. */
	public String apiKeyHeader() {
		return this.settings.apiKeyHeader();
	}

	private Charge charge(@Nullable String apiKey, String address, long cost, boolean refused) {
		if (!this.settings.enabled()) {
			return Charge.UNLIMITED;
		}
		Policy policy;
		Bucket bucket;
		if (apiKey != null) {
			Partner partner = this.partners.get(Hashes.sha256Hex(apiKey));
			if (partner == null) {
				throw wrongKey(address);
			}
			policy = partner.policy();
			bucket = partner.bucket();
		}
		else {
			if (this.settings.exemptLoopback() && isLoopback(address)) {
				return Charge.UNLIMITED;
			}
			policy = this.anonymous;
			bucket = anonymousBucket(address);
		}
		long charged = cost;
		if (cost > policy.capacity()) {
			if (!refused) {
				throw new Refusal(ErrorCode.COST_LIMIT_EXCEEDED,
						"The query's cost is " + cost + ", more than this client's whole budget of " + policy.capacity()
								+ " per " + policy.period().toSeconds() + "s",
						QueryLimits.costExtensions(cost, "budget", policy.capacity()));
			}
			charged = policy.capacity();
		}
		return consume(policy, bucket, charged);
	}

	private Charge consume(Policy policy, Bucket bucket, long cost) {
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(cost);
		MeterRegistry registry = this.meters;
		if (!probe.isConsumed() && registry != null) {
			Counter.builder("accords.rate.limit.refusals")
				.description("Requests refused because the client's cost budget was spent, by rate-limit policy")
				.tag("policy", policy.name())
				.register(registry)
				.increment();
		}
		return new Charge(policy, probe.isConsumed(), probe.getRemainingTokens(),
				seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
	}

	private Bucket anonymousBucket(String address) {
		return this.addresses.get(ClientNetwork.of(address), (key) -> bucket(this.anonymous));
	}

	/**
	 * The refusal of an unknown API key, charged to its address's anonymous budget (a
	 * guess costs what {@link #WRONG_KEYS_PER_PERIOD} divides it by): {@code 401}, or
	 * {@code 429} once that budget cannot cover another guess.
	 */
	private Refusal wrongKey(String address) {
		String unknown = "Unknown API key in " + this.settings.apiKeyHeader();
		if (!(this.settings.exemptLoopback() && isLoopback(address))) {
			long price = Math.max(1, this.anonymous.capacity() / WRONG_KEYS_PER_PERIOD);
			Charge charge = consume(this.anonymous, anonymousBucket(address), price);
			if (!charge.allowed()) {
				return new Refusal(ErrorCode.RATE_LIMITED,
						unknown + ", and this address's budget cannot pay for another wrong key: each costs " + price
								+ " of the " + this.anonymous.capacity() + " per " + this.anonymous.period().toSeconds()
								+ "s of an address without a key, " + charge.remaining() + " are left; retry after "
								+ charge.retryAfterSeconds() + "s",
						charge);
			}
		}
		// the transport adds its WWW-Authenticate challenge
		return new Refusal(ErrorCode.UNAUTHENTICATED, unknown + "; send a valid key, or none to be served anonymously");
	}

	private Bucket bucket(Policy policy) {
		try {
			return Bucket.builder()
				.addLimit((limit) -> limit.capacity(policy.capacity()).refillGreedy(policy.capacity(), policy.period()))
				.withCustomTimePrecision(this.time)
				.build();
		}
		catch (IllegalArgumentException ex) {
			// such as a refill faster than one point per nanosecond
			throw new IllegalStateException(
					"Rate limit policy '" + policy.name() + "' cannot be used: " + ex.getMessage(), ex);
		}
	}

	private static long seconds(long nanos) {
		return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
	}

	private static boolean isLoopback(String address) {
		try {
			// an address literal: no name lookup happens
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
