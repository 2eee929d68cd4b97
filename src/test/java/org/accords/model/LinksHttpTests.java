package org.accords.model;

import java.net.http.HttpResponse;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invented reports (test fixtures under {@code src/test/resources/link-fixtures}) of an
 * agreement that implements an earlier one, a programme with two agreements and a press
 * conference where statements are made and an agreement is signed, served over HTTP both
 * ways and filtered. The fixtures are loaded on the shared {@link GeneratedCorpusTest}
 * application before each test rather than at the start of an application of their own.
 */
@GeneratedCorpusTest(fixtures = "classpath:link-fixtures/")
class LinksHttpTests {

	private static final String FRAMEWORK = NodeId.of("Agreement", "dk-ua-ammunition-framework");

	private static final String IMPLEMENTING = NodeId.of("Agreement", "dk-ua-shell-implementing-agreement");

	private static final String PRESS_CONFERENCE = NodeId.of("Event", "kyiv-press-conference-2025-06-11");

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	@Test
	void implementingAgreementLinksToItsFrameworkWithEvidence() throws Exception {
		JsonNode node = api().query("""
				{ node(id: "%s") { ... on Agreement { links { kind source { id } target { id title kind }
				  evidence { excerpt article { publisher } } } } } }""".formatted(IMPLEMENTING)).get("node");
		assertThat(node.get("links")).hasSize(1);
		JsonNode link = node.at("/links/0");
		assertThat(link.get("kind").asString()).isEqualTo("IMPLEMENTS");
		assertThat(link.at("/source/id").asString()).isEqualTo(IMPLEMENTING);
		assertThat(link.at("/target/id").asString()).isEqualTo(FRAMEWORK);
		assertThat(link.at("/target/kind").asString()).isEqualTo("FRAMEWORK");
		assertThat(link.at("/evidence/0/excerpt").asString())
			.isEqualTo("an implementing agreement for shell production under their March framework agreement");
		assertThat(link.at("/evidence/0/article/publisher").asString()).isEqualTo("Kyiv Courier (test fixture)");
	}

	@Test
	void frameworkKnowsWhatLinksToItFromALaterArticle() throws Exception {
		JsonNode node = api()
			.query("""
					{ node(id: "%s") { ... on Agreement { links { kind } linkedFrom { kind source { id title } } } } }"""
				.formatted(FRAMEWORK))
			.get("node");
		assertThat(node.get("links")).isEmpty();
		assertThat(HttpApi.texts(node.get("linkedFrom"), "/kind")).containsExactly("IMPLEMENTS");
		assertThat(node.at("/linkedFrom/0/source/id").asString()).isEqualTo(IMPLEMENTING);
	}

	@Test
	void agreementsFilterByLinkTargetKindAndProgramme() throws Exception {
		JsonNode data = api()
			.query("""
					{ implementing: agreements(filter: { linkedTo: "%1$s", linkKind: IMPLEMENTS }) { edges { node { id } } }
					  amending: agreements(filter: { linkedTo: "%1$s", linkKind: AMENDS }) { totalCount }
					  anyLink: agreements(filter: { linkedTo: "%1$s" }) { totalCount }
					  anyImplements: agreements(filter: { linkKind: IMPLEMENTS }) { totalCount }
					  toImplementing: agreements(filter: { linkedTo: "%2$s" }) { totalCount }
					  inProgramme: agreements(filter: { programme: "%3$s" }) { edges { node { id programme { name } } } } }"""
				.formatted(FRAMEWORK, IMPLEMENTING, NodeId.of("Programme", "nordhavn-scheme")));
		assertThat(HttpApi.texts(data.at("/implementing/edges"), "/node/id")).containsExactly(IMPLEMENTING);
		assertThat(data.at("/amending/totalCount").asInt()).isZero();
		assertThat(data.at("/anyLink/totalCount").asInt()).isEqualTo(1);
		assertThat(data.at("/anyImplements/totalCount").asInt()).isEqualTo(1);
		assertThat(data.at("/toImplementing/totalCount").asInt()).isZero();
		assertThat(HttpApi.texts(data.at("/inProgramme/edges"), "/node/id")).containsExactly(FRAMEWORK, IMPLEMENTING);
		assertThat(HttpApi.texts(data.at("/inProgramme/edges"), "/node/programme/name"))
			.containsOnly("Nordhavn Production Scheme");
	}

