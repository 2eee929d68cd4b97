package org.accords.graphql.guard;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import org.accords.graphql.ErrorCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Admits or refuses a GraphQL request before it executes, whatever transport brought it:
 * the document a persisted-query hash stands for (or the allowlist's), the limits of
 * {@code accords.limits.*} and the cost (one parse, one walk), what the transport serves,
 * and the client's rate limit, in that order. No HTTP here: the transports
 * ({@code GraphQlTransport}, {@link SubscriptionAdmission}) read their requests, ask
 * {@link #admit}, and write the {@link Admitted} answer or the {@link Refused} one, whose
 * status its {@link ErrorCode} owns.
 */
@Component
public class Admission {

	/** The least a request refused before execution is charged. */
	public static final long REFUSAL_COST = 10;

	/**
	 * What a mutation is told, however it is sent (POSTed, over GET, over a subscription
	 * transport) and an HTTP method that would change something: Accords has none.
	 */
	public static final String READ_ONLY = "Accords is read-only: it serves queries and subscriptions, not mutations";

	private final PersistedQueries persistedQueries;

	private final QueryLimits limits;

	private final RateLimiter rateLimiter;

	Admission(PersistedQueries persistedQueries, QueryLimits limits, RateLimiter rateLimiter) {
		this.persistedQueries = persistedQueries;
		this.limits = limits;
		this.rateLimiter = rateLimiter;
	}

	/**
	 * Who sends a request: the budget it is charged to.
	 *
	 * @param apiKey the partner key sent, if any
	 * @param address the remote address, for anonymous budgets
	 */
	public record Client(@Nullable String apiKey, String address) {
	}

	/**
	 * A request as any transport receives it.
	 *
	 * @param query the document; null when only a persisted-query hash is sent
	 * @param operationName the operation to run
	 * @param variables variable values
	 * @param extensions request extensions, such as {@code persistedQuery}
	 * @param version the dataset version it is priced for; the current one when null
	 * @param client who sends it
	 */
	public record Request(@Nullable String query, @Nullable String operationName, Map<String, Object> variables,
			Map<String, Object> extensions, @Nullable String version, Client client) {
	}

	/**
	 * What a transport serves: refuses the operations it does not (a subscription over
	 * one response, a mutation over GET), before the client is charged.
	 */
	@FunctionalInterface
	public interface Served {

		/**
		 * Why an operation of {@code kind} is not served here; null when it is.
		 * @param kind the operation's kind; null when the document does not say (it does
		 * not parse, or names no such operation: execution reports that)
		 */
		@Nullable Refused refuse(OperationDefinition.@Nullable Operation kind);

	}

	/** What the admission decides. */
	public sealed interface Decision permits Admitted, Refused {

	}

	/**
	 * A request that may execute.
	 *
	 * @param query the document to execute (the one its hash stands for)
	 * @param persistedQueryHash the hash sent, stored with the document by
	 * {@link #executed} once it has executed
	 * @param kind the operation's kind; null when the document does not say
	 * @param cost its computed cost, at least 1, charged to the client
	 * @param charge the client's budget after the charge
	 * @param growing whether it selects a list that grows as versions are published
	 * whatever version it reads (the changelog, the versions kept): its answer is not the
	 * same for as long as its version is
	 */
	public record Admitted(String query, @Nullable String persistedQueryHash,
			OperationDefinition.@Nullable Operation kind, long cost, RateLimiter.Charge charge,
			boolean growing) implements Decision {
	}

	/**
	 * A request refused before execution.
	 *
	 * @param code the error code, which owns the HTTP status
	 * @param message what the client is told
	 * @param cost the computed cost, -1 when refused before it was computed
	 * @param charge the budget that could not cover the request ({@code RATE_LIMITED}),
	 * which the client was not charged; null otherwise: a transport may charge the
	 * refusal itself ({@link #chargeRefusal}) unless it was {@link #charged}
	 * @param extensions what the error's {@code extensions} carry beside its code (a cost
	 * and its maximum); empty for most refusals
	 */
	public record Refused(ErrorCode code, String message, long cost, RateLimiter.@Nullable Charge charge,
			Map<String, Object> extensions) implements Decision {

		public Refused(ErrorCode code, String message, long cost, RateLimiter.@Nullable Charge charge) {
			this(code, message, cost, charge, Map.of());
		}

		public static Refused of(ErrorCode code, String message) {
			return new Refused(code, message, -1, null);
		}

		/**
		 * A guard's refusal, with the budget that could not cover the request when there
		 * is one (an address that sent more wrong keys than its budget pays for).
		 * @param cost the computed cost, -1 when refused before it was computed
		 */
		public static Refused of(Refusal refusal, long cost) {
			return new Refused(refusal.code(), refusal.getMessage(), cost, refusal.charge(), refusal.extensions());
		}

		/**
		 * Whether the client was charged for this refusal already: an unknown API key is
		 * charged to its address as a guess when it is refused.
		 */
		public boolean charged() {
			return this.charge != null || this.code == ErrorCode.UNAUTHENTICATED;
		}

		/**
		 * Seconds until the client's budget covers the request; null for other refusals.
		 */
		public @Nullable Long retryAfterSeconds() {
			return (this.charge != null && !this.charge.allowed()) ? this.charge.retryAfterSeconds() : null;
		}

	}

	/**
	 * Admits a request or says why not: the persisted query, the limits and the cost,
	 * what {@code served} accepts, then the client's budget, which an admitted request is
	 * charged its cost.
	 */
	public Decision admit(Request request, Served served) {
		try {
			String hash = PersistedQueries.hashOf(request.extensions());
			String query = this.persistedQueries.resolve(request.query(), hash);
			QueryLimits.Analysis analysis = this.limits.analyze(query, request.operationName(), request.variables(),
					request.version());
			Refused unserved = served.refuse(analysis.kind());
			if (unserved != null) {
				return new Refused(unserved.code(), unserved.message(), analysis.cost(), null);
			}
			RateLimiter.Charge charge;
			try {
				charge = this.rateLimiter.charge(request.client().apiKey(), request.client().address(),
						analysis.cost());
			}
			catch (Refusal ex) {
				// an unknown API key (charged to its address), or a cost over the
				// client's
				// whole budget
				return Refused.of(ex, analysis.cost());
			}
			if (!charge.allowed()) {
				return overBudget(analysis.cost(), charge);
			}
			return new Admitted(query, hash, analysis.kind(), analysis.cost(), charge, analysis.growing());
		}
		catch (Refusal ex) {
			return Refused.of(ex, -1);
		}
	}

	/** The refusal of a request whose cost the client's budget cannot cover yet. */
	public static Refused overBudget(long cost, RateLimiter.Charge charge) {
		return new Refused(ErrorCode.RATE_LIMITED, charge.refusalMessage(cost), cost, charge);
	}

	/**
	 * Stores an admitted document with its persisted-query hash, once it has been served
	 * (executed and valid, or from a cache): refused documents never take memory.
	 */
	public void executed(Admitted admitted) {
		this.persistedQueries.register(admitted.persistedQueryHash(), admitted.query());
	}

	/**
	 * What a request refused before execution is charged: {@value #REFUSAL_COST}, and one
	 * more per 100 characters of what was sent.
	 */
	public static long refusalCost(long sentCharacters) {
		return REFUSAL_COST + Math.min(Math.max(0, sentCharacters), 100_000_000L) / 100;
	}

	/**
	 * Charges a refused request to its client: refusing costs work too, so refusals
	 * cannot be sent without limit. A price over the whole budget takes the whole budget.
	 * @throws Refusal {@code UNAUTHENTICATED} for an unknown API key, charged to the
	 * address as a guess instead ({@code RATE_LIMITED} once it cannot cover that)
	 */
	public RateLimiter.Charge chargeRefusal(Client client, long price) {
		return this.rateLimiter.chargeUpToWholeBudget(client.apiKey(), client.address(), price);
	}

	/**
	 * Charges an event of a subscription its cost, the subscription's own, when the
	 * client's budget covers it: a subscription is admitted and charged once, and each of
	 * its events runs its selection again.
	 * @throws Refusal {@code UNAUTHENTICATED} for an API key no longer known
	 */
	public RateLimiter.Charge chargeEvent(Client client, long cost) {
		return this.rateLimiter.charge(client.apiKey(), client.address(), cost);
	}

	/**
	 * The {@code extensions.cost} of an answer: what was requested, the maximum, and what
	 * is left of the client's budget when it has one.
	 */
	public Map<String, Object> cost(long requested, RateLimiter.Charge charge) {
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("requested", requested);
		cost.put("maximum", this.limits.maxCost());
		if (charge.policy() != null) {
			cost.put("remaining", charge.remaining());
		}
		return cost;
	}

	/**
	 * The syntax tree the admission parsed {@code query} into (kept with the document's
	 * limits and cost, not parsed again); null when it does not parse.
	 */
	public @Nullable Document document(String query) {
		return this.limits.document(query);
	}

	/** The parser options execution uses, the same the admission parsed with. */
	public ParserOptions parserOptions() {
		return this.limits.parserOptions();
	}

}
