package org.accords.commitment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.GraphQlClient;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.accords.store.FactStore;
import org.accords.store.StoreCommands;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.server.WebGraphQlHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data journalist's question "what has Norway committed to?" over HTTP, on invented
 * reports ({@code src/test/resources/journalist-fixtures}): a commitment is made on
 * behalf of the countries of its obligors (a ministry's pledge is its country's, a
 * minister's his country's), which {@code Commitment.obligorCountries} lists as the
 * commitments CSV does and {@code filter: { obligorCountry }} selects by, while
 * {@code filter: { obligor }} still names the party itself.
 */
@GeneratedCorpusTest(fixtures = "classpath:journalist-fixtures/")
class CommitmentsByObligorCountryHttpTests {

	static final String NORWAY = NodeId.of("Country", "NO");

	static final String POLAND = NodeId.of("Country", "PL");

	static final String UKRAINE = NodeId.of("Country", "UA");

	static final String DRONE_MONEY = NodeId.of("Commitment", "no-drone-money");

	static final String ENGINEERS = NodeId.of("Commitment", "drone-engineers");

	static final String DEMINER_TRAINING = NodeId.of("Commitment", "pl-deminer-training");

	@LocalServerPort
	int port;

	@Autowired
	WebGraphQlHandler handler;

	@Autowired
	FactStore store;

	@Autowired
	StoreCommands commands;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	@Test
	void aCommitmentListsTheCountriesOfItsObligorsOnceEachInTheirOrder() throws Exception {
		JsonNode data = api().query("""
				{ commitments { edges { node { id obligorCountries { id code name } } } } }""");
		List<String> ids = HttpApi.texts(data.at("/commitments/edges"), "/node/id");
		assertThat(ids).containsExactly(ENGINEERS, DRONE_MONEY, DEMINER_TRAINING);
		// the person's country first, then the ministry's
		assertThat(HttpApi.texts(data.at("/commitments/edges/0/node/obligorCountries"), "/code")).containsExactly("PL",
				"NO");
		// a ministry: its country
		assertThat(HttpApi.texts(data.at("/commitments/edges/1/node/obligorCountries"), "/name"))
			.containsExactly("Norway");
		// a country and its own minister: the country once
		assertThat(HttpApi.texts(data.at("/commitments/edges/2/node/obligorCountries"), "/id")).containsExactly(POLAND);
	}

	@Test
	void obligorCountryFindsWhatIsCommittedOnACountrysBehalfWhereObligorFindsTheCountryItself() throws Exception {
		JsonNode data = api().query("""
				{ norway: commitments(filter: { obligorCountry: "%1$s" }) { totalCount edges { node { id } } }
				  norwayItself: commitments(filter: { obligor: "%1$s" }) { totalCount }
				  poland: commitments(filter: { obligorCountry: "%2$s" }) { edges { node { id } } }
				  polandItself: commitments(filter: { obligor: "%2$s" }) { edges { node { id } } }
				  ukraine: commitments(filter: { obligorCountry: "%3$s" }) { totalCount } }""".formatted(NORWAY, POLAND,
				UKRAINE));
		// the ministry's pledge and the joint one
		assertThat(HttpApi.texts(data.at("/norway/edges"), "/node/id")).containsExactly(ENGINEERS, DRONE_MONEY);
		assertThat(data.at("/norway/totalCount").asInt()).isEqualTo(2);
		// Norway itself commits to nothing: only its ministry does
		assertThat(data.at("/norwayItself/totalCount").asInt()).isZero();
		// through the minister, and Poland's own pledge once
		assertThat(HttpApi.texts(data.at("/poland/edges"), "/node/id")).containsExactly(ENGINEERS, DEMINER_TRAINING);
		assertThat(HttpApi.texts(data.at("/polandItself/edges"), "/node/id")).containsExactly(DEMINER_TRAINING);
		// a beneficiary is no obligor
		assertThat(data.at("/ukraine/totalCount").asInt()).isZero();
	}

