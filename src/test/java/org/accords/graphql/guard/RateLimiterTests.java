package org.accords.graphql.guard;

import java.util.Map;

import org.accords.AccordsProperties;
import org.accords.StoppedClock;
import org.accords.graphql.ErrorCode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Budgets per client: by address, by partner key, switchable, loopback optionally exempt.
 */
class RateLimiterTests {

	private static final String PORTAL_KEY = "portal-key-0123456789";

	static RateLimiter limiter(Map<String, String> settings) {
		AccordsProperties properties = new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("accords",
				AccordsProperties.class);
		return new RateLimiter(properties, StoppedClock.CLOCK);
	}

	@Test
	void eachAddressHasItsOwnBudget() {
		RateLimiter limiter = limiter(
				Map.of("accords.rate-limit.capacity", "10", "accords.rate-limit.refill-period", "1h"));
		assertThat(limiter.charge(null, "192.0.2.1", 8).allowed()).isTrue();
		RateLimiter.Charge refused = limiter.charge(null, "192.0.2.1", 8);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.remaining()).isEqualTo(2);
		assertThat(refused.headers().getFirst("Retry-After")).isNotNull();
		assertThat(limiter.charge(null, "192.0.2.2", 8).allowed()).as("another address").isTrue();
	}

	/**
	 * An IPv6 client holds a /64 at least (a home line, a cloud VM), 2^64 addresses: one
	 * budget per address gave it as many budgets as it cared to use, and let it push
	 * every other client's budget out of the bounded map (which forgets it full). One
	 * budget per /64, as one per IPv4 address.
	 */
	@Test
	void anIpv6NetworkHasOneBudget() {
		RateLimiter limiter = limiter(
				Map.of("accords.rate-limit.capacity", "10", "accords.rate-limit.refill-period", "1h"));
		assertThat(limiter.charge(null, "2001:db8:1:2::1", 8).allowed()).isTrue();
		assertThat(limiter.charge(null, "2001:db8:1:2:ffff:0:0:7", 8).allowed()).as("the same /64").isFalse();
		assertThat(limiter.charge(null, "2001:db8:1:3::1", 8).allowed()).as("another /64").isTrue();
	}

	/**
	 * A key is only as safe as it is long: one of a few characters is found in as few
	 * guesses as an address's budget pays for.
	 */
	@Test
	void aPartnersKeyShorterThanSixteenCharactersIsRefusedAtStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> limiter(Map.of("accords.rate-limit.partners.portal.key", "portal-secret")))
			.withMessage("accords.rate-limit.partners.portal.key must be at least 16 characters (it has 13):"
					+ " a short key can be guessed");
	}

	@Test
	void twoPartnersWithOneKeyAreRefusedAtStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> limiter(Map.of("accords.rate-limit.partners.portal.key", PORTAL_KEY,
					"accords.rate-limit.partners.newsroom.key", PORTAL_KEY)))
			.withMessageStartingWith("accords.rate-limit.partners.")
			.withMessageContaining("have the same key: each partner needs its own");
	}

	@Test
	void partnersSpendTheirOwnBudgetNotTheirAddresses() {
		RateLimiter limiter = limiter(Map.of("accords.rate-limit.capacity", "10",
				"accords.rate-limit.partners.portal.key", PORTAL_KEY, "accords.rate-limit.partners.portal.capacity",
				"100", "accords.rate-limit.partners.portal.refill-period", "1h"));
		RateLimiter.Charge charge = limiter.charge(PORTAL_KEY, "192.0.2.1", 50);
		assertThat(charge.allowed()).isTrue();
		assertThat(charge.headers().getFirst("RateLimit-Policy")).isEqualTo("\"portal\";q=100;w=3600");
		assertThat(charge.headers().getFirst("RateLimit")).startsWith("\"portal\";r=50;t=");
		assertThat(limiter.charge(null, "192.0.2.1", 10).allowed()).isTrue();
	}

	@Test
	void unknownApiKeysAreRefusedWith401() {
		RateLimiter limiter = limiter(Map.of());
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> limiter.charge("guess", "192.0.2.1", 1))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
				assertThat(ex.code().status().value()).isEqualTo(401);
				assertThat(ex.getMessage()).contains("X-API-Key");
			});
	}

	/**
	 * A wrong key was refused without being charged to any budget, so keys could be
	 * guessed at line speed: each now costs its address a hundredth of the anonymous
	 * budget, and once that is spent the address is refused as over budget, however it
	 * asks.
	 */
	@Test
	void wrongKeysSpendTheAddressesAnonymousBudgetUntilItIsRefused() {
		RateLimiter limiter = limiter(Map.of("accords.rate-limit.capacity", "1000", "accords.rate-limit.refill-period",
				"1h", "accords.rate-limit.partners.portal.key", PORTAL_KEY));
		for (int i = 0; i < 100; i++) {
			String guess = "guess-" + i + "-0123456789abcdef";
			assertThatExceptionOfType(Refusal.class).as("guess %d", i)
				.isThrownBy(() -> limiter.charge(guess, "192.0.2.1", 1))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		}
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> limiter.charge("one-more-guess-0123456789", "192.0.2.1", 1))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(ErrorCode.RATE_LIMITED);
				assertThat(ex.getMessage()).startsWith("Unknown API key in X-API-Key").contains("retry after");
				assertThat(ex.charge()).isNotNull();
				assertThat(ex.charge().allowed()).isFalse();
				assertThat(ex.charge().headers().getFirst("RateLimit-Policy")).isEqualTo("\"anonymous\";q=1000;w=3600");
				assertThat(ex.charge().headers().getFirst("Retry-After")).isNotNull();
			});
		assertThat(limiter.charge(null, "192.0.2.1", 1).allowed()).as("the address's anonymous budget is spent")
			.isFalse();
		assertThat(limiter.charge(PORTAL_KEY, "192.0.2.1", 1).allowed()).as("the partner's is its own").isTrue();
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> limiter.charge("guess-0123456789abcdef", "192.0.2.2", 1))
			.satisfies((ex) -> assertThat(ex.code()).as("another address").isEqualTo(ErrorCode.UNAUTHENTICATED));
	}

	@Test
	void wrongKeysFromAnExemptLoopbackAreNotCharged() {
		RateLimiter limiter = limiter(
				Map.of("accords.rate-limit.capacity", "100", "accords.rate-limit.exempt-loopback", "true"));
		for (int i = 0; i < 200; i++) {
			assertThatExceptionOfType(Refusal.class)
				.isThrownBy(() -> limiter.charge("guess-0123456789abcdef", "127.0.0.1", 1))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		}
	}

	@Test
	void aCostLargerThanTheWholeBudgetIsRefusedAsTooCostly() {
		RateLimiter limiter = limiter(Map.of("accords.rate-limit.capacity", "10"));
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> limiter.charge(null, "192.0.2.1", 11))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.COST_LIMIT_EXCEEDED));
	}

	@Test
	void disabledLimitsChargeNothingAndSendNoHeaders() {
		RateLimiter limiter = limiter(
				Map.of("accords.rate-limit.enabled", "false", "accords.rate-limit.capacity", "1"));
		for (int i = 0; i < 5; i++) {
			RateLimiter.Charge charge = limiter.charge(null, "192.0.2.1", 1);
			assertThat(charge.allowed()).isTrue();
			assertThat(charge.headers().isEmpty()).isTrue();
		}
	}

	@Test
	void loopbackIsExemptOnlyWhenConfigured() {
		RateLimiter strict = limiter(Map.of("accords.rate-limit.capacity", "1"));
		assertThat(strict.charge(null, "127.0.0.1", 1).allowed()).isTrue();
		assertThat(strict.charge(null, "127.0.0.1", 1).allowed()).isFalse();
		RateLimiter lenient = limiter(
				Map.of("accords.rate-limit.capacity", "1", "accords.rate-limit.exempt-loopback", "true"));
		for (String address : new String[] { "127.0.0.1", "127.0.0.1", "0:0:0:0:0:0:0:1" }) {
			assertThat(lenient.charge(null, address, 1).allowed()).isTrue();
		}
		assertThat(lenient.charge(null, "192.0.2.1", 1).allowed()).isTrue();
		assertThat(lenient.charge(null, "192.0.2.1", 1).allowed()).isFalse();
	}

}
