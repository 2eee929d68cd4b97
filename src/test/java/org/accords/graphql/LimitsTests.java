package org.accords.graphql;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.accords.Awaits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every limit of {@code accords.limits.*} refuses an over-limit document with 400, its
 * own code and a message naming the limit, before anything executes; the cost of what
 * runs is reported to the client.
 */
@GuardedHttpTest
class LimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	ExecutionCounter counter;

	HttpClientSupport client;

	@BeforeEach
	void client() {
		this.client = new HttpClientSupport(this.port);
	}

	/**
	 * Posts a document and checks that it was refused with the code, without executing.
	 */
	HttpResponse<String> refused(String document, String code) {
		int before = this.counter.executions.get();
		HttpResponse<String> response = this.client.post(body(document));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).startsWith("{\"errors\":[").contains("\"code\":\"" + code + "\"");
		assertThat(this.counter.executions.get()).as("executions").isEqualTo(before);
		return response;
	}

	HttpResponse<String> accepted(String document) {
		HttpResponse<String> response = this.client.post(body(document));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).startsWith("{\"data\":").doesNotContain("\"errors\"");
		return response;
	}

	static String body(String document) {
		return "{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
	}

	@Test
	void nestingDeeperThanTheDepthLimitIsRefused() {
		String deep = "{ people { edges { node { statements { areas { statements { speaker { statements { areas "
				+ "{ commitments { areas { statements { text } } } } } } } } } } } } }";
		assertThat(refused(deep, "DEPTH_LIMIT_EXCEEDED").body()).contains("13 fields deep", "maximum depth of 12",
				"at people.edges.node.statements.areas.statements.speaker.statements.areas.commitments.areas"
						+ ".statements.text: select fewer levels there");
		accepted("{ people { edges { node { statements { areas { statements { speaker { name } } } } } } } }");
	}

	/**
	 * An empty {@code operationName} in a POST body is no name, as in a GET's query
	 * string: a document of several operations is told to name one. graphql-java ran the
	 * first for it, while the limits and the cost were checked against none (cost 1): a
	 * query nested past the depth limit ran whole.
	 */
	@Test
	void anEmptyOperationNameIsNoName() {
		String deep = "query Deep { people { edges { node { statements { areas { statements { speaker { statements"
				+ " { areas { commitments { areas { statements { text } } } } } } } } } } } } } query Small"
				+ " { __typename }";
		HttpResponse<String> response = this.client
			.post(body(deep).replaceFirst("}$", java.util.regex.Matcher.quoteReplacement(",\"operationName\":\"\"}")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("\"data\"")
			.contains("The document has 2 operations (Deep, Small): name the one to run in");
	}

	@Test
	void theIntrospectionQueryGraphiqlSendsIsServed() throws Exception {
		String introspection = new ClassPathResource("graphql-test/introspection.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		HttpResponse<String> response = accepted(introspection);
		assertThat(response.body()).contains("\"__schema\"", "\"StatementConnection\"");
	}

	@Test
	void circularIntrospectionIsRefused() {
		HttpResponse<String> response = this.client.post(body("{ __schema { types { fields { type { fields { type { "
				+ "fields { type { fields { type { fields { type { name } } } } } } } } } } } } }"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("DEPTH_LIMIT_EXCEEDED").doesNotContain("\"data\"");
		// within the depth limit, graphql-java's good-faith check refuses repeated fields
		HttpResponse<String> shallow = this.client
			.post(body("{ __schema { types { fields { type { fields { type { name } } } } } } }"));
		assertThat(shallow.statusCode()).isEqualTo(400);
		assertThat(shallow.body()).contains("GRAPHQL_VALIDATION_FAILED", "good faith").doesNotContain("\"data\"");
	}

	@Test
	void everyAliasCountsTypenameIncluded() {
		StringBuilder aliases = new StringBuilder("{");
		for (int i = 0; i < 31; i++) {
			aliases.append(" a").append(i).append(": __typename");
		}
		assertThat(refused(aliases + " }", "ALIAS_LIMIT_EXCEEDED").body()).contains("31 aliases", "maximum of 30");
		accepted(aliases.substring(0, aliases.indexOf(" a30:")) + " }");
	}

	@Test
	void aliasesInAFragmentCountAtEverySpread() {
		StringBuilder fragment = new StringBuilder("fragment f on Query {");
		for (int i = 0; i < 10; i++) {
			fragment.append(" a").append(i).append(": __typename");
		}
		refused("{ ...f ... { ...f } s: statements { totalCount } x: dataset { version } y: dataset { version } "
				+ "z: dataset { version } w: dataset { version } v: dataset { version } u: dataset { version } "
				+ "t: dataset { version } r: dataset { version } q: dataset { version } p: dataset { version } } "
				+ fragment + " }", "ALIAS_LIMIT_EXCEEDED");
	}

	@Test
	void repeatedDirectivesAreRefused() {
		assertThat(refused("{ __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }", "DIRECTIVE_LIMIT_EXCEEDED").body())
			.contains("10 directives", "maximum of 3");
		refused("{" + " __typename @include(if: true)".repeat(51) + " }", "DIRECTIVE_LIMIT_EXCEEDED");
		StringBuilder spread = new StringBuilder("{ ...d ...d ...d ...d ...d ...d } fragment d on Query {");
		for (int i = 0; i < 9; i++) {
			spread.append(" __typename @include(if: true)");
		}
		refused(spread + " }", "DIRECTIVE_LIMIT_EXCEEDED");
	}

	@Test
	void duplicatedFieldsBeyondTheBreadthLimitAreRefused() {
		assertThat(refused("{" + " __typename".repeat(101) + " }", "BREADTH_LIMIT_EXCEEDED").body())
			.contains("A selection set has 101 fields, over the maximum of 100, at the operation's top level:"
					+ " select fewer fields there, or split them over several requests");
		accepted("{" + " __typename".repeat(100) + " }");
	}

	@Test
	void documentsOverTheCharacterOrTokenLimitAreRefused() {
		String padded = "{ dataset { version } }" + " ".repeat(3000);
		assertThat(refused(padded, "DOCUMENT_TOO_LARGE").body()).contains("maximum of 3000");
		assertThat(refused("{ dataset(x: [" + "1 ".repeat(1100) + "]) { version } }", "DOCUMENT_TOO_LARGE").body())
			.contains("1000 tokens");
	}

	@Test
	void costOverTheMaximumIsRefusedNamingIt() {
		// each page: 2 + 100 × (node 1 + text 1 + evidence (1 + 2 × (excerpt, start, end
		// 3
		// + article (1 + text 5 + title, url, publisher 3)))) = 2,702 on the seed data
		String page = "statements(first: 100) { edges { node { text evidence { excerpt start end "
				+ "article { text title url publisher } } } } }";
		StringBuilder document = new StringBuilder("{");
		for (int i = 0; i < 8; i++) {
			document.append(" s").append(i).append(": ").append(page);
		}
		HttpResponse<String> response = refused(document.append(" }").toString(), "COST_LIMIT_EXCEEDED");
		assertThat(response.body()).contains("cost is 21616", "maximum of 20000");
		// the numbers a page shows ("this query costs 21,616 of at most 20,000") without
		// parsing the message; the answer's own extensions.cost.requested is what the
		// refusal was charged, not the query's cost
		assertThat(response.body())
			.contains("\"extensions\":{\"code\":\"COST_LIMIT_EXCEEDED\",\"cost\":21616,\"maximumCost\":20000,");
	}

	@Test
	void fragmentsSpreadExponentiallyAreMeasuredQuickly() {
		StringBuilder document = new StringBuilder("{ ...f0 }");
		for (int i = 0; i < 40; i++) {
			document.append(" fragment f")
				.append(i)
				.append(" on Query { ...f")
				.append(i + 1)
				.append(" ...f")
				.append(i + 1)
				.append(" }");
		}
		document.append(" fragment f40 on Query { dataset { version } }");
		// 2^40 fields at one level: each fragment is measured once, not at every spread
		// (measured at every spread, the answer would never come: it fails after
		// Awaits.HUNG, where a bound of seconds failed now and then on a busy machine)
		assertTimeoutPreemptively(Awaits.HUNG, () -> refused(document.toString(), "BREADTH_LIMIT_EXCEEDED"));
	}

	@Test
	void costIsReportedInExtensionsAndRateLimitHeaders() {
		// statements 1 + edges 1 + 2 × (node 1 + text 1 + evidence 1 + 2 × excerpt 1): no
		// statement of the seed data has more than 2 pieces of evidence
		HttpResponse<String> response = accepted(
				"{ statements(first: 2) { edges { node { text evidence { excerpt } } } } }");
		assertThat(response.body())
			.contains("\"extensions\":{\"cost\":{\"requested\":12,\"maximum\":20000,\"remaining\":");
		assertThat(response.headers().firstValue("RateLimit-Policy")).hasValue("\"anonymous\";q=1000000;w=60");
		assertThat(response.headers().firstValue("RateLimit"))
			.hasValueSatisfying((value) -> assertThat(value).matches("\"anonymous\";r=\\d+;t=\\d+"));
	}

	@Test
	void variablesSetThePageSizeTheCostIsComputedWith() {
		String query = "query($n: Int) { statements(first: $n) { edges { node { text } } } }";
		HttpResponse<String> response = this.client.post("{\"query\":\"" + query + "\",\"variables\":{\"n\":50}}");
		// statements 1 + edges 1 + 50 × (node 1 + text 1)
		assertThat(response.body()).contains("\"requested\":102");
	}

}