	@Test
	void programmesAndEventsHaveAPageAndACard() throws Exception {
		String programme = NodeId.of("Programme", "nordhavn-scheme");
		HttpResponse<String> card = api().get("/embed/programme/" + programme);
		assertThat(card.statusCode()).isEqualTo(200);
		assertThat(card.body()).contains("Nordhavn Production Scheme")
			.contains("Run by")
			.contains("Denmark")
			.contains("/agreements/" + FRAMEWORK)
			.contains("/agreements/" + IMPLEMENTING)
			.contains("Kyiv Courier (test fixture)");
		HttpResponse<String> page = api().get("/programmes/" + programme, "application/json");
		assertThat(page.statusCode()).isEqualTo(200);
		JsonNode json = HttpApi.JSON.readTree(page.body());
		assertThat(json.at("/jsonLd/@type").asString()).isEqualTo("FundingScheme");
		assertThat(json.at("/label").asString()).isEqualTo("Nordhavn Production Scheme");
		HttpResponse<String> event = api().get("/events/" + PRESS_CONFERENCE, "application/json");
		assertThat(event.statusCode()).isEqualTo(200);
		JsonNode eventJson = HttpApi.JSON.readTree(event.body());
		assertThat(eventJson.at("/jsonLd/@type").asString()).isEqualTo("Event");
		assertThat(HttpApi.texts(eventJson.get("facts"), "/name")).contains("Kind", "Date", "Statement");
	}

	@Test
	void programmeHasItsRunnerAgreementsAndTwoSources() throws Exception {
		JsonNode programme = api().query("""
				{ programmes { totalCount edges { node { id name runBy { ... on Country { code } } country { code }
				  agreements { kind } evidence { excerpt } sourceCount } } } }""").at("/programmes");
		assertThat(programme.get("totalCount").asInt()).isEqualTo(1);
		JsonNode node = programme.at("/edges/0/node");
		assertThat(node.get("name").asString()).isEqualTo("Nordhavn Production Scheme");
		assertThat(node.at("/runBy/code").asString()).isEqualTo("DK");
		assertThat(node.at("/country/code").asString()).isEqualTo("DK");
		assertThat(HttpApi.texts(node.get("agreements"), "/kind")).containsExactly("FRAMEWORK",
				"IMPLEMENTING_AGREEMENT");
		assertThat(node.get("evidence")).hasSize(2);
		assertThat(node.get("sourceCount").asInt()).isEqualTo(2);
		assertThat(api()
			.query("{ programmes(filter: { country: \"%s\" }) { totalCount } }".formatted(NodeId.of("Country", "UA")))
			.at("/programmes/totalCount")
			.asInt()).isZero();
	}

	@Test
	void pressConferenceHoldsItsStatementsAndTheAgreementSignedThere() throws Exception {
		JsonNode event = api().query("""
				{ node(id: "%s") { ... on Event { name kind date datePrecision place country { code }
				  participants { ... on Person { name } } statements { id text event { id } }
				  agreements { id signedAt { kind } } evidence { excerpt } } } }""".formatted(PRESS_CONFERENCE))
			.get("node");
		assertThat(event.get("kind").asString()).isEqualTo("PRESS_CONFERENCE");
		assertThat(event.get("date").asString()).isEqualTo("2025-06-11");
		assertThat(event.get("datePrecision").asString()).isEqualTo("DAY");
		assertThat(event.get("place").asString()).isEqualTo("Kyiv");
		assertThat(event.at("/country/code").asString()).isEqualTo("UA");
		assertThat(HttpApi.texts(event.get("participants"), "/name")).containsExactly("Henrik Vestergaard",
				"Oksana Hlibova");
		assertThat(event.get("statements")).hasSize(2);
		assertThat(HttpApi.texts(event.get("statements"), "/event/id")).containsOnly(PRESS_CONFERENCE);
		assertThat(HttpApi.texts(event.get("agreements"), "/id")).containsExactly(IMPLEMENTING);
		assertThat(event.at("/agreements/0/signedAt/kind").asString()).isEqualTo("PRESS_CONFERENCE");
		assertThat(event.at("/evidence/0/excerpt").asString())
			.isEqualTo("at a joint press conference in Kyiv on Wednesday");
	}

