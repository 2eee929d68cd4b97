package org.accords.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.accords.QuickTier;
import org.accords.page.PageSeed;
import org.accords.paging.NodeId;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks: a receiver in the test (on loopback, so private receivers are allowed here)
 * gets every new version, signed; it fails its first two deliveries and the third attempt
 * succeeds. Loopback, private and link-local receivers are refused by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.webhooks.allow-private=true", "accords.webhooks.initial-backoff=100ms",
				"accords.webhooks.timeout=2m",
				"accords.webhooks.partners.newsroom.secret=test-secret-of-the-newsroom" })
@Tag(QuickTier.STARTS_APPLICATION)
class WebhookTests extends PageSeed {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String SECRET = "test-secret-of-the-newsroom";

	static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

	/**
	 * What the receiver got: the signature header, the body and the status it answered.
	 */
	record Received(String signature, String event, byte[] body, int status) {
	}

	static final List<Received> received = new CopyOnWriteArrayList<>();

	static final AtomicInteger requests = new AtomicInteger();

	/** The upgrade headers each delivery came with ("" when it had none). */
	static final List<String> upgrades = new CopyOnWriteArrayList<>();

	static final HttpServer receiver = start();

	static HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/hooks/accords", (exchange) -> {
				byte[] body = exchange.getRequestBody().readAllBytes();
				upgrades.add(String.join(" ", exchange.getRequestHeaders().getOrDefault("Upgrade", List.of()))
						+ String.join(" ", exchange.getRequestHeaders().getOrDefault("HTTP2-Settings", List.of())));
				// the first two deliveries fail, as a receiver that is briefly down
				int status = (requests.incrementAndGet() <= 2) ? 503 : 204;
				received.add(new Received(exchange.getRequestHeaders().getFirst("X-Accords-Signature"),
						exchange.getRequestHeaders().getFirst("X-Accords-Event"), body, status));
				if (status == 204) {
					newsroomDelivered.countDown();
				}
				exchange.sendResponseHeaders(status, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Opened once the newsroom got a delivery through (its third attempt). */
	static final CountDownLatch newsroomDelivered = new CountDownLatch(1);

	/**
	 * Whether the newsroom had got its delivery through when the slow receiver answered
	 * its first; null until it answers.
	 */
	static final AtomicReference<Boolean> slowAnsweredAfterNewsroom = new AtomicReference<>();

	/**
	 * A second partner, on its own server, that answers only once the newsroom got its
	 * delivery through, or after a minute (the deliveries' timeout is longer): had its
	 * delivery held up the newsroom's, it would answer before the newsroom got one.
	 */
	static final HttpServer slowReceiver = startSlow();

	static HttpServer startSlow() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
			server.createContext("/hooks/slow", (exchange) -> {
				exchange.getRequestBody().readAllBytes();
				boolean after;
				try {
					after = newsroomDelivered.await(1, TimeUnit.MINUTES);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					after = false;
				}
				slowAnsweredAfterNewsroom.compareAndSet(null, after);
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void receiverUrl(DynamicPropertyRegistry registry) {
		registry.add("accords.webhooks.partners.newsroom.url",
				() -> "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/accords");
		registry.add("accords.webhooks.partners.slow.url",
				() -> "http://127.0.0.1:" + slowReceiver.getAddress().getPort() + "/hooks/slow");
		registry.add("accords.webhooks.partners.slow.secret", () -> "another-secret-for-the-slow-one");
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop(0);
		slowReceiver.stop(0);
	}

	@Autowired
	SeedLoader loader;

	static boolean signedCorrectly(Received delivery) {
		Matcher matcher = SIGNATURE.matcher(delivery.signature());
		if (!matcher.matches()) {
			return false;
		}
		long t = Long.parseLong(matcher.group(1));
		String expected = WebhookSignature.hmac(SECRET, t, delivery.body());
		return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				matcher.group(2).getBytes(StandardCharsets.US_ASCII))
				&& Math.abs(Instant.now().getEpochSecond() - t) < 300;
	}

	static List<Received> awaitDeliveries(int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (received.stream().filter((r) -> r.status() == 204).count() < count && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		return List.copyOf(received);
	}

	@Test
	void everyVersionIsPostedSignedAndRetriedAfterTheReceiverFailsTwice() throws Exception {
		List<Received> startup = awaitDeliveries(1);
		assertThat(startup).extracting(Received::status).startsWith(503, 503, 204);
		assertThat(startup).allSatisfy((delivery) -> {
			assertThat(signedCorrectly(delivery)).as(delivery.signature()).isTrue();
			assertThat(delivery.event()).isEqualTo("dataset.published");
		});
		assertThat(startup.get(0).body()).as("a retry sends the same summary").isEqualTo(startup.get(2).body());
		// the slow partner, sent the same version at the same time, held up neither the
		// newsroom's first attempt nor its two retries
		assertThat(slowAnsweredAfterNewsroom.get())
			.as("the slow partner answered after the newsroom's delivery (null: not yet)")
			.isNotEqualTo(Boolean.FALSE);
		String first = JSON.readTree(startup.get(2).body()).get("version").asString();

		Path folder = Files.createTempDirectory(Path.of("target"), "webhook-seed");
		this.loader.load(org.accords.feed.SecondVersionAccess.of(PageSeed.prepareFolder(), folder));
		List<Received> all = awaitDeliveries(2);
		Received second = all.get(all.size() - 1);
		assertThat(second.status()).isEqualTo(204);
		assertThat(signedCorrectly(second)).isTrue();
		JsonNode body = JSON.readTree(second.body());
		assertThat(body.get("event").asString()).isEqualTo("dataset.published");
		assertThat(body.get("previousVersion").asString()).isEqualTo(first);
		assertThat(body.get("title").asString())
			.startsWith("1 new statement, 1 changed statement, 1 removed commitment");
		assertThat(body.get("entities").findValuesAsString("id")).contains(NodeId.of("Commitment", "fi-funds-half"));
		assertThat(body.get("changes").asString()).isEqualTo(PUBLIC_URL + "/data/changes.json");
	}

	@Test
	void deliveriesSpeakHttp11WithoutAskingToUpgrade() throws Exception {
		awaitDeliveries(1);
		assertThat(upgrades).isNotEmpty().allSatisfy((upgrade) -> assertThat(upgrade).isEmpty());
	}

	@Test
	void aTamperedBodyOrAnotherSecretFailsVerification() {
		byte[] body = "{\"version\":\"x\"}".getBytes(StandardCharsets.UTF_8);
		long t = Instant.now().getEpochSecond();
		String header = WebhookSignature.header(SECRET, t, body);
		assertThat(signedCorrectly(new Received(header, "dataset.published", body, 204))).isTrue();
		assertThat(signedCorrectly(
				new Received(header, "dataset.published", "{\"version\":\"y\"}".getBytes(StandardCharsets.UTF_8), 204)))
			.isFalse();
		assertThat(signedCorrectly(new Received(WebhookSignature.header("another-secret-entirely", t, body),
				"dataset.published", body, 204)))
			.isFalse();
	}

	@Test
	void loopbackPrivateAndLinkLocalReceiversAreRefusedByDefault() {
		for (String url : new String[] { "http://127.0.0.1/hook", "http://localhost:8080/hook", "http://10.1.2.3/hook",
				"http://192.168.0.10/hook", "http://172.16.5.5/hook", "http://169.254.169.254/latest/meta-data",
				"http://[::1]/hook", "http://[fd00::1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://0.0.0.0/hook",
				"http://100.64.0.1/hook" }) {
			assertThatThrownBy(() -> WebhookTargets.check(URI.create(url), false)).as(url)
				.isInstanceOf(WebhookTargets.RefusedTargetException.class)
				.hasMessageContaining("accords.webhooks.allow-private");
		}
		WebhookTargets.check(URI.create("https://93.184.215.14/hook"), false);
		WebhookTargets.check(URI.create("http://127.0.0.1/hook"), true);
		assertThatThrownBy(() -> WebhookTargets.check(URI.create("file:///etc/passwd"), true))
			.isInstanceOf(WebhookTargets.RefusedTargetException.class);
	}

}
