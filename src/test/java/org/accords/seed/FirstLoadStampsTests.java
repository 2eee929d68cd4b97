package org.accords.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.accords.EmptyStoreTest;
import org.accords.dataset.DatasetState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance with no dataset is not ready, and says so to GraphQL clients and on
 * {@code /data}, until its first load; the first load into a store records the stamps of
 * the files it read, so that the first restart after it reads no seed file (it used to
 * read and hash them all, 100 MB for a 100k-statement corpus). The store starts empty:
 * nothing is loaded at startup (the desk's tests, which share the application, load
 * nothing). One test, as what it checks before the load holds only until the load.
 */
@EmptyStoreTest
class FirstLoadStampsTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	SeedLoader loader;

	@Autowired
	SeedStamps stamps;

	@Autowired
	DatasetState state;

	@TempDir
	Path folder;

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void untilItsFirstLoadAnInstanceIsNotReadyAndTheLoadRecordsTheStampsOfTheFilesItRead()
			throws IOException, InterruptedException {
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("no dataset loaded yet");
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> query = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ dataset { version } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(query.body()).contains("SERVICE_UNAVAILABLE", "No dataset is loaded yet");
		// the changelog says "not yet" as the listing does, not "no version ever
		// published"
		HttpResponse<String> index = get("/data/index.json");
		assertThat(index.statusCode()).isEqualTo(503);
		assertThat(index.headers().firstValue("Retry-After")).isPresent();
		for (String path : List.of("/data/changelog.json", "/data/changelog")) {
			HttpResponse<String> changelog = get(path);
			assertThat(changelog.statusCode()).as(path).isEqualTo(503);
			assertThat(changelog.body()).as(path).isEqualTo(index.body());
			assertThat(changelog.headers().firstValue("Retry-After")).as(path)
				.isEqualTo(index.headers().firstValue("Retry-After"));
		}

		FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
		SeedFixture seed = SeedFixture.copyOfRealSeed(this.folder);
		try (Stream<Path> files = Files.walk(this.folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(file, anHourAgo);
			}
		}
		assertThat(this.state.currentOrNull()).isNull();
		assertThat(this.loader.load(seed.location())).isEqualTo(SeedLoader.Outcome.PUBLISHED);
		String loaded = this.state.version();
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(get("/data/changelog.json").statusCode()).isEqualTo(200);
		// an edit that keeps a file's size and time is seen only by reading the file: a
		// start that trusts recorded stamps does not, so the version told is the one
		// loaded
		seed.replace(SeedFixture.CURATED, "occasion: press conference", "occasion: press confession");
		Files.setLastModifiedTime(this.folder.resolve(SeedFixture.CURATED), anHourAgo);
		SeedFiles.Listing listing = SeedFiles.list(new PathMatchingResourcePatternResolver(), seed.location());
		assertThat(this.stamps.version(listing)).isEqualTo(loaded).isNotEqualTo(SeedFiles.read(listing).version());
	}

}