	@Test
	void statementsFilterByEventAndKeepTheirDeprecatedOccasion() throws Exception {
		JsonNode data = api().query("""
				{ statements(filter: { event: "%s" }) { totalCount edges { node { occasion event { kind } } } } }"""
			.formatted(PRESS_CONFERENCE));
		assertThat(data.at("/statements/totalCount").asInt()).isEqualTo(2);
		assertThat(HttpApi.texts(data.at("/statements/edges"), "/node/event/kind")).containsOnly("PRESS_CONFERENCE");
		assertThat(HttpApi.texts(data.at("/statements/edges"), "/node/occasion")).containsOnly("null");
	}

	@Test
	void eventsFilterByDateRangeCountryAndKind() throws Exception {
		assertThat(eventIds("")).containsExactly(NodeId.of("Event", "hlibova-vestergaard-meeting"),
				NodeId.of("Event", "hlibova-visit-copenhagen"), PRESS_CONFERENCE);
		assertThat(eventIds("(filter: { kind: VISIT })"))
			.containsExactly(NodeId.of("Event", "hlibova-visit-copenhagen"));
		assertThat(eventIds("(filter: { from: \"2025-03-04\", to: \"2025-06-30\" })"))
			.containsExactly(PRESS_CONFERENCE);
		// held in Denmark, or with a Danish participant (the minister at the Kyiv press
		// conference)
		assertThat(eventIds("(filter: { country: \"%s\" })".formatted(NodeId.of("Country", "DK")))).hasSize(3);
		// Ukraine's minister visited Copenhagen: a participant of Ukraine
		assertThat(eventIds("(filter: { country: \"%s\", kind: VISIT })".formatted(NodeId.of("Country", "UA"))))
			.containsExactly(NodeId.of("Event", "hlibova-visit-copenhagen"));
		assertThat(eventIds("(filter: { participant: \"%s\" })".formatted(NodeId.of("Person", "henrik-vestergaard"))))
			.containsExactly(NodeId.of("Event", "hlibova-vestergaard-meeting"), PRESS_CONFERENCE);
		// as every fact filter: no report of these events disagrees with another
		assertThat(eventIds("(filter: { disputed: true })")).isEmpty();
		assertThat(eventIds("(filter: { disputed: false, kind: VISIT })"))
			.containsExactly(NodeId.of("Event", "hlibova-visit-copenhagen"));
	}

	private List<String> eventIds(String arguments) throws Exception {
		return HttpApi.texts(api().query("{ events" + arguments + " { edges { node { id } } } }").at("/events/edges"),
				"/node/id");
	}

	@Test
	void searchFindsProgrammesAndEventsByName() throws Exception {
		JsonNode data = api().query("""
				{ programme: search(text: "nordhavn") { edges { node { __typename ... on Programme { name } } } }
				  event: search(text: "copenhagen visit") { edges { node { __typename ... on Event { kind } } } } }""");
		assertThat(HttpApi.texts(data.at("/programme/edges"), "/node/__typename")).containsExactly("Programme");
		assertThat(HttpApi.texts(data.at("/event/edges"), "/node/kind")).containsExactly("VISIT");
	}

	@Test
	void datasetCountsEventsAndProgrammes() throws Exception {
		JsonNode counts = api().query("{ dataset { counts { events programmes agreements } } }").at("/dataset/counts");
		assertThat(counts.get("events").asInt()).isEqualTo(3);
		assertThat(counts.get("programmes").asInt()).isEqualTo(1);
		assertThat(counts.get("agreements").asInt()).isEqualTo(2);
	}

	@Test
	void badIdsInTheNewFiltersAreClearErrors() throws Exception {
		JsonNode body = api()
			.post("{ agreements(filter: { programme: \"%s\" }) { totalCount } }".formatted(NodeId.of("Country", "DK")));
		assertThat(body.at("/errors/0/message").asString()).contains("filter.programme");
		body = api().post("{ events(filter: { country: \"%s\" }) { totalCount } }".formatted(FRAMEWORK));
		assertThat(body.at("/errors/0/message").asString()).contains("filter.country");
		body = api().post("{ events(filter: { participant: \"%s\" }) { totalCount } }".formatted(FRAMEWORK));
		assertThat(body.at("/errors/0/message").asString()).contains("filter.participant",
				"is the id of an Agreement, expected a Person, Organization or Country");
	}

}
