package org.accords.dataset;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import de.bwaldvogel.mongo.MongoServer;
import org.accords.AccordsApplication;
import org.accords.GeneratedCorpusTest;
import org.accords.QuickTier;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new dataset version is served at once by the instance that loaded it and by every
 * other instance on the same store as it follows the pointer, never from a stale cache.
 * The loading instance is the shared {@link GeneratedCorpusTest} application (it loads
 * the real seed first, the version the other instance starts on), the other one is
 * started here on its store.
 */
@GeneratedCorpusTest
@Tag(QuickTier.STARTS_APPLICATION)
class NewVersionTests {

	static final String QUERY = "{ statements(filter: { text: \"news conference\" }) { totalCount } }";

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	SeedLoader loader;

	@Autowired
	MongoServer store;

	@Autowired
	org.accords.store.QueryTables tables;

	@Autowired
	DatasetState state;

	@Autowired
	org.accords.store.StoreCommands commands;

	@LocalServerPort
	int port;

	HttpResponse<String> get(ConfigurableApplicationContext instance, String etag) throws Exception {
		return get(((WebServerApplicationContext) instance).getWebServer().getPort(), etag);
	}

	HttpResponse<String> get(int port, String etag) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql?query="
				+ java.net.URLEncoder.encode(QUERY, java.nio.charset.StandardCharsets.UTF_8)));
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aReloadOnOneInstanceIsServedByAnotherAsItFollowsThePointer(@TempDir Path folder) throws Exception {
		// the version the other instance starts on
		this.loader.load(SeedFixture.copyOfRealSeed(folder.resolve("older")).location());
		int storePort = this.store.getLocalAddress().getPort();
		try (ConfigurableApplicationContext b = new SpringApplicationBuilder(AccordsApplication.class).run(
				"--server.port=0", "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/accords",
				"--accords.seed.load-on-startup=false", "--accords.dataset.refresh-interval=500ms")) {
			HttpResponse<String> before = get(b, null);
			assertThat(before.body()).contains("\"totalCount\":0");
			String etag = before.headers().firstValue("ETag").orElseThrow();
			assertThat(get(b, etag).statusCode()).isEqualTo(304);

			SeedFixture seed = SeedFixture.copyOfRealSeed(folder.resolve("newer"))
				.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: news conference");
			this.loader.load(seed.location());
			// what every page of the version needs is read before it is served, not by
			// its
			// first pages (at 100k statements, seconds of waiting for each)
			assertThat(this.tables.holds(this.state.version())).as("the new version's query tables").isTrue();
			assertThat(get(this.port, null).body()).as("the loading instance at once").contains("\"totalCount\":1");

			// the other instance reads the pointer every 500 ms, and then the new
			// version's
			// tables: seconds on a loaded machine, so no time is asserted
			AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
			await().until(() -> {
				answer.set(get(b, etag));
				return answer.get().statusCode() != 304;
			});
			HttpResponse<String> after = answer.get();
			assertThat(after.statusCode()).as("the other instance").isEqualTo(200);
			assertThat(after.body()).contains("\"totalCount\":1");
			assertThat(after.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
		}
	}

}
