import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reruns one attack of issue 9 against a running Accords on loopback while a bystander (a
 * partner key, so the attacker's budget is not the bystander's) asks `{ dataset { version } }`
 * and a small page of statements every 200 ms. Heap after a full GC (jcmd GC.run, then
 * GC.heap_info) is taken before and after. Every attack is bounded by a request count and a
 * time. Prints one Markdown table row.
 *
 * Usage: java bench/AttackRerun.java BASE PID ATTACK TIMEOUT_SECONDS BYSTANDER_KEY LABEL
 */
public class AttackRerun {

	static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newFixedThreadPool(24))
		.build();

	static String base;

	static final Random random = new Random(9);

	public static void main(String[] args) throws Exception {
		base = args[0];
		String host = URI.create(base).getHost();
		if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
			throw new IllegalArgumentException("only loopback is a target: " + base);
		}
		long pid = Long.parseLong(args[1]);
		String attack = args[2];
		int timeoutSeconds = Integer.parseInt(args[3]);
		String key = args[4];
		String label = args[5];
		int maxSeconds = Integer.parseInt(System.getenv().getOrDefault("ATTACK_SECONDS", "60"));

		double heapBefore = heapAfterGc(pid);
		Bystander bystander = new Bystander(key);
		bystander.start();
		Thread.sleep(1000);
		Attack result = switch (attack) {
			// 1. the deep nested query from the issue, then deeper paged variants of it
			case "deep" -> run(8, 400, maxSeconds, i -> json(DEEP[i % DEEP.length], null));
			// 1. the costliest admitted nested query found (cost 20,000, ~810 KB), a different page each time
			case "deep-admitted" -> {
				String first = firstCursor("statements");
				yield run(8, 2_000, maxSeconds,
						i -> json("{ statements(first:66, after:\"" + cursorAt(first, i * 66 % 19_900)
								+ "\") { edges { node { agreement { statements(first:100) { text } } } } } }", null));
			}
			// 3. unique random 95 KB search terms (refused by length now)
			case "long-terms" -> run(8, 850, maxSeconds, i -> json(SEARCH, term(95_000)));
			// 3. the longest allowed term, unique: 200 random characters, to fill the caches
			case "allowed-terms" -> run(8, 20_000, maxSeconds, i -> json(SEARCH, term(200)));
			// 4. unique ~99 KB persisted-query documents with a matching hash (refused by size)
			case "persisted-large" -> run(8, 5_000, maxSeconds, i -> persisted(99_000));
			// 4. unique persisted documents just under the document limit: admitted and stored
			case "persisted-allowed" -> run(8, 5_000, maxSeconds, i -> persisted(19_900));
			// 5. the repeated-character term (refused), then the worst allowed ones: one letter repeated
			// 100 to 200 times, every term different (2,626 of them) so that no cache answers
			case "repeated-long" -> run(8, 400, maxSeconds, i -> json(SEARCH, "q".repeat(95_000)));
			case "repeated-allowed" -> run(8, 2_626, maxSeconds,
					i -> json(SEARCH, String.valueOf((char) ('a' + i % 26)).repeat(200 - (i / 26) % 101)));
			default -> throw new IllegalArgumentException("unknown attack " + attack);
		};
		long ticks = cpuTicks(pid);
		Thread.sleep(2000);
		// CPU of the server in the 2 s after the attack's last answer (the bystander's light
		// questions included), in % of one core: cancelled work still running shows here
		double cpuAfter = (cpuTicks(pid) - ticks) / 100.0 / 2 * 100;
		bystander.stop();
		boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		String health = alive ? health() : "dead";
		double heapAfter = alive ? heapAfterGc(pid) : Double.NaN;
		long limitMs = timeoutSeconds * 1000L + 1000;
		boolean pass = alive && bystander.maxMs() <= limitMs && bystander.failures.get() == 0
				&& "200".equals(health);
		double heapChange = (heapAfter - heapBefore) / heapBefore * 100;
		System.out.printf(
				"| %s | %s | %d in %.1f s; %s%s | %.0f%% | %d | %d | %d | %d | %s | %.1f | %.1f | %+.0f%% | %s | %s |%n",
				label, attack, result.sent.get(), result.seconds, result.statuses(),
				result.timeoutMs.get() > 0 ? "; slowest TIMEOUT answer " + result.timeoutMs.get() + " ms" : "", cpuAfter,
				bystander.count(),
				bystander.percentile(99), bystander.maxMs(), bystander.failures.get(), bystander.failureText(),
				heapBefore, heapAfter, heapChange, alive ? "yes, health " + health : "NO", pass ? "yes" : "NO");
		System.exit(0);
	}

	static final String SEARCH = "query($t: String!) { search(text: $t) { totalCount } }";

	static final String[] DEEP = {
			"{ agreements(first:10) { edges { node { statements { agreement { statements { agreement { statements { text } } } } } } } } }",
			"{ agreements(first:1) { edges { node { statements { agreement { statements { text } } } } } } }",
			"{ agreements(first:1) { edges { node { statements(first:100) { agreement { statements(first:100) { text } } } } } } }",
			"{ agreements(first:100) { edges { node { statements(first:100) { text speaker { statements(first:100) { text } } } } } } }",
			"{ people(first:100) { edges { node { statements(first:100) { agreement { statements(first:100) { text } } } } } } }" };

	static String term(int length) {
		StringBuilder b = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			b.append((char) ('a' + random.nextInt(26)));
		}
		return b.toString();
	}

	static String json(String query, String term) {
		String q = query.replace("\"", "\\\"");
		return term == null ? "{\"query\":\"" + q + "\"}"
				: "{\"query\":\"" + q + "\",\"variables\":{\"t\":\"" + term + "\"}}";
	}

	/**
	 * The server's cursor of the first item of {@code field}: its stamps (version, list)
	 * are what {@link #cursorAt} keeps; the bare offset:N form is refused.
	 */
	static String firstCursor(String field) throws Exception {
		HttpResponse<String> r = http.send(
				request("/graphql", json("{ " + field + "(first: 1) { pageInfo { endCursor } } }", null), null, 30),
				HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("\"endCursor\":\"([A-Za-z0-9_-]+)\"").matcher(r.body());
		if (!m.find()) {
			throw new IllegalStateException("no cursor in " + r.body());
		}
		return m.group(1);
	}

	/** {@code cursor} with its offset's digits replaced by {@code offset}'s. */
	static String cursorAt(String cursor, int offset) {
		String stamps = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1)
			.replaceAll("[0-9]+$", "");
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((stamps + offset).getBytes(StandardCharsets.ISO_8859_1));
	}

	static String persisted(int length) {
		String document = "{ __typename }\n#" + term(length - 16);
		try {
			String hash = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
			return "{\"query\":\"" + document.replace("\n", "\\n")
					+ "\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}}";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static final class Attack {

		final AtomicInteger sent = new AtomicInteger();

		final Map<String, AtomicInteger> status = new ConcurrentHashMap<>();

		double seconds;

		final AtomicLong timeoutMs = new AtomicLong();

		String statuses() {
			List<String> parts = new ArrayList<>();
			status.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach(e -> parts.add(e.getValue().get() + " × " + e.getKey()));
			return String.join(", ", parts);
		}

	}

	/** Sends bodies from {@code threads} attackers, at most {@code count} in all and for at most {@code seconds}. */
	static Attack run(int threads, int count, int seconds, IntFunction<String> body) throws Exception {
		Attack attack = new Attack();
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int t = 0; t < threads; t++) {
			pool.submit(() -> {
				int i;
				while ((i = attack.sent.getAndIncrement()) < count && System.nanoTime() < end) {
					String b;
					synchronized (random) {
						b = body.apply(i);
					}
					String outcome;
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> r = http.send(request("/graphql", b, null, seconds + 30),
								HttpResponse.BodyHandlers.ofString());
						outcome = r.statusCode() + code(r.body());
					}
					catch (Exception ex) {
						outcome = ex.getClass().getSimpleName();
					}
					if (outcome.contains("TIMEOUT")) {
						attack.timeoutMs.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
					}
					attack.status.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
		attack.sent.set(attack.status.values().stream().mapToInt(AtomicInteger::get).sum());
		attack.seconds = (System.nanoTime() - start) / 1e9;
		return attack;
	}

	static final Pattern CODE = Pattern.compile("\"(?:code|classification)\"\\s*:\\s*\"([A-Z_]+)\"");

	static String code(String body) {
		Matcher m = CODE.matcher(body);
		return m.find() ? " " + m.group(1) : "";
	}

	static HttpRequest request(String path, String body, String key, int timeoutSeconds) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(timeoutSeconds))
			.header("Content-Type", "application/json");
		if (key != null) {
			b.header("X-API-Key", key);
		}
		return b.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	static String health() {
		try {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
			return String.valueOf(r.statusCode());
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName();
		}
	}

	/** User and system CPU of a process in clock ticks (100 a second on Linux). */
	static long cpuTicks(long pid) {
		try {
			String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(f[11]) + Long.parseLong(f[12]);
		}
		catch (Exception ex) {
			return 0;
		}
	}

	static final Pattern USED = Pattern.compile("used (\\d+)K");

	/** Heap in MB after a full GC, as jcmd reports it. */
	static double heapAfterGc(long pid) throws Exception {
		jcmd(pid, "GC.run");
		String info = jcmd(pid, "GC.heap_info");
		Matcher m = USED.matcher(info);
		if (!m.find()) {
			throw new IllegalStateException("no heap figure in: " + info);
		}
		return Long.parseLong(m.group(1)) / 1024.0;
	}

	static String jcmd(long pid, String command) throws Exception {
		Process p = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor(120, TimeUnit.SECONDS);
		return out;
	}

	/** Asks a small question every 200 ms (without waiting for the previous answer); records latencies. */
	static final class Bystander {

		static final String[] QUERIES = { json("{ dataset { version } }", null),
				json("{ statements(first: 5) { edges { node { id text } } } }", null) };

		final String key;

		final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

		final AtomicInteger failures = new AtomicInteger();

		final Map<String, AtomicInteger> failureKinds = new ConcurrentHashMap<>();

		final AtomicInteger inFlight = new AtomicInteger();

		final AtomicLong ticks = new AtomicLong();

		final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

		Bystander(String key) {
			this.key = key;
		}

		void start() {
			timer.scheduleAtFixedRate(this::ask, 0, 200, TimeUnit.MILLISECONDS);
		}

		void ask() {
			long t0 = System.nanoTime();
			inFlight.incrementAndGet();
			http.sendAsync(request("/graphql", QUERIES[(int) (ticks.getAndIncrement() % 2)], key, 120),
					HttpResponse.BodyHandlers.ofString())
				.whenComplete((r, ex) -> {
					latencies.add((System.nanoTime() - t0) / 1_000_000);
					String kind = ex != null ? ex.getClass().getSimpleName()
							: r.statusCode() != 200 || r.body().contains("\"errors\"") ? r.statusCode() + code(r.body())
									: null;
					if (kind != null) {
						failures.incrementAndGet();
						failureKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
					}
					inFlight.decrementAndGet();
				});
		}

		void stop() throws InterruptedException {
			timer.shutdown();
			for (int i = 0; i < 1300 && inFlight.get() > 0; i++) {
				Thread.sleep(100);
			}
		}

		int count() {
			return latencies.size();
		}

		long percentile(int p) {
			List<Long> sorted;
			synchronized (latencies) {
				sorted = new ArrayList<>(latencies);
			}
			if (sorted.isEmpty()) {
				return -1;
			}
			Collections.sort(sorted);
			return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
		}

		long maxMs() {
			return percentile(100) + (inFlight.get() > 0 ? 1_000_000 : 0);
		}

		String failureText() {
			if (failureKinds.isEmpty()) {
				return inFlight.get() > 0 ? inFlight.get() + " unanswered" : "—";
			}
			List<String> parts = new ArrayList<>();
			failureKinds.forEach((k, v) -> parts.add(v.get() + " × " + k));
			return String.join(", ", parts) + (inFlight.get() > 0 ? "; " + inFlight.get() + " unanswered" : "");
		}

	}

}
