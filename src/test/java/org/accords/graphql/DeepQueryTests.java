package org.accords.graphql;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import org.accords.GeneratedCorpusTest;
import org.accords.dataset.DatasetState;
import org.accords.seed.SeedLoader;
import org.accords.synthetic.SyntheticCorpus;
import org.accords.graphql.guard.QueryCost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a generated corpus where an agreement has about 200 statements and a person 50, the
 * nested lists are paged and the cost is what the query really produces: the deep queries
 * of issue 9 are refused or cost at least the fields and the text they return.
 */
@GeneratedCorpusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeepQueryTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	DatasetShape.Source shapes;

	@Autowired
	GraphQlSource graphQl;

	@Autowired
	DatasetShape.Lists lists;

	Path folder;

	@BeforeAll
	void loadGeneratedCorpus() throws Exception {
		this.folder = Files.createTempDirectory("accords-corpus");
		SyntheticCorpus.write(this.folder, 2000, 7);
		assertThat(this.loader.load(this.folder.toUri().toString())).isEqualTo(SeedLoader.Outcome.PUBLISHED);
	}

	@AfterAll
	void removeCorpus() throws Exception {
		try (var files = Files.walk(this.folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	JsonNode post(String document) {
		HttpResponse<String> response = new HttpClientSupport(this.port).post(LimitsTests.body(document));
		return JSON.readTree(response.body());
	}

	/** Field values in a response's data: what the cost of a field counts. */
	static long fields(JsonNode node) {
		long count = 0;
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				count += 1 + fields(field.getValue());
			}
		}
		else if (node.isArray()) {
			for (JsonNode item : node) {
				count += fields(item);
			}
		}
		return count;
	}

	static long textCharacters(JsonNode node) {
		long count = 0;
		if (node.isString()) {
			return node.asString().length();
		}
		for (JsonNode child : node) {
			count += textCharacters(child);
		}
		return count;
	}

	@Test
	void theCorpusHasTheListSizesOfTheIssue() {
		DatasetShape shape = this.shapes.shape(this.state.version());
		assertThat(shape.listBound("Agreement", "statements")).isGreaterThanOrEqualTo(150);
		assertThat(shape.listBound("Person", "statements")).isGreaterThanOrEqualTo(40);
	}

	@Test
	void commitmentTotalsCostByTheGroupsOfTheGroupingAsked() {
		String selection = " { currency amount commitmentCount obligor { ... on Country { id } } "
				+ "beneficiary { ... on Country { id } } } }";
		long previous = 0;
		for (String grouping : List.of("[]", "[OBLIGOR]", "[OBLIGOR, BENEFICIARY]")) {
			JsonNode response = post("{ commitmentTotals(groupBy: " + grouping + ")" + selection);
			assertThat(response.has("errors")).as(response.toString()).isFalse();
			long cost = response.path("extensions").path("cost").path("requested").asLong();
			JsonNode totals = response.path("data").path("commitmentTotals");
			assertThat(cost).as(grouping).isGreaterThanOrEqualTo(fields(response.path("data")));
			// priced by the groups this grouping can have, not by every commitment
			assertThat(cost).as(grouping).isLessThanOrEqualTo(1 + totals.size() * 8L);
			assertThat(cost).as(grouping).isGreaterThan(previous);
			previous = cost;
		}
	}

	@Test
	void theDeepestQueryOfTheIssueIsRefusedForItsCost() {
		JsonNode response = post("{ agreements(first:10) { edges { node { statements { agreement { statements "
				+ "{ agreement { statements { text } } } } } } } } }");
		assertThat(response.toString()).contains("COST_LIMIT_EXCEEDED");
	}

	@Test
	void theDeepQueryOfTheIssueCostsAtLeastWhatItReturns() {
		JsonNode response = post(
				"{ agreements(first:1) { edges { node { statements { agreement { statements { text } } } } } } }");
		assertThat(response.has("errors")).as(response.toString()).isFalse();
		long cost = response.path("extensions").path("cost").path("requested").asLong();
		JsonNode data = response.path("data");
		assertThat(cost).isGreaterThanOrEqualTo(fields(data));
		// agreements, edges, node 1 each; statements 1 + p × (agreement 1 + statements
		// (1 + p × text 1)): the store reads the page of each agreement, not its whole
		// list of b statements (b the most statements of an agreement)
		long most = this.shapes.shape(this.state.version()).listBound("Agreement", "statements");
		long page = Math.min(20, most);
		assertThat(most).isGreaterThan(page);
		assertThat(cost).isEqualTo(3 + 1 + page * (1 + 1 + page));
		assertThat(cost).isEqualTo(fields(data));
		assertThat(cost * QueryCost.TEXT_UNIT).isGreaterThanOrEqualTo(textCharacters(data));
		// 20 statements of 20 statements by default, not 200 of 200
		assertThat(data.path("agreements").path("edges").get(0).path("node").path("statements").size()).isEqualTo(20);
		assertThat(response.toString().length()).isLessThan(200_000);
	}

	@Test
	void longTextsCostByTheirLength() {
		JsonNode response = post("{ articles(first: 5) { edges { node { text } } } }");
		long cost = response.path("extensions").path("cost").path("requested").asLong();
		long characters = textCharacters(response.path("data"));
		assertThat(characters).isGreaterThan(5 * QueryCost.TEXT_UNIT);
		assertThat(cost * QueryCost.TEXT_UNIT).isGreaterThanOrEqualTo(characters);
		assertThat(cost).isGreaterThanOrEqualTo(fields(response.path("data")));
	}

	@Test
	void nestedListsArePagedWithFirstAndAfter() {
		String agreement = post("{ agreements(first: 1) { edges { node { id } } } }").path("data")
			.path("agreements")
			.path("edges")
			.get(0)
			.path("node")
			.path("id")
			.asString();
		List<String> all = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 50; page++) {
			String arguments = "first: 100" + ((after != null) ? ", after: \"" + after + "\"" : "");
			JsonNode statements = post(
					"{ node(id: \"" + agreement + "\") { ... on Agreement { statements(" + arguments + ") { id } } } }")
				.path("data")
				.path("node")
				.path("statements");
			assertThat(statements.size()).isLessThanOrEqualTo(100);
			if (statements.isEmpty()) {
				break;
			}
			statements.forEach((statement) -> all.add(statement.path("id").asString()));
			after = all.get(all.size() - 1);
		}
		assertThat(all).hasSizeGreaterThan(100).doesNotHaveDuplicates();
		long total = post("{ statements(filter: { agreement: \"" + agreement + "\" }) { totalCount } }").path("data")
			.path("statements")
			.path("totalCount")
			.asLong();
		assertThat(all).hasSize((int) total);
	}

	@Test
	void nestedPagesHaveTheDefaultAndTheCapOfConnections() {
		JsonNode people = post(
				"{ people(first: 2) { edges { node { statements { id } all: statements(first: 100) " + "{ id } } } } }")
			.path("data")
			.path("people")
			.path("edges");
		assertThat(people.get(0).path("node").path("statements").size()).isEqualTo(20);
		assertThat(people.get(0).path("node").path("all").size()).isGreaterThan(20);
		String tooMany = post("{ people(first: 1) { edges { node { statements(first: 101) { id } } } } }").toString();
		assertThat(tooMany).contains("BAD_USER_INPUT", "first: must be between 0 and 100, was 101");
		String unknown = post(
				"{ people(first: 1) { edges { node { statements(after: \"Statement:nope\") { id } } } } }")
			.toString();
		assertThat(unknown).contains("BAD_USER_INPUT", "is not the id of an item of Person.statements");
	}

	@Test
	void aConnectionsCursorGivenToANestedListSaysTheListPagesById() {
		// a newcomer pages every list the same way: the nested lists take an item's id
		String cursor = post("{ statements(first: 1) { pageInfo { endCursor } } }").path("data")
			.path("statements")
			.path("pageInfo")
			.path("endCursor")
			.asString();
		String refused = post("{ people(first: 1) { nodes { statements(after: \"" + cursor + "\") { id } } } }")
			.toString();
		assertThat(refused).contains("BAD_USER_INPUT",
				"after: '" + cursor + "' is a connection's cursor, not the id of"
						+ " an item of Person.statements: this list pages after the id of its last item you read"
						+ " (statements { id }), not after a cursor");
	}

	@Test
	void everyListTheCostMultipliesIsBoundedByTheVersion() {
		DatasetShape shape = this.shapes.shape(this.state.version());
		TreeSet<String> unbounded = new TreeSet<>();
		for (var type : this.graphQl.schema().getAllTypesAsList()) {
			if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")
					|| object.getName().endsWith("Connection")) {
				continue;
			}
			for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
				boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()));
				if (list && field.getArgument("ids") == null
						&& shape.listBound(object.getName(), field.getName()) == null) {
					unbounded.add(object.getName() + "." + field.getName());
				}
			}
		}
		// the dataset's own description: its source files, the versions kept and the
		// changelog, sized from the version's record, the versions kept and the
		// changelog's counts (dataset/DatasetLists); none is left to the list factor
		assertThat(unbounded).allMatch(
				(field) -> field.startsWith("Dataset.") || field.startsWith("VersionChanges.")
						|| field.startsWith("CollectionChanges.") || field.equals("Query.datasetVersions"),
				"only the dataset description: " + unbounded);
		assertThat(unbounded).allMatch(
				(field) -> this.lists.bound(this.state.version(), field) != null
						|| this.lists.total(this.state.version(), field) != null,
				"sized by DatasetLists: " + unbounded);
	}

}
