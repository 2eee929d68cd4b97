package org.accords.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.accords.AccordsTest;
import org.accords.http.Release;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collections' downloads travel gzipped to a client that takes gzip (Python's
 * requests, browsers, {@code curl --compressed}): the same bytes once decompressed, an
 * ETag of their own, {@code Vary: Accept-Encoding} on both variants. The archive (a zip)
 * and the errors are left as they are.
 */
@AccordsTest
class DownloadsGzipHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Release release;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static byte[] gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	String version() throws IOException, InterruptedException {
		return get("/data/index.json").headers().firstValue("Accords-Version").orElseThrow();
	}

	@Test
	void gzipAskedDecompressesToExactlyTheIdentityBody() throws Exception {
		String version = version();
		for (String path : List.of("/data/statements.csv", "/data/statements.csv?bom=true", "/data/statements.json",
				"/data/statements.ndjson", "/data/articles.json", "/data/posts.csv", "/data/countries.ndjson")) {
			HttpResponse<byte[]> identity = get(path);
			HttpResponse<byte[]> gzip = get(path, "Accept-Encoding", "gzip, deflate, br");
			assertThat(identity.statusCode()).as(path).isEqualTo(200);
			assertThat(gzip.statusCode()).as(path).isEqualTo(200);
			assertThat(identity.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(gunzip(gzip.body())).as(path).isEqualTo(identity.body());
			assertThat(gzip.body().length).as(path).isLessThan(identity.body().length);
			// streamed: no length, and never the identity length
			assertThat(gzip.headers().firstValue("Content-Length")).as(path)
				.satisfiesAnyOf((length) -> assertThat(length).isEmpty(),
						(length) -> assertThat(length).hasValue(String.valueOf(gzip.body().length)));
			for (HttpResponse<byte[]> response : List.of(identity, gzip)) {
				assertThat(DownloadsHttpTests.vary(response)).as(path).contains("accept-encoding");
			}
			String identityTag = identity.headers().firstValue("ETag").orElseThrow();
			assertThat(identityTag).as(path).startsWith("\"" + version);
			assertThat(gzip.headers().firstValue("ETag")).as(path)
				.hasValue(identityTag.substring(0, identityTag.length() - 1) + "-gzip\"");
			assertThat(gzip.headers().firstValue("Content-Type")).as(path)
				.isEqualTo(identity.headers().firstValue("Content-Type"));
			assertThat(gzip.headers().firstValue("Content-Disposition")).as(path)
				.isEqualTo(identity.headers().firstValue("Content-Disposition"));
		}
	}

	@Test
	void aCollectionNamedWithoutExtensionIsGzippedPerFormat() throws Exception {
		String version = version();
		HttpResponse<byte[]> identity = get("/data/statements", "Accept", "application/json");
		HttpResponse<byte[]> gzip = get("/data/statements", "Accept", "application/json", "Accept-Encoding", "gzip");
		assertThat(gunzip(gzip.body())).isEqualTo(identity.body());
		assertThat(identity.headers().firstValue("ETag")).hasValue(this.release.etag(version, "-json"));
		assertThat(gzip.headers().firstValue("ETag")).hasValue(this.release.etag(version, "-json-gzip"));
		assertThat(DownloadsHttpTests.vary(gzip)).contains("accept", "accept-encoding");
	}

	@Test
	void onlyAnAcceptEncodingThatTakesGzipGetsIt() throws Exception {
		for (String taken : List.of("gzip", "GZIP;q=0.5", "x-gzip", "br, gzip;q=0.1", "*", "identity, *;q=0.2")) {
			assertThat(get("/data/people.csv", "Accept-Encoding", taken).headers().firstValue("Content-Encoding"))
				.as(taken)
				.hasValue("gzip");
		}
		for (String refused : List.of("identity", "br", "gzip;q=0", "gzip;q=0.0, *", "*;q=0", "deflate", "gzip;q=x")) {
			HttpResponse<byte[]> response = get("/data/people.csv", "Accept-Encoding", refused);
			assertThat(response.headers().firstValue("Content-Encoding")).as(refused).isEmpty();
			assertThat(response.body()).as(refused).isEqualTo(get("/data/people.csv").body());
		}
		assertThat(get("/data/people.csv").headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void eachVariantRevalidatesByItsOwnETag() throws Exception {
		String version = version();
		String identityTag = this.release.etag(version, "");
		String gzipTag = this.release.etag(version, "-gzip");
		HttpResponse<byte[]> gzipAgain = get("/data/statements.csv", "Accept-Encoding", "gzip", "If-None-Match",
				gzipTag);
		assertThat(gzipAgain.statusCode()).isEqualTo(304);
		assertThat(gzipAgain.body()).isEmpty();
		assertThat(gzipAgain.headers().firstValue("ETag")).hasValue(gzipTag);
		assertThat(DownloadsHttpTests.vary(gzipAgain)).contains("accept-encoding");
		HttpResponse<byte[]> identityAgain = get("/data/statements.csv", "If-None-Match", identityTag);
		assertThat(identityAgain.statusCode()).isEqualTo(304);
		assertThat(identityAgain.headers().firstValue("ETag")).hasValue(identityTag);
		// a client that takes gzip and holds the identity copy: that copy is current
		HttpResponse<byte[]> identityHeld = get("/data/statements.csv", "Accept-Encoding", "gzip", "If-None-Match",
				identityTag);
		assertThat(identityHeld.statusCode()).isEqualTo(304);
		assertThat(identityHeld.headers().firstValue("ETag")).hasValue(identityTag);
		// a cache holding both names both
		HttpResponse<byte[]> both = get("/data/statements.csv", "Accept-Encoding", "gzip", "If-None-Match",
				identityTag + ", " + gzipTag);
		assertThat(both.statusCode()).isEqualTo(304);
		// one that does not take gzip cannot use the gzip copy
		HttpResponse<byte[]> gzipHeld = get("/data/statements.csv", "If-None-Match", gzipTag);
		assertThat(gzipHeld.statusCode()).isEqualTo(200);
		assertThat(gzipHeld.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipHeld.headers().firstValue("ETag")).hasValue(identityTag);
		HttpResponse<byte[]> bomAgain = get("/data/statements.csv?bom=true", "Accept-Encoding", "gzip", "If-None-Match",
				this.release.etag(version, "-bom-gzip"));
		assertThat(bomAgain.statusCode()).isEqualTo(304);
		HttpResponse<byte[]> otherVariant = get("/data/statements.csv?bom=true", "Accept-Encoding", "gzip",
				"If-None-Match", gzipTag);
		assertThat(otherVariant.statusCode()).isEqualTo(200);
		assertThat(otherVariant.headers().firstValue("ETag")).hasValue(this.release.etag(version, "-bom-gzip"));
		assertThat(gunzip(otherVariant.body())).startsWith(TableWriter.BOM);
	}

	@Test
	void headSaysWhatGetWouldSend() throws Exception {
		String version = version();
		HttpResponse<byte[]> head = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/statements.json"))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(head.headers().firstValue("ETag")).hasValue(this.release.etag(version, "-gzip"));
		assertThat(DownloadsHttpTests.vary(head)).contains("accept-encoding");
	}

	@Test
	void theArchiveErrorsAndGraphQlAreNotGzippedHere() throws Exception {
		HttpResponse<byte[]> archive = get("/data/all.zip", "Accept-Encoding", "gzip");
		assertThat(archive.statusCode()).isEqualTo(200);
		assertThat(archive.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(archive.body()).startsWith('P', 'K');
		for (String accept : List.of("*/*", "application/json", "text/html")) {
			HttpResponse<byte[]> plain = get("/data/treaties.csv", "Accept", accept);
			HttpResponse<byte[]> asked = get("/data/treaties.csv", "Accept", accept, "Accept-Encoding", "gzip");
			assertThat(asked.statusCode()).as(accept).isEqualTo(404);
			assertThat(asked.headers().firstValue("ETag")).as(accept).isEmpty();
			assertThat(asked.headers().firstValue("Content-Type")).as(accept)
				.isEqualTo(plain.headers().firstValue("Content-Type"));
		}
		HttpResponse<byte[]> notAcceptable = get("/data/statements", "Accept", "image/png", "Accept-Encoding", "gzip");
		assertThat(notAcceptable.statusCode()).isEqualTo(406);
		assertThat(notAcceptable.headers().firstValue("Content-Encoding")).isEmpty();
		HttpResponse<byte[]> graphQl = get("/graphql?query=%7Bdataset%7Bversion%7D%7D", "Accept", "application/json",
				"Accept-Encoding", "gzip");
		assertThat(graphQl.statusCode()).isEqualTo(200);
		assertThat(graphQl.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(graphQl.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"version\"");
	}

}
