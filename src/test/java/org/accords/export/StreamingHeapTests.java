package org.accords.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.AccordsApplication;
import org.accords.QuickTier;
import org.accords.synthetic.SyntheticCorpus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports stream: a separate JVM with a small heap serves a large synthetic corpus from
 * the embedded file store and sends every row, and a client that hangs up mid-download
 * leaves the server well. One JVM loads the corpus (loading needs the whole dataset in
 * memory), another with {@value #HEAP} of heap serves it, as a second instance would.
 * That heap cannot hold the export whole: the {@value #STATEMENTS} statements' documents
 * alone take about 100 MB of heap, and the server holds some 63 MB before the first
 * request (both measured after a full collection). {@code bench/export-heap.sh} does the
 * same for 100k statements. The work is in those JVMs (their output goes to files), so
 * the class runs beside the other test classes.
 */
@Execution(ExecutionMode.CONCURRENT)
@Tag(QuickTier.STARTS_APPLICATION)
class StreamingHeapTests {

	static final int STATEMENTS = 25_000;

	static final String HEAP = "-Xmx128m";

	/** The line of the server's log that names the port it took. */
	static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	/**
	 * How long a step may take before the test fails as hung: the load, the server's
	 * start and the hang-up's notice. These waits time nothing; on a quiet machine each
	 * takes seconds, but on a machine busy with other builds (load average about 20 on 2
	 * cores) the load took over 180 s and a start 45 s, and a test must not fail by
	 * chance. A hang still fails, later.
	 */
	static final Duration HUNG = Duration.ofMinutes(15);

	@TempDir
	Path folder;

	@Test
	void largeCsvDownloadsWholeInASmallHeapAndAHangUpEndsTheStream() throws Exception {
		Path corpus = this.folder.resolve("corpus");
		SyntheticCorpus.write(corpus, STATEMENTS, 42);
		Path store = this.folder.resolve("store/accords.mv");
		// the loader is not what this measures: the quick compiler only spends about a
		// third less CPU on the load, and the serial collector less again; it loads
		// without a web server, and ends when the dataset is published
		Process loader = start(Loader.class, corpus, store,
				List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
				"--accords.seed.load-on-startup=true");
		try {
			if (!loader.waitFor(HUNG.toSeconds(), TimeUnit.SECONDS)) {
				throw new AssertionError("the corpus was not loaded within " + HUNG.toMinutes()
						+ " minutes (hung?); the loader's log ends:\n" + logTail());
			}
			if (loader.exitValue() != 0) {
				throw new AssertionError("the loader failed; its log ends:\n" + logTail());
			}
		}
		finally {
			stop(loader);
		}
		// (start gives every server a 10 min store socket timeout: given twice, a setting
		// binds as "10m,10m" and startup fails)
		// the quick compiler only (no escape analysis: if anything, more garbage for the
		// same heap) spends far less CPU starting it on 2 cores; with 96 MB and the
		// default collector the server spent most of the download collecting (some 1,700
		// pauses, 28 s of CPU), with 128 MB and the serial collector 18 s; and of the
		// same 128 MB, a young generation of 16 MB (the rest old, for the 70-80 MB the
		// server keeps) took 12 full collections where the default third young took 28,
		// and the server a tenth less CPU: the bound, and so what this proves, is the
		// same maximum heap
		Process server = start(AccordsApplication.class, corpus, store,
				List.of(HEAP, "-Xms128m", "-Xmn16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
				"--accords.seed.load-on-startup=false", "--logging.level.org.accords.export=debug");
		try {
			int port = awaitReady(server);
			hangUpAfterTheFirstBytes(port);
			HttpResponse<InputStream> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/data/statements.csv")).build(),
						HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			long records;
			try (CSVParser parser = CSVFormat.RFC4180
				.parse(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				records = parser.stream().count();
			}
			assertThat(records).isEqualTo(STATEMENTS + 1);
			assertThat(server.isAlive()).isTrue();
		}
		finally {
			stop(server);
		}
		String log = Files.readString(this.folder.resolve("server.log"));
		assertThat(log).contains("Download ended early").doesNotContain("OutOfMemoryError");
	}

	/**
	 * Reads a little of a large download, closes the connection, and waits until the
	 * server says it ended the download.
	 */
	private void hangUpAfterTheFirstBytes(int port) throws IOException, InterruptedException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /data/statements.ndjson HTTP/1.1\r\nHost: localhost\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(socket.getInputStream().readNBytes(16 * 1024)).hasSize(16 * 1024);
		}
		// the server notices on its next writes
		Path log = this.folder.resolve("server.log");
		long deadline = System.nanoTime() + HUNG.toNanos();
		while (!new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains("Download ended early")) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the hang-up was not noticed within " + HUNG.toMinutes()
						+ " minutes; the log ends:\n" + logTail());
			}
			Thread.sleep(50);
		}
	}

	/**
	 * Loads the corpus into the store, as the application does at startup, and ends once
	 * the version is published.
	 */
	static final class Loader {

		public static void main(String[] args) {
			new SpringApplicationBuilder(AccordsApplication.class).web(WebApplicationType.NONE).run(args).close();
			// whatever threads a library leaves behind, the load is done
			System.exit(0);
		}

	}

	/**
	 * Starts a JVM of its own: on a port it picks (a free port picked here was free no
	 * longer, now and then, by the time the server bound it after the minute of loading:
	 * the test JVM and others on the machine open listeners all the while).
	 */
	private Process start(Class<?> main, Path corpus, Path store, List<String> jvm, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvm);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), "--server.port=0",
				"--accords.seed.location=" + corpus.toUri(), "--accords.store.embedded-path=" + store,
				"--accords.export.measure-sizes=false", "--spring.main.banner-mode=off",
				// the search index is not what this measures: only the download streams
				"--accords.dataset.search-warm-up=false",
				// nor the store's latency: on a loaded machine the embedded store's
				// reply to the ids of every statement took over the 5 s default (a read
				// timeout, no OutOfMemoryError), as in bench/run.sh; 10 min, so that only
				// a hung reply fails
				"--accords.store.socket-timeout=10m",
				// nor the budget: the hang-up and the whole file are two downloads of a
				// collection that costs more than the anonymous budget of a minute
				"--accords.rate-limit.exempt-loopback=true"));
		command.addAll(List.of(arguments));
		String log = jvm.contains(HEAP) ? "server.log" : "loader.log";
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.folder.resolve(log).toFile())
			.start();
	}

	/** Waits until the server is ready, and returns the port its log says it took. */
	private int awaitReady(Process process) throws InterruptedException, IOException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + HUNG.toNanos();
		int port = -1;
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				// the temporary folder goes with the test: the log's end goes in the
				// failure
				throw new AssertionError("the server stopped while starting; its log ends:\n" + logTail());
			}
			if (port < 0) {
				Matcher started = STARTED
					.matcher(new String(Files.readAllBytes(this.folder.resolve("server.log")), StandardCharsets.UTF_8));
				if (!started.find()) {
					Thread.sleep(250);
					continue;
				}
				port = Integer.parseInt(started.group(1));
			}
			try {
				if (http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return port;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError(
				"not ready within " + HUNG.toMinutes() + " minutes (hung?); its log ends:\n" + logTail());
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	private String logTail() throws IOException {
		StringBuilder tail = new StringBuilder();
		for (String name : List.of("loader.log", "server.log")) {
			Path log = this.folder.resolve(name);
			if (Files.exists(log)) {
				List<String> lines = Files.readAllLines(log);
				tail.append("== ").append(name).append('\n');
				lines.subList(Math.max(0, lines.size() - 40), lines.size())
					.forEach((line) -> tail.append(line).append('\n'));
			}
		}
		return tail.toString();
	}

}
