package org.accords.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.evidence.Reported;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A competing value whose own words hold {@code "; "} (a quote, a note) comes out of the
 * CSV's {@code disputed_values} whole: the cell is a JSON array, which any JSON parser
 * splits whatever the values hold, where splitting on {@code "; "} cut the quote in two
 * (an edition's title in {@code articles.csv}'s {@code editions} too); and the JSON
 * download's provenance says what the CSV says of every fact. A signatory's role worded
 * two ways for one seat is no competing value at all. Invented wire reports, loaded on
 * the shared {@link GeneratedCorpusTest} application.
 */
@GeneratedCorpusTest
class DisputedValuesHttpTests {

	static final String WITH_SEMICOLON = "Our plants will double shell output; the first lines open in spring";

	static final String PLAIN = "Our plants will double shell output by spring";

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	private void report(String name, String published, String text, String sentence) {
		SeedFixture.report(this.folder, name, published, sentence, """
				countries: [ { code: EE, name: Estonia } ]
				people:
				  - id: mart-kask
				    name: Mart Kask
				    country: EE
				    evidence: ["Mart Kask"]
				statements:
				  - id: kask-shell-output
				    speaker: mart-kask
				    kind: DIRECT_QUOTE
				    text: "%s"
				    evidence: ['%s']
				""".formatted(text, sentence));
	}

	private void signed(String name, String published, String role, String sentence) {
		SeedFixture.report(this.folder, name, published, sentence, """
				countries: [ { code: EE, name: Estonia }, { code: UA, name: Ukraine } ]
				people:
				  - id: kadri-tamm
				    name: Kadri Tamm
				    country: EE
				    evidence: ["Kadri Tamm"]
				agreements:
				  - id: ee-ua-drone-memorandum
				    title: Estonia-Ukraine memorandum on drone production
				    kind: MEMORANDUM_OF_UNDERSTANDING
				    parties: [EE, UA]
				    evidence: ["memorandum on drone production"]
				signatories:
				  - id: tamm-for-estonia
				    agreement: ee-ua-drone-memorandum
				    person: kadri-tamm
				    onBehalfOf: EE
				    role: %s
				    evidence: ["%s Kadri Tamm"]
				""".formatted(role, role));
	}

	@Test
	void aRoleWordedAnotherWayForTheSameSeatLeavesTheSignatoryUndisputed() throws Exception {
		// the first curated file (in name order) words the role that is served
		signed("baltic-desk", "2025-05-06", "Minister of Defence Industry",
				"The memorandum on drone production was signed by Minister of Defence Industry Kadri Tamm in Kyiv.");
		signed("harbour-wire", "2025-05-07", "Defence Industry Minister",
				"Defence Industry Minister Kadri Tamm signed the memorandum on drone production on Tuesday.");
		this.loader.load(this.folder.toUri().toString());
		HttpApi api = new HttpApi(this.port);

		List<CSVRecord> records = DownloadsHttpTests.parseCsv(api.get("/data/signatories.csv").body());
		assertThat(records).hasSize(2);
		List<String> header = records.get(0).toList();
		List<String> row = records.get(1).toList();
		assertThat(row.get(header.indexOf("role"))).isEqualTo("Minister of Defence Industry");
		assertThat(row.get(header.indexOf("source_count"))).isEqualTo("2");
		assertThat(row.get(header.indexOf("disputed"))).isEqualTo("false");
		assertThat(row.get(header.indexOf("disputed_values"))).isEmpty();

		JsonNode signatory = api.query("""
				{ signatories { nodes { role disputed competingValues { value }
				    claims { field value competing sources { publisher } } } } }""").at("/signatories/nodes/0");
		assertThat(signatory.at("/role").asString()).isEqualTo("Minister of Defence Industry");
		assertThat(signatory.at("/disputed").asBoolean()).isFalse();
		assertThat(signatory.at("/competingValues")).isEmpty();
		assertThat(HttpApi.texts(signatory.at("/claims"), "/value")).containsExactly("Minister of Defence Industry",
				"Defence Industry Minister");
		assertThat(HttpApi.texts(signatory.at("/claims"), "/competing")).containsOnly("false");
	}

	/** Two reports of one remark that disagree on its words: one disputed statement. */
	private HttpApi loadTwoReports() {
		report("harbour-wire", "2025-05-06", WITH_SEMICOLON,
				"Mart Kask said: \"" + WITH_SEMICOLON + ",\" at a briefing in Tallinn.");
		report("baltic-desk", "2025-05-07", PLAIN, "\"" + PLAIN + ",\" Mart Kask told reporters.");
		this.loader.load(this.folder.toUri().toString());
		return new HttpApi(this.port);
	}

