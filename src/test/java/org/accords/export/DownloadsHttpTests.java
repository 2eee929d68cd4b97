package org.accords.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.accords.AccordsTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.accords.http.Release;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The downloads over real HTTP: every CSV parses with a standard parser, has the columns
 * its table defines (and {@code docs/downloads.md} documents) and as many rows as GraphQL
 * counts; the metadata is well formed; bad requests say what exists.
 */
@AccordsTest
class DownloadsHttpTests {

	/** GraphQL root field of each table. */
	static final Map<String, String> ROOT_FIELDS = Map.ofEntries(Map.entry("agreements", "agreements"),
			Map.entry("statements", "statements"), Map.entry("signatories", "signatories"),
			Map.entry("cooperation-areas", "cooperationAreas"), Map.entry("commitments", "commitments"),
			Map.entry("people", "people"), Map.entry("posts", "posts"), Map.entry("organizations", "organizations"),
			Map.entry("countries", "countries"), Map.entry("articles", "articles"), Map.entry("events", "events"),
			Map.entry("programmes", "programmes"));

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Release release;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	String text(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = get(path, "*/*");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> json(String path) throws IOException, InterruptedException {
		return JSON.readValue(text(path), Map.class);
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> graphQl(String query) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
				.build(), HttpResponse.BodyHandlers.ofString());
		return (Map<String, Object>) JSON.readValue(response.body(), Map.class).get("data");
	}

	/**
	 * The names a response's Vary headers list, in lower case: Tomcat joins them into one
	 * header when it compresses.
	 */
	static List<String> vary(HttpResponse<?> response) {
		return response.headers()
			.allValues("Vary")
			.stream()
			.flatMap((vary) -> java.util.Arrays.stream(vary.split(",")))
			.map((name) -> name.trim().toLowerCase(java.util.Locale.ROOT))
			.toList();
	}

