package org.accords.graphql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.accords.graphql.http.ResponseCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL answers travel gzipped to a client that takes gzip (browsers,
 * {@code curl --compressed}, Python's requests) once they are 1 KiB or longer: the same
 * answer once decompressed, an ETag of their own, {@code Vary: Accept-Encoding} whether
 * gzipped or not; a cached answer is deflated once, not per request.
 */
@GuardedHttpTest
class TransportGzipTests {

	/** Five statements with their evidence: some 3 KB of JSON. */
	static final String LONG = "{ statements(first: 5) { edges { cursor node { id kind text saidOn evidence { start end excerpt } } } } }";

	/** Five statements as CSV rows. */
	static final String ROWS = "{ statements(first: 5) { edges { node { id kind text saidOn speakerRole } } } }";

	static final String GZIP = "gzip, deflate, br";

	@LocalServerPort
	int port;

	@Autowired
	ExecutionCounter counter;

	@Autowired
	ResponseCache responseCache;

	HttpClientSupport client;

	@BeforeEach
	void client() {
		this.client = new HttpClientSupport(this.port);
		this.responseCache.clear();
	}

	HttpResponse<byte[]> get(String query, String... headersAndParams) {
		StringBuilder uri = new StringBuilder("/graphql?query=" + HttpClientSupport.encode(query));
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < headersAndParams.length; i += 2) {
			if (headersAndParams[i].startsWith("?")) {
				uri.append('&').append(headersAndParams[i].substring(1)).append('=').append(headersAndParams[i + 1]);
			}
			else {
				headers.add(headersAndParams[i]);
				headers.add(headersAndParams[i + 1]);
			}
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(this.client.uri(uri.toString()));
		if (!headers.isEmpty()) {
			request.headers(headers.toArray(String[]::new));
		}
		return this.client.bytes(request.GET().build());
	}

	HttpResponse<byte[]> post(String query, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.client.uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.bytes(request.build());
	}

	static byte[] gunzip(byte[] body) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A JSON answer with the client's budget left out: it is spent by every request, so
	 * it differs from one answer to the next.
	 */
	static String withoutBudget(byte[] body) {
		return new String(body, StandardCharsets.UTF_8).replaceAll("\"remaining\":\\d+", "\"remaining\":_");
	}

	static void gzipped(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(response.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accept-Encoding"));
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
	}

	static void identity(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(response.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accept-Encoding"));
	}

	@Test
	void jsonAnswersAreGzippedWhenAskedAndReadBackToTheIdentityAnswer() {
		for (String accept : List.of("application/graphql-response+json", "application/json")) {
			// the first answer of each pair is executed, the second comes from the cache
			for (boolean gzipFirst : List.of(true, false)) {
				this.responseCache.clear();
				HttpResponse<byte[]> gzip;
				HttpResponse<byte[]> plain;
				if (gzipFirst) {
					gzip = post(LONG, "Accept", accept, "Accept-Encoding", GZIP);
					plain = post(LONG, "Accept", accept);
				}
				else {
					plain = post(LONG, "Accept", accept);
					gzip = post(LONG, "Accept", accept, "Accept-Encoding", GZIP);
				}
				identity(plain);
				gzipped(gzip);
				assertThat(plain.body().length).as("longer than the threshold").isGreaterThan(2048);
				assertThat(gzip.body().length).as("smaller").isLessThan(plain.body().length / 2);
				assertThat(gzip.headers().firstValue("Content-Type"))
					.isEqualTo(plain.headers().firstValue("Content-Type"));
				assertThat(withoutBudget(gunzip(gzip.body()))).as(accept + ", gzip first: " + gzipFirst)
					.isEqualTo(withoutBudget(plain.body()));
			}
		}
		HttpResponse<byte[]> got = get(LONG, "Accept-Encoding", "gzip");
		gzipped(got);
		assertThat(withoutBudget(gunzip(got.body()))).isEqualTo(withoutBudget(get(LONG).body()));
	}

	@Test
	void identityWhenGzipIsNotTakenOrTheAnswerIsShort() {
		byte[] plain = post(LONG).body();
		for (String acceptEncoding : List.of("identity", "gzip;q=0", "br, gzip;q=0, *;q=1", "deflate")) {
			HttpResponse<byte[]> refused = post(LONG, "Accept-Encoding", acceptEncoding);
			identity(refused);
			assertThat(withoutBudget(refused.body())).as(acceptEncoding).isEqualTo(withoutBudget(plain));
		}
		HttpResponse<byte[]> shortAnswer = post(TransportTests.QUERY, "Accept-Encoding", GZIP);
		identity(shortAnswer);
		assertThat(new String(shortAnswer.body(), StandardCharsets.UTF_8)).startsWith("{\"data\":{\"statements\"");
	}

	@Test
	void eachCopyHasItsETagAndItsOwn304() {
		HttpResponse<byte[]> plain = get(LONG);
		HttpResponse<byte[]> gzip = get(LONG, "Accept-Encoding", GZIP);
		String identityTag = plain.headers().firstValue("ETag").orElseThrow();
		String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
		assertThat(identityTag).matches("W/\"[0-9a-f]{32}~[0-9a-f]{8}\"");
		assertThat(gzipTag).isEqualTo(identityTag.substring(0, identityTag.length() - 1) + "-gzip\"");
		int before = this.counter.executions.get();
		HttpResponse<byte[]> gzipCurrent = get(LONG, "Accept-Encoding", GZIP, "If-None-Match", gzipTag);
		assertThat(gzipCurrent.statusCode()).isEqualTo(304);
		assertThat(gzipCurrent.headers().firstValue("ETag")).hasValue(gzipTag);
		assertThat(gzipCurrent.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accept-Encoding"));
		HttpResponse<byte[]> plainCurrent = get(LONG, "If-None-Match", identityTag);
		assertThat(plainCurrent.statusCode()).isEqualTo(304);
		assertThat(plainCurrent.headers().firstValue("ETag")).hasValue(identityTag);
		HttpResponse<byte[]> heldPlain = get(LONG, "Accept-Encoding", GZIP, "If-None-Match", identityTag);
		assertThat(heldPlain.statusCode()).as("the identity copy held is current: no need to send gzip").isEqualTo(304);
		assertThat(heldPlain.headers().firstValue("ETag")).hasValue(identityTag);
		assertThat(this.counter.executions.get()).as("304s execute nothing").isEqualTo(before);
		HttpResponse<byte[]> noLongerGzip = get(LONG, "If-None-Match", gzipTag);
		identity(noLongerGzip);
		assertThat(noLongerGzip.headers().firstValue("ETag")).hasValue(identityTag);
	}

	@Test
	void aCachedAnswerIsDeflatedOnceNotPerRequest() {
		int executions = this.counter.executions.get();
		long deflated = this.responseCache.deflated();
		byte[] first = post(LONG, "Accept-Encoding", GZIP).body();
		byte[] second = post(LONG, "Accept-Encoding", GZIP).body();
		byte[] third = get(LONG, "Accept-Encoding", GZIP).body();
		post(LONG);
		assertThat(this.counter.executions.get()).as("one execution").isEqualTo(executions + 1);
		assertThat(this.responseCache.deflated()).as("one deflation").isEqualTo(deflated + 1);
		assertThat(withoutBudget(gunzip(second))).isEqualTo(withoutBudget(gunzip(first)));
		assertThat(withoutBudget(gunzip(third))).isEqualTo(withoutBudget(gunzip(first)));
		// an entry stored by a client that did not take gzip is deflated by the first
		// that
		// does
		get(ROWS, "Accept", "text/csv");
		get(ROWS, "Accept", "text/csv", "Accept-Encoding", GZIP);
		get(ROWS, "Accept", "text/csv", "Accept-Encoding", GZIP);
		assertThat(this.responseCache.deflated()).isEqualTo(deflated + 2);
	}

	@Test
	void csvAnswersAreGzippedWithTheirFileName() {
		HttpResponse<byte[]> plain = get(ROWS, "Accept", "text/csv");
		HttpResponse<byte[]> gzip = get(ROWS, "Accept", "text/csv", "Accept-Encoding", GZIP);
		identity(plain);
		gzipped(gzip);
		assertThat(plain.body().length).isGreaterThanOrEqualTo(1024);
		assertThat(gunzip(gzip.body())).as("byte for byte").isEqualTo(plain.body());
		assertThat(gzip.headers().firstValue("Content-Type")).isEqualTo(plain.headers().firstValue("Content-Type"));
		assertThat(gzip.headers().firstValue("Content-Disposition")).isPresent()
			.isEqualTo(plain.headers().firstValue("Content-Disposition"));
		// with Excel's byte order mark, gzipped (once while cached)
		HttpResponse<byte[]> bomPlain = get(ROWS, "Accept", "text/csv", "?bom", "true");
		HttpResponse<byte[]> bomGzip = get(ROWS, "Accept", "text/csv", "?bom", "true", "Accept-Encoding", GZIP);
		identity(bomPlain);
		gzipped(bomGzip);
		assertThat(gunzip(bomGzip.body())).isEqualTo(bomPlain.body());
		assertThat(bomGzip.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).endsWith("-bom.csv\""));
	}

	/**
	 * A cached CSV asked for with Excel's byte order mark in gzip is deflated once, as
	 * the CSV without it is, not per request.
	 */
	@Test
	void aCachedBomCsvIsDeflatedOnceNotPerRequest() {
		// a document of its own: an entry no other test has deflated
		String rows = ROWS + " # marked";
		HttpResponse<byte[]> plain = get(rows, "Accept", "text/csv", "?bom", "true");
		long deflated = this.responseCache.deflated();
		byte[] first = get(rows, "Accept", "text/csv", "?bom", "true", "Accept-Encoding", GZIP).body();
		byte[] second = get(rows, "Accept", "text/csv", "?bom", "true", "Accept-Encoding", GZIP).body();
		byte[] third = get(rows, "Accept", "text/csv", "?bom", "true", "Accept-Encoding", GZIP).body();
		assertThat(this.responseCache.deflated()).as("one deflation").isEqualTo(deflated + 1);
		assertThat(gunzip(first)).isEqualTo(plain.body());
		assertThat(second).isEqualTo(first);
		assertThat(third).isEqualTo(first);
		// the CSV without the mark keeps a gzip of its own
		HttpResponse<byte[]> unmarked = get(rows, "Accept", "text/csv", "Accept-Encoding", GZIP);
		gzipped(unmarked);
		assertThat(gunzip(unmarked.body()))
			.isEqualTo(java.util.Arrays.copyOfRange(plain.body(), 3, plain.body().length));
		assertThat(this.responseCache.deflated()).isEqualTo(deflated + 2);
	}

	/**
	 * A CSV with Excel's byte order mark is gzipped, with the same {@code -gzip} ETag as
	 * the other variants: a client that holds it is told it is current, as the others
	 * are.
	 */
	@Test
	void theGzipCopyOfABomCsvHasItsOwn304Too() {
		HttpResponse<byte[]> bomGzip = get(ROWS, "Accept", "text/csv", "?bom", "true", "Accept-Encoding", GZIP);
		gzipped(bomGzip);
		String gzipTag = bomGzip.headers().firstValue("ETag").orElseThrow();
		assertThat(gzipTag).endsWith("-gzip\"");
		int before = this.counter.executions.get();
		HttpResponse<byte[]> current = get(ROWS, "Accept", "text/csv", "?bom", "true", "Accept-Encoding", GZIP,
				"If-None-Match", gzipTag);
		assertThat(current.statusCode()).isEqualTo(304);
		assertThat(current.headers().firstValue("ETag")).hasValue(gzipTag);
		String identityTag = get(ROWS, "Accept", "text/csv", "?bom", "true").headers().firstValue("ETag").orElseThrow();
		assertThat(get(ROWS, "Accept", "text/csv", "?bom", "true", "If-None-Match", identityTag).statusCode())
			.isEqualTo(304);
		assertThat(this.counter.executions.get()).as("304s execute nothing").isEqualTo(before);
	}

	@Test
	void headSaysWhatGetWouldSend() {
		HttpResponse<byte[]> gzip = get(LONG, "Accept-Encoding", GZIP);
		HttpResponse<byte[]> head = this.client
			.bytes(HttpRequest.newBuilder(this.client.uri("/graphql?query=" + HttpClientSupport.encode(LONG)))
				.header("Accept-Encoding", GZIP)
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(head.headers().firstValue("ETag")).isEqualTo(gzip.headers().firstValue("ETag"));
		assertThat(head.headers().firstValue("Content-Length")).isEqualTo(gzip.headers().firstValue("Content-Length"));
	}

}
