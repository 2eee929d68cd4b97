package org.accords.graphql;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A GraphQL response's first connection becomes CSV: dotted columns in first-seen order,
 * lists joined, quoting a standard parser reads back.
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
		assertThat(rows.get(0).toList()).containsExactly("text", "speaker.name", "speaker.country.code",
				"evidence.start", "evidence.end", "speaker", "saidOn", "evidence");
		assertThat(rows.get(1).toList()).containsExactly("Quote, with \"marks\"", "Laurynas Kasčiūnas", "LT", "[1,9]",
				"[5,12]", "", "", "");
		assertThat(rows.get(2).get(0)).isEqualTo("Line\nbreak");
		assertThat(rows.get(2).get(6)).isEqualTo("2024-11-05");
		assertThat(rows).hasSize(3);
		assertThat(csv).contains("\r\n");
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
		assertThat(rows.get(0).toList()).containsExactly("score", "highlight", "__typename", "name");
		assertThat(rows.get(1).toList()).containsExactly("16.0", "Laurynas «Kasčiūnas»", "Person",
				"Laurynas Kasčiūnas");
		assertThat(rows.get(2).toList()).containsExactly("3.0", "«Kasčiūnas» said", "Statement", "");
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
	void responseWithoutConnectionIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionCsv.toCsv(data("""
				{"data": {"dataset": {"version": "x"}}}"""))).withMessageContaining("no connection");
	}

}
