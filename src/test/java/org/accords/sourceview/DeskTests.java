package org.accords.sourceview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.accords.EmptyStoreTest;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curator's desk on a draft whose entries are partly unreviewed: every entry's
 * evidence is highlighted on the article, unreviewed ones marked, excerpts that cannot be
 * placed listed. The desk reads files, so no dataset needs to load.
 */
@EmptyStoreTest
class DeskTests {

	static final String DRAFT = "sv_baltic_wire_radar_draft.yaml";

	/** A copy of the draft that the review tests edit. */
	static final String EDITED = "sv_edited_draft.yaml";

	/** The application's seed folder ({@link EmptyStoreTest}). */
	static final Path folder = Path.of("target", "desk-seed-" + System.getProperty("accords.test.fork", "1"));

	/**
	 * The test article and the draft in one folder, as a curator's seed folder would be,
	 * afresh (the desk reads it on every request).
	 */
	@BeforeAll
	static void prepare() {
		try {
			if (Files.exists(folder)) {
				try (Stream<Path> old = Files.walk(folder)) {
					for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
			Files.createDirectories(folder.resolve("articles"));
			Files.createDirectories(folder.resolve("curated"));
			Files.copy(Path.of("src/test/resources/source-view-seed/articles/sv_baltic_wire_radar.txt"),
					folder.resolve("articles/sv_baltic_wire_radar.txt"));
			Files.copy(Path.of("src/test/resources/desk-seed/curated", DRAFT),
					folder.resolve("curated").resolve(DRAFT));
			Files.copy(Path.of("src/test/resources/desk-seed/curated", DRAFT),
					folder.resolve("curated").resolve(EDITED));
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
			// every entry counts, placed or not: the five entries, four of them
			// unreviewed
			.contains("5 entries, 4 unreviewed, 1 excerpt not placed");
	}

	@Test
	void onlyCuratedFileNamesAreRead() throws Exception {
		assertThat(get("/desk/articles/application.properties").statusCode()).isEqualTo(404);
		assertThat(get("/desk/articles/..%2F..%2Fpom.yaml").statusCode()).isIn(400, 404);
		assertThat(get("/desk/articles/missing.yaml").body()).contains("curated/missing.yaml: not found");
	}

	HttpResponse<String> post(String path, String form, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	String token() throws Exception {
		Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"")
			.matcher(get("/desk/articles/" + EDITED).body());
		assertThat(token.find()).as("the page has review buttons").isTrue();
		return token.group(1);
	}

	@Test
	void acceptingMarksTheEntryReviewedInTheFileAndChecksTheFolder() throws Exception {
		String before = Files.readString(folder.resolve("curated").resolve(EDITED));
		HttpResponse<String> response = post("/desk/articles/" + EDITED + "/review",
				"token=" + token() + "&section=statements&id=tamm-share-sites&action=accept");
		assertThat(response.statusCode()).isEqualTo(303);
		String after = Files.readString(folder.resolve("curated").resolve(EDITED));
		// one line changed: that entry's flag
		List<String> was = before.lines().toList();
		List<String> is = after.lines().toList();
		assertThat(is).hasSameSizeAs(was);
		List<Integer> changed = new ArrayList<>();
		for (int i = 0; i < was.size(); i++) {
			if (!was.get(i).equals(is.get(i))) {
				changed.add(i);
			}
		}
		assertThat(changed).hasSize(1);
		int line = changed.get(0);
		assertThat(was.get(line)).isEqualTo("    reviewed: false");
		assertThat(is.get(line)).isEqualTo("    reviewed: true");
		assertThat(was.get(line - 3)).isEqualTo("  - id: tamm-share-sites");
		String page = get("/desk/articles/" + EDITED).body();
		assertThat(page).contains("Accepted statements &#39;tamm-share-sites&#39; in curated/" + EDITED)
			.contains("Checked: the seed folder");
		Matcher mark = SourceViewHttpTests.MARK.matcher(page);
		while (mark.find()) {
			if (mark.group(1).contains("k-statement")) {
				assertThat(mark.group(1)).doesNotContain("draft");
			}
		}
	}

	@Test
	void rejectingDeletesTheEntryFromTheFile() throws Exception {
		HttpResponse<String> response = post("/desk/articles/" + EDITED + "/review",
				"token=" + token() + "&section=statements&id=tamm-not-in-article&action=reject");
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(Files.readString(folder.resolve("curated").resolve(EDITED))).doesNotContain("tamm-not-in-article")
			.contains("tamm-share-sites");
		assertThat(get("/desk/articles/" + EDITED).body()).contains("Rejected (deleted) statements")
			.doesNotContain("Not shown:");
	}

	@Test
	void reviewsFromOtherPagesAreRefused() throws Exception {
		String before = Files.readString(folder.resolve("curated").resolve(DRAFT));
		String form = "section=people&id=kaarel-tamm&action=reject";
		assertThat(post("/desk/articles/" + DRAFT + "/review", "token=guess&" + form).statusCode()).isEqualTo(403);
		assertThat(post("/desk/articles/" + DRAFT + "/review", "token=" + token() + "&" + form, "Origin",
				"http://evil.example")
			.statusCode()).isEqualTo(403);
		assertThat(Files.readString(folder.resolve("curated").resolve(DRAFT))).isEqualTo(before);
		assertThat(DeskController.loopbackHost("localhost:8080")).isTrue();
		assertThat(DeskController.loopbackHost("[::1]:8080")).isTrue();
		assertThat(DeskController.loopbackHost("127.0.0.1")).isTrue();
		assertThat(DeskController.loopbackHost("rebound.evil.example:8080")).isFalse();
	}

}
