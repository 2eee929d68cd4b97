package org.accords.graphql.guard;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.ParserOptions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.accords.AccordsProperties;
import org.accords.graphql.ErrorCode;
import org.accords.graphql.SubscriptionErrors;
import org.accords.http.PlacesPerClient;
import org.accords.http.ClientNetwork;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The admission of the subscription transports (graphql-sse and graphql-transport-ws,
 * Spring for GraphQL's own handlers), through the same {@link Admission} as
 * {@code /graphql}: persisted queries and the allowlist, the limits of
 * {@code accords.limits.*} and the cost, the client's rate limit (charged the cost when
 * the subscription starts, for its first event, and again for each later event); and at
 * most {@code accords.subscriptions.max} subscriptions open on this instance. Only
 * subscriptions are served there: queries and mutations go to {@code /graphql}, with its
 * cache and ETags. Requests of {@code /graphql} pass through untouched, as its transport
 * admitted them already.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SubscriptionAdmission implements WebGraphQlInterceptor, MeterBinder {

	/** Request attribute that marks a graphql-sse request (set by its route). */
	public static final String SSE = SubscriptionAdmission.class.getName() + ".sse";

	/**
	 * Request attribute that holds a graphql-sse request's id (its {@code X-Request-Id}),
	 * which its errors carry as {@code extensions.requestId}, as on {@code /graphql}.
	 */
	public static final String REQUEST_ID = SubscriptionAdmission.class.getName() + ".requestId";

	private final Admission admission;

	private final String apiKeyHeader;

	private final int max;

	private final int maxPerClient;

	/** Subscriptions whose event stream is open on this instance. */
	private final AtomicInteger open = new AtomicInteger();

	/**
	 * Of those, how many each client holds ({@link #client}); a client that holds none
	 * has no entry, so there are never more entries than open subscriptions.
	 */
	private final PlacesPerClient openByClient;

	/**
	 * WebSocket connections open, by address: a connection holds its buffers whether or
	 * not it subscribes, so they are bounded per client as subscriptions are.
	 */
	private final PlacesPerClient webSocketsByAddress;

	SubscriptionAdmission(Admission admission, AccordsProperties properties) {
		this.admission = admission;
		this.apiKeyHeader = properties.rateLimit().apiKeyHeader();
		this.max = properties.subscriptions().max();
		this.maxPerClient = properties.subscriptions().maxPerClient();
		this.openByClient = new PlacesPerClient(this.maxPerClient);
		this.webSocketsByAddress = new PlacesPerClient(this.maxPerClient);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("accords.graphql.subscriptions.open", this.open, AtomicInteger::get)
			.description("GraphQL subscriptions open on this instance")
			.register(registry);
	}

	/** Subscriptions open now. */
	public int open() {
		return this.open.get();
	}

	/**
	 * Counts a WebSocket connection from {@code remote}, unless that address holds
	 * {@code accords.subscriptions.max-per-client} of them already.
	 * @return whether it may stay open; when it may, {@link #webSocketClosed} must follow
	 */
	public boolean webSocketOpened(@Nullable InetSocketAddress remote) {
		return this.webSocketsByAddress.take(address(remote));
	}

	/**
	 * Whether {@code remote} holds fewer WebSocket connections than it may: asked before
	 * the upgrade, so that one more is refused with an HTTP status rather than closed
	 * after it (which leaves it open as long as the client does not answer).
	 */
	public boolean webSocketMayOpen(@Nullable InetSocketAddress remote) {
		return this.webSocketsByAddress.held(address(remote)) < this.maxPerClient;
	}

	/** Uncounts a WebSocket connection that {@link #webSocketOpened} let stay open. */
	public void webSocketClosed(@Nullable InetSocketAddress remote) {
		this.webSocketsByAddress.release(address(remote));
	}

	/** WebSocket connections open now. */
	public int webSockets() {
		return this.webSocketsByAddress.total();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String transport = (request instanceof WebSocketGraphQlRequest) ? "WebSocket (graphql-transport-ws)"
				: Boolean.TRUE.equals(request.getAttributes().get(SSE)) ? "Server-Sent Events (graphql-sse)" : null;
		if (transport == null) {
			return chain.next(request);
		}
		String address = address(request.getRemoteAddress());
		Admission.Request admitting = new Admission.Request(request.getDocument(), request.getOperationName(),
				request.getVariables(), request.getExtensions(), null, new Admission.Client(apiKey(request), address));
		Admission.Decision decision = this.admission.admit(admitting, (kind) -> {
			if (kind != null && kind != OperationDefinition.Operation.SUBSCRIPTION) {
				return Admission.Refused.of(ErrorCode.BAD_REQUEST,
						"Only subscriptions are served over " + transport + "; send "
								+ kind.name().toLowerCase(Locale.ROOT) + " operations to /graphql with GET or POST");
			}
			return (this.open.get() >= this.max) ? tooMany() : null;
		});
		boolean webSocket = request instanceof WebSocketGraphQlRequest;
		String requestId = (request.getAttributes().get(REQUEST_ID) instanceof String id) ? id : null;
		if (decision instanceof Admission.Refused refused) {
			return Mono.just(refusal(request, charged(refused, admitting), webSocket, requestId));
		}
		Admission.Admitted admitted = (Admission.Admitted) decision;
		String client = client(admitted, address);
		if (held(client) >= this.maxPerClient) {
			return Mono.just(refusal(request, tooManyForClient(), webSocket, requestId));
		}
		// graphql-java reads the document the admission parsed, and runs the one a
		// persisted-query hash stands for
		request.configureExecutionInput((input, builder) -> builder.query(admitted.query())
			.graphQLContext((context) -> context.put(ParserOptions.class, this.admission.parserOptions()))
			.build());
		return chain.next(request)
			.map((response) -> counted(response, admitted, admitting.client(), client, webSocket, requestId));
	}

	/**
	 * Charges a refusal to its client as {@code /graphql} charges its refusals
	 * ({@link Admission#refusalCost}), one the budget could not cover aside: refusing
	 * costs work too. The refusal to send: {@code RATE_LIMITED} once the budget cannot
	 * cover it.
	 */
	private Admission.Refused charged(Admission.Refused refused, Admission.Request request) {
		if (refused.charged()) {
			return refused;
		}
		long price = Admission.refusalCost((request.query() != null) ? request.query().length() : 0);
		RateLimiter.Charge charge;
		try {
			charge = this.admission.chargeRefusal(request.client(), price);
		}
		catch (Refusal unknownKey) {
			// charged to the address as a guess: once it cannot cover that, it is refused
			// as over budget; else the refusal stands
			return (unknownKey.charge() != null) ? Admission.Refused.of(unknownKey, refused.cost()) : refused;
		}
		return charge.allowed() ? refused : Admission.overBudget(price, charge);
	}

	/**
	 * The partner key of a request: its header, or over WebSocket the one sent in
	 * {@code connection_init} ({@link WebSocketApiKey}).
	 */
	private @Nullable String apiKey(WebGraphQlRequest request) {
		String header = request.getHeaders().getFirst(this.apiKeyHeader);
		return (header != null) ? header : WebSocketApiKey.of(request);
	}

	/**
	 * A subscription's events, counted as open while they flow, each after the first paid
	 * for by its client (the start paid for the first): once the budget cannot pay for
	 * one, that event is the refusal, and the last.
	 */
	private WebGraphQlResponse counted(WebGraphQlResponse response, Admission.Admitted admitted, Admission.Client payer,
			String client, boolean webSocket, @Nullable String requestId) {
		if (response.getData() instanceof Publisher<?>) {
			// validated and started: the document may be stored now, as /graphql does
			this.admission.executed(admitted);
		}
		if (!(response.getData() instanceof Publisher<?> events)) {
			// a document that did not validate: the SSE handler would replace its errors
			// with "supports only subscriptions", so they become the stream's one event
			List<GraphQLError> errors = coded(response.getExecutionResult().getErrors(), requestId);
			return webSocket ? response.transform((builder) -> builder.errors(errors)) : response.transform(
					(builder) -> builder.data(Flux.just(ExecutionResult.newExecutionResult().errors(errors).build())));
		}
		Flux<Object> counted = Flux.defer(() -> {
			// checked again here: subscriptions admitted at once cannot overshoot
			if (this.open.incrementAndGet() > this.max) {
				this.open.decrementAndGet();
				return Flux.<Object>just(refusalResult(tooMany(), requestId));
			}
			if (!this.openByClient.take(client)) {
				this.open.decrementAndGet();
				return Flux.<Object>just(refusalResult(tooManyForClient(), requestId));
			}
			AtomicBoolean paid = new AtomicBoolean(true);
			GraphQLContext context = response.getExecutionInput().getGraphQLContext();
			return Flux.<Object>from(events).handle((event, sink) -> {
				if (event instanceof ExecutionResult result) {
					SubscriptionErrors.eventSent(context, result.getErrors());
				}
				Admission.Refused unpaid = paid.getAndSet(false) ? null : unpaid(payer, admitted.cost());
				if (unpaid == null) {
					sink.next(coded(event, requestId));
				}
				else {
					sink.next(refusalResult(unpaid, requestId));
					sink.complete();
				}
			}).onErrorMap((ex) -> {
				// an event nulled by a field's error: the stream ends with that error, as
				// /graphql gives it, not Spring's "Subscription error"
				List<GraphQLError> ending = SubscriptionErrors.ending(ex, context);
				return (ending != null) ? new SubscriptionPublisherException(coded(ending, requestId), ex) : ex;
			}).doFinally((signal) -> {
				this.openByClient.release(client);
				this.open.decrementAndGet();
			});
		});
		return response.transform((builder) -> builder.data(counted));
	}

	/**
	 * Why an event after a subscription's first is not sent: its client's budget cannot
	 * pay for it; null when it was charged.
	 */
	private Admission.@Nullable Refused unpaid(Admission.Client payer, long cost) {
		try {
			RateLimiter.Charge charge = this.admission.chargeEvent(payer, cost);
			if (charge.allowed()) {
				return null;
			}
			return new Admission.Refused(ErrorCode.RATE_LIMITED,
					charge.refusalMessage("subscription's event", cost)
							+ "; the subscription ends: subscribe again then, and catch up with changes(since:)",
					cost, charge);
		}
		catch (Refusal ex) {
			return Admission.Refused.of(ex, cost);
		}
	}

	/**
	 * An event whose errors carry the {@code extensions.code} that {@code /graphql} gives
	 * the same fault; events without errors pass as they are.
	 */
	private static Object coded(Object event, @Nullable String requestId) {
		if (event instanceof ExecutionResult result && !result.getErrors().isEmpty()) {
			List<GraphQLError> errors = new ArrayList<>(result.getErrors());
			// graphql-java adds its own INTERNAL error for the null a failed field leaves
			// in an event, where /graphql's answer has the field's error alone
			errors.removeIf(
					(error) -> error.getErrorType() == graphql.ErrorType.NullValueInNonNullableField && errors.stream()
						.anyMatch((other) -> other != error && Objects.equals(other.getPath(), error.getPath())));
			return result.transform((builder) -> builder.errors(coded(errors, requestId)));
		}
		return event;
	}

	/**
	 * The errors as {@code /graphql} writes them: each with a code (its own, else the one
	 * of its classification) and the request id when there is one, and no
	 * {@code locations} when it has no place in the document, rather than an empty list.
	 */
	private static List<GraphQLError> coded(List<GraphQLError> errors, @Nullable String requestId) {
		List<GraphQLError> coded = new ArrayList<>(errors.size());
		for (GraphQLError error : errors) {
			Map<String, Object> extensions = new LinkedHashMap<>(
					(error.getExtensions() != null) ? error.getExtensions() : Map.of());
			extensions.computeIfAbsent("code", (key) -> ErrorCode.ofClassification(error.getErrorType()).name());
			if (requestId != null) {
				extensions.put("requestId", requestId);
			}
			GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
				.message(error.getMessage())
				.errorType(error.getErrorType())
				.extensions(extensions)
				.locations(
						(error.getLocations() == null || error.getLocations().isEmpty()) ? null : error.getLocations());
			if (error.getPath() != null) {
				builder.path(error.getPath());
			}
			coded.add(builder.build());
		}
		return coded;
	}

	/**
	 * Whom a subscription's place is counted to: a partner by its key's policy, anyone
	 * else by address (as their rate limit is).
	 */
	private static String client(Admission.Admitted admitted, String address) {
		RateLimiter.Policy policy = admitted.charge().policy();
		return (policy != null && !RateLimiter.ANONYMOUS.equals(policy.name())) ? "partner " + policy.name()
				: "address " + address;
	}

	private int held(String client) {
		return this.openByClient.held(client);
	}

	private Admission.Refused tooManyForClient() {
		return Admission.Refused.of(ErrorCode.SUBSCRIPTION_LIMIT_EXCEEDED,
				"This instance serves at most " + this.maxPerClient
						+ " subscriptions at once from one client (an address, or an API key), and this client holds"
						+ " them all; close one, or poll changes(since:) or /data/changes.json");
	}

	private Admission.Refused tooMany() {
		return Admission.Refused.of(ErrorCode.SUBSCRIPTION_LIMIT_EXCEEDED, "This instance serves at most " + this.max
				+ " subscriptions at once and all are taken; retry later, or poll changes(since:) or /data/changes.json");
	}

	private static String address(@Nullable InetSocketAddress remote) {
		if (remote == null) {
			return "unknown";
		}
		// an IPv6 client by its /64, as its rate limit
		return (remote.getAddress() != null) ? ClientNetwork.of(remote.getAddress().getHostAddress())
				: remote.getHostString();
	}

	/** A refusal in GraphQL's shape, with the code the HTTP transport would give. */
	private static WebGraphQlResponse refusal(WebGraphQlRequest request, Admission.Refused ex, boolean webSocket,
			@Nullable String requestId) {
		// graphql-transport-ws answers an invalid response with its own error message;
		// the SSE handler only streams, so there the error is the stream's one event
		ExecutionResult result = webSocket ? refusalResult(ex, requestId)
				: ExecutionResult.newExecutionResult().data(Flux.just(refusalResult(ex, requestId))).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	private static ExecutionResult refusalResult(Admission.Refused refused, @Nullable String requestId) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", refused.code().name());
		extensions.putAll(refused.extensions());
		if (refused.retryAfterSeconds() != null) {
			extensions.put("retryAfterSeconds", refused.retryAfterSeconds());
		}
		if (requestId != null) {
			extensions.put("requestId", requestId);
		}
		return ExecutionResult.newExecutionResult().addError(new RefusalError(refused.message(), extensions)).build();
	}

	/**
	 * A refusal as {@code /graphql} writes it: its message and extensions, which carry
	 * its code. No {@code classification}: graphql-java's builder gave every refusal its
	 * default, {@code DataFetchingException}, as if a data fetcher had failed, where
	 * {@code /graphql} gives the same refusal its code alone. No locations either, not an
	 * empty list: a refusal has no place in the document.
	 */
	private record RefusalError(String message, Map<String, Object> extensions) implements GraphQLError {

		@Override
		public String getMessage() {
			return this.message;
		}

		@Override
		public @Nullable List<SourceLocation> getLocations() {
			return null;
		}

		@Override
		public @Nullable ErrorClassification getErrorType() {
			return null;
		}

		@Override
		public Map<String, Object> getExtensions() {
			return this.extensions;
		}

	}

}
