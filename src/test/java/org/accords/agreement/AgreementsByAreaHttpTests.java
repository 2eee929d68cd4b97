package org.accords.agreement;

import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data journalist's question "which agreements concern drones?" over HTTP, on invented
 * reports (test fixtures under {@code src/test/resources/journalist-fixtures}): an area
 * curated on one agreement is found on it, and on the agreements that pledge or speak in
 * it, each once, paged as every list is.
 */
@GeneratedCorpusTest(fixtures = "classpath:journalist-fixtures/")
class AgreementsByAreaHttpTests {

	static final String MEMORANDUM = NodeId.of("Agreement", "no-ua-drone-memorandum");

	static final String DEMINING = NodeId.of("Agreement", "pl-ua-demining-agreement");

	static final String ARMOUR_LETTER = NodeId.of("Agreement", "pl-ua-armour-letter");

	static final String TRAINING_NOTE = NodeId.of("Agreement", "pl-ua-training-note");

	static final String DRONES = NodeId.of("CooperationArea", "no-ua-drones");

	static final String ARMOUR_REPAIR = NodeId.of("CooperationArea", "no-ua-armour-repair");

	@LocalServerPort
	int port;

	HttpApi api() {
		return new HttpApi(this.port);
	}

	@Test
	void anAreaFindsItsOwnAgreementAndThoseWithACommitmentOrStatementInIt() throws Exception {
		JsonNode data = api().query("""
				{ drones: agreements(filter: { area: "%s" }) { totalCount edges { node { id } } }
				  repair: agreements(filter: { area: "%s" }) { totalCount edges { node { id } } }
				  all: agreements { totalCount } }""".formatted(DRONES, ARMOUR_REPAIR));
		// its own (the memorandum) and the demining agreement's joint pledge of
		// engineers,
		// in the list's order (signing date): the memorandum once, though its own
		// commitment is in the area too
		assertThat(HttpApi.texts(data.at("/drones/edges"), "/node/id")).containsExactly(MEMORANDUM, DEMINING);
		assertThat(data.at("/drones/totalCount").asInt()).isEqualTo(2);
		// its own, and the letter Zawada speaks of (signed on no date reported: first, as
		// the list puts an agreement without a signing date)
		assertThat(HttpApi.texts(data.at("/repair/edges"), "/node/id")).containsExactly(ARMOUR_LETTER, MEMORANDUM);
		// the training note, in an area of its own only, is in neither
		assertThat(data.at("/all/totalCount").asInt()).isEqualTo(4);
	}

	@Test
	void theAreaFilterHoldsWithTheOthersAndPagesWithTheSameCursors() throws Exception {
		String poland = NodeId.of("Country", "PL");
		JsonNode data = api()
			.query("""
					{ withParty: agreements(filter: { area: "%1$s", party: "%2$s" }) { edges { node { id } } }
					  withText: agreements(filter: { area: "%1$s", text: "memorandum" }) { edges { node { id } } }
					  first: agreements(filter: { area: "%1$s" }, first: 1) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }"""
				.formatted(DRONES, poland));
		assertThat(HttpApi.texts(data.at("/withParty/edges"), "/node/id")).containsExactly(DEMINING);
		assertThat(HttpApi.texts(data.at("/withText/edges"), "/node/id")).containsExactly(MEMORANDUM);
		assertThat(HttpApi.texts(data.at("/first/edges"), "/node/id")).containsExactly(MEMORANDUM);
		assertThat(data.at("/first/pageInfo/hasNextPage").asBoolean()).isTrue();
		JsonNode next = api()
			.query("""
					{ agreements(filter: { area: "%s" }, first: 1, after: "%s") { edges { node { id } } pageInfo { hasNextPage } } }"""
				.formatted(DRONES, data.at("/first/pageInfo/endCursor").asString()));
		assertThat(HttpApi.texts(next.at("/agreements/edges"), "/node/id")).containsExactly(DEMINING);
		assertThat(next.at("/agreements/pageInfo/hasNextPage").asBoolean()).isFalse();
	}

