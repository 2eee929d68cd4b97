package org.accords.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.graphql.GuardedHttpTest;
import org.accords.graphql.guard.RateLimiter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads spend the budget /graphql spends, a file its rows and values (the listing,
 * the metadata files and the changelog too), and are refused with 429 once it is spent;
 * HEAD and 304 write no file and cost nothing, a range costs the whole file, which is
 * written from its start. Their answers are public and say nothing of the client's
 * budget; the 429 does, and is not stored.
 */
@GuardedHttpTest
class DownloadsRateLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	DatasetState state;

	@Autowired
	RateLimiter rateLimiter;

	@Autowired
	Metadata metadata;

	@Autowired
	DataRequests requests;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * What the partner has left, after a probe that costs 1: the downloads' answers do
	 * not say it (they are public).
	 */
	long remaining(String key) {
		return this.rateLimiter.chargeUpToWholeBudget(key, "127.0.0.1", 1).remaining();
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
			response = send("GET", "/data/articles.csv", "X-API-Key", "archivist-key-for-tests");
			if (response.statusCode() != 200) {
				break;
			}
			downloaded++;
			// open data, one copy for everyone: a shared cache may keep it, so it says
			// nothing about this client's budget, which a cache would hand to others
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
			assertThat(response.headers().firstValue("RateLimit")).isEmpty();
			assertThat(response.headers().firstValue("RateLimit-Policy")).isEmpty();
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
		assertThat(
				send("GET", "/data/" + Downloads.LATEST_ARCHIVE, "X-API-Key", "archivist-key-for-tests").statusCode())
			.isEqualTo(429);
	}

	@Test
	void headAndNotModifiedCostNothingAndARangeCostsTheWholeFile() throws Exception {
		long cost = cost("statements");
		long before = remaining("curator-key-for-tests");
		HttpResponse<String> first = send("GET", "/data/statements.csv", "X-API-Key", "curator-key-for-tests");
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(send("HEAD", "/data/statements.csv", "X-API-Key", "curator-key-for-tests").statusCode())
			.isEqualTo(200);
		assertThat(send("GET", "/data/statements.csv", "X-API-Key", "curator-key-for-tests", "If-None-Match", etag)
			.statusCode()).isEqualTo(304);
		HttpResponse<String> range = send("GET", "/data/statements.csv", "X-API-Key", "curator-key-for-tests", "Range",
				"bytes=-1");
		assertThat(range.statusCode()).isIn(200, 206);
		long afterRange = remaining("curator-key-for-tests");
		assertThat(afterRange).isEqualTo(before - 2 * cost - 1);
		// the archive holds every collection's file, changelog.json, the README and
		// datapackage.json: it costs what they cost downloaded one by one (the README,
		// served nowhere else, as a metadata file)
		long archive = Tables.ALL.stream().mapToLong((table) -> cost(table.name())).sum()
				+ DownloadController.DOWNLOAD_COST + Metadata.ids(this.metadata.changelogEntries())
				+ DownloadController.DOWNLOAD_COST + DownloadController.DOWNLOAD_COST;
		HttpResponse<String> zip = send("GET", "/data/" + Downloads.LATEST_ARCHIVE, "X-API-Key",
				"curator-key-for-tests");
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(remaining("curator-key-for-tests")).isEqualTo(afterRange - archive - 1);
	}

	@Test
	void theListingTheMetadataFilesAndTheChangelogAreChargedAsDownloads() throws Exception {
		long ids = Metadata.ids(this.metadata.changelogEntries());
		assertThat(ids).isPositive();
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put("/data", DownloadController.DOWNLOAD_COST);
		costs.put("/data/index.json", DownloadController.DOWNLOAD_COST);
		costs.put("/data/" + Downloads.DATAPACKAGE, DownloadController.DOWNLOAD_COST);
		costs.put("/data/" + Downloads.JSON_LD, DownloadController.DOWNLOAD_COST);
		costs.put("/data/" + Downloads.BIBTEX, DownloadController.DOWNLOAD_COST);
		// one point per id listed, as a download's row
		costs.put("/data/changelog", DownloadController.DOWNLOAD_COST + ids);
		costs.put("/data/" + Downloads.CHANGELOG, DownloadController.DOWNLOAD_COST + ids);
		for (Map.Entry<String, Long> file : costs.entrySet()) {
			long before = remaining("curator-key-for-tests");
			HttpResponse<String> response = send("GET", file.getKey(), "X-API-Key", "curator-key-for-tests");
			assertThat(response.statusCode()).as(file.getKey()).isEqualTo(200);
			assertThat(response.headers().firstValue("RateLimit")).as(file.getKey()).isEmpty();
			assertThat(remaining("curator-key-for-tests")).as(file.getKey()).isEqualTo(before - file.getValue() - 1);
		}
		// a copy still current builds and writes nothing: not charged
		HttpResponse<String> datapackage = send("GET", "/data/" + Downloads.DATAPACKAGE);
		long before = remaining("curator-key-for-tests");
		assertThat(send("GET", "/data/" + Downloads.DATAPACKAGE, "X-API-Key", "curator-key-for-tests", "If-None-Match",
				datapackage.headers().firstValue("ETag").orElseThrow())
			.statusCode()).isEqualTo(304);
		assertThat(remaining("curator-key-for-tests")).isEqualTo(before - 1);
		// a HEAD of a file built per request builds it (to measure it): charged as its
		// GET
		before = remaining("curator-key-for-tests");
		assertThat(send("HEAD", "/data/" + Downloads.CHANGELOG, "X-API-Key", "curator-key-for-tests").statusCode())
			.isEqualTo(200);
		assertThat(remaining("curator-key-for-tests")).isEqualTo(before - DownloadController.DOWNLOAD_COST - ids - 1);
	}

	@Test
	void oneAddressIsWrittenAtMostSixDownloadsAtOnce() throws Exception {
		// the places that slow readers from this address would hold, each a request
		// thread
		MockHttpServletRequest reader = new MockHttpServletRequest("GET", "/data/articles.csv");
		reader.setRemoteAddr("127.0.0.1");
		List<DataRequests.Place> held = new ArrayList<>();
		try {
			for (int i = 0; i < DataRequests.MAX_DOWNLOADS_PER_ADDRESS; i++) {
				held.add(this.requests.place(reader));
			}
			long before = remaining("curator-key-for-tests");
			HttpResponse<String> refused = send("GET", "/data/articles.csv", "X-API-Key", "curator-key-for-tests");
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.body()).startsWith("Too many downloads at once from this address (at most 6)");
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
			assertThat(refused.headers().firstValue("Content-Disposition")).isEmpty();
			assertThat(
					send("GET", "/data/" + Downloads.LATEST_ARCHIVE, "X-API-Key", "curator-key-for-tests").statusCode())
				.isEqualTo(429);
			// refused before it was charged; a HEAD writes nothing and takes no place
			assertThat(remaining("curator-key-for-tests")).isEqualTo(before - 1);
			assertThat(send("HEAD", "/data/articles.csv", "X-API-Key", "curator-key-for-tests").statusCode())
				.isEqualTo(200);
			held.remove(0).close();
			assertThat(send("GET", "/data/articles.csv", "X-API-Key", "curator-key-for-tests").statusCode())
				.isEqualTo(200);
		}
		finally {
			held.forEach(DataRequests.Place::close);
		}
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