	@Test
	void aCompetingValueThatHoldsASemicolonIsOneItemOfTheCellsJsonArray() throws Exception {
		HttpApi api = loadTwoReports();

		List<CSVRecord> records = DownloadsHttpTests.parseCsv(api.get("/data/statements.csv").body());
		assertThat(records).hasSize(2);
		List<String> header = records.get(0).toList();
		List<String> row = records.get(1).toList();
		assertThat(row.get(header.indexOf("disputed"))).isEqualTo("true");
		JsonNode values = HttpApi.JSON.readTree(row.get(header.indexOf("disputed_values")));
		assertThat(values.isArray()).isTrue();
		assertThat(HttpApi.texts(values, "/value")).containsExactlyInAnyOrder(WITH_SEMICOLON, PLAIN);
		assertThat(HttpApi.texts(values, "/field")).containsOnly("text");

		// the same claims, in the same order and with the same names, as the JSON
		// download's provenance.claims that compete
		List<JsonNode> competing = new ArrayList<>();
		for (JsonNode claim : HttpApi.JSON.readTree(api.get("/data/statements.json").body())
			.at("/0/provenance/claims")) {
			if (claim.at("/competing").asBoolean()) {
				competing.add(claim);
			}
		}
		assertThat(values).hasSize(competing.size());
		for (int i = 0; i < competing.size(); i++) {
			assertThat(values.get(i).at("/field")).isEqualTo(competing.get(i).at("/field"));
			assertThat(values.get(i).at("/value")).isEqualTo(competing.get(i).at("/value"));
			assertThat(values.get(i).at("/sourceIds")).isEqualTo(competing.get(i).at("/sourceIds"));
		}

		// and datapackage.json says the cell is a JSON array
		List<String> types = types(api, "disputed_values");
		assertThat(types)
			.hasSize((int) Tables.ALL.stream().filter((table) -> table.header().contains("disputed_values")).count())
			.containsOnly("array");
	}

	/**
	 * A script reads {@code e["provenance"]["disputed"]} of every fact: the JSON and
	 * NDJSON downloads write it {@code false} when the sources agree, and the lists of
	 * {@code provenance} ({@code sourceIds}, {@code claims}, {@code contradicts},
	 * {@code retiredIds}) in full, empty when there is nothing, as GraphQL answers
	 * {@code disputed}, {@code sources}, {@code competingFacts} and {@code mergedIds} and
	 * the CSV writes {@code disputed} and {@code source_article_ids}; the store leaves
	 * them out to stay small.
	 */
	@Test
	void everyFactsProvenanceSaysDisputedAndGivesEveryListEvenWhenFalseOrEmpty() throws Exception {
		HttpApi api = loadTwoReports();
		Set<String> seen = new HashSet<>();
		for (Table<?> table : Tables.ALL) {
			if (!Reported.class.isAssignableFrom(table.entityClass())) {
				continue;
			}
			List<CSVRecord> records = DownloadsHttpTests.parseCsv(api.get("/data/" + table.name() + ".csv").body());
			List<String> header = records.get(0).toList();
			JsonNode array = HttpApi.JSON.readTree(api.get("/data/" + table.name() + ".json").body());
			List<String> lines = api.get("/data/" + table.name() + ".ndjson").body().lines().toList();
			assertThat(array).as(table.name()).hasSize(records.size() - 1).hasSize(lines.size());
			for (int row = 0; row < array.size(); row++) {
				CSVRecord record = records.get(row + 1);
				for (JsonNode entity : List.of(array.get(row), HttpApi.JSON.readTree(lines.get(row)))) {
					String what = table.name() + " " + entity.at("/id").asString();
					JsonNode provenance = entity.at("/provenance");
					assertThat(provenance.at("/disputed").isBoolean()).as(what + " disputed").isTrue();
					for (String list : List.of("sourceIds", "claims", "contradicts", "retiredIds")) {
						assertThat(provenance.at("/" + list).isArray()).as(what + " " + list).isTrue();
					}
					assertThat(provenance.at("/disputed").asBoolean()).as(what)
						.isEqualTo(Boolean.parseBoolean(record.get(header.indexOf("disputed"))));
					assertThat(String.join("; ", HttpApi.texts(provenance.at("/sourceIds"), "")))
						.as(what + " sourceIds")
						.isEqualTo(record.get(header.indexOf("source_article_ids")));
					seen.add(table.name() + ".disputed=" + provenance.at("/disputed").asBoolean());
				}
			}
		}
		// not vacuous: the statement is disputed, its speaker and country are not
		assertThat(seen).contains("statements.disputed=true", "people.disputed=false", "countries.disputed=false");

		// as GraphQL answers the same facts
		JsonNode people = api.query("{ people(first: 100) { edges { node { id disputed sources { article { id } } "
				+ "competingFacts { id } mergedIds claims { field } } } } }");
		JsonNode json = HttpApi.JSON.readTree(api.get("/data/people.json").body());
		assertThat(people.at("/people/edges")).hasSize(json.size());
		for (int i = 0; i < json.size(); i++) {
			JsonNode node = people.at("/people/edges/" + i + "/node");
			JsonNode provenance = json.get(i).at("/provenance");
			assertThat(json.get(i).at("/id")).isEqualTo(node.at("/id"));
			assertThat(provenance.at("/disputed")).isEqualTo(node.at("/disputed"));
			assertThat(HttpApi.texts(provenance.at("/sourceIds"), ""))
				.isEqualTo(HttpApi.texts(node.at("/sources"), "/article/id"));
			assertThat(HttpApi.texts(provenance.at("/contradicts"), ""))
				.isEqualTo(HttpApi.texts(node.at("/competingFacts"), "/id"));
			assertThat(provenance.at("/retiredIds")).isEqualTo(node.at("/mergedIds"));
			assertThat(provenance.at("/claims")).hasSize(node.at("/claims").size());
		}
	}

