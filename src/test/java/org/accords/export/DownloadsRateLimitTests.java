package org.accords.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.graphql.GuardedHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads spend the budget /graphql spends, a file its rows and values, and are refused
 * with 429 once it is spent; HEAD and 304 write no file and cost nothing, a range costs
 * the whole file, which is written from its start.
 */
@GuardedHttpTest
class DownloadsRateLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	DatasetState state;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static long remaining(HttpResponse<String> response) {
		Matcher matcher = Pattern.compile(";r=(\\d+);")
			.matcher(response.headers().firstValue("RateLimit").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	long cost(String collection) {
		DatasetInfo info = this.state.current();
		return DownloadController.cost(info, Tables.named(collection).orElseThrow());
	}

	@Test
	void repeatedDownloadsSpendTheBudgetAndAreRefusedWith429() throws Exception {
		long cost = cost("articles");
		assertThat(cost).isBetween(DownloadController.DOWNLOAD_COST + 2, 50L);
		HttpResponse<String> response = null;
		int downloaded = 0;
		for (int i = 0; i < 20; i++) {
			response = send("GET", "/data/articles.csv", "X-API-Key", "archivist-key");
			if (response.statusCode() != 200) {
				break;
			}
			downloaded++;
			assertThat(remaining(response)).isEqualTo(100 - downloaded * cost);
		}
		assertThat(downloaded).isEqualTo((int) (100 / cost));
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("RateLimit-Policy")).hasValue("\"archivist\";q=100;w=3600");
		assertThat(remaining(response)).isEqualTo(100 % cost);
		assertThat(response.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
		assertThat(response.headers().firstValue("ETag")).isEmpty();
		assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.body()).startsWith("Rate limit exceeded: this download costs " + cost + " and ");
		// the archive too
		assertThat(send("GET", "/data/" + Downloads.LATEST_ARCHIVE, "X-API-Key", "archivist-key").statusCode())
			.isEqualTo(429);
	}

	@Test
	void headAndNotModifiedCostNothingAndARangeCostsTheWholeFile() throws Exception {
		long cost = cost("statements");
		HttpResponse<String> first = send("GET", "/data/statements.csv", "X-API-Key", "curator-key");
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(send("HEAD", "/data/statements.csv", "X-API-Key", "curator-key").statusCode()).isEqualTo(200);
		assertThat(send("GET", "/data/statements.csv", "X-API-Key", "curator-key", "If-None-Match", etag).statusCode())
			.isEqualTo(304);
		HttpResponse<String> range = send("GET", "/data/statements.csv", "X-API-Key", "curator-key", "Range",
				"bytes=-1");
		assertThat(range.statusCode()).isIn(200, 206);
		assertThat(remaining(range)).isEqualTo(remaining(first) - cost);
		long archive = Tables.ALL.stream().mapToLong((table) -> cost(table.name())).sum();
		HttpResponse<String> zip = send("GET", "/data/" + Downloads.LATEST_ARCHIVE, "X-API-Key", "curator-key");
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(remaining(zip)).isEqualTo(remaining(range) - archive);
	}

	@Test
	void anUnknownApiKeyIsRefusedWith401() throws Exception {
		HttpResponse<String> response = send("GET", "/data/articles.csv", "X-API-Key", "guessed");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).contains("X-API-Key"));
		assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
	}

}
