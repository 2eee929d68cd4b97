package org.accords.sourceview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;

import org.accords.graphql.NodeId;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curator's desk on a draft whose entries are partly unreviewed: every entry's
 * evidence is highlighted on the article, unreviewed ones marked, excerpts that cannot be
 * placed listed. The desk reads files, so no dataset needs to load.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "accords.desk.enabled=true",
		"accords.seed.load-on-startup=false", "accords.store.embedded-mode=memory" })
class DeskTests {

	static final String DRAFT = "sv_baltic_wire_radar_draft.yaml";

	@DynamicPropertySource
	static void seedLocation(DynamicPropertyRegistry registry) {
		registry.add("accords.seed.location", DeskTests::prepare);
	}

	/**
	 * The test article and the draft in one folder, as a curator's seed folder would be.
	 */
	static String prepare() {
		try {
			Path folder = Files.createTempDirectory(Path.of("target"), "desk-seed");
			Files.createDirectories(folder.resolve("articles"));
			Files.createDirectories(folder.resolve("curated"));
			Files.copy(Path.of("src/test/resources/source-view-seed/articles/sv_baltic_wire_radar.txt"),
					folder.resolve("articles/sv_baltic_wire_radar.txt"));
			Files.copy(Path.of("src/test/resources/desk-seed/curated", DRAFT),
					folder.resolve("curated").resolve(DRAFT));
			return folder.toAbsolutePath().toUri().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void draftShowsEveryEntryOnItsArticleWithUnreviewedOnesMarked() throws Exception {
		HttpResponse<String> response = get("/desk/articles/" + DRAFT);
		assertThat(response.statusCode()).isEqualTo(200);
		String html = response.body();
		String statement = NodeId.of("Statement", "tamm-share-sites");
		String agreement = NodeId.of("Agreement", "ee-fi-radar-loi");
		int draftMarks = 0;
		StringBuilder statementWords = new StringBuilder();
		Matcher mark = SourceViewHttpTests.MARK.matcher(html);
		while (mark.find()) {
			String text = HtmlUtils.htmlUnescape(mark.group(3));
			if (mark.group(1).contains("draft")) {
				draftMarks++;
			}
			if (text.contains("letter of intent")) {
				assertThat(mark.group(1)).as("a reviewed entry is not hatched").doesNotContain("draft");
			}
			if (mark.group(1).contains("k-statement")) {
				statementWords.append(text);
			}
		}
		assertThat(draftMarks).isGreaterThan(2);
		assertThat(statementWords)
			.hasToString("“We will share the sites and the data <script>alert('x')</script> from the first day,”");
		assertThat(html).contains("data-fact=\"" + statement + "\"")
			.contains("data-fact=\"" + agreement + "\"")
			.contains("<span class=\"unreviewed\">unreviewed</span>")
			.contains("Not shown: statements[1] &#39;tamm-not-in-article&#39;: evidence[0]: excerpt not found")
			.doesNotContain("<script>alert");
		// 3 unreviewed entries have evidence on the page: the country, the person, the
		// quote
		assertThat(html.split("<span class=\"unreviewed\">", -1)).hasSize(4);
	}

	@Test
	void deskListsTheCuratedFiles() throws Exception {
		HttpResponse<String> response = get("/desk");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("href=\"/desk/articles/" + DRAFT + "\"")
			.contains("4 entries, 4 unreviewed, 1 excerpt not placed");
	}

	@Test
	void onlyCuratedFileNamesAreRead() throws Exception {
		assertThat(get("/desk/articles/application.properties").statusCode()).isEqualTo(404);
		assertThat(get("/desk/articles/..%2F..%2Fpom.yaml").statusCode()).isIn(400, 404);
		assertThat(get("/desk/articles/missing.yaml").body()).contains("curated/missing.yaml: not found");
	}

}