	@Test
	void anIdOfNoAreaMatchesNothingAndAnythingElseIsRefusedAsTheOtherFiltersRefuseIt() throws Exception {
		JsonNode none = api().query("{ agreements(filter: { area: \"%s\" }) { totalCount } }"
			.formatted(NodeId.of("CooperationArea", "no-such-area")));
		assertThat(none.at("/agreements/totalCount").asInt()).isZero();

		JsonNode name = api().post("{ agreements(filter: { area: \"drones\" }) { totalCount } }");
		assertThat(name.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
		assertThat(name.at("/errors/0/extensions/argument").asString()).isEqualTo("filter.area");
		assertThat(name.at("/errors/0/message").asString())
			.startsWith("filter.area: 'drones' is not an Accords id; expected the id of a CooperationArea");
		JsonNode commitments = api().post("{ commitments(filter: { area: \"drones\" }) { totalCount } }");
		assertThat(name.at("/errors/0/message").asString()).isEqualTo(commitments.at("/errors/0/message").asString());

		JsonNode agreementId = api()
			.post("{ agreements(filter: { area: \"%s\" }) { totalCount } }".formatted(MEMORANDUM));
		assertThat(agreementId.at("/errors/0/message").asString())
			.isEqualTo("filter.area: '" + MEMORANDUM + "' is the id of an Agreement, expected a CooperationArea");
	}

	@Test
	void aCategoryFindsTheAgreementsOfEachOfItsAreasAsTheAreaFilterDoes() throws Exception {
		JsonNode data = api().query("""
				{ unmanned: agreements(filter: { areaCategory: UNMANNED_SYSTEMS }) { totalCount edges { node { id } } }
				  repair: agreements(filter: { areaCategory: MAINTENANCE_AND_REPAIR }) { edges { node { id } } }
				  training: agreements(filter: { areaCategory: TRAINING }) { edges { node { id } } }
				  artillery: agreements(filter: { areaCategory: ARTILLERY }) { totalCount } }""");
		// one area: its own agreement and the one with a commitment in it, as filter.area
		// finds them
		assertThat(HttpApi.texts(data.at("/unmanned/edges"), "/node/id")).containsExactly(MEMORANDUM, DEMINING);
		assertThat(data.at("/unmanned/totalCount").asInt()).isEqualTo(2);
		// one area: its own agreement and the one a statement in it is about
		assertThat(HttpApi.texts(data.at("/repair/edges"), "/node/id")).containsExactly(ARMOUR_LETTER, MEMORANDUM);
		// two areas of the category, each curated on its own agreement
		assertThat(HttpApi.texts(data.at("/training/edges"), "/node/id")).containsExactly(TRAINING_NOTE, DEMINING);
		// a category no area has
		assertThat(data.at("/artillery/totalCount").asInt()).isZero();
	}

	@Test
	void theCategoryFilterHoldsWithTheOthersAndPagesWithTheSameCursors() throws Exception {
		JsonNode data = api()
			.query("""
					{ withKind: agreements(filter: { areaCategory: TRAINING, kind: OTHER }) { edges { node { id } } }
					  withArea: agreements(filter: { areaCategory: TRAINING, area: "%s" }) { edges { node { id } } }
					  first: agreements(filter: { areaCategory: TRAINING }, first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"""
				.formatted(DRONES));
		assertThat(HttpApi.texts(data.at("/withKind/edges"), "/node/id")).containsExactly(TRAINING_NOTE);
		// in a training area, and in the drones area: the demining agreement alone is
		// both
		assertThat(HttpApi.texts(data.at("/withArea/edges"), "/node/id")).containsExactly(DEMINING);
		assertThat(HttpApi.texts(data.at("/first/edges"), "/node/id")).containsExactly(TRAINING_NOTE);
		assertThat(data.at("/first/pageInfo/hasNextPage").asBoolean()).isTrue();
		JsonNode next = api()
			.query("""
					{ agreements(filter: { areaCategory: TRAINING }, first: 1, after: "%s") { edges { node { id } } pageInfo { hasNextPage } } }"""
				.formatted(data.at("/first/pageInfo/endCursor").asString()));
		assertThat(HttpApi.texts(next.at("/agreements/edges"), "/node/id")).containsExactly(DEMINING);
		assertThat(next.at("/agreements/pageInfo/hasNextPage").asBoolean()).isFalse();
	}

	@Test
	void anAreaIdWhereTheCategoryGoesIsRefusedByTheSchema() throws Exception {
		JsonNode refused = api()
			.post("{ agreements(filter: { areaCategory: \"%s\" }) { totalCount } }".formatted(DRONES));
		assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
		assertThat(refused.at("/errors/0/message").asString()).contains("areaCategory");
	}

}