	@Test
	void obligorCountryHoldsWithTheOtherConditionsAndPagesWithTheSameCursors() throws Exception {
		String drones = NodeId.of("CooperationArea", "no-ua-drones");
		String demining = NodeId.of("Agreement", "pl-ua-demining-agreement");
		JsonNode data = api()
			.query("""
					{ inArea: commitments(filter: { obligorCountry: "%1$s", area: "%2$s" }) { edges { node { id } } }
					  underAgreement: commitments(filter: { obligorCountry: "%3$s", agreement: "%4$s" }) { edges { node { id } } }
					  withText: commitments(filter: { obligorCountry: "%1$s", text: "deminers" }) { edges { node { id } } }
					  first: commitments(filter: { obligorCountry: "%1$s" }, first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"""
				.formatted(POLAND, drones, NORWAY, demining));
		assertThat(HttpApi.texts(data.at("/inArea/edges"), "/node/id")).containsExactly(ENGINEERS);
		assertThat(HttpApi.texts(data.at("/underAgreement/edges"), "/node/id")).containsExactly(ENGINEERS);
		assertThat(HttpApi.texts(data.at("/withText/edges"), "/node/id")).containsExactly(DEMINER_TRAINING);
		assertThat(HttpApi.texts(data.at("/first/edges"), "/node/id")).containsExactly(ENGINEERS);
		assertThat(data.at("/first/pageInfo/hasNextPage").asBoolean()).isTrue();
		JsonNode next = api()
			.query("""
					{ commitments(filter: { obligorCountry: "%s" }, first: 1, after: "%s") { edges { node { id } } pageInfo { hasNextPage } } }"""
				.formatted(POLAND, data.at("/first/pageInfo/endCursor").asString()));
		assertThat(HttpApi.texts(next.at("/commitments/edges"), "/node/id")).containsExactly(DEMINER_TRAINING);
		assertThat(next.at("/commitments/pageInfo/hasNextPage").asBoolean()).isFalse();
	}

	@Test
	void commitmentTotalsSumWhatIsCommittedOnACountrysBehalf() throws Exception {
		JsonNode data = api().query("""
				{ norway: commitmentTotals(filter: { obligorCountry: "%s" }) { currency amount commitmentCount }
				  poland: commitmentTotals(filter: { obligorCountry: "%s" }) { amount } }""".formatted(NORWAY, POLAND));
		assertThat(data.get("norway").toString())
			.isEqualTo("[{\"currency\":\"EUR\",\"amount\":\"40000000\",\"commitmentCount\":1}]");
		// Poland's pledges give no sum
		assertThat(data.get("poland").toString()).isEqualTo("[]");
	}

	@Test
	void anIdOfNoCountryMatchesNothingAndAnythingElseIsRefusedNamingTheArgument() throws Exception {
		JsonNode none = api().query("{ commitments(filter: { obligorCountry: \"%s\" }) { totalCount } }"
			.formatted(NodeId.of("Country", "FR")));
		assertThat(none.at("/commitments/totalCount").asInt()).isZero();

		JsonNode code = api().post("{ commitments(filter: { obligorCountry: \"NO\" }) { totalCount } }");
		assertThat(code.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
		assertThat(code.at("/errors/0/extensions/argument").asString()).isEqualTo("filter.obligorCountry");
		assertThat(code.at("/errors/0/message").asString())
			.startsWith("filter.obligorCountry: 'NO' is not an Accords id; expected the id of a Country");

		String ministry = NodeId.of("Organization", "no-defence-ministry");
		JsonNode organization = api()
			.post("{ commitmentTotals(filter: { obligorCountry: \"%s\" }) { amount } }".formatted(ministry));
		assertThat(organization.at("/errors/0/extensions/argument").asString()).isEqualTo("filter.obligorCountry");
		assertThat(organization.at("/errors/0/message").asString())
			.isEqualTo("filter.obligorCountry: '" + ministry + "' is the id of an Organization, expected a Country");
	}

	@Test
	void aGetWithTheFilterIsRevalidatedByItsETagAndAnotherCountryHasAnother() throws Exception {
		String norway = get(NORWAY, "");
		assertThat(norway).startsWith("HTTP/1.1 200").contains(DRONE_MONEY);
		String etag = header(norway, "ETag");
		assertThat(get(NORWAY, "If-None-Match: " + etag + "\r\n")).startsWith("HTTP/1.1 304");
		String poland = get(POLAND, "");
		assertThat(poland).startsWith("HTTP/1.1 200").doesNotContain(DRONE_MONEY);
		assertThat(header(poland, "ETag")).isNotEqualTo(etag);
	}

	private String get(String country, String headers) throws Exception {
		String query = "{ commitments(filter: { obligorCountry: \"" + country + "\" }) { edges { node { id } } } }";
		return api().raw("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
				"Accept: application/graphql-response+json\r\n" + headers);
	}

	private static String header(String response, String name) {
		return response.lines()
			.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
			.map((line) -> line.substring(name.length() + 1).trim())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " in " + response));
	}

	@Test
	void theCountriesOfAPageResolveInOneBatchWhateverItsSize() {
		int one = commandsFor(1);
		int three = commandsFor(3);
		assertThat(three).as(this.commands.names().toString()).isEqualTo(one);
	}

	private int commandsFor(int pageSize) {
		this.store.clearCache();
		this.commands.clear();
		GraphQlClient.of(this.handler)
			.document(
					"query($first: Int!) { commitments(first: $first) { edges { node { obligorCountries { name } } } } }")
			.variable("first", pageSize)
			.execute()
			.path("commitments.edges")
			.entityList(Object.class)
			.hasSize(pageSize);
		return this.commands.size();
	}

}
