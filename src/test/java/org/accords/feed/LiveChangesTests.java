package org.accords.feed;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.accords.page.PageSeed;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /data/changes/stream}: a listener hears of a new version, with its summary,
 * within 2 s of its publication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "accords.dataset.refresh-interval=500ms")
class LiveChangesTests extends PageSeed {

	@LocalServerPort
	int port;

	@Autowired
	SeedLoader loader;

	@Test
	void aListenerHearsOfANewVersionWithinTwoSeconds() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<InputStream> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/changes/stream"))
				.header("Accept", "text/event-stream")
				.header("Origin", "https://portal.example")
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
		CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
			try {
				String line;
				boolean published = false;
				while ((line = reader.readLine()) != null) {
					if (line.equals("event:dataset-published")) {
						published = true;
					}
					else if (published && line.startsWith("data:")) {
						return line.substring("data:".length());
					}
				}
				return null;
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		Path folder = Files.createTempDirectory(Path.of("target"), "live-seed");
		long published = System.nanoTime();
		this.loader.load(SecondVersion.of(PageSeed.prepareFolder(), folder));
		String data = event.get(10, TimeUnit.SECONDS);
		Duration waited = Duration.ofNanos(System.nanoTime() - published);
		JsonNode summary = JsonMapper.builder().build().readTree(data);
		assertThat(summary.get("title").asString())
			.startsWith("1 new statement, 1 changed statement, 1 removed commitment");
		assertThat(waited).isLessThan(Duration.ofSeconds(2));
		response.body().close();
	}

}
