package org.accords.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.accords.AccordsProperties;
import org.accords.publish.DatasetPublished;
import org.accords.feed.Changes;
import org.accords.feed.VersionSummary;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells each configured partner of every new dataset version: a signed POST of the
 * version's change summary, retried with exponential backoff until it is answered with a
 * 2xx or the retry time is spent. Each outcome is logged and counted
 * ({@code accords.webhook.deliveries} by partner and outcome).
 */
@Component
class WebhookDispatcher implements DisposableBean {

	private static final Log logger = LogFactory.getLog(WebhookDispatcher.class);

	/** Value of {@code X-Accords-Event}. */
	static final String EVENT = "dataset.published";

	/**
	 * Made at the first delivery, as {@link #http()} is: most instances have no partners,
	 * and a start need not look up every module on the class path for them.
	 */
	private static final class Json {

		static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

	}

	private final Changes changes;

	private final AccordsProperties.Webhooks settings;

	private final String publicUrl;

	private final ObjectProvider<MeterRegistry> meters;

	private final Clock clock = Clock.systemUTC();

	/**
	 * Made at the first delivery ({@link #http()}); only the delivery thread
	 * ({@code executor}) touches it.
	 */
	private @Nullable HttpClient http;

	private final ScheduledExecutorService executor;

	WebhookDispatcher(Changes changes, AccordsProperties properties, ObjectProvider<MeterRegistry> meters) {
		this.changes = changes;
		this.settings = properties.webhooks();
		this.publicUrl = properties.publicUrl();
		// resolved when counting: asking for the registry here would create it too early
		this.meters = meters;
		this.settings.partners().forEach((name, webhook) -> {
			// a bad setting stops startup, naming it, instead of failing every delivery
			URI url;
			try {
				url = URI.create(webhook.url());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"accords.webhooks.partners." + name + ".url is not a URL: " + webhook.url());
			}
			if (!("https".equals(url.getScheme()) || "http".equals(url.getScheme())) || url.getHost() == null) {
				throw new IllegalArgumentException("accords.webhooks.partners." + name
						+ ".url must be an http or https URL with a host, not " + webhook.url());
			}
			if (webhook.secret() == null || webhook.secret().length() < 16) {
				throw new IllegalArgumentException("accords.webhooks.partners." + name
						+ ".secret must be at least 16 characters (it keys the HMAC signature)");
			}
		});
		this.executor = Executors.newScheduledThreadPool(1, (task) -> {
			Thread thread = new Thread(task, "accords-webhooks");
			thread.setDaemon(true);
			return thread;
		});
	}

	@EventListener
	void published(DatasetPublished event) {
		if (this.settings.partners().isEmpty()) {
			return;
		}
		// off the publishing thread: a slow receiver must not hold up a load
		this.executor.execute(() -> {
			byte[] body;
			try {
				body = body(event.version());
			}
			catch (RuntimeException ex) {
				logger.error("Webhooks: cannot build the summary of version " + event.version(), ex);
				return;
			}
			Instant giveUpAt = Instant.now(this.clock).plus(this.settings.retryFor());
			this.settings.partners()
				.forEach((name, webhook) -> attempt(
						new Delivery(name, webhook, event.version(), body, UUID.randomUUID().toString(), giveUpAt), 1));
		});
	}

	byte[] body(String version) {
		VersionSummary summary = this.changes.summary(version);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event", EVENT);
		body.put("version", version);
		if (summary != null) {
			body.put("previousVersion", summary.previousVersion());
			body.put("publishedAt", summary.publishedAt().toString());
			body.put("title", summary.title());
			body.put("collections", summary.collections());
			body.put("entities", summary.entities());
			body.put("more", summary.more());
		}
		body.put("changes", this.publicUrl + "/data/changes.json");
		body.put("graphql", this.publicUrl + "/graphql");
		return Json.MAPPER.writeValueAsBytes(body);
	}

	private record Delivery(String partner, AccordsProperties.Webhook webhook, String version, byte[] body, String id,
			Instant giveUpAt) {
	}

	/**
	 * One attempt, sent without blocking: each receiver is waited on by the HTTP client,
	 * so a slow or hanging one (up to {@code accords.webhooks.timeout}) holds up neither
	 * the other receivers nor the retries.
	 */
	private void attempt(Delivery delivery, int attempt) {
		HttpRequest request;
		try {
			URI url = URI.create(delivery.webhook().url());
			WebhookTargets.check(url, this.settings.allowPrivate());
			long now = Instant.now(this.clock).getEpochSecond();
			request = HttpRequest.newBuilder(url)
				.timeout(this.settings.timeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", "Accords-Webhooks")
				.header("X-Accords-Event", EVENT)
				.header("X-Accords-Delivery", delivery.id())
				.header(WebhookSignature.HEADER,
						WebhookSignature.header(delivery.webhook().secret(), now, delivery.body()))
				.POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
				.build();
		}
		catch (WebhookTargets.RefusedTargetException ex) {
			logger.error("Webhook " + delivery.partner() + ": refused, not sent: " + ex.getMessage());
			count(delivery.partner(), "refused");
			return;
		}
		catch (RuntimeException ex) {
			failed(delivery, attempt, describe(ex));
			return;
		}
		http().sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, ex) -> {
			if (ex != null) {
				failed(delivery, attempt, describe((ex.getCause() != null) ? ex.getCause() : ex));
			}
			else if (response.statusCode() / 100 == 2) {
				logger.info("Webhook " + delivery.partner() + ": version " + delivery.version() + " delivered (attempt "
						+ attempt + ", HTTP " + response.statusCode() + ", delivery " + delivery.id() + ")");
				count(delivery.partner(), "delivered");
			}
			else {
				failed(delivery, attempt, "HTTP " + response.statusCode());
			}
		});
	}

	private static String describe(Throwable ex) {
		return ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	/** Counts a failed attempt and schedules the next, unless the retry time is spent. */
	private void failed(Delivery delivery, int attempt, String outcome) {
		count(delivery.partner(), "failed");
		Duration wait = backoff(attempt);
		if (Instant.now(this.clock).plus(wait).isAfter(delivery.giveUpAt())) {
			logger.error("Webhook " + delivery.partner() + ": version " + delivery.version() + " not delivered, gave up"
					+ " after " + attempt + " attempts (last: " + outcome + ", delivery " + delivery.id() + ")");
			count(delivery.partner(), "gave_up");
			return;
		}
		logger.warn("Webhook " + delivery.partner() + ": version " + delivery.version() + " attempt " + attempt
				+ " failed (" + outcome + "); retrying in " + wait.toMillis() + " ms");
		try {
			this.executor.schedule(() -> attempt(delivery, attempt + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			// shutting down: retries held in memory end with the instance
			logger.warn("Webhook " + delivery.partner() + ": version " + delivery.version()
					+ " not retried, the application is stopping");
		}
	}

	/**
	 * The wait after the given failed attempt: the initial backoff, doubled each time.
	 */
	Duration backoff(int attempt) {
		long factor = 1L << Math.min(attempt - 1, 20);
		Duration wait = this.settings.initialBackoff().multipliedBy(factor);
		Duration cap = Duration.ofMinutes(10);
		return (wait.compareTo(cap) > 0) ? cap : wait;
	}

	private void count(String partner, String outcome) {
		MeterRegistry registry = this.meters.getIfAvailable();
		if (registry != null) {
			registry.counter("accords.webhook.deliveries", "partner", partner, "outcome", outcome).increment();
		}
	}

	/**
	 * The client deliveries are sent with, made at the first: setting up its TLS (the
	 * trust store) cost every start some 0.1 s of CPU, and most instances have no
	 * partners. It never follows redirects: a receiver could redirect to a private
	 * address. It speaks HTTP/1.1 only: the default would, on plain http, ask every
	 * receiver to upgrade ({@code Upgrade: h2c}, {@code HTTP2-Settings}), which picky
	 * receivers refuse.
	 */
	private HttpClient http() {
		HttpClient client = this.http;
		if (client == null) {
			client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(this.settings.timeout())
				.build();
			this.http = client;
		}
		return client;
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
