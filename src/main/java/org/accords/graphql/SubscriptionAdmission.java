package org.accords.graphql;

import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.accords.AccordsProperties;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The admission of the subscription transports (graphql-sse and graphql-transport-ws,
 * Spring for GraphQL's own handlers), the equivalent of what {@link GraphQlTransport}
 * does for {@code /graphql}: persisted queries and the allowlist, the limits of
 * {@code accords.limits.*} and the cost, the client's rate limit (charged once, when the
 * subscription starts), and at most {@code accords.subscriptions.max} subscriptions open
 * on this instance. Only subscriptions are served there: queries and mutations go to
 * {@code /graphql}, with its cache and ETags. Requests of {@code /graphql} pass through
 * untouched, as its transport admitted them already.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubscriptionAdmission implements WebGraphQlInterceptor, MeterBinder {

	/** Request attribute that marks a graphql-sse request (set by its route). */
	static final String SSE = SubscriptionAdmission.class.getName() + ".sse";

	private final QueryLimits limits;

	private final RateLimiter rateLimiter;

	private final PersistedQueries persistedQueries;

	private final String apiKeyHeader;

	private final int max;

	/** Subscriptions whose event stream is open on this instance. */
	private final AtomicInteger open = new AtomicInteger();

	SubscriptionAdmission(QueryLimits limits, RateLimiter rateLimiter, PersistedQueries persistedQueries,
			AccordsProperties properties) {
		this.limits = limits;
		this.rateLimiter = rateLimiter;
		this.persistedQueries = persistedQueries;
		this.apiKeyHeader = properties.rateLimit().apiKeyHeader();
		this.max = properties.subscriptions().max();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("accords.graphql.subscriptions.open", this.open, AtomicInteger::get)
			.description("GraphQL subscriptions open on this instance")
			.register(registry);
	}

	/** Subscriptions open now. */
	int open() {
		return this.open.get();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String transport = (request instanceof WebSocketGraphQlRequest) ? "WebSocket (graphql-transport-ws)"
				: Boolean.TRUE.equals(request.getAttributes().get(SSE)) ? "Server-Sent Events (graphql-sse)" : null;
		if (transport == null) {
			return chain.next(request);
		}
		try {
			GraphQlHttpRequest resolved = this.persistedQueries.resolve(new GraphQlHttpRequest(request.getDocument(),
					request.getOperationName(), request.getVariables(), request.getExtensions()));
			QueryLimits.Analysis analysis = this.limits.analyze(resolved);
			if (analysis.kind() != null && analysis.kind() != OperationDefinition.Operation.SUBSCRIPTION) {
				throw new TransportException(HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST,
						"Only subscriptions are served over " + transport + "; send "
								+ analysis.kind().name().toLowerCase(Locale.ROOT)
								+ " operations to /graphql with GET or POST");
			}
			checkOpen();
			String apiKey = request.getHeaders().getFirst(this.apiKeyHeader);
			RateLimiter.Charge charge = this.rateLimiter.charge((apiKey != null) ? apiKey : WebSocketApiKey.of(request),
					address(request.getRemoteAddress()), analysis.cost());
			if (!charge.allowed()) {
				throw charge.refusal(analysis.cost());
			}
			// graphql-java parses with the same limits as QueryLimits did, and runs the
			// document a persisted-query hash stands for
			String document = (resolved.query() != null) ? resolved.query() : request.getDocument();
			request.configureExecutionInput((input, builder) -> builder.query(document)
				.graphQLContext((context) -> context.put(ParserOptions.class, this.limits.parserOptions()))
				.build());
			boolean webSocket = request instanceof WebSocketGraphQlRequest;
			return chain.next(request).map((response) -> counted(response, resolved, webSocket));
		}
		catch (TransportException ex) {
			return Mono.just(refusal(request, ex, request instanceof WebSocketGraphQlRequest));
		}
	}

	/** A subscription's events, counted as open while they flow. */
	private WebGraphQlResponse counted(WebGraphQlResponse response, GraphQlHttpRequest resolved, boolean webSocket) {
		if (response.getData() instanceof Publisher<?>) {
			// validated and started: the document may be stored now, as /graphql does
			this.persistedQueries.register(resolved);
		}
		if (!(response.getData() instanceof Publisher<?> events)) {
			// a document that did not validate: the SSE handler would replace its errors
			// with "supports only subscriptions", so they become the stream's one event
			return webSocket ? response : response.transform((builder) -> builder.data(Flux
				.just(ExecutionResult.newExecutionResult().errors(response.getExecutionResult().getErrors()).build())));
		}
		Flux<Object> counted = Flux.defer(() -> {
			// checked again here: subscriptions admitted at once cannot overshoot
			if (this.open.incrementAndGet() > this.max) {
				this.open.decrementAndGet();
				return Flux.<Object>just(refusalResult(tooMany()));
			}
			return Flux.<Object>from(events).doFinally((signal) -> this.open.decrementAndGet());
		});
		return response.transform((builder) -> builder.data(counted));
	}

	private void checkOpen() {
		if (this.open.get() >= this.max) {
			throw tooMany();
		}
	}

	private TransportException tooMany() {
		return new TransportException(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.SUBSCRIPTION_LIMIT_EXCEEDED,
				"This instance serves at most " + this.max
						+ " subscriptions at once and all are taken; retry later, or poll changes(since:) or /data/changes.json");
	}

	private static String address(@Nullable InetSocketAddress remote) {
		if (remote == null) {
			return "unknown";
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

	/** A refusal in GraphQL's shape, with the code the HTTP transport would give. */
	private static WebGraphQlResponse refusal(WebGraphQlRequest request, TransportException ex, boolean webSocket) {
		// graphql-transport-ws answers an invalid response with its own error message;
		// the SSE handler only streams, so there the error is the stream's one event
		ExecutionResult result = webSocket ? refusalResult(ex)
				: ExecutionResult.newExecutionResult().data(Flux.just(refusalResult(ex))).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	private static ExecutionResult refusalResult(TransportException ex) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", ex.code().name());
		String retryAfter = ex.headers().getFirst("Retry-After");
		if (retryAfter != null) {
			extensions.put("retryAfterSeconds", Long.parseLong(retryAfter));
		}
		return ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().message(ex.getMessage()).extensions(extensions).build())
			.build();
	}

}
