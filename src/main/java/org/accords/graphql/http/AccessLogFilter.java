package org.accords.graphql.http;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id ({@code X-Request-Id}: the caller's when it is sane, else a
 * new one; returned as a header and put in the logging MDC as {@code requestId}), and
 * writes one access-log line and the transport's metrics per GraphQL request: operation
 * name, cost, cache outcome, status, duration and client (partner name or anonymized
 * address), never the document or its variables.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AccessLogFilter extends OncePerRequestFilter {

	public static final String REQUEST_ID = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	/** Short and printable: a header cannot inject anything into the logs. */
	private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	/** Query cost buckets: the default maximum cost is 20000. */
	private static final double[] COST_BUCKETS = { 1, 10, 50, 100, 500, 1000, 5000, 10000, 20000, 50000 };

	private static final Logger access = LoggerFactory.getLogger("org.accords.access");

	private final ObjectProvider<MeterRegistry> registries;

	/**
	 * The registry, found once: looking a bean up costs more than the rest of a cached
	 * answer's bookkeeping.
	 */
	private volatile @Nullable MeterRegistry registry;

	private final String graphQlPath;

	/** The most request timers remembered. */
	static final int TIMERS = 1000;

	private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

	private volatile @Nullable Network lastNetwork;

	AccessLogFilter(ObjectProvider<MeterRegistry> registries,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		this.registries = registries;
		this.graphQlPath = graphQlPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(REQUEST_ID);
		String id = (given != null && SANE_ID.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		response.setHeader(REQUEST_ID, id);
		boolean graphQl = this.graphQlPath.equals(request.getRequestURI());
		RequestTrace trace = new RequestTrace(id);
		request.setAttribute(RequestTrace.ATTRIBUTE, trace);
		long start = System.nanoTime();
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (graphQl) {
				record(request, response.getStatus(), trace, System.nanoTime() - start);
			}
			MDC.remove(MDC_KEY);
		}
	}

	private void record(HttpServletRequest request, int status, RequestTrace trace, long nanos) {
		String operation = trace.operationLabel();
		String outcome = trace.outcome.label();
		String error = (trace.errorCode != null) ? trace.errorCode : "none";
		String address = network(request.getRemoteAddr());
		String client = (trace.partner != null) ? "partner:" + trace.partner : address;
		MeterRegistry registry = registry();
		timer(registry, new TimerKey(request.getMethod(), status, outcome, operation, error)).record(nanos,
				TimeUnit.NANOSECONDS);
		if (trace.cost >= 0) {
			DistributionSummary.builder("accords.graphql.query.cost")
				.description("Computed cost of each GraphQL operation analysed")
				.serviceLevelObjectives(COST_BUCKETS)
				.register(registry)
				.record(trace.cost);
		}
		// field names from the Elastic Common Schema where it has one; the document and
		// its variables are never logged
		LoggingEventBuilder line = access.atInfo()
			.addKeyValue("http.request.id", trace.id)
			.addKeyValue("http.request.method", request.getMethod())
			.addKeyValue("http.response.status_code", status)
			.addKeyValue("url.path", request.getRequestURI())
			.addKeyValue("graphql.operation.name", operation)
			.addKeyValue("graphql.cost", trace.cost)
			.addKeyValue("graphql.cache", outcome)
			.addKeyValue("event.duration", nanos)
			.addKeyValue("client.address", address);
		if (trace.partner != null) {
			line = line.addKeyValue("client.user.name", trace.partner);
		}
		if (trace.errorCode != null) {
			line = line.addKeyValue("error.code", trace.errorCode);
		}
		line.log("{} {} {} {} operation={} cost={} error={} {}ms client={}", request.getMethod(),
				request.getRequestURI(), status, outcome, operation, trace.cost, error,
				TimeUnit.NANOSECONDS.toMillis(nanos), client);
	}

	/**
	 * The request timer of these labels: the one found before, else registered. Building
	 * it (six tags sorted into a new id) and looking it up in the registry for every
	 * request was most of the access line's allocation. At most {@link #TIMERS} are
	 * remembered (the labels of the operation names seen); the others are looked up.
	 */
	private Timer timer(MeterRegistry registry, TimerKey key) {
		Timer timer = this.timers.get(key);
		if (timer != null) {
			return timer;
		}
		timer = Timer.builder("accords.graphql.http.requests")
			.description(
					"GraphQL requests over HTTP by outcome: executed, served from the response cache, 304, refused")
			.tag("route", this.graphQlPath)
			.tag("method", key.method())
			.tag("status", Integer.toString(key.status()))
			.tag("cache", key.outcome())
			.tag("operation", key.operation())
			.tag("error", key.error())
			.register(registry);
		if (this.timers.size() < TIMERS) {
			this.timers.put(key, timer);
		}
		return timer;
	}

	/** The labels of a request timer, less the route (always the GraphQL path). */
	private record TimerKey(String method, int status, String outcome, String operation, String error) {
	}

	private MeterRegistry registry() {
		MeterRegistry registry = this.registry;
		if (registry == null) {
			registry = this.registries.getIfAvailable(() -> Metrics.globalRegistry);
			this.registry = registry;
		}
		return registry;
	}

	/**
	 * {@link #anonymize}'s network of an address, remembered for the last address seen:
	 * parsing and printing it again for each request of the same caller (or proxy) cost
	 * more than the rest of the line.
	 */
	String network(@Nullable String address) {
		Network last = this.lastNetwork;
		if (last != null && last.address().equals(address)) {
			return last.network();
		}
		String network = anonymize(address);
		if (address != null) {
			this.lastNetwork = new Network(address, network);
		}
		return network;
	}

	/** An address and its network, as {@link #anonymize} gives it. */
	private record Network(String address, String network) {
	}

	/**
	 * An address with its host part dropped: IPv4 to its /24, IPv6 to its /48, enough to
	 * tell networks apart in the logs and not enough to name a reader.
	 */
	static String anonymize(@Nullable String address) {
		if (address == null || address.isEmpty()) {
			return "unknown";
		}
		try {
			// an address literal, as the servlet container gives it: no name lookup
			InetAddress parsed = InetAddress.getByName(address);
			byte[] bytes = parsed.getAddress();
			boolean v4 = parsed instanceof Inet4Address;
			int keep = v4 ? 3 : 6;
			byte[] masked = Arrays.copyOf(Arrays.copyOf(bytes, keep), bytes.length);
			return InetAddress.getByAddress(masked).getHostAddress() + (v4 ? "/24" : "/48");
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}

}
