package org.accords.graphql;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A GraphQL response's first connection becomes CSV: dotted columns in selection order,
 * the edge's fields too, lists joined, quoting a standard parser reads back.
 */
class ConnectionCsvTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(String json) {
		return (Map<String, Object>) JSON.readValue(json, Map.class).get("data");
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
	}

	@Test
	void firstConnectionBecomesOneRowPerNodeWithDottedColumns() throws IOException {
		String csv = ConnectionCsv.toCsv(
				data("""
						{"data": {"dataset": {"version": "x"}, "statements": {"totalCount": 2, "edges": [
						  {"cursor": "a", "node": {"text": "Quote, with \\"marks\\"", "speaker": {"name": "Laurynas Kasčiūnas", "country": {"code": "LT"}},
						   "evidence": [{"start": 1, "end": 5}, {"start": 9, "end": 12}]}},
						  {"cursor": "b", "node": {"text": "Line\\nbreak", "speaker": null, "saidOn": "2024-11-05", "evidence": []}}
						]}}}"""));
		List<CSVRecord> rows = parse(csv);
		assertThat(rows.get(0).toList()).containsExactly("cursor", "text", "speaker.name", "speaker.country.code",
				"evidence.start", "evidence.end", "saidOn");
		assertThat(rows.get(1).toList()).containsExactly("a", "Quote, with \"marks\"", "Laurynas Kasčiūnas", "LT",
				"[1,9]", "[5,12]", "");
		assertThat(rows.get(2).toList()).containsExactly("b", "Line\nbreak", "", "", "", "", "2024-11-05");
		assertThat(rows).hasSize(3);
		assertThat(csv).contains("\r\n");
	}

	@Test
	void columnsFollowTheSelectionWhicheverRowFirstFillsThem() throws IOException {
		// the first rows have no event and no areas: their columns still come where they
		// are selected, once, and not as an extra empty 'event' or 'areas' column
		String csv = ConnectionCsv.toCsv(
				data("""
						{"data": {"statements": {"edges": [
						  {"node": {"saidOn": null, "event": null, "areas": [], "speaker": {"name": "Aušrinė Armonaitė"}}},
						  {"node": {"saidOn": null, "event": null, "areas": [{"name": "R&D"}], "speaker": {"name": "Aušrinė Armonaitė"}}},
						  {"node": {"saidOn": "2024-11-05", "event": {"name": "Press conference"}, "areas": [], "speaker": null}}
						]}}}"""));
		List<CSVRecord> rows = parse(csv);
		assertThat(rows.get(0).toList()).containsExactly("saidOn", "event.name", "areas.name", "speaker.name");
		assertThat(rows.get(1).toList()).containsExactly("", "", "", "Aušrinė Armonaitė");
		assertThat(rows.get(2).toList()).containsExactly("", "", "[\"R&D\"]", "Aušrinė Armonaitė");
		assertThat(rows.get(3).toList()).containsExactly("2024-11-05", "Press conference", "", "");
	}

	@Test
	void everyColumnOfAListHasAnItemPerElementNullWhereTheElementHasNone() throws IOException {
		// the seed memorandum's signatories: two organizations without a person, two
		// people
		// without an organization; a party of a union without the other type's field; an
		// element that is null; a row whose every element lacks the object another row
		// has
		String csv = ConnectionCsv.toCsv(
				data("""
						{"data": {"agreements": {"edges": [
						  {"node": {"signatories": [
						     {"role": null, "person": null, "organization": {"name": "Ministry"}},
						     {"role": "Minister", "person": {"name": "Kamyshin", "country": {"code": "UA"}}, "organization": null},
						     null],
						   "participants": [{"party": {"__typename": "Country", "code": "LT"}},
						     {"party": {"__typename": "Organization", "name": "NATO"}}]}},
						  {"node": {"signatories": [{"role": null, "person": null, "organization": {"name": "Ministry"}},
						     {"role": null, "person": null, "organization": null}],
						   "participants": []}}
						]}}}"""));
		List<CSVRecord> rows = parse(csv);
		assertThat(rows.get(0).toList()).containsExactly("signatories.role", "signatories.person.name",
				"signatories.person.country.code", "signatories.organization.name", "participants.party.__typename",
				"participants.party.code", "participants.party.name");
		assertThat(rows.get(1).toList()).containsExactly("[null,\"Minister\",null]", "[null,\"Kamyshin\",null]",
				"[null,\"UA\",null]", "[\"Ministry\",null,null]", "[\"Country\",\"Organization\"]", "[\"LT\",null]",
				"[null,\"NATO\"]");
		assertThat(rows.get(2).toList()).containsExactly("[null,null]", "[null,null]", "[null,null]",
				"[\"Ministry\",null]", "", "", "");
	}

	@Test
	void listsInsideListsKeepTheirItemsAlignedToo() throws IOException {
		String csv = ConnectionCsv.toCsv(data("""
				{"data": {"areas": {"edges": [{"node": {"commitments": [
				  {"obligors": [{"name": "LT"}, {"name": null}], "evidence": [{"article": null}]},
				  {"obligors": [], "evidence": [{"article": {"publisher": "ELTA"}}]}
				]}}]}}}"""));
		List<CSVRecord> rows = parse(csv);
		assertThat(rows.get(0).toList()).containsExactly("commitments.obligors.name",
				"commitments.evidence.article.publisher");
		assertThat(rows.get(1).toList()).containsExactly("[[\"LT\",null],null]", "[[null],[\"ELTA\"]]");
	}

	@Test
	void edgeFieldsSuchAsScoreAndCursorAreColumnsToo() throws IOException {
		String csv = ConnectionCsv.toCsv(
				data("""
						{"data": {"search": {"totalCount": 1, "edges": [
						  {"score": 2.5, "highlight": "<em>Armonaitė</em>", "node": {"__typename": "Person", "name": "Aušrinė Armonaitė"}, "cursor": "c1"}
						]}}}"""));
		List<CSVRecord> rows = parse(csv);
		assertThat(rows.get(0).toList()).containsExactly("score", "highlight", "__typename", "name", "cursor");
		assertThat(rows.get(1).toList()).containsExactly("2.5", "<em>Armonaitė</em>", "Person", "Aušrinė Armonaitė",
				"c1");
	}

	@Test
	void listsBecomeJsonArraysThatSplitWhateverTheyHold() throws IOException {
		String csv = ConnectionCsv.toCsv(
				data("""
						{"data": {"search": {"edges": [{"node": {"__typename": "Person", "tags": ["a; b", "c, \\"d\\"", "e"]}}]}}}"""));
		String cell = parse(csv).get(1).get(1);
		assertThat(cell).isEqualTo("[\"a; b\",\"c, \\\"d\\\"\",\"e\"]");
		assertThat(JsonMapper.builder().build().readValue(cell, List.class)).containsExactly("a; b", "c, \"d\"", "e");
	}

	@Test
	void aSearchsEdgeFieldsAreColumnsTooInTheOrderAsked() throws IOException {
		String csv = ConnectionCsv.toCsv(data("""
				{"data": {"search": {"edges": [
				  {"score": 16.0, "cursor": "b2Zmc2V0OjA", "highlight": "Laurynas «Kasčiūnas»",
				   "node": {"__typename": "Person", "name": "Laurynas Kasčiūnas"}},
				  {"score": 3.0, "cursor": "b2Zmc2V0OjE", "highlight": "«Kasčiūnas» said",
				   "node": {"__typename": "Statement", "name": null}}
				]}}}"""));
		List<CSVRecord> rows = parse(csv);
		assertThat(rows.get(0).toList()).containsExactly("score", "cursor", "highlight", "__typename", "name");
		assertThat(rows.get(1).toList()).containsExactly("16.0", "b2Zmc2V0OjA", "Laurynas «Kasčiūnas»", "Person",
				"Laurynas Kasčiūnas");
		assertThat(rows.get(2).toList()).containsExactly("3.0", "b2Zmc2V0OjE", "«Kasčiūnas» said", "Statement", "");
	}

	@Test
	void nestedConnectionIsFoundDepthFirst() throws IOException {
		String csv = ConnectionCsv.toCsv(data("""
				{"data": {"node": {"name": "Rustem Umerov", "statements": {"edges": [{"node": {"id": "1"}}]}}}}"""));
		assertThat(parse(csv).get(0).toList()).containsExactly("id");
	}

	@Test
	void emptyConnectionGivesNoRows() {
		assertThat(ConnectionCsv.toCsv(data("""
				{"data": {"people": {"edges": []}}}"""))).isBlank();
	}

	@Test
	void anEmptyConnectionStillHasTheHeaderOfItsSelection() throws IOException {
		String document = """
				query Other { people { edges { node { id } } } }
				query Quotes {
				  dataset { version }
				  hits: statements(filter: { speakerName: "nobody" }) {
				    totalCount
				    edges { cursor node { kind ...Who evidence { excerpt } ... on Statement { saidOn } } }
				  }
				}
				fragment Who on Statement { speaker { name country { code } } }""";
		String csv = ConnectionCsv.toCsv(data("""
				{"data": {"dataset": {"version": "x"}, "hits": {"totalCount": 0, "edges": []}}}"""),
				Parser.parse(document), "Quotes");
		assertThat(parse(csv)).hasSize(1);
		assertThat(parse(csv).get(0).toList()).containsExactly("cursor", "kind", "speaker.name", "speaker.country.code",
				"evidence.excerpt", "saidOn");
	}

	@Test
	void everyPageHasTheColumnsOfTheWholeSelectionWhicheverTypesItHolds() throws IOException {
		// a union's fields are columns of every page, so that pages appended to one
		// another
		// line up, even a page where none of that type comes up
		String document = """
				{ node(id: "gone") { ... on Person { statements { edges { node { id } } } } }
				  search(text: "drones") { edges { score node { __typename ... on Person { name } ... on Agreement { title } } } } }""";
		String csv = ConnectionCsv.toCsv(data("""
				{"data": {"node": null, "search": {"edges": [
				  {"score": 2.0, "node": {"__typename": "Agreement", "title": "A memorandum"}},
				  {"score": 1.0, "node": {"__typename": "Statement"}}
				]}}}"""), Parser.parse(document), null);
		List<CSVRecord> rows = parse(csv);
		assertThat(rows.get(0).toList()).containsExactly("score", "__typename", "name", "title");
		assertThat(rows.get(1).toList()).containsExactly("2.0", "Agreement", "", "A memorandum");
		assertThat(rows.get(2).toList()).containsExactly("1.0", "Statement", "", "");
	}

	@Test
	void withoutAConnectionARootListOfObjectsIsARowPerObject() throws IOException {
		// the totals a journalist sums in a spreadsheet are a list, not a connection
		String document = "{ dataset { version } totals: commitmentTotals { currency amount obligor { ... on Country { name } } } }";
		String csv = ConnectionCsv.toCsv(data("""
				{"data": {"dataset": {"version": "x"}, "totals": [
				  {"currency": "EUR", "amount": "1500000", "obligor": {"name": "Lithuania"}},
				  {"currency": "UAH", "amount": "20", "obligor": null}
				]}}"""), Parser.parse(document), null);
		List<CSVRecord> rows = parse(csv);
		assertThat(rows.get(0).toList()).containsExactly("currency", "amount", "obligor.name");
		assertThat(rows.get(1).toList()).containsExactly("EUR", "1500000", "Lithuania");
		assertThat(rows.get(2).toList()).containsExactly("UAH", "20", "");
		assertThat(ConnectionCsv.connectionName(data("""
				{"data": {"totals": []}}"""))).isEqualTo("totals");
		assertThat(parse(ConnectionCsv.toCsv(data("""
				{"data": {"dataset": {"version": "x"}, "totals": []}}"""), Parser.parse(document), null)))
			.as("none: still the header")
			.singleElement()
			.satisfies((header) -> assertThat(header.toList()).containsExactly("currency", "amount", "obligor.name"));
	}

	/**
	 * {@code nodes}, the short form of {@code edges { node }}, gives the rows and header
	 * that form gives, also for an empty page; the root {@code nodes(ids:)} stays a root
	 * list, not a connection.
	 */
	@Test
	void aConnectionsNodesAreWrittenAsItsEdgesNodesAre() throws IOException {
		String edges = ConnectionCsv.toCsv(data("""
				{"data": {"statements": {"edges": [{"node": {"text": "A", "speaker": {"name": "Rustem Umerov"}}},
				  {"node": {"text": "B", "speaker": null}}]}}}"""));
		String nodes = ConnectionCsv.toCsv(data("""
				{"data": {"statements": {"totalCount": 2, "nodes": [{"text": "A", "speaker": {"name": "Rustem Umerov"}},
				  {"text": "B", "speaker": null}]}}}"""));
		assertThat(parse(nodes).get(0).toList()).containsExactly("text", "speaker.name");
		assertThat(nodes).isEqualTo(edges);
		assertThat(ConnectionCsv.rootConnectionName(data("""
				{"data": {"statements": {"nodes": []}}}"""))).isEqualTo("statements");
		String document = "{ statements(filter: { speakerName: \"nobody\" }) { totalCount nodes { kind speaker { name } } } }";
		assertThat(parse(ConnectionCsv.toCsv(data("""
				{"data": {"statements": {"totalCount": 0, "nodes": []}}}"""), Parser.parse(document), null)))
			.singleElement()
			.satisfies((header) -> assertThat(header.toList()).containsExactly("kind", "speaker.name"));
		String byIds = ConnectionCsv.toCsv(data("""
				{"data": {"nodes": [{"id": "1", "name": "Lithuania"}, {"id": "2", "name": "Ukraine"}]}}"""));
		assertThat(parse(byIds)).hasSize(3);
		assertThat(ConnectionCsv.rootConnectionName(data("""
				{"data": {"nodes": [{"id": "1"}]}}"""))).isNull();
	}

	@Test
	void responseWithoutConnectionIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionCsv.toCsv(data("""
				{"data": {"dataset": {"version": "x"}}}"""))).withMessageContaining("no connection");
	}

}
