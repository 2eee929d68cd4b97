package org.accords.actor;

import java.util.List;

import org.accords.Docs;
import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data journalist comparing sources sees where they disagree on a post's dates, as on
 * every other fact: the invented reports under
 * {@code src/test/resources/post-date-fixtures} date Ilmar Saare's start and Peeter
 * Laan's end differently (disputed, each date a competing claim with its articles), a
 * third report's month agrees with both days, and a publisher's correction withdraws its
 * own start for Liis Tamm. GraphQL, the {@code disputed} filter and the downloads say the
 * same. A fifth report, later than the others, is Kaarel Mets's post's only source: the
 * filters on sources ({@code minSources}, {@code reportedFrom}, {@code reportedTo}) take
 * posts as they take every other fact.
 */
@GeneratedCorpusTest(fixtures = "classpath:post-date-fixtures/")
class PostDisputesHttpTests {

	private static final String POST_FIELDS = """
			id person { name } from fromPrecision to heldFrom heldUntil sourceCount disputed
			competingValues { field value sources { publisher } }
			claims { field value competing sourceCount sources { publisher } correctedBy { publisher publishedOn } }""";

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	private JsonNode post(String personName) throws Exception {
		for (JsonNode post : api().query("{ posts { nodes { " + POST_FIELDS + " } } }").at("/posts/nodes")) {
			if (post.at("/person/name").asString().equals(personName)) {
				return post;
			}
		}
		throw new AssertionError("no post of " + personName);
	}

	/**
	 * api.md's sample of the posts filter, empty on the seed, finds what it says it finds
	 * on the fixtures it names: the two posts whose reports date them differently.
	 */
	@Test
	void theApiSampleOfThePostsFilterFindsTheDisputedPosts() throws Exception {
		JsonNode data = api()
			.query(Docs.sample(Docs.page("api.md"), "## Sample queries", "posts(filter: { disputed: true"));
		assertThat(HttpApi.texts(data.at("/posts/nodes"), "/person/name")).containsExactlyInAnyOrder("Ilmar Saare",
				"Peeter Laan");
		assertThat(data.at("/posts/nodes/0/competingValues").size()).isEqualTo(2);
	}

	@Test
	void aStartTwoPublishersGiveOnDifferentDaysIsDisputedWithBothDaysAndTheirArticles() throws Exception {
		JsonNode saare = post("Ilmar Saare");
		assertThat(saare.at("/disputed").asBoolean()).isTrue();
		assertThat(saare.at("/sourceCount").asInt()).isEqualTo(3);
		assertThat(saare.at("/from").asString()).isEqualTo("2025-10-01");
		assertThat(saare.at("/heldFrom").asString()).isEqualTo("2025-10-01");
		assertThat(HttpApi.texts(saare.at("/competingValues"), "/field")).containsOnly("from");
		assertThat(HttpApi.texts(saare.at("/competingValues"), "/value")).containsExactly("2025-10-01", "2025-10-06");
		assertThat(HttpApi.texts(saare.at("/competingValues"), "/sources/0/publisher"))
			.containsExactly("Harbour Post (test fixture)", "Fjord Wire (test fixture)");
		// the month that holds both days agrees with each: a claim, not competing; so do
		// the two wordings of the role
		assertThat(HttpApi.texts(saare.at("/claims"), "/value")).containsExactly("2025-10-01", "2025-10-06",
				"2025-10-01 (MONTH)", "Minister of Coastal Defence", "Coastal Defence Minister");
		assertThat(HttpApi.texts(saare.at("/claims"), "/competing")).containsExactly("true", "true", "false", "false",
				"false");
		assertThat(HttpApi.texts(saare.at("/claims"), "/sources/0/publisher")).element(2)
			.isEqualTo("Gulf Ledger (test fixture)");

		JsonNode laan = post("Peeter Laan");
		assertThat(laan.at("/disputed").asBoolean()).isTrue();
		assertThat(laan.at("/to").asString()).isEqualTo("2025-09-30");
		assertThat(laan.at("/heldUntil").asString()).isEqualTo("2025-09-30");
		assertThat(HttpApi.texts(laan.at("/competingValues"), "/value")).containsExactly("2025-09-30", "2025-10-03");
		assertThat(HttpApi.texts(laan.at("/competingValues"), "/field")).containsOnly("to");
	}

