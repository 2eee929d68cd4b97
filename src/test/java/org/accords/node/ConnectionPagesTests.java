package org.accords.node;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accords.AccordsTest;
import org.accords.GraphQlClient;
import org.accords.paging.PagedList;
import org.accords.store.Entity;
import graphql.Scalars;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cursor belongs to the list it came from: the connection's field, its filter, its
 * order, a search's text. Given to another list it is refused, saying so, rather than
 * read as the same offset there; on its own list it pages on, forwards and backwards.
 */
@AccordsTest
class ConnectionPagesTests {

	private static final String REFUSED = "this cursor came from another list";

	private static final String STATEMENTS = """
			query($filter: StatementFilter, $orderBy: StatementOrder, $first: Int, $after: String,
			    $last: Int, $before: String) {
			  statements(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last,
			      before: $before) {
			    edges { cursor node { id } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	private static final Map<String, Object> BY_KASCIUNAS = Map.of("speakerName", "kasciunas");

	private static final Map<String, Object> NEWEST_FIRST = Map.of("field", "SAID_ON", "direction", "DESC");

	@Autowired
	WebGraphQlHandler handler;

	@LocalServerPort
	int port;

	WebGraphQlTester graphQl;

	@BeforeEach
	void tester() {
		this.graphQl = GraphQlClient.of(this.handler);
	}

	/** The {@code statements} page these variables ask for. */
	private GraphQlTester.Response statements(Map<String, ?> variables) {
		GraphQlTester.Request<?> request = this.graphQl.document(STATEMENTS);
		variables.forEach(request::variable);
		return request.execute();
	}

	private String endCursorOf(Map<String, ?> variables) {
		return statements(variables).path("statements.pageInfo.endCursor").entity(String.class).get();
	}

	private static void refused(GraphQlTester.Response response, String message) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getMessage()).startsWith(message);
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
		}));
	}

	@Test
	void aStatementsCursorGivenToPeopleIsRefusedSayingWhatToPassInstead() throws Exception {
		String cursor = endCursorOf(Map.of("first", 2));
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"query\":\"{ people(first: 2, after: \\\"" + cursor + "\\\") { totalCount } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode body = JsonMapper.builder().build().readTree(answer.body());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(body.get("data").isNull()).isTrue();
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
		assertThat(body.at("/errors/0/message").asString())
			.isEqualTo("after: this cursor came from another list, or from people with another filter, and would"
					+ " point at another item here: start again without after, or pass the endCursor of this list's"
					+ " pageInfo (or an edge's cursor)");
	}

	@Test
	void aCursorIsRefusedOnTheSameConnectionWithAnotherFilterOrOrder() {
		String cursor = endCursorOf(Map.of("filter", BY_KASCIUNAS, "first", 1));
		String from = "after: " + REFUSED + ", or from statements with another filter or orderBy";
		refused(statements(Map.of("filter", Map.of("speakerName", "armonaite"), "first", 1, "after", cursor)), from);
		refused(statements(Map.of("filter", BY_KASCIUNAS, "orderBy", NEWEST_FIRST, "first", 1, "after", cursor)), from);
		refused(statements(Map.of("first", 1, "after", cursor)), from);
		String before = statements(Map.of("filter", BY_KASCIUNAS, "last", 1)).path("statements.pageInfo.startCursor")
			.entity(String.class)
			.get();
		refused(statements(Map.of("last", 1, "before", before)),
				"before: " + REFUSED + ", or from statements with another filter or orderBy");
	}

	@Test
	void aCursorPagesItsOwnListForwardsAndBackwards() {
		Map<String, Object> list = Map.of("filter", BY_KASCIUNAS, "orderBy", NEWEST_FIRST);
		List<String> all = statements(list).path("statements.edges[*].node.id").entityList(String.class).get();
		assertThat(all).hasSizeGreaterThan(2);
		assertThat(everyPage(list, true)).isEqualTo(all).isEqualTo(everyPage(list, false));
	}

	/**
	 * The ids of {@code list}, read a page of one at a time forwards ({@code first},
	 * {@code after} the endCursor) or backwards ({@code last}, {@code before} the
	 * startCursor).
	 */
	private List<String> everyPage(Map<String, Object> list, boolean forwards) {
		List<String> ids = new ArrayList<>();
		String cursor = null;
		do {
			Map<String, Object> variables = new HashMap<>(list);
			variables.put(forwards ? "first" : "last", 1);
			variables.put(forwards ? "after" : "before", cursor);
			GraphQlTester.Response page = statements(variables);
			ids.addAll(forwards ? ids.size() : 0,
					page.path("statements.edges[*].node.id").entityList(String.class).get());
			boolean more = page.path("statements.pageInfo." + (forwards ? "hasNextPage" : "hasPreviousPage"))
				.entity(Boolean.class)
				.get();
			cursor = more ? page.path("statements.pageInfo." + (forwards ? "endCursor" : "startCursor"))
				.entity(String.class)
				.get() : null;
		}
		while (cursor != null);
		return ids;
	}

	/**
	 * The same list written another way (inline rather than in variables, the order's
	 * fields the other way round, a filter field given as null) is the same list.
	 */
	@Test
	void theSameListSpelledAnotherWayPagesOn() {
		List<String> all = statements(Map.of("filter", BY_KASCIUNAS, "orderBy", NEWEST_FIRST))
			.path("statements.edges[*].node.id")
			.entityList(String.class)
			.get();
		String cursor = endCursorOf(Map.of("filter", BY_KASCIUNAS, "orderBy", NEWEST_FIRST, "first", 1));
		this.graphQl
			.document("{ statements(orderBy: { direction: DESC, field: SAID_ON }, after: \"" + cursor + "\","
					+ " filter: { agreement: null, speakerName: \"kasciunas\" }) { edges { node { id } } } }")
			.execute()
			.path("statements.edges[*].node.id")
			.entityList(String.class)
			.isEqualTo(all.subList(1, all.size()));
	}

	@Test
	void aSearchCursorPagesOnlyTheSameSearch() {
		String search = "query($text: String!, $orderBy: SearchOrder, $after: String) {"
				+ " search(text: $text, orderBy: $orderBy, first: 2, after: $after) {"
				+ " edges { cursor node { __typename } } pageInfo { endCursor } } }";
		String cursor = this.graphQl.document(search)
			.variable("text", "Lithuania")
			.execute()
			.path("search.pageInfo.endCursor")
			.entity(String.class)
			.get();
		String from = "after: " + REFUSED + ", or from search with another text or orderBy";
		refused(this.graphQl.document(search).variable("text", "Kasčiūnas").variable("after", cursor).execute(), from);
		refused(this.graphQl.document(search)
			.variable("text", "Lithuania")
			.variable("orderBy", "NEWEST")
			.variable("after", cursor)
			.execute(), from);
		refused(statements(Map.of("after", cursor)),
				"after: " + REFUSED + ", or from statements with another filter or orderBy");
		// RELEVANCE is the default order: written or not, the same list
		this.graphQl.document(search)
			.variable("text", "Lithuania")
			.variable("orderBy", "RELEVANCE")
			.variable("after", cursor)
			.execute()
			.path("search.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
	}

	/**
	 * A query's connections check their cursors each against its own list: one alias's
	 * cursor is refused by another alias's connection.
	 */
	@Test
	void eachConnectionOfAQueryChecksItsOwnCursor() {
		String cursor = endCursorOf(Map.of("first", 1));
		GraphQlTester.Response both = this.graphQl
			.document("{ mine: statements(first: 1, after: \"" + cursor + "\") { edges { node { id } } }"
					+ " theirs: articles(first: 1, after: \"" + cursor + "\") { totalCount } }")
			.execute();
		// one error, the other alias's: its own cursor was taken (a root connection is
		// non-null, so the error leaves data null)
		both.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getPath()).isEqualTo("theirs");
			assertThat(error.getMessage()).startsWith("after: " + REFUSED + ", or from articles with another filter");
		}));
	}

	@Test
	void errorsNameNoOtherProblemForACursorOfTheRightList() {
		String cursor = endCursorOf(Map.of("filter", BY_KASCIUNAS, "first", 1));
		GraphQlTester.Response page = statements(Map.of("filter", BY_KASCIUNAS, "first", 1, "after", cursor));
		page.errors().verify();
		assertThat(page.path("statements.edges[0].cursor").entity(String.class).get()).as("opaque and short")
			.matches("[A-Za-z0-9_-]{14,16}");
	}

	/**
	 * No connection of the schema is nested in an entity yet; one that is names its
	 * parent, so that the cursor of one agreement's list is refused on another's.
	 */
	@Test
	void aConnectionNestedInAnEntityNamesItsParent() {
		GraphQLFieldDefinition field = GraphQLFieldDefinition.newFieldDefinition()
			.name("statementsPage")
			.type(Scalars.GraphQLString)
			.argument(GraphQLArgument.newArgument().name("filter").type(Scalars.GraphQLString))
			.argument(GraphQLArgument.newArgument().name("first").type(Scalars.GraphQLInt))
			.build();
		GraphQLObjectType agreement = GraphQLObjectType.newObject().name("Agreement").field(field).build();
		GraphQLSchema schema = GraphQLSchema.newSchema()
			.query(GraphQLObjectType.newObject()
				.name("Query")
				.field(GraphQLFieldDefinition.newFieldDefinition().name("agreement").type(agreement)))
			.build();
		java.util.function.Function<String, PagedList> listOf = (id) -> ConnectionPages
			.list(DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
				.graphQLSchema(schema)
				.parentType(agreement)
				.fieldDefinition(field)
				.source((Entity) () -> id)
				.arguments(Map.of("first", 2))
				.build());
		PagedList first = listOf.apply("QWdyZWVtZW50OmE");
		assertThat(first.name()).isEqualTo("Agreement.statementsPage");
		assertThat(first.shapedBy()).containsExactly("filter", "Agreement");
		assertThat(listOf.apply("QWdyZWVtZW50OmE")).isEqualTo(first);
		assertThat(listOf.apply("QWdyZWVtZW50OmI").key()).isNotEqualTo(first.key());
	}

}