	static List<CSVRecord> parseCsv(String csv) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
			return parser.getRecords();
		}
	}

	/**
	 * The columns each CSV is defined to have, in order: the definitions in
	 * {@link Tables}, from which {@code docs/downloads.md}'s column reference is
	 * generated ({@link CsvColumnReferenceTests} keeps that page current).
	 */
	static Map<String, List<String>> definedColumns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		for (Table<?> table : Tables.ALL) {
			columns.put(table.name(), table.columns().stream().map(Table.Column::name).toList());
		}
		return columns;
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyCsvHasTheDocumentedColumnsAndGraphQlsRowCount() throws Exception {
		Map<String, List<String>> documented = definedColumns();
		assertThat(documented.keySet()).containsExactly("agreements", "statements", "signatories", "cooperation-areas",
				"commitments", "people", "posts", "organizations", "countries", "articles", "events", "programmes");
		for (String name : Tables.names()) {
			List<CSVRecord> records = parseCsv(text("/data/" + name + ".csv"));
			assertThat(records.get(0).toList()).as(name + " header").containsExactlyElementsOf(documented.get(name));
			for (CSVRecord record : records) {
				assertThat(record.size()).as(name + " row width").isEqualTo(documented.get(name).size());
			}
			String field = ROOT_FIELDS.get(name);
			Object result = graphQl(
					name.equals("countries") ? "{ countries { id } }" : "{ " + field + " { totalCount } }")
				.get(field);
			int expected = (result instanceof List<?> list) ? list.size()
					: (Integer) ((Map<String, Object>) result).get("totalCount");
			assertThat(records).as(name + " rows").hasSize(expected + 1);
			List<?> json = JSON.readValue(text("/data/" + name + ".json"), List.class);
			assertThat(json).as(name + ".json").hasSize(expected);
			assertThat(text("/data/" + name + ".ndjson").lines()).as(name + ".ndjson").hasSize(expected);
		}
	}

	@Test
	void csvKeepsDiacriticsAndEvidenceOffsetsPointIntoTheArticle() throws Exception {
		List<CSVRecord> statements = parseCsv(text("/data/statements.csv"));
		List<CSVRecord> articles = parseCsv(text("/data/articles.csv"));
		List<String> header = statements.get(0).toList();
		Map<String, String> texts = new HashMap<>();
		List<String> articleHeader = articles.get(0).toList();
		articles.stream().skip(1).forEach((a) -> texts.put(a.get(0), a.get(articleHeader.indexOf("text"))));
		assertThat(statements.stream().map((s) -> s.get(header.indexOf("speaker_name")))).contains("Laurynas Kasčiūnas",
				"Aušrinė Armonaitė");
		for (CSVRecord statement : statements.subList(1, statements.size())) {
			String text = texts.get(statement.get(header.indexOf("evidence_article_id")));
			int start = Integer.parseInt(statement.get(header.indexOf("evidence_start")));
			int end = Integer.parseInt(statement.get(header.indexOf("evidence_end")));
			assertThat(text.substring(start, end)).isEqualTo(statement.get(header.indexOf("evidence_excerpt")));
			assertThat(statement.get(header.indexOf("evidence_excerpt")))
				.contains(statement.get(header.indexOf("text")));
		}
	}

	@Test
	void bomIsAddedOnlyWhenAsked() throws Exception {
		byte[] plain = get("/data/people.csv", "*/*").body();
		byte[] bom = get("/data/people.csv?bom=true", "*/*").body();
		assertThat(plain[0]).isEqualTo((byte) 'i');
		assertThat(bom).startsWith(TableWriter.BOM);
		assertThat(new String(bom, 3, bom.length - 3, StandardCharsets.UTF_8))
			.isEqualTo(new String(plain, StandardCharsets.UTF_8));
	}

	@Test
	void bomTakesWhatGraphqlCsvTakesForTrueAndRefusesOtherValuesSayingWhich() throws Exception {
		assertThat(get("/data/people.csv?bom=yes", "*/*").body()).startsWith(TableWriter.BOM);
		assertThat(get("/data/people.csv?bom=1", "*/*").body()).startsWith(TableWriter.BOM);
		assertThat(get("/data/people.csv?bom=no", "*/*").body()[0]).isEqualTo((byte) 'i');
		HttpResponse<byte[]> refused = get("/data/people.csv?bom=maybe", "*/*");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(new String(refused.body(), StandardCharsets.UTF_8))
			.contains("bom must be true or false (or yes/no, on/off, 1/0), got 'maybe'");
	}

	/**
	 * A parameter a slip away from one the downloads read served the current version's
	 * plain copy, as if it had not been sent; a parameter far from both is left alone.
	 */
	@Test
	void aMisspeltParameterIsRefusedNamingTheOneMeant() throws Exception {
		for (String path : new String[] { "/data/people.csv?versoin=abc", "/data/people?bmo=true",
				"/data/people.json?Version=abc" }) {
			HttpResponse<byte[]> refused = get(path, "*/*");
			assertThat(refused.statusCode()).as(path).isEqualTo(400);
			assertThat(new String(refused.body(), StandardCharsets.UTF_8)).as(path)
				.containsPattern("Unknown parameter '\\w+'; did you mean '(version|bom|format)'\\? Parameters read "
						+ "here: version, bom, format");
		}
		assertThat(get("/data/people.csv?utm_source=newsletter", "*/*").statusCode()).isEqualTo(200);
	}

	/**
	 * A collection asked for by {@code ?format=} (as many open-data APIs take it) was
	 * served as CSV, the parameter ignored: it is now served in the format it names,
	 * whatever the Accept header says, byte for byte the file of that extension.
	 */
	@Test
	void aCollectionIsServedInTheFormatItsParameterNames() throws Exception {
		for (String format : Format.extensions()) {
			for (String accept : new String[] { "*/*", "text/csv", "application/json", "application/xml" }) {
				HttpResponse<byte[]> named = get("/data/programmes?format=" + format, accept);
				String what = format + " " + accept;
				assertThat(named.statusCode()).as(what).isEqualTo(200);
				assertThat(named.headers().firstValue("Content-Type")).as(what)
					.hasValueSatisfying(
							(type) -> assertThat(type).startsWith(Format.of(format).orElseThrow().encodingFormat()));
				assertThat(named.body()).as(what).isEqualTo(get("/data/programmes." + format, "*/*").body());
				// one answer whatever the Accept header: caches need not keep one per
				// header
				assertThat(vary(named)).as(what).doesNotContain("accept");
			}
		}
		assertThat(get("/data/programmes?format=JSON", "*/*").body())
			.isEqualTo(get("/data/programmes.json", "*/*").body());
	}

	/**
	 * A format the parameter names that is not offered, or that another than the file's
	 * extension names, is a 400 naming the address that serves what was asked.
	 */
	@Test
	void aFormatParameterThatCannotBeServedIsRefusedNamingTheAddress() throws Exception {
		Map<String, String> refusals = new LinkedHashMap<>();
		refusals.put("/data/statements.csv?format=json",
				"format=json asks for another format than the file's extension, .csv: the JSON file is "
						+ "/data/statements.json.");
		refusals.put("/data/statements?format=xlsx",
				"Format 'xlsx' is not offered. Formats: csv, json, ndjson, as in /data/statements.csv, "
						+ "/data/statements.json, /data/statements.ndjson.");
		refusals.put("/data/statements?format=jsno",
				"Format 'jsno' is not offered; did you mean 'json'? Formats: csv, json, ndjson, as in "
						+ "/data/statements.csv, /data/statements.json, /data/statements.ndjson.");
		refusals.put("/data/statements?fromat=json",
				"Unknown parameter 'fromat'; did you mean 'format'? Parameters read here: version, bom, format");
		for (Map.Entry<String, String> refusal : refusals.entrySet()) {
			HttpResponse<byte[]> refused = get(refusal.getKey(), "*/*");
			assertThat(refused.statusCode()).as(refusal.getKey()).isEqualTo(400);
			assertThat(new String(refused.body(), StandardCharsets.UTF_8)).as(refusal.getKey())
				.isEqualTo(refusal.getValue() + "\n");
		}
		// the same format named twice is the file asked for
		assertThat(get("/data/statements.json?format=json", "*/*").statusCode()).isEqualTo(200);
	}

	/**
	 * A download resumed with If-Match across a new version gets 412, not the new bytes;
	 * one that names the copy it holds (identity) gets that copy though it takes gzip.
	 */
	@Test
	void ifMatchOfAnotherVersionIsAnswered412() throws Exception {
		String version = (String) json("/data/index.json").get("version");
		for (String path : new String[] { "/data/statements.csv", "/data/datapackage.json", "/data/changes.json" }) {
			HttpResponse<byte[]> old = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("If-Match", "\"0000000000000000\"")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(old.statusCode()).as(path).isEqualTo(412);
			assertThat(old.body()).as(path).isEmpty();
		}
		HttpResponse<byte[]> held = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/statements.csv"))
				.header("If-Match", this.release.etag(version, ""))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(held.statusCode()).isEqualTo(200);
		assertThat(held.headers().firstValue("ETag")).hasValue(this.release.etag(version, ""));
		assertThat(held.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void downloadsNameTheVersionAndRevalidateByETag() throws Exception {
		String version = (String) json("/data/index.json").get("version");
		HttpResponse<byte[]> response = get("/data/statements.csv", "*/*");
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=utf-8"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("accords-" + version + "-statements.csv"));
		assertThat(response.headers().firstValue("ETag")).hasValue(this.release.etag(version, ""));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
		assertThat(response.headers().firstValue("Link")).hasValueSatisfying(
				(link) -> assertThat(link).contains("https://creativecommons.org/licenses/by/4.0/", "license"));
		HttpResponse<byte[]> again = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/statements.csv"))
				.header("If-None-Match", this.release.etag(version, ""))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		for (String path : new String[] { "/data/statements.csv", "/data/people", "/data/datapackage.json" }) {
			HttpResponse<byte[]> any = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("If-None-Match", "*")
					.header("Accept-Encoding", "gzip")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(any.statusCode()).as(path + ": * names any current representation (RFC 9110, 13.1.2)")
				.isEqualTo(304);
			assertThat(any.body()).as(path).isEmpty();
			assertThat(any.headers().firstValue("ETag")).as(path).isPresent();
		}
		HttpResponse<byte[]> bom = get("/data/statements.csv?bom=true", "*/*");
		assertThat(bom.headers().firstValue("ETag")).hasValue(this.release.etag(version, "-bom"));
		assertThat(bom.headers().firstValue("Content-Disposition")).as("a name of its own, beside the plain file")
			.hasValueSatisfying((value) -> assertThat(value).contains("accords-" + version + "-statements-bom.csv"));
	}

	@Test
	void collectionWithoutExtensionServesTheFormatAcceptPrefers() throws Exception {
		String version = (String) json("/data/index.json").get("version");
		HttpResponse<byte[]> json = get("/data/people", "application/json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(json.body()).isEqualTo(get("/data/people.json", "*/*").body());
		assertThat(vary(json)).contains("accept");
		assertThat(json.headers().firstValue("ETag")).as("one URL, one ETag per format")
			.hasValue(this.release.etag(version, "-json"));
		assertThat(json.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("accords-" + version + "-people.json"));
		HttpResponse<byte[]> ndjson = get("/data/people", "text/csv;q=0.5, application/x-ndjson");
		assertThat(ndjson.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
		HttpResponse<byte[]> browser = get("/data/people",
				"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(browser.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(browser.body()).isEqualTo(get("/data/people.csv", "*/*").body());
		HttpResponse<byte[]> revalidated = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/people"))
				.header("Accept", "application/json")
				.header("If-None-Match", this.release.etag(version, "-json"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(revalidated.statusCode()).isEqualTo(304);
	}

	@Test
	void anETagAnEarlierReleaseWroteIsNotConfirmed(@Autowired ObjectProvider<BuildProperties> build) throws Exception {
		// the build wrote META-INF/build-info.properties (pom.xml), whose time the tag
		// names
		assertThat(build.getIfAvailable()).as("build-info on the classpath").isNotNull();
		String version = (String) json("/data/index.json").get("version");
		HttpResponse<byte[]> current = get("/data/people.json", "*/*");
		assertThat(current.headers().firstValue("ETag")).hasValue(this.release.etag(version, ""))
			.hasValue("\"" + version + "~" + this.release.tag() + "\"");
		// what the same version's file was tagged by a release before (the version alone)
		// or by another build: the whole file as this release writes it, not a 304 of the
		// bytes the client or a CDN kept
		for (String earlier : new String[] { "\"" + version + "\"", "\"" + version + "~00000000\"" }) {
			HttpResponse<byte[]> revalidated = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/people.json"))
					.header("If-None-Match", earlier)
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(revalidated.statusCode()).as(earlier).isEqualTo(200);
			assertThat(revalidated.body()).isEqualTo(current.body());
		}
	}

	@Test
	void acceptThatTakesNoFormatIsA406NamingWhatIsOfferedAndExtensionsIgnoreAccept() throws Exception {
		HttpResponse<byte[]> refused = get("/data/people", "image/png, text/html");
		assertThat(refused.statusCode()).isEqualTo(406);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains(
				"text/csv, application/json, application/x-ndjson", "(image/png, text/html)", "/data/people.csv",
				"/data/people.ndjson");
		HttpResponse<byte[]> unknown = get("/data/treaties", "application/json");
		assertThat(unknown.statusCode()).isEqualTo(404);
		// a link to a file keeps its format whatever the request accepts
		HttpResponse<byte[]> csv = get("/data/people.csv", "image/png");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(vary(csv)).doesNotContain("accept");
	}

	/**
	 * The format of {@code /data/<collection>} for each kind of Accept header: the ones
	 * that name a format (Spring MVC's produces mappings), and the ones led by a
	 * wildcard, missing or malformed (CSV first unless turned down by name).
	 */
	@Test
	void everyKindOfAcceptGetsTheFormatItPrefersOrA406() throws Exception {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("text/csv", "text/csv");
		expected.put("application/json", "application/json");
		expected.put("application/x-ndjson", "application/x-ndjson");
		expected.put("text/*", "text/csv");
		expected.put("application/*", "application/json");
		expected.put("*/*", "text/csv");
		expected.put("not a media type;;", "text/csv");
		expected.put("application/json;q=0.4, application/x-ndjson;q=0.6", "application/x-ndjson");
		expected.put("*/*;q=0.9, text/csv;q=0.1", "application/json");
		expected.put("text/html, application/json;q=0.9", "application/json");
		// equal qualities: Spring MVC goes by the order the client lists them
		expected.put("application/x-ndjson, application/json", "application/x-ndjson");
		expected.put("application/json, application/x-ndjson", "application/json");
		// q=0 refuses a format by name, whichever produces mapping the type picked
		expected.put("application/*, application/json;q=0", "application/x-ndjson");
		expected.put("text/csv;q=0, application/*;q=0.5", "application/json");
		for (Map.Entry<String, String> entry : expected.entrySet()) {
			HttpResponse<byte[]> response = get("/data/countries", entry.getKey());
			assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(entry.getKey())
				.hasValueSatisfying((type) -> assertThat(type).startsWith(entry.getValue()));
			assertThat(vary(response)).as(entry.getKey()).contains("accept");
		}
		HttpResponse<byte[]> none = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/countries")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(none.body()).isEqualTo(get("/data/countries.csv", "*/*").body());
		HttpResponse<byte[]> bom = get("/data/countries?bom=true", "text/csv");
		assertThat(bom.body()).startsWith(TableWriter.BOM);
		assertThat(bom.headers().firstValue("ETag"))
			.hasValueSatisfying((etag) -> assertThat(etag).endsWith("-csv-bom\""));
		for (String refused : List.of("image/png", "*/*;q=0", "text/html", "application/json;q=0")) {
			HttpResponse<byte[]> response = get("/data/countries", refused);
			assertThat(response.statusCode()).as(refused).isEqualTo(406);
			assertThat(vary(response)).as(refused).contains("accept");
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(refused)
				.contains("/data/countries.csv", "(" + refused + ")");
		}
		for (String accept : List.of("application/json", "text/csv", "image/png")) {
			HttpResponse<byte[]> unknown = get("/data/treaties", accept);
			assertThat(unknown.statusCode()).as(accept).isEqualTo(404);
			assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).as(accept)
				.contains("no collection 'treaties'");
		}
	}

	@Test
	void bomIsForCsvOnlySoJsonAskedWithItIsTheSameFileWithTheSameETag() throws Exception {
		HttpResponse<byte[]> plain = get("/data/statements.json", "*/*");
		HttpResponse<byte[]> bom = get("/data/statements.json?bom=true", "*/*");
		assertThat(bom.body()).isEqualTo(plain.body());
		assertThat(bom.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
	}

	@Test
	void aTypoInAFileNameIsAnsweredWithTheNameMeant() throws Exception {
		assertThat(new String(get("/data/statment.csv", "*/*").body(), StandardCharsets.UTF_8))
			.startsWith("There is no collection 'statment'; did you mean 'statements'? Collections: agreements,");
		assertThat(new String(get("/data/statements.jsn", "*/*").body(), StandardCharsets.UTF_8))
			.startsWith("Format 'jsn' is not offered; did you mean 'json'? Formats: csv,");
		// a swap of neighbours, the commonest slip, is one edit
		assertThat(new String(get("/data/statements.cvs", "*/*").body(), StandardCharsets.UTF_8))
			.startsWith("Format 'cvs' is not offered; did you mean 'csv'? Formats: csv,");
		assertThat(new String(get("/data/treaties.csv", "*/*").body(), StandardCharsets.UTF_8))
			.startsWith("There is no collection 'treaties'. Collections: agreements,");
	}

	/**
	 * A collection's name in capitals, with its extension or without, names that
	 * collection alone: {@code /data/Statements.csv} suggested {@code agreements} too,
	 * and {@code /data/Statements} nothing.
	 */
	@Test
	void aCollectionInCapitalsIsAnsweredWithThatCollection() throws Exception {
		assertThat(new String(get("/data/Statements.csv", "*/*").body(), StandardCharsets.UTF_8))
			.startsWith("There is no collection 'Statements'; did you mean 'statements'? Collections: agreements,");
		HttpResponse<byte[]> bare = get("/data/Statements", "*/*");
		assertThat(bare.statusCode()).isEqualTo(404);
		assertThat(new String(bare.body(), StandardCharsets.UTF_8))
			.startsWith("There is no /data/Statements; did you mean /data/statements?");
		assertThat(new String(get("/data/Changelog", "*/*").body(), StandardCharsets.UTF_8))
			.startsWith("There is no /data/Changelog; did you mean /data/changelog?");
		assertThat(new String(get("/data/Treaties", "*/*").body(), StandardCharsets.UTF_8))
			.startsWith("There is no /data/Treaties.");
	}

	@Test
	void fileNamesThatAreNoCollectionOrFormatSayWhatExists() throws Exception {
		HttpResponse<byte[]> upper = get("/data/Statements.csv", "*/*");
		assertThat(upper.statusCode()).isEqualTo(404);
		assertThat(new String(upper.body(), StandardCharsets.UTF_8)).contains("no collection 'Statements'");
		HttpResponse<byte[]> noFormat = get("/data/statements.", "*/*");
		assertThat(noFormat.statusCode()).isEqualTo(404);
		assertThat(new String(noFormat.body(), StandardCharsets.UTF_8)).contains("'statements.' has no format");
		HttpResponse<byte[]> ndjson = get("/data/countries.ndjson", "text/csv");
		assertThat(ndjson.statusCode()).isEqualTo(200);
		assertThat(ndjson.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
		assertThat(ndjson.headers().firstValue("ETag"))
			.hasValue(this.release.etag((String) json("/data/index.json").get("version"), ""));
		HttpResponse<byte[]> json = get("/data/countries.json", "application/x-ndjson");
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(vary(json)).doesNotContain("accept");
		assertThat(json.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("-countries.json"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void dataPackageDescribesEveryCsvColumnAndItsForeignKeysResolve() throws Exception {
		Map<String, Object> descriptor = json("/data/datapackage.json");
		assertThat(descriptor).containsKeys("name", "resources", "licenses")
			.containsEntry("profile", "tabular-data-package");
		assertThat(descriptor.get("name").toString()).matches("^[a-z0-9._-]+$");
		assertThat((List<Map<String, Object>>) descriptor.get("licenses")).anySatisfy(
				(licence) -> assertThat(licence).containsEntry("path", "https://creativecommons.org/licenses/by/4.0/"));
		List<Map<String, Object>> resources = (List<Map<String, Object>>) descriptor.get("resources");
		Map<String, List<CSVRecord>> tables = new HashMap<>();
		Map<String, List<String>> fieldsByResource = new HashMap<>();
		for (Map<String, Object> resource : resources) {
			assertThat(resource).containsKeys("name", "path", "schema");
			String name = (String) resource.get("name");
			assertThat(name).matches("^[a-z0-9._-]+$");
			List<CSVRecord> records = parseCsv(text("/data/" + resource.get("path")));
			tables.put(name, records);
			Map<String, Object> schema = (Map<String, Object>) resource.get("schema");
			List<Map<String, Object>> fields = (List<Map<String, Object>>) schema.get("fields");
			List<String> names = fields.stream().map((f) -> (String) f.get("name")).toList();
			fieldsByResource.put(name, names);
			assertThat(names).as(name).containsExactlyElementsOf(records.get(0).toList());
			for (Map<String, Object> field : fields) {
				assertThat(field.get("type")).isIn("string", "integer", "number", "date", "boolean", "array");
				assertThat((String) field.get("description")).as(name + "." + field.get("name")).isNotBlank();
			}
			assertThat((List<String>) schema.get("primaryKey")).containsExactly("id");
		}
		assertThat(fieldsByResource.keySet()).containsExactlyInAnyOrderElementsOf(Tables.names());
		for (Map<String, Object> resource : resources) {
			String name = (String) resource.get("name");
			List<String> header = fieldsByResource.get(name);
			for (Map<String, Object> key : (List<Map<String, Object>>) ((Map<String, Object>) resource.get("schema"))
				.get("foreignKeys")) {
				Map<String, Object> reference = (Map<String, Object>) key.get("reference");
				String target = (String) reference.get("resource");
				assertThat(fieldsByResource).as(name + " references " + target).containsKey(target);
				assertThat(fieldsByResource.get(target)).containsAll((List<String>) reference.get("fields"));
				String column = ((List<String>) key.get("fields")).get(0);
				assertThat(header).contains(column);
				Set<String> ids = new HashSet<>();
				tables.get(target).stream().skip(1).forEach((r) -> ids.add(r.get(0)));
				for (CSVRecord record : tables.get(name).subList(1, tables.get(name).size())) {
					String value = record.get(header.indexOf(column));
					if (!value.isEmpty()) {
						assertThat(ids).as(name + "." + column + " -> " + target).contains(value);
					}
				}
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void yesNoColumnsAreBooleansWithTheValuesTheCsvWrites() throws Exception {
		Map<String, Object> descriptor = json("/data/datapackage.json");
		Set<String> booleans = new HashSet<>();
		for (Map<String, Object> resource : (List<Map<String, Object>>) descriptor.get("resources")) {
			String name = (String) resource.get("name");
			List<CSVRecord> records = parseCsv(text("/data/" + resource.get("path")));
			List<Map<String, Object>> fields = (List<Map<String, Object>>) ((Map<String, Object>) resource
				.get("schema")).get("fields");
			for (int i = 0; i < fields.size(); i++) {
				Map<String, Object> field = fields.get(i);
				String column = name + "." + field.get("name");
				Set<String> cells = new HashSet<>();
				for (CSVRecord record : records.subList(1, records.size())) {
					if (!record.get(i).isEmpty()) {
						cells.add(record.get(i));
					}
				}
				if ("boolean".equals(field.get("type"))) {
					booleans.add(column);
					assertThat(field).as(column)
						.containsEntry("trueValues", List.of("true"))
						.containsEntry("falseValues", List.of("false"));
					assertThat(cells).as(column).isSubsetOf("true", "false");
				}
				else {
					// a column of only true and false is a yes/no column typed as
					// something else
					assertThat(!cells.isEmpty() && Set.of("true", "false").containsAll(cells))
						.as(column + " holds only " + cells + " but is typed " + field.get("type"))
						.isFalse();
				}
			}
		}
		assertThat(booleans).contains("agreements.disputed", "agreements.open_to_accession",
				"commitments.amount_approximate", "statements.disputed");
	}

	@Test
	@SuppressWarnings("unchecked")
	void jsonLdDescribesTheDatasetAndEveryDownload() throws Exception {
		Map<String, Object> jsonLd = json("/data/dataset.jsonld");
		assertThat((Map<String, Object>) jsonLd.get("@context")).containsEntry("@vocab", "https://schema.org/");
		assertThat((List<String>) jsonLd.get("@type")).contains("Dataset");
		assertThat(jsonLd).containsEntry("license", "https://creativecommons.org/licenses/by/4.0/")
			.containsKeys("name", "description", "version", "datePublished", "publisher");
		List<String> urls = ((List<Map<String, Object>>) jsonLd.get("distribution")).stream()
			.map((d) -> (String) d.get("contentUrl"))
			.toList();
		List<Map<String, Object>> downloads = (List<Map<String, Object>>) json("/data/index.json").get("downloads");
		assertThat(urls).containsExactlyElementsOf(downloads.stream().map((d) -> (String) d.get("url")).toList());
		for (Map<String, Object> distribution : (List<Map<String, Object>>) jsonLd.get("distribution")) {
			assertThat(distribution).containsKeys("encodingFormat");
		}
		Map<String, Object> service = (Map<String, Object>) jsonLd.get("dcat:accessService");
		assertThat(service).containsEntry("@type", "dcat:DataService");
		// from accords.public-url (its default here), never from the request
		assertThat((Map<String, Object>) service.get("dcat:endpointURL")).containsEntry("@id",
				"http://localhost:8080/graphql");
		String page = new String(get("/data", "text/html").body(), StandardCharsets.UTF_8);
		Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">\\n(.*?)\\n</script>", Pattern.DOTALL)
			.matcher(page);
		assertThat(script.find()).isTrue();
		assertThat((Map<String, Object>) JSON.readValue(script.group(1), Map.class)).containsEntry("version",
				jsonLd.get("version"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void indexListsFormatRowsVersionAndLicenceForPeopleAndPrograms() throws Exception {
		HttpResponse<byte[]> page = get("/data", "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		String html = new String(page.body(), StandardCharsets.UTF_8);
		assertThat(html)
			.contains("/data/statements.csv", "/data/statements.ndjson", "CC&nbsp;BY&nbsp;4.0".replace("&nbsp;", " "),
					"?bom=true", "speaker_name", "/data/changelog")
			.doesNotContain("<script src", "http://cdn", "https://cdn");
		Map<String, Object> index = JSON.readValue(get("/data", "application/json").body(), Map.class);
		assertThat(index).isEqualTo(json("/data/index.json"));
		List<Map<String, Object>> downloads = (List<Map<String, Object>>) index.get("downloads");
		assertThat(downloads).hasSize(Tables.ALL.size() * 3 + 5);
		Map<String, Object> statements = downloads.stream()
			.filter((d) -> d.get("file").equals("statements.csv"))
			.findFirst()
			.orElseThrow();
		assertThat(statements).containsEntry("format", "csv")
			.containsEntry("rows", 5)
			.containsEntry("version", index.get("version"))
			.containsEntry("licence", "https://creativecommons.org/licenses/by/4.0/")
			.containsKey("bytes");
	}

	@Test
	@SuppressWarnings("unchecked")
	void sizesAreMeasuredInTheBackgroundAndMatchTheDownloads() throws Exception {
		// checked at once and every 10 ms (a sleep of 100 ms after each look, found or
		// not,
		// was paid at least once)
		Map<String, Object> statements = await()
			.until(() -> ((List<Map<String, Object>>) json("/data/index.json").get("downloads")).stream()
				.filter((d) -> d.get("file").equals("statements.csv"))
				.findFirst()
				.orElseThrow(), (d) -> d.get("bytes") != null);
		assertThat(((Number) statements.get("bytes")).longValue())
			.isEqualTo(get("/data/statements.csv", "*/*").body().length);
	}

	@Test
	void archiveHoldsEveryCsvTheDataPackageAndAReadme() throws Exception {
		String version = (String) json("/data/index.json").get("version");
		byte[] zip = get("/data/accords-" + version + ".zip", "*/*").body();
		assertThat(get("/data/all.zip", "*/*").body()).isEqualTo(zip);
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(entries.keySet()).contains("README.txt", "datapackage.json", "changelog.json", "statements.csv",
				"cooperation-areas.csv", "articles.csv");
		for (String name : Tables.names()) {
			assertThat(entries.get(name + ".csv")).isEqualTo(text("/data/" + name + ".csv"));
		}
		assertThat(entries.get("README.txt")).contains("CC BY 4.0", version);
	}

	@Test
	@SuppressWarnings("unchecked")
	void citationIsTheSameInBibtexAndGraphQl() throws Exception {
		String bib = text("/data/citation.bib");
		Map<String, Object> dataset = (Map<String, Object>) graphQl("{ dataset { version citation bibtex } }")
			.get("dataset");
		assertThat(bib).isEqualTo(dataset.get("bibtex"))
			.startsWith("@misc{accords_" + dataset.get("version") + ",")
			.contains("https://creativecommons.org/licenses/by/4.0/");
		assertThat((String) dataset.get("citation")).contains((String) dataset.get("version"), "CC BY 4.0");
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyListedDownloadNamesItsLicence() throws Exception {
		List<Map<String, Object>> downloads = (List<Map<String, Object>>) json("/data/index.json").get("downloads");
		for (Map<String, Object> download : downloads) {
			String path = URI.create((String) download.get("url")).getPath();
			HttpResponse<byte[]> response = get(path, "*/*");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Link")).as(path)
				.hasValueSatisfying(
						(link) -> assertThat(link).isEqualTo("<" + download.get("licence") + ">; rel=\"license\""));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void changelogNamesEachCollectionByTheFileAJournalistOpensAndKeepsTheType() throws Exception {
		List<Map<String, Object>> versions = JSON.readValue(text("/data/changelog.json"), List.class);
		List<Map<String, Object>> collections = (List<Map<String, Object>>) versions.get(0).get("collections");
		assertThat(collections).isNotEmpty()
			.allSatisfy((collection) -> assertThat(definedColumns())
				.containsKey(((String) collection.get("file")).replace(".csv", "")));
		assertThat(collections)
			.anySatisfy((collection) -> assertThat(collection).containsEntry("collection", "CooperationArea")
				.containsEntry("file", "cooperation-areas.csv"));
		String html = new String(get("/data/changelog", "text/html").body(), StandardCharsets.UTF_8);
		assertThat(html).contains("<code>cooperation-areas.csv</code> (CooperationArea)");
	}

	@Test
	@SuppressWarnings("unchecked")
	void changelogIsReadableAndJson() throws Exception {
		List<Map<String, Object>> versions = JSON.readValue(text("/data/changelog.json"), List.class);
		assertThat(versions).isNotEmpty();
		assertThat(versions.get(versions.size() - 1)).containsEntry("previousVersion", null);
		String html = new String(get("/data/changelog", "text/html").body(), StandardCharsets.UTF_8);
		assertThat(html).contains("<h1>Changelog</h1>", (String) versions.get(0).get("version"));
		assertThat(JSON.readValue(get("/data/changelog", "application/json").body(), List.class)).isEqualTo(versions);
	}

	@Test
	@SuppressWarnings("unchecked")
	void unknownCollectionOrFormatIsA404ThatSaysWhatExists() throws Exception {
		HttpResponse<byte[]> json = get("/data/treaties.csv", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
		Map<String, Object> body = JSON.readValue(json.body(), Map.class);
		assertThat((String) body.get("message")).contains("no collection 'treaties'", "statements");
		assertThat((List<String>) body.get("collections")).containsExactlyElementsOf(Tables.names());
		assertThat((List<String>) body.get("downloads")).contains("/data/statements.csv");
		HttpResponse<byte[]> text = get("/data/statements.xlsx", "*/*");
		assertThat(text.statusCode()).isEqualTo(404);
		assertThat(text.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/plain"));
		assertThat(new String(text.body(), StandardCharsets.UTF_8)).contains("Format 'xlsx' is not offered",
				"csv, json, ndjson", "/data/statements.ndjson");
		HttpResponse<byte[]> html = get("/data/nothing/here", "text/html");
		assertThat(html.statusCode()).isEqualTo(404);
		assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("<h1>Not found</h1>",
				"href=\"/data/people.csv\"");
		HttpResponse<byte[]> oldArchive = get("/data/accords-0000000000000000.zip", "*/*");
		assertThat(oldArchive.statusCode()).isEqualTo(404);
		assertThat(new String(oldArchive.body(), StandardCharsets.UTF_8)).contains("not the version served");
	}

	/**
	 * A post's stored term has sentinel dates for open ends and a folded role, kept for
	 * queries: a reader would take {@code 0000-01-01} for a date. Downloads and the
	 * GraphQL type show the term as {@code heldFrom} and {@code heldUntil}, absent when
	 * open, as every collection leaves out absent values.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void postsLeaveOutStoreInternalFieldsAndSentinelDates() throws Exception {
		Set<String> internal = Set.of("roleKey", "termStart", "termEnd", "searchText", "amountKey", "_class", "_id");
		List<Map<String, Object>> posts = JSON.readValue(text("/data/posts.json"), List.class);
		List<Map<String, Object>> lines = text("/data/posts.ndjson").lines()
			.map((line) -> (Map<String, Object>) JSON.readValue(line, Map.class))
			.toList();
		assertThat(posts).isNotEmpty().hasSameSizeAs(lines);
		for (List<Map<String, Object>> download : List.of(posts, lines)) {
			for (Map<String, Object> post : download) {
				assertThat(post.keySet()).doesNotContainAnyElementsOf(internal).contains("id", "role", "personId");
				assertThat(post.values()).doesNotContain("0000-01-01", "9999-12-31");
			}
		}
		assertThat(text("/data/posts.csv")).doesNotContain("0000-01-01", "9999-12-31");
		Map<String, Object> type = (Map<String, Object>) graphQl("{ __type(name: \"Post\") { fields { name } } }")
			.get("__type");
		assertThat(((List<Map<String, Object>>) type.get("fields")).stream().map((field) -> field.get("name")))
			.contains("heldFrom", "heldUntil")
			.doesNotContainAnyElementsOf(internal);
		for (Table<?> table : Tables.ALL) {
			String json = text("/data/" + table.name() + ".json");
			for (String field : internal) {
				assertThat(json).as(table.name()).doesNotContain("\"" + field + "\":");
			}
		}
	}

	/**
	 * An error is no file: no Content-Disposition (Spring MVC's guard against reflected
	 * file downloads would add {@code inline;filename=f.txt} at an extension it does not
	 * know), {@code nosniff} instead.
	 */
	@Test
	void errorsAreAnsweredWithoutContentDisposition() throws Exception {
		Map<String, Integer> errors = new LinkedHashMap<>();
		errors.put("/data/statements.xlsx", 404);
		errors.put("/data/statments.ndjson", 404);
		errors.put("/data/statements.bat", 404);
		errors.put("/data/accords-0000000000000000.zip", 404);
		errors.put("/data/statements.csv?version=0000000000000000", 404);
		for (String accept : List.of("*/*", "application/json", "text/html")) {
			for (Map.Entry<String, Integer> error : errors.entrySet()) {
				HttpResponse<byte[]> response = get(error.getKey(), accept);
				assertThat(response.statusCode()).as(error.getKey() + " " + accept).isEqualTo(error.getValue());
				assertThat(response.headers().firstValue("Content-Disposition")).as(error.getKey() + " " + accept)
					.isEmpty();
				assertThat(vary(response)).as(error.getKey() + " " + accept).contains("accept");
				// about this request: a CDN would otherwise keep it by its own heuristics
				assertThat(response.headers().firstValue("Cache-Control")).as(error.getKey() + " " + accept)
					.hasValue("no-store");
			}
		}
		HttpResponse<byte[]> json = get("/data/statements.xlsx", "application/json");
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(json.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(new String(json.body(), StandardCharsets.UTF_8)).startsWith("{\"status\":404,");
		HttpResponse<byte[]> notAcceptable = get("/data/statements", "image/png");
		assertThat(notAcceptable.statusCode()).isEqualTo(406);
		assertThat(notAcceptable.headers().firstValue("Content-Disposition")).isEmpty();
		assertThat(notAcceptable.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(notAcceptable.headers().firstValue("Cache-Control")).hasValue("no-store");
		HttpResponse<byte[]> bad = this.http.send(HttpRequest
			.newBuilder(
					URI.create("http://localhost:" + this.port + "/data/statements.ndjson?version=aaaaaaaaaaaaaaaa"))
			.header("Accords-Version", "bbbbbbbbbbbbbbbb")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Disposition")).isEmpty();
		assertThat(bad.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	/**
	 * The listing and the changelog change with each publication (the listing also when
	 * the sizes of a version's downloads are measured): revalidated each time, never kept
	 * by a CDN's own heuristics, which would show the last version for as long as it
	 * liked.
	 */
	/**
	 * The pages of {@code /data} load nothing but themselves (inline styles, the JSON-LD
	 * data block) and are framed by no one, as the article list is: their policy says so,
	 * for a browser to enforce.
	 */
	@Test
	void thePagesCarryAPolicyThatLoadsNothingAndIsFramedByNoOne() throws Exception {
		for (String path : List.of("/data", "/data/changelog", "/data/nothing/here")) {
			HttpResponse<byte[]> page = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
			assertThat(page.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
						+ "form-action 'none'; frame-ancestors 'none'");
		}
	}

	@Test
	void theListingAndTheChangelogAreRevalidatedEachTime() throws Exception {
		for (String path : List.of("/data", "/data/", "/data/index.json", "/data/changelog", "/data/changelog.json")) {
			for (String accept : List.of("*/*", "application/json", "text/html")) {
				HttpResponse<byte[]> response = get(path, accept);
				assertThat(response.statusCode()).as(path + " " + accept).isEqualTo(200);
				assertThat(response.headers().firstValue("Cache-Control")).as(path + " " + accept).hasValue("no-cache");
			}
		}
	}

	@Test
	void landingPageLinksTheDownloads() throws Exception {
		assertThat(text("/")).contains("href=\"/data\"");
	}

}