	@Test
	void aPublishersCorrectionWithdrawsItsStartAndNamesTheCorrection() throws Exception {
		JsonNode tamm = post("Liis Tamm");
		assertThat(tamm.at("/disputed").asBoolean()).isFalse();
		assertThat(tamm.at("/competingValues")).isEmpty();
		assertThat(tamm.at("/from").asString()).isEqualTo("2024-05-01");
		assertThat(tamm.at("/fromPrecision").asString()).isEqualTo("MONTH");
		assertThat(HttpApi.texts(tamm.at("/claims"), "/value")).containsExactly("2024-03-01 (MONTH)",
				"2024-05-01 (MONTH)");
		assertThat(HttpApi.texts(tamm.at("/claims"), "/competing")).containsOnly("false");
		assertThat(HttpApi.texts(tamm.at("/claims/0/correctedBy"), "/publishedOn")).containsExactly("2025-10-15");
		assertThat(tamm.at("/claims/1/correctedBy")).isEmpty();
	}

	@Test
	void theDisputedFilterAndHeldOnReadTheDatesServed() throws Exception {
		assertThat(names("disputed: true")).containsExactlyInAnyOrder("Ilmar Saare", "Peeter Laan");
		assertThat(names("disputed: false")).containsExactlyInAnyOrder("Liis Tamm", "Kaarel Mets");
		// on 3 October one report still has Laan in office; the term follows the dates
		// served (the first report's), and the post says it is disputed
		assertThat(names("heldOn: \"2025-10-03\"")).containsExactlyInAnyOrder("Ilmar Saare", "Liis Tamm");
		assertThat(names("heldOn: \"2025-09-30\", disputed: true")).containsExactly("Peeter Laan");
		// the node answers as the list does
		JsonNode saare = post("Ilmar Saare");
		JsonNode node = api()
			.query("{ node(id: \"" + saare.at("/id").asString() + "\") { ... on Post { disputed claims { value } } } }")
			.at("/node");
		assertThat(node.at("/disputed").asBoolean()).isTrue();
		assertThat(node.at("/claims")).hasSize(5);
	}

	/**
	 * A data journalist's {@code posts(filter: { minSources: 2 })} or
	 * {@code reportedFrom} was refused as a validation error; it now answers as on every
	 * other fact, from the sources the post counts and its {@code reportedOn}.
	 */
	@Test
	void theFiltersOnSourcesTakePostsAsEveryOtherFact() throws Exception {
		assertThat(names("minSources: 3")).containsExactly("Ilmar Saare");
		assertThat(names("minSources: 2")).containsExactlyInAnyOrder("Ilmar Saare", "Peeter Laan", "Liis Tamm");
		assertThat(names("minSources: 1")).hasSize(4);
		assertThat(names("minSources: 0")).hasSize(4);
		assertThat(names("reportedFrom: \"2025-10-15\"")).containsExactly("Kaarel Mets");
		assertThat(names("reportedTo: \"2025-10-14\"")).containsExactlyInAnyOrder("Ilmar Saare", "Peeter Laan",
				"Liis Tamm");
		assertThat(names("reportedFrom: \"2025-10-14\", reportedTo: \"2025-10-21\"")).hasSize(3)
			.doesNotContain("Kaarel Mets");
		assertThat(names("reportedFrom: \"2025-10-23\"")).isEmpty();
		// with the post's own conditions, all of them holding
		assertThat(names("minSources: 2, disputed: false")).containsExactly("Liis Tamm");
		assertThat(names("role: \"coastal defence\", minSources: 2, reportedTo: \"2025-10-14\", disputed: true"))
			.containsExactlyInAnyOrder("Ilmar Saare", "Peeter Laan");
		JsonNode page = api()
			.query("{ posts(filter: { minSources: 2 }, first: 1) { totalCount nodes { person { name } } } }")
			.at("/posts");
		assertThat(page.at("/totalCount").asInt()).isEqualTo(3);
		assertThat(page.at("/nodes")).hasSize(1);
	}

