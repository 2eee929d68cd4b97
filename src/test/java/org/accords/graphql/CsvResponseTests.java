package org.accords.graphql;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import org.accords.AccordsTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Accept: text/csv} turns any query's first connection into a spreadsheet.
 */
@AccordsTest
class CsvResponseTests {

	@LocalServerPort
	int port;

	HttpClientSupport client;

	@BeforeEach
	void client() {
		this.client = new HttpClientSupport(this.port);
	}

	@Test
	void aFilteredQueryBecomesCsvWithOneRowPerNode() throws IOException {
		String query = "{ statements(filter: { speakerName: \\\"kasciunas\\\" }) { totalCount edges { node { id kind"
				+ " speaker { name } evidence { start end excerpt } } } } }";
		HttpResponse<String> response = this.client.post("{\"query\":\"" + query + "\"}", "Accept", "text/csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(response.body()))
			.getRecords();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).toMap()).containsKeys("id", "kind", "speaker.name", "evidence.excerpt");
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("speaker.name")).isEqualTo("Laurynas Kasčiūnas"));
	}

	@Test
	void theColumnsOfAListLineUpItemByItemWhereSomeItemsHaveANullObject() throws IOException {
		// the memorandum's signatories: two ministries without a person, two people
		// without
		// an organization; item i of every column is signatory i
		HttpResponse<String> response = this.client.get(
				"{ agreements { edges { node { signatories { person { name } organization { name } onBehalfOf { code } } } } } }",
				"Accept", "text/csv");
		assertThat(response.statusCode()).isEqualTo(200);
		CSVRecord row = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(response.body()))
			.getRecords()
			.get(0);
		assertThat(row.get("signatories.person.name"))
			.isEqualTo("[null,null,\"Oleksandr Kamyshin\",\"Rustem Umerov\"]");
		assertThat(row.get("signatories.organization.name"))
			.isEqualTo("[\"Ministry of National Defence\",\"Ministry of the Economy and Innovation\",null,null]");
		assertThat(row.get("signatories.onBehalfOf.code")).isEqualTo("[\"LT\",\"LT\",\"UA\",\"UA\"]");
	}

	@Test
	void theFileIsNamedByVersionAndConnectionAsTheDownloadsAre() {
		String query = "{ dataset { version } people: people { edges { node { name } } } }";
		HttpResponse<String> first = this.client.get(query, "Accept", "text/csv");
		String version = first.headers().firstValue("Accords-Version").orElseThrow();
		String expected = "attachment; filename=\"accords-" + version + "-people.csv\"";
		assertThat(first.headers().firstValue("Content-Disposition")).hasValue(expected);
		HttpResponse<String> cached = this.client.get(query, "Accept", "text/csv");
		assertThat(cached.body()).isEqualTo(first.body());
		assertThat(cached.headers().firstValue("Content-Disposition")).as("an answer from the response cache too")
			.hasValue(expected);
		HttpResponse<String> json = this.client.get(query);
		assertThat(json.headers().firstValue("Content-Disposition")).isEmpty();
	}

	@Test
	void aFilterThatMatchesNothingStillGivesTheHeader() {
		HttpResponse<String> response = this.client.get(
				"{ statements(filter: { speakerName: \"nobody-of-that-name\" }) { edges { node { saidOn speaker { name } } } } }",
				"Accept", "text/csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("saidOn,speaker.name\r\n");
	}

	@Test
	void bomTrueMarksTheCsvAsUtf8ForExcelAsTheDownloadsDo() {
		String query = "{ people { edges { node { name } } } }";
		HttpResponse<String> plain = this.client.get(query, "Accept", "text/csv");
		for (int i = 0; i < 2; i++) {
			// executed, then from the response cache, which holds it without the mark
			HttpResponse<String> marked = this.client.get(query, "Accept", "text/csv", "?bom", "true");
			assertThat(marked.statusCode()).isEqualTo(200);
			assertThat(marked.body()).isEqualTo("\uFEFF" + plain.body());
			assertThat(marked.headers().firstValue("Content-Disposition"))
				.hasValueSatisfying((value) -> assertThat(value).endsWith("-people-bom.csv\""));
		}
		assertThat(this.client.get(query, "Accept", "text/csv").body()).isEqualTo(plain.body());
	}

	@Test
	void bomTakesWhatTheDownloadsTakeForTrueAndRefusesOtherValues() {
		String query = "{ people { edges { node { name } } } }";
		HttpResponse<String> plain = this.client.get(query, "Accept", "text/csv");
		for (String yes : new String[] { "yes", "1", "on", "TRUE" }) {
			assertThat(this.client.get(query, "Accept", "text/csv", "?bom", yes).body()).as(yes)
				.isEqualTo("\uFEFF" + plain.body());
		}
		for (String no : new String[] { "no", "0", "false" }) {
			assertThat(this.client.get(query, "Accept", "text/csv", "?bom", no).body()).as(no).isEqualTo(plain.body());
		}
		HttpResponse<String> refused = this.client.get(query, "Accept", "text/csv", "?bom", "maybe");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("BAD_REQUEST")
			.contains("bom must be true or false (or yes/no, on/off, 1/0), got 'maybe'");
	}

	@Test
	void overGetToo() {
		HttpResponse<String> response = this.client.get("{ people { edges { node { name } } } }", "Accept", "text/csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("name\r\n").contains("Aušrinė Armonaitė");
	}

	@Test
	void aPageWithMoreAfterItLinksTheNextOneTillTheLast() throws IOException {
		// a CSV has no pageInfo: the Link header says that there is more, and where; the
		// query selects neither cursors nor pageInfo, as a journalist's does
		String query = "query Quotes($n: Int) { statements(first: $n) { edges { node { id } } } }";
		HttpResponse<String> page = this.client.get(query, "Accept", "text/csv", "?variables", "{\"n\":2}",
				"?operationName", "Quotes");
		String firstLink = page.headers().firstValue("Link").orElseThrow();
		assertThat(this.client.get(query, "Accept", "text/csv", "?variables", "{\"n\":2}", "?operationName", "Quotes")
			.headers()
			.firstValue("Link")).as("an answer from the response cache too").hasValue(firstLink);
		Followed followed = followNextLinks(page);
		assertThat(followed.pages()).isEqualTo(3);
		assertThat(followed.ids()).hasSize(5).doesNotHaveDuplicates();
	}

	/**
	 * {@code nodes}, the short form of {@code edges { node }}, is written as that form
	 * is, and its pages link on the same way.
	 */
	@Test
	void aConnectionsNodesAreRowsAndLinkTheirNextPageToo() throws IOException {
		HttpResponse<String> edges = this.client.get("{ statements(first: 2) { edges { node { id kind } } } }",
				"Accept", "text/csv");
		HttpResponse<String> nodes = this.client.get("{ statements(first: 2) { totalCount nodes { id kind } } }",
				"Accept", "text/csv");
		assertThat(nodes.statusCode()).as(nodes.body()).isEqualTo(200);
		assertThat(nodes.body()).startsWith("id,kind\r\n").isEqualTo(edges.body());
		Followed followed = followNextLinks(nodes);
		assertThat(followed.pages()).isEqualTo(3);
		assertThat(followed.ids()).hasSize(5).doesNotHaveDuplicates();
	}

	/**
	 * A query that pages with {@code after: $after}, as Apollo and urql write it, links a
	 * next page that runs: the link wrote the cursor in place of the variable and kept
	 * the variable's definition, which then failed validation ({@code Unused variable
	 * 'after'}, 400) at the first link followed.
	 */
	@Test
	void aQueryPagingWithAnAfterVariableLinksNextPagesThatRun() throws IOException {
		String query = "query Quotes($after: String) { statements(first: 2, after: $after) { edges { node { id } } } }";
		Followed followed = followNextLinks(
				this.client.get(query, "Accept", "text/csv", "?variables", "{\"after\":null}"));
		assertThat(followed.pages()).isEqualTo(3);
		assertThat(followed.ids()).hasSize(5).doesNotHaveDuplicates();
		// a variable used elsewhere too keeps its definition
		String twice = "query($after: String) { statements(first: 2, after: $after) { edges { node { id } } }"
				+ " articles(after: $after) { totalCount } }";
		HttpResponse<String> page = this.client.get(twice, "Accept", "text/csv");
		String link = page.headers().firstValue("Link").orElseThrow();
		assertThat(java.net.URLDecoder.decode(link, java.nio.charset.StandardCharsets.UTF_8))
			.contains("($after:String)", "articles(after:$after)");
	}

	/**
	 * A next page's link pages the list of the page it follows: its filter and order go
	 * with it, and its cursor, which names that list, is refused on another one.
	 */
	@Test
	void aNextPagesLinkPagesItsOwnListAndItsCursorNoOther() throws IOException {
		String query = "{ statements(filter: { speakerName: \"kasciunas\" }, orderBy: { field: SAID_ON,"
				+ " direction: DESC }, first: 1) { edges { node { id } } } }";
		HttpResponse<String> page = this.client.get(query, "Accept", "text/csv");
		String link = page.headers().firstValue("Link").orElseThrow();
		Followed followed = followNextLinks(page);
		List<String> ids = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(
					this.client.get(query.replace("first: 1", "first: 10"), "Accept", "text/csv").body()))
			.stream()
			.map((row) -> row.get("id"))
			.toList();
		assertThat(ids).hasSize(3);
		assertThat(followed.ids()).isEqualTo(ids);
		String cursor = java.net.URLDecoder
			.decode(link.substring(1, link.indexOf('>')), java.nio.charset.StandardCharsets.UTF_8)
			.replaceFirst("(?s).*after:\\s*\"([^\"]+)\".*", "$1");
		HttpResponse<String> elsewhere = this.client
			.get("{ statements(first: 1, after: \"" + cursor + "\") { edges { node { id } } } }", "Accept", "text/csv");
		assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(400);
		assertThat(elsewhere.body()).contains("BAD_USER_INPUT",
				"after: this cursor came from another list, or from statements with another filter or orderBy");
	}

	/**
	 * What a client following a CSV's next-page links read: how many pages, and their
	 * ids.
	 */
	private record Followed(int pages, List<String> ids) {
	}

	/**
	 * Reads the {@code id} column of {@code page} and of every page its {@code Link:
	 * rel="next"} headers lead to, as a script paging a CSV does.
	 */
	private Followed followNextLinks(HttpResponse<String> first) throws IOException {
		HttpResponse<String> page = first;
		List<String> ids = new java.util.ArrayList<>();
		int pages = 0;
		while (true) {
			assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
			pages++;
			CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(page.body()))
				.forEach((row) -> ids.add(row.get("id")));
			java.util.Optional<String> link = page.headers().firstValue("Link");
			if (link.isEmpty()) {
				return new Followed(pages, ids);
			}
			assertThat(link.get()).endsWith(">; rel=\"next\"").contains("/graphql?query=", "after");
			java.net.URI next = java.net.URI.create(link.get().substring(1, link.get().indexOf('>')));
			page = this.client.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI
					.create("http://localhost:" + this.port + next.getRawPath() + "?" + next.getRawQuery()))
				.header("Accept", "text/csv")
				.build());
		}
	}

	@Test
	void searchResultsInCsvLinkTheirNextPageTooTillEveryHitIsRead() throws IOException {
		// search's connection has hit details on its edges (score, highlight): its CSV
		// said nothing of the pages after the first
		String query = "{ search(text: \"Lithuania\", first: 2) { edges { score node { __typename ... on Person { id }"
				+ " ... on Statement { id } ... on Commitment { id } ... on CooperationArea { id } ... on Organization { id }"
				+ " ... on Event { id } ... on Programme { id } } } } }";
		HttpResponse<String> page = this.client.get(query, "Accept", "text/csv");
		Followed followed = followNextLinks(page);
		String counted = this.client.get("{ search(text: \"Lithuania\") { totalCount } }", "Accept", "application/json")
			.body();
		int totalCount = Integer.parseInt(counted.replaceAll("(?s).*\"totalCount\":(\\d+).*", "$1"));
		assertThat(totalCount).isGreaterThan(2);
		assertThat(followed.pages()).isGreaterThan(1);
		assertThat(followed.ids()).hasSize(totalCount).doesNotHaveDuplicates();
	}

	@Test
	void aRootListOfObjectsIsARowPerObject() throws IOException {
		HttpResponse<String> versions = this.client.get("{ datasetVersions { version publishedAt } }", "Accept",
				"text/csv");
		assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(versions.body()))
			.getRecords();
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.get("version")).isNotBlank());
		// the seed commits no money: no totals, but the header and the file's name
		HttpResponse<String> totals = this.client.get(
				"{ commitmentTotals(groupBy: [OBLIGOR]) { currency amount commitmentCount obligor { ... on Country { name } } } }",
				"Accept", "text/csv");
		assertThat(totals.statusCode()).as(totals.body()).isEqualTo(200);
		assertThat(totals.body()).startsWith("currency,amount,commitmentCount,obligor.name\r\n");
		assertThat(totals.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).endsWith("-commitmentTotals.csv\""));
	}

	@Test
	void aQueryWithoutAConnectionIsRefused() {
		HttpResponse<String> response = this.client.post("{\"query\":\"{ dataset { version } }\"}", "Accept",
				"text/csv");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("text/csv needs a query whose result holds a connection");
		assertThat(response.headers().firstValue("Content-Type")).as("the body is JSON, and says so")
			.hasValue("application/json");
	}

	@Test
	void errorsStayGraphQlShapedJson() {
		HttpResponse<String> response = this.client.post("{\"query\":\"{ nope }\"}", "Accept", "text/csv");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).contains("GRAPHQL_VALIDATION_FAILED");
	}

	/**
	 * A CSV request that fails is answered with the JSON a JSON request gets: the same
	 * errors, the same {@code extensions} (cost, dataset version) and the same headers
	 * (the version, {@code Vary}); only the status differs, since a CSV client has no
	 * {@code data} to read.
	 */
	@Test
	void errorsOfACsvRequestAreTheJsonAnswersErrors() {
		for (String query : new String[] { "{ nope }", "{ statements(first: 101) { edges { node { id } } } }" }) {
			HttpResponse<String> csv = this.client.get(query, "Accept", "text/csv");
			HttpResponse<String> json = this.client.get(query, "Accept", "application/graphql-response+json");
			assertThat(csv.statusCode()).as(query).isEqualTo(400);
			assertThat(csv.headers().firstValue("Content-Type")).hasValue("application/json");
			assertThat(csv.body()).as(query).contains("\"extensions\":{\"cost\":", "\"datasetVersion\":\"");
			assertThat(comparable(csv.body())).as(query).isEqualTo(comparable(json.body()));
			assertThat(csv.headers().firstValue("Accords-Version")).isPresent()
				.isEqualTo(json.headers().firstValue("Accords-Version"));
			assertThat(csv.headers().allValues("Vary")).as(query).isEqualTo(json.headers().allValues("Vary"));
		}
	}

	/** A JSON answer without what differs from one request to the next. */
	private static String comparable(String body) {
		return body.replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":_")
			.replaceAll("\"remaining\":\\d+", "\"remaining\":_");
	}

}
