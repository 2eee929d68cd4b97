package org.accords.export;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.accords.AccordsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken download resumes: a collection's file answers a single byte range (of the gzip
 * bytes when gzip was negotiated) with the same bytes the whole file has there, once its
 * length is measured; {@code If-Range} with another copy's ETag gets the whole file, a
 * range past the end a 416. HEAD says what GET would, ranges included.
 */
@AccordsTest
class DownloadsRangeHttpTests {

	/** Each variant: a path and its request headers. */
	static final List<List<String>> VARIANTS = List.of(List.of("/data/statements.csv"),
			List.of("/data/statements.csv", "Accept-Encoding", "gzip"), List.of("/data/statements.csv?bom=true"),
			List.of("/data/statements.csv?bom=true", "Accept-Encoding", "gzip"), List.of("/data/articles.json"),
			List.of("/data/people.ndjson", "Accept-Encoding", "gzip"),
			List.of("/data/statements", "Accept", "application/json"));

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> send(String method, List<String> variant, String... more) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + variant.get(0)))
			.method(method, HttpRequest.BodyPublishers.noBody());
		List<String> headers = new java.util.ArrayList<>(variant.subList(1, variant.size()));
		headers.addAll(List.of(more));
		if (!headers.isEmpty()) {
			request.headers(headers.toArray(String[]::new));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<byte[]> get(List<String> variant, String... more) throws Exception {
		return send("GET", variant, more);
	}

	/** Ranges need the lengths, measured in the background once the version is seen. */
	@BeforeEach
	void lengthsMeasured() {
		// checked at once and every 10 ms, as long as the loop of 100 ms sleeps it
		// replaces
		await().alias("download sizes measured").until(() -> VARIANTS.stream().allMatch(this::acceptsRanges));
	}

	private boolean acceptsRanges(List<String> variant) {
		try {
			return send("HEAD", variant).headers().firstValue("Accept-Ranges").orElse("").equals("bytes");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theSameBytesEveryTimeAndGzipWithoutATimestamp() throws Exception {
		for (List<String> variant : VARIANTS) {
			assertThat(get(variant).body()).as(variant.toString()).isEqualTo(get(variant).body());
		}
		byte[] gzip = get(VARIANTS.get(1)).body();
		// RFC 1952: MTIME (bytes 4 to 7) is 0, no time stamp
		assertThat(Arrays.copyOfRange(gzip, 0, 8)).containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0);
	}

	@Test
	void aRangeIsThatSliceOfTheWholeBody() throws Exception {
		for (List<String> variant : VARIANTS) {
			HttpResponse<byte[]> whole = get(variant);
			byte[] body = whole.body();
			int total = body.length;
			assertThat(total).as(variant.toString()).isGreaterThan(120);
			String etag = whole.headers().firstValue("ETag").orElseThrow();
			assertThat(whole.statusCode()).isEqualTo(200);
			assertThat(whole.headers().firstValue("Accept-Ranges")).as(variant.toString()).hasValue("bytes");
			Map<String, int[]> ranges = Map.of("bytes=0-99", new int[] { 0, 99 }, "bytes=100-",
					new int[] { 100, total - 1 }, "bytes=-50", new int[] { total - 50, total - 1 }, "bytes=10-10",
					new int[] { 10, 10 }, "bytes=5-999999999", new int[] { 5, total - 1 }, "bytes=-999999",
					new int[] { 0, total - 1 }, "bytes=" + (total - 1) + "-", new int[] { total - 1, total - 1 });
			for (Map.Entry<String, int[]> range : ranges.entrySet()) {
				String as = variant + " " + range.getKey();
				int first = range.getValue()[0];
				int last = range.getValue()[1];
				HttpResponse<byte[]> part = get(variant, "Range", range.getKey());
				assertThat(part.statusCode()).as(as).isEqualTo(206);
				assertThat(part.headers().firstValue("Content-Range")).as(as)
					.hasValue("bytes " + first + "-" + last + "/" + total);
				assertThat(part.headers().firstValue("Content-Length")).as(as)
					.hasValue(String.valueOf(last - first + 1));
				assertThat(part.body()).as(as).isEqualTo(Arrays.copyOfRange(body, first, last + 1));
				assertThat(part.headers().firstValue("ETag")).as(as).hasValue(etag);
				assertThat(part.headers().firstValue("Content-Encoding")).as(as)
					.isEqualTo(whole.headers().firstValue("Content-Encoding"));
				assertThat(part.headers().firstValue("Content-Disposition")).as(as)
					.isEqualTo(whole.headers().firstValue("Content-Disposition"));
				// with If-Range naming this copy: the same part
				HttpResponse<byte[]> resumed = get(variant, "Range", range.getKey(), "If-Range", etag);
				assertThat(resumed.statusCode()).as(as).isEqualTo(206);
				assertThat(resumed.body()).as(as).isEqualTo(part.body());
			}
		}
	}

	@Test
	void ifRangeNamingAnotherCopyGetsTheWholeFile() throws Exception {
		for (List<String> variant : VARIANTS) {
			HttpResponse<byte[]> whole = get(variant);
			String etag = whole.headers().firstValue("ETag").orElseThrow();
			for (String other : List.of("\"older\"", "W/" + etag, etag.substring(0, etag.length() - 1) + "-x\"",
					"Tue, 01 Dec 2026 10:00:00 GMT")) {
				HttpResponse<byte[]> response = get(variant, "Range", "bytes=0-99", "If-Range", other);
				assertThat(response.statusCode()).as(variant + " " + other).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Range")).as(other).isEmpty();
				assertThat(response.body()).as(variant + " " + other).isEqualTo(whole.body());
			}
		}
		// the identity copy's ETag does not name the gzip bytes
		String identityTag = get(VARIANTS.get(0)).headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> gzip = get(VARIANTS.get(1), "Range", "bytes=0-99", "If-Range", identityTag);
		assertThat(gzip.statusCode()).isEqualTo(200);
		assertThat(gzip.body()).isEqualTo(get(VARIANTS.get(1)).body());
	}

	@Test
	void aRangePastTheEndIs416AndSeveralRangesOrOddOnesTheWhole() throws Exception {
		for (List<String> variant : VARIANTS) {
			byte[] body = get(variant).body();
			for (String range : List.of("bytes=" + body.length + "-",
					"bytes=" + (body.length + 10) + "-" + (body.length + 20), "bytes=-0")) {
				HttpResponse<byte[]> response = get(variant, "Range", range);
				assertThat(response.statusCode()).as(variant + " " + range).isEqualTo(416);
				assertThat(response.headers().firstValue("Content-Range")).as(range).hasValue("bytes */" + body.length);
				assertThat(response.body()).as(range).isEmpty();
				assertThat(response.headers().firstValue("Cache-Control")).as(range).hasValue("no-store");
			}
			for (String range : List.of("bytes=0-9,20-29", "bytes=abc", "bytes=9-1", "items=0-9", "bytes=",
					"bytes 0-9")) {
				HttpResponse<byte[]> response = get(variant, "Range", range);
				assertThat(response.statusCode()).as(variant + " " + range).isEqualTo(200);
				assertThat(response.body()).as(variant + " " + range).isEqualTo(body);
			}
		}
	}

	@Test
	void headSaysWhatGetSaysAndIgnoresRange() throws Exception {
		for (List<String> variant : VARIANTS) {
			HttpResponse<byte[]> get = get(variant);
			HttpResponse<byte[]> head = send("HEAD", variant);
			assertThat(head.statusCode()).isEqualTo(200);
			assertThat(head.body()).isEmpty();
			assertThat(comparable(head.headers())).as(variant.toString()).isEqualTo(comparable(get.headers()));
			assertThat(head.headers().firstValue("Accept-Ranges")).hasValue("bytes");
			// the measured length, on both: a progress bar's, and what HEAD says of the
			// file
			assertThat(get.headers().firstValue("Content-Length")).as(variant.toString())
				.hasValue(String.valueOf(get.body().length));
			assertThat(head.headers().firstValue("Content-Length")).as(variant.toString())
				.hasValue(String.valueOf(get.body().length));
			HttpResponse<byte[]> headRange = send("HEAD", variant, "Range", "bytes=0-9");
			assertThat(headRange.statusCode()).isEqualTo(200);
			assertThat(headRange.headers().firstValue("Content-Range")).isEmpty();
		}
	}

	/**
	 * The headers but the date, how the body is delimited and the budget's (a GET is
	 * charged, a HEAD is not: {@link DownloadsRateLimitTests}).
	 */
	static Map<String, List<String>> comparable(HttpHeaders headers) {
		Map<String, List<String>> map = new TreeMap<>(headers.map());
		map.keySet()
			.removeIf((name) -> List
				.of("date", "x-request-id", "content-length", "transfer-encoding", "keep-alive", "connection",
						"ratelimit", "ratelimit-policy")
				.contains(name.toLowerCase(java.util.Locale.ROOT)));
		return map;
	}

	/** What curl -C - does with a file cut short: ask for the rest of that copy. */
	@Test
	void aTruncatedFileResumesToTheSameBytes() throws Exception {
		for (List<String> variant : VARIANTS) {
			HttpResponse<byte[]> whole = get(variant);
			String etag = whole.headers().firstValue("ETag").orElseThrow();
			for (int cut : new int[] { 1, whole.body().length / 3, whole.body().length - 1 }) {
				ByteArrayOutputStream file = new ByteArrayOutputStream();
				file.write(whole.body(), 0, cut);
				HttpResponse<byte[]> rest = get(variant, "Range", "bytes=" + cut + "-", "If-Range", etag);
				assertThat(rest.statusCode()).as(variant + " from " + cut).isEqualTo(206);
				file.write(rest.body());
				assertThat(file.toByteArray()).as(variant + " from " + cut).isEqualTo(whole.body());
			}
		}
	}

	@Test
	void theArchiveIsNotServedInRanges() throws Exception {
		List<String> archive = List.of("/data/all.zip");
		HttpResponse<byte[]> whole = get(archive);
		HttpResponse<byte[]> ranged = get(archive, "Range", "bytes=0-99");
		assertThat(ranged.statusCode()).isEqualTo(200);
		assertThat(ranged.headers().firstValue("Accept-Ranges")).isEmpty();
		assertThat(ranged.body()).hasSameSizeAs(whole.body());
		HttpResponse<byte[]> head = send("HEAD", archive);
		assertThat(comparable(head.headers())).isEqualTo(comparable(whole.headers()));
	}

	/**
	 * The archive is not served in ranges, but once measured it says its length, as the
	 * collections' files do: a journalist's progress bar shows what is left of
	 * {@code all.zip} (8.6 MB at 100k statements), and a download that breaks off is seen
	 * to be short. The length is the one {@code /data} lists.
	 */
	@Test
	void theArchiveSaysItsMeasuredLength() throws Exception {
		List<String> archive = List.of("/data/all.zip");
		await().atMost(Duration.ofSeconds(20))
			.alias("archive measured")
			.until(() -> !new String(get(List.of("/data/index.json")).body(), java.nio.charset.StandardCharsets.UTF_8)
				.matches("(?s).*\\.zip\",[^}]*\"bytes\":null.*"));
		HttpResponse<byte[]> get = get(archive);
		HttpResponse<byte[]> head = send("HEAD", archive);
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.headers().firstValue("Content-Length")).hasValue(String.valueOf(get.body().length));
		assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(get.body().length));
		// still no ranges: another instance's entry times differ
		assertThat(get.headers().firstValue("Accept-Ranges")).isEmpty();
		assertThat(get(archive, "Range", "bytes=10-").statusCode()).isEqualTo(200);
	}

}