	/**
	 * An edition known only by its title, a headline that holds {@code "; "}: the
	 * {@code editions} cell of {@code articles.csv} is a JSON array of the editions as
	 * the JSON download gives them, which splitting on {@code "; "} cut in two.
	 */
	@Test
	void anEditionsTitleThatHoldsASemicolonIsOneItemOfTheEditionsJsonArray() throws Exception {
		String title = "Shell plant doubles output; first lines open in spring";
		Files.createDirectories(this.folder.resolve("articles"));
		Files.createDirectories(this.folder.resolve("curated"));
		Files.writeString(this.folder.resolve("articles/tern-wire.txt"), " date 2025-05-06 TALLINN, May 6 (Tern "
				+ "Wire) - Estonia's shell plant will double its output, the plant said on Tuesday.");
		Files.writeString(this.folder.resolve("curated/tern-wire.yaml"), """
				article:
				  file: tern-wire.txt
				  id: tern-wire
				  publisher: Tern Wire
				  language: en
				  rights: invented test text
				  editions:
				    - publisher: Gull Post
				      publishedOn: 2025-05-06
				      title: "%s"
				    - publisher: Harbour Daily
				      url: https://harbour.example/shell-plant
				countries: [ { code: EE, name: Estonia } ]
				""".formatted(title));
		this.loader.load(this.folder.toUri().toString());
		HttpApi api = new HttpApi(this.port);

		List<CSVRecord> records = DownloadsHttpTests.parseCsv(api.get("/data/articles.csv").body());
		assertThat(records).hasSize(2);
		JsonNode editions = HttpApi.JSON.readTree(records.get(1).get(records.get(0).toList().indexOf("editions")));
		assertThat(editions.isArray()).isTrue();
		assertThat(HttpApi.texts(editions, "/publisher")).containsExactly("Gull Post", "Harbour Daily");
		assertThat(editions.at("/0/title").asString()).isEqualTo(title);
		assertThat(editions.at("/1/url").asString()).isEqualTo("https://harbour.example/shell-plant");
		// the editions of the JSON download, field for field
		assertThat(editions).isEqualTo(HttpApi.JSON.readTree(api.get("/data/articles.json").body()).at("/0/editions"));
		assertThat(type("articles", "editions", api)).isEqualTo("array");
	}

	/** The type datapackage.json gives each column of this name, table by table. */
	static List<String> types(HttpApi api, String column) throws Exception {
		List<String> types = new ArrayList<>();
		for (JsonNode resource : HttpApi.JSON.readTree(api.get("/data/datapackage.json").body()).at("/resources")) {
			for (JsonNode field : resource.at("/schema/fields")) {
				if (field.at("/name").asString().equals(column)) {
					types.add(field.at("/type").asString());
				}
			}
		}
		return types;
	}

	/** The type datapackage.json gives a column. */
	private static String type(String table, String column, HttpApi api) throws Exception {
		for (JsonNode resource : HttpApi.JSON.readTree(api.get("/data/datapackage.json").body()).at("/resources")) {
			for (JsonNode field : resource.at("/schema/fields")) {
				if (resource.at("/name").asString().equals(table) && field.at("/name").asString().equals(column)) {
					return field.at("/type").asString();
				}
			}
		}
		return "none";
	}

}
