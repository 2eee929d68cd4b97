package org.accords.dataset;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.accords.AccordsTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A version is cited with its publication date, the date of its newest article: the same
 * on every instance, whenever each loaded it.
 */
@AccordsTest
class CitationDateTests {

	@LocalServerPort
	int port;

	String get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	@Test
	void citationsCarryTheNewestArticleDateNotTheLoadDate() throws Exception {
		// the seed data's one article is of 2024-11-05; it is loaded today
		assertThat(get("/data/citation.bib")).contains("year         = {2024}", "month        = nov,",
				"of 2024-11-05.");
		assertThat(get("/data/dataset.jsonld").replace(" ", "")).contains("\"datePublished\":\"2024-11-05\"",
				"\"dateModified\":\"2024-11-05\"");
	}

	@Test
	void bibtexNamesTheMonthByItsMacroUnbracedAsStylesExpect() {
		DatasetInfo march = new DatasetInfo("v", Instant.parse("2025-04-01T10:00:00Z"), Map.of(),
				DatasetInfo.newest(List.of("2025-03-09")));
		assertThat(Citation.bibtex(march, "http://x/data")).contains("  month        = mar,\n")
			.doesNotContain("month        = {");
	}

	@Test
	void theSameContentGivesTheSameDateWhateverTheLoadTime() {
		DatasetInfo early = new DatasetInfo("v", Instant.parse("2025-01-01T10:00:00Z"), Map.of(),
				DatasetInfo.newest(List.of("2024-11-05", "2023-02-01")));
		DatasetInfo late = new DatasetInfo("v", Instant.parse("2026-06-30T23:00:00Z"), Map.of(),
				DatasetInfo.newest(List.of("2023-02-01", "2024-11-05")));
		assertThat(Citation.text(early)).isEqualTo(Citation.text(late)).contains("(2024-11-05)");
		assertThat(Citation.bibtex(early, "http://x/data")).isEqualTo(Citation.bibtex(late, "http://x/data"));
	}

}