	@Test
	void aPostSaysWhenItWasReportedAsEveryOtherFactDoes() throws Exception {
		JsonNode posts = api().query("{ posts { nodes { person { name } sourceCount reportedOn } } }")
			.at("/posts/nodes");
		assertThat(HttpApi.texts(posts, "/person/name")).hasSize(4);
		for (JsonNode post : posts) {
			String expected = post.at("/person/name").asString().equals("Kaarel Mets") ? "2025-10-22" : "2025-10-14";
			assertThat(post.at("/reportedOn").asString()).as(post.toString()).isEqualTo(expected);
		}
	}

	@Test
	void aNegativeMinSourcesIsRefusedNamingIt() throws Exception {
		JsonNode body = api().post("{ posts(filter: { minSources: -1 }) { totalCount } }");
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
		assertThat(body.at("/errors/0/message").asString()).contains("filter.minSources", "-1");
	}

	@Test
	void theDownloadsSayWhichDatesCompeteAndWhichWereCorrected() throws Exception {
		List<CSVRecord> records = HttpApi.csv(api().ok("/data/posts.csv"));
		List<String> header = records.get(0).toList();
		CSVRecord saare = row(records, header, "Ilmar Saare");
		assertThat(saare.get(header.indexOf("disputed"))).isEqualTo("true");
		JsonNode values = HttpApi.JSON.readTree(saare.get(header.indexOf("disputed_values")));
		assertThat(HttpApi.texts(values, "/field")).containsOnly("from");
		assertThat(HttpApi.texts(values, "/value")).containsExactly("2025-10-01", "2025-10-06");
		assertThat(HttpApi.texts(values.at("/1/sourceIds"), ""))
			.containsExactly(NodeId.of("Article", "fjord-wire-2025-10-16"));
		CSVRecord tamm = row(records, header, "Liis Tamm");
		assertThat(tamm.get(header.indexOf("disputed"))).isEqualTo("false");
		assertThat(tamm.get(header.indexOf("disputed_values"))).isEmpty();
		JsonNode corrected = HttpApi.JSON.readTree(tamm.get(header.indexOf("corrected_values")));
		assertThat(HttpApi.texts(corrected, "/value")).containsExactly("2024-03-01 (MONTH)");
		assertThat(HttpApi.texts(corrected.at("/0/correctedBy"), ""))
			.containsExactly(NodeId.of("Article", "harbour-post-2025-10-15-correction"));

		// the JSON download's provenance, on the post and on the person that holds it
		JsonNode posts = HttpApi.JSON.readTree(api().ok("/data/posts.json"));
		JsonNode people = HttpApi.JSON.readTree(api().ok("/data/people.json"));
		for (JsonNode post : List.of(byPerson(posts, "ilmar-saare"), person(people, "Ilmar Saare").at("/posts/0"))) {
			assertThat(post.at("/provenance/disputed").asBoolean()).as(post.toString()).isTrue();
			assertThat(HttpApi.texts(post.at("/provenance/claims"), "/value")).containsExactly("2025-10-01",
					"2025-10-06", "2025-10-01 (MONTH)", "Minister of Coastal Defence", "Coastal Defence Minister");
		}
		assertThat(byPerson(posts, "liis-tamm").at("/provenance/disputed").asBoolean()).isFalse();
	}

	private List<String> names(String filter) throws Exception {
		return HttpApi.texts(
				api().query("{ posts(filter: { " + filter + " }) { nodes { person { name } } } }").at("/posts/nodes"),
				"/person/name");
	}

	private static CSVRecord row(List<CSVRecord> records, List<String> header, String personName) {
		return records.stream()
			.filter((record) -> record.get(header.indexOf("person_name")).equals(personName))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode person(JsonNode people, String name) {
		for (JsonNode person : people) {
			if (person.at("/name").asString().equals(name)) {
				return person;
			}
		}
		throw new AssertionError("no person " + name);
	}

	private static JsonNode byPerson(JsonNode posts, String personKey) {
		for (JsonNode post : posts) {
			if (post.at("/personId").asString().equals(NodeId.of("Person", personKey))) {
				return post;
			}
		}
		throw new AssertionError("no post of " + personKey);
	}

}
