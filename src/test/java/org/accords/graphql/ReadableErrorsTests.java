package org.accords.graphql;

import java.net.http.HttpResponse;

import org.accords.AccordsTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validation errors read as a user would say them: no graphql-java class names, the
 * argument and field named, close names suggested (introspection is on here).
 */
@AccordsTest
class ReadableErrorsTests {

	@LocalServerPort
	int port;

	HttpClientSupport client;

	@BeforeEach
	void client() {
		this.client = new HttpClientSupport(this.port);
	}

	String errors(String query) {
		HttpResponse<String> response = this.client.post(LimitsTests.body(query));
		assertThat(response.statusCode()).as(query).isEqualTo(400);
		assertThat(response.body()).as(query)
			.contains("\"code\":\"GRAPHQL_VALIDATION_FAILED\"")
			.doesNotContain("Value{")
			.doesNotContain("AST type")
			.doesNotContain("Validation error (")
			.doesNotContain("\"locations\":[]");
		return response.body();
	}

	/** The message of the one error of a document run as {@code operationName}. */
	static String operationError(HttpClientSupport client, String query, @Nullable String operationName) {
		String body = LimitsTests.body(query);
		if (operationName != null) {
			body = body.substring(0, body.length() - 1) + ",\"operationName\":\"" + operationName + "\"}";
		}
		HttpResponse<String> response = client.post(body);
		assertThat(response.statusCode()).as(body).isEqualTo(400);
		JsonNode errors = JsonMapper.builder().build().readTree(response.body()).get("errors");
		assertThat(errors).as(response.body()).hasSize(1);
		assertThat(errors.at("/0/extensions/code").asString()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
		return errors.at("/0/message").asString();
	}

	static final String TWO_OPERATIONS = "query Statements { statements { totalCount } } "
			+ "query Agreements { agreements { totalCount } }";

	@Test
	void severalOperationsAndNoOperationNameListTheOperations() {
		assertThat(operationError(this.client, TWO_OPERATIONS, null)).isEqualTo(
				"The document has 2 operations (Statements, Agreements): name the one to run in \"operationName\"");
	}

	@Test
	void anOperationNameThatNamesNoneListsTheOperationsAndSuggestsTheCloseOne() {
		assertThat(operationError(this.client, TWO_OPERATIONS, "Statement"))
			.isEqualTo("No operation named 'Statement' in the document; did you mean 'Statements'? "
					+ "The document has 2 operations (Statements, Agreements): name the one to run in \"operationName\"");
		assertThat(operationError(this.client, "{ statements { totalCount } }", "Statements"))
			.isEqualTo("No operation named 'Statements' in the document. "
					+ "The document has 1 operation (an anonymous one): send no \"operationName\" to run it");
	}

	@Test
	void anAnonymousOperationBesideOthersSaysToNameIt() {
		assertThat(operationError(this.client,
				"{ statements { totalCount } } query Agreements { agreements { totalCount } }", "Agreements"))
			.isEqualTo("An operation without a name must be the document's only one: name it "
					+ "(query Name { … }), then name the one to run in \"operationName\"");
	}

	/**
	 * An enum value written in quotes, as a front-end developer writes it in JSON, was
	 * told only the values, among them the one written: it is now told to drop the
	 * quotes.
	 */
	@Test
	void anEnumValueInQuotesIsToldToDropThem() {
		assertThat(errors("{ commitments(filter: { status: \"UNDER_NEGOTIATION\" }) { totalCount } }"))
			.contains("Argument 'filter.status' of field 'commitments' must be a CommitmentStatus, got the string "
					+ "\\\"UNDER_NEGOTIATION\\\"; an enum value is written without quotes: UNDER_NEGOTIATION\"");
		assertThat(errors("{ commitments(filter: { status: \"pending\" }) { totalCount } }"))
			.contains("got the string \\\"pending\\\"; one of UNDERTAKEN, UNDER_NEGOTIATION");
	}

	/** A string written without its quotes is told to put them. */
	@Test
	void aStringWithoutQuotesIsToldToPutThem() {
		assertThat(errors("{ statements(filter: { speakerName: kasciunas }) { totalCount } }"))
			.contains("Argument 'filter.speakerName' of field 'statements' must be a String, got the name kasciunas; "
					+ "a string is written in double quotes: \\\"kasciunas\\\"\"");
	}

	@Test
	void aWrongArgumentTypeNamesTheArgumentFieldAndValue() {
		assertThat(errors("{ statements(first: \"ten\") { totalCount } }"))
			.contains("Argument 'first' of field 'statements' must be an Int, got the string \\\"ten\\\"");
	}

	@Test
	void aDateInAnotherFormSaysTheFormItTakesAsAVariableDoes() {
		// a journalist writes the date as at home; the literal said only "must be a Date"
		assertThat(errors("{ events(filter: { from: \"05/11/2024\" }) { totalCount } }"))
			.contains("Argument 'filter.from' of field 'events' must be a Date, got the string \\\"05/11/2024\\\": "
					+ "'05/11/2024' is not a date of the form YYYY-MM-DD");
		assertThat(errors("{ statements(first: \"ten\") { totalCount } }")).as("graphql-java's own reasons stay out")
			.doesNotContain("AST");
	}

	@Test
	void aDateOfTheRightFormThatNoCalendarHasSaysWhichPartIsWrong() {
		// it is of the form YYYY-MM-DD: saying it is not sent the user to look at the
		// form
		assertThat(errors("{ statements(filter: { saidFrom: \"2024-13-01\" }) { totalCount } }"))
			.contains("must be a Date, got the string \\\"2024-13-01\\\": '2024-13-01' has no month 13"
					+ " (months run from 01 to 12)")
			.doesNotContain("of the form");
		assertThat(errors("{ events(filter: { to: \"2023-02-29\" }) { totalCount } }"))
			.contains("'2023-02-29' has no day 29: 2023-02 has 28 days");
		assertThat(errors("{ events(filter: { to: \"2024-11-00\" }) { totalCount } }"))
			.contains("'2024-11-00' has no day 00: 2024-11 has 30 days");
		assertThat(errors("{ events(filter: { to: \"2024-11-5\" }) { totalCount } }"))
			.as("a date of another form still says the form")
			.contains("'2024-11-5' is not a date of the form YYYY-MM-DD");
	}

	@Test
	void aDateNoCalendarHasInAVariableSaysWhichPartIsWrongToo() {
		HttpResponse<String> response = this.client.post("{\"query\":\"query($d: Date) { statements(filter: "
				+ "{ saidTo: $d }) { totalCount } }\",\"variables\":{\"d\":\"2024-02-30\"}}");
		assertThat(response.body()).contains("GRAPHQL_VALIDATION_FAILED")
			.contains("'2024-02-30' has no day 30: 2024-02 has 29 days");
	}

	@Test
	void aWrongEnumValueSuggestsTheCloseOne() {
		assertThat(errors("{ commitments(filter: { status: UNDER_NEGOTIATON }) { totalCount } }"))
			.contains("did you mean 'UNDER_NEGOTIATION'?");
	}

	@Test
	void anUnknownFieldSuggestsCloseFieldsOfItsType() {
		assertThat(errors("{ statement { totalCount } }")).contains("Type 'Query' has no field 'statement'",
				"did you mean 'statements'");
		assertThat(errors("{ statements { edges { node { txt } } } }"))
			.contains("Type 'Statement' has no field 'txt'; did you mean 'text'?");
	}

	@Test
	void anUnknownArgumentSuggestsCloseArguments() {
		assertThat(errors("{ statements(frist: 2) { totalCount } }"))
			.contains("Field 'statements' has no argument 'frist'; did you mean 'first'?");
	}

	/**
	 * One day asked of a filter that takes a range ({@code saidOn}, as the field is
	 * called): the range's two ends, the same day, rather than "did you mean 'saidTo'",
	 * which alone gives every day up to it.
	 */
	@Test
	void oneDayAskedOfARangeFilterSaysToGiveBothEnds() {
		assertThat(errors("{ statements(filter: { saidOn: \"2024-11-05\" }) { totalCount } }"))
			.contains("Argument 'filter' of field 'statements': input type 'StatementFilter' has no field "
					+ "'saidOn'; for one day give both ends of its range that day: saidFrom and saidTo");
		assertThat(errors("{ agreements(filter: { signedOn: \"2024-11-04\" }) { totalCount } }"))
			.contains("'signedOn'; for one day give both ends of its range that day: signedFrom and signedTo");
	}

	@Test
	void anUnknownFieldOfAFilterIsNamedWithoutTheSyntaxTreeAndSuggested() {
		assertThat(errors("{ statements(filter: { kind: DIRECT_QUOTE, speakerNme: \"x\" }) { totalCount } }"))
			.contains("Argument 'filter' of field 'statements': input type 'StatementFilter' has no field "
					+ "'speakerNme'; did you mean 'speakerName' or 'speaker'?")
			.doesNotContain("ObjectField");
		assertThat(errors("{ statements(orderBy: { field: SAID_ON, dir: DESC }) { totalCount } }"))
			.contains("Argument 'orderBy' of field 'statements': input type 'StatementOrder' has no field 'dir'");
	}

	@Test
	void aScalarWhereAFilterObjectGoesSaysSo() {
		assertThat(errors("{ statements(filter: \"kasciunas\") { totalCount } }")).contains(
				"Argument 'filter' of field 'statements' must be an input object ({ … }), got the string \\\"kasciunas\\\"");
	}

	/**
	 * An order or a filter given as one value, as other APIs take it ({@code orderBy:
	 * SAID_ON}), says which fields the input object has and how the value goes in it.
	 */
	@Test
	void aValueWhereAnInputObjectGoesShowsTheObjectItGoesIn() {
		assertThat(errors("{ statements(orderBy: SAID_ON) { totalCount } }"))
			.contains("Argument 'orderBy' of field 'statements' must be an input object ({ … }), got the name SAID_ON; "
					+ "a StatementOrder, with the fields field, direction: such as orderBy: { field: SAID_ON }");
		assertThat(errors("{ statements(filter: \"kasciunas\") { totalCount } }"))
			.contains("a StatementFilter, with the fields speaker, speakerName, organization, country, kind, saidFrom,"
					+ " saidTo, area, agreement, text, event, minSources, disputed, reportedFrom, reportedTo: such as"
					+ " filter: { speakerName: \\\"kasciunas\\\" }");
		// a value that goes in no field of the object: its fields only
		assertThat(errors("{ statements(orderBy: 3) { totalCount } }"))
			.contains("got the number 3; a StatementOrder, with the fields field, direction\"");
	}

	/** A request's body with its variables, as JSON written by hand. */
	String variableErrors(String query, String variables) {
		HttpResponse<String> response = this.client
			.post(LimitsTests.body(query).replaceFirst("}$", ",\"variables\":" + variables + "}"));
		assertThat(response.statusCode()).as(variables).isEqualTo(400);
		assertThat(response.body()).as(variables)
			.contains("\"code\":\"GRAPHQL_VALIDATION_FAILED\"")
			.doesNotContain("LinkedHashMap", "ArrayList", "'Map'", "has an invalid value", "Coerced Null");
		return response.body();
	}

	@Test
	void variablesOfTheWrongKindAreSaidInJsonTermsNotJavas() {
		String first = "query($n: Int) { statements(first: $n) { totalCount } }";
		assertThat(variableErrors(first, "{\"n\":{\"a\":1}}"))
			.contains("Variable '$n' holds an object where an Int is expected");
		assertThat(variableErrors(first, "{\"n\":[1]}"))
			.contains("Variable '$n' holds a list where an Int is expected");
		assertThat(variableErrors(first, "{\"n\":\"ten\"}"))
			.contains("Variable '$n' holds a string where an Int is expected");
		assertThat(variableErrors(first, "{\"n\":99999999999}"))
			.contains("Variable '$n' holds 99999999999 where an Int (from -2147483648 to 2147483647) is expected");
		assertThat(variableErrors("query($n: Int!) { statements(first: $n) { totalCount } }", "{\"n\":null}"))
			.contains("Variable '$n' holds null where Int! (never null) is expected");
		// forgotten rather than null: the first thing a client gets wrong
		assertThat(variableErrors("query($n: Int!) { statements(first: $n) { totalCount } }", "{}"))
			.contains("Variable '$n' is missing: \\\"variables\\\" must give it an Int! (never null)");
		String filter = "query($f: StatementFilter) { statements(filter: $f) { totalCount } }";
		assertThat(variableErrors(filter, "{\"f\":\"kasciunas\"}"))
			.contains("Variable '$f' holds a string where an input object ({ … }) is expected");
		assertThat(variableErrors(filter, "{\"f\":{\"kind\":\"QUOTE\"}}")).contains(
				"Variable '$f' holds \\\"QUOTE\\\" at kind where a StatementKind is expected; one of DIRECT_QUOTE,"
						+ " PARAPHRASE");
		assertThat(variableErrors(filter, "{\"f\":{\"kind\":\"DIRECT_QUOTES\"}}"))
			.contains("did you mean 'DIRECT_QUOTE'?");
		assertThat(variableErrors(filter, "{\"f\":{\"speakerNme\":\"x\"}}")).contains(
				"Variable '$f': input type 'StatementFilter' has no field 'speakerNme'; did you mean 'speakerName' or"
						+ " 'speaker'?",
				"\"locations\":[{\"line\":1,\"column\":7}]");
	}

	/**
	 * graphql-java does not say which variable holds an unknown field of an input object:
	 * with several, the message names the one that does, and points at its definition, as
	 * every other variable's error does.
	 */
	@Test
	void anUnknownFieldInAVariableNamesTheVariableThatHoldsIt() {
		String two = "query($f: StatementFilter, $g: AgreementFilter) { statements(filter: $f) { totalCount }"
				+ " agreements(filter: $g) { totalCount } }";
		assertThat(variableErrors(two, "{\"f\":{\"speakerName\":\"kasciunas\"},\"g\":{\"partyy\":\"x\"}}")).contains(
				"Variable '$g': input type 'AgreementFilter' has no field 'partyy'; did you mean 'party'?",
				"\"locations\":[{\"line\":1,\"column\":28}]");
		String nested = "query($o: StatementOrder) { statements(orderBy: $o) { totalCount } }";
		assertThat(variableErrors(nested, "{\"o\":{\"field\":\"SAID_ON\",\"dir\":\"ASC\"}}"))
			.contains("Variable '$o': input type 'StatementOrder' has no field 'dir'");
	}

	/**
	 * A value inside a variable's input object that does not fit its field names the
	 * field, not only the variable, and says the form expected: graphql-java names only
	 * the variable.
	 */
	@Test
	void aFieldOfAVariableThatDoesNotFitItsTypeIsNamed() {
		String filter = "query($f: StatementFilter) { statements(filter: $f) { totalCount } }";
		assertThat(variableErrors(filter, "{\"f\":{\"speakerName\":\"x\",\"saidFrom\":\"05/11/2024\"}}")).contains(
				"\"message\":\"Variable '$f' holds \\\"05/11/2024\\\" at saidFrom where a Date is expected:"
						+ " '05/11/2024' is not a date of the form YYYY-MM-DD\"",
				"\"locations\":[{\"line\":1,\"column\":7}]");
		assertThat(variableErrors(filter, "{\"f\":{\"kind\":\"QUOTE\"}}")).contains(
				"Variable '$f' holds \\\"QUOTE\\\" at kind where a StatementKind is expected; one of DIRECT_QUOTE,"
						+ " PARAPHRASE");
		String order = "query($o: StatementOrder) { statements(orderBy: $o) { totalCount } }";
		assertThat(variableErrors(order, "{\"o\":{\"field\":[\"SAID_ON\"]}}"))
			.contains("Variable '$o' holds a list at field where a StatementOrderField is expected");
	}

	/** The message of the first error of a query, whatever its code and status. */
	String firstError(String query) {
		HttpResponse<String> response = this.client.post(LimitsTests.body(query));
		JsonNode errors = JsonMapper.builder().build().readTree(response.body()).get("errors");
		assertThat(errors).as(response.body()).isNotNull();
		return errors.at("/0/message").asString();
	}

	/**
	 * An id spelled as btoa() writes base64 (padded with '=', or with '+' and '/') is
	 * refused saying so, and giving the id as the API writes it: an id has one spelling,
	 * so that the store, the response cache and a client's normalized cache (Apollo's,
	 * urql's, keyed by id) never hold one entity under two.
	 */
	@Test
	void anIdPaddedAsBtoaWritesItSaysToSendItUnpadded() {
		String advice = " is an Accords id spelled as btoa() writes base64 (with '=' padding, '+' or '/'): send it as"
				+ " the API writes it, ";
		assertThat(firstError("{ node(id: \"Q291bnRyeTpMVA==\") { id } }"))
			.isEqualTo("id: 'Q291bnRyeTpMVA=='" + advice + "Q291bnRyeTpMVA (base64url, without padding)");
		assertThat(firstError("{ nodes(ids: [\"Q291bnRyeTo/Pw==\"]) { id } }"))
			.isEqualTo("ids: 'Q291bnRyeTo/Pw=='" + advice + "Q291bnRyeTo_Pw (base64url, without padding)");
		assertThat(firstError("{ agreements(filter: { party: \"Q291bnRyeTpVQQ==\" }) { totalCount } }"))
			.isEqualTo("filter.party: 'Q291bnRyeTpVQQ=='" + advice + "Q291bnRyeTpVQQ (base64url, without padding)");
		// a nested list's after: takes an item's id
		assertThat(firstError("{ agreements(first: 1) { nodes { signatories(after: \"Q291bnRyeTpMVA==\") { id } } } }"))
			.isEqualTo("after: 'Q291bnRyeTpMVA=='" + advice + "Q291bnRyeTpMVA (base64url, without padding)");
	}

	@Test
	void aMutationSaysTheApiIsReadOnly() {
		assertThat(operationError(this.client, "mutation { touch }", null))
			.isEqualTo("Accords is read-only: it serves queries and subscriptions, not mutations");
	}

	@Test
	void aMissingRequiredArgumentNamesItsField() {
		assertThat(errors("{ search { totalCount } }")).contains("Field 'search' needs the argument 'text'");
	}

	@Test
	void aFieldAskedOfAUnionOrInterfaceNamesTheTypesThatHaveIt() {
		assertThat(errors("{ search(text: \"x\") { edges { node { name } } } }"))
			.contains("Type 'SearchResult' has no field 'name'; select it on a type that has it (")
			.contains("Person", "Organization", "): ... on ");
		assertThat(errors("{ node(id: \"x\") { text } }"))
			.contains("Type 'Node' has no field 'text'; select it on a type that has it (")
			.contains("Statement");
	}

	@Test
	void anItemsFieldAskedOfItsPageSaysToSelectItInsideNodes() {
		// the first query a newcomer writes: a connection is a page, its items are in
		// nodes
		assertThat(errors("{ statements { text } }"))
			.contains("Type 'StatementConnection' has no field 'text'; a StatementConnection is a page of Statement"
					+ " items: select their fields inside nodes { text } (or edges { node { text } })");
		assertThat(errors("{ search(text: \"x\") { name } }"))
			.contains("Type 'SearchResultConnection' has no field 'name'; a SearchResultConnection is a page of"
					+ " SearchResult items: select their fields inside nodes { ... on ")
			.contains("{ name } }");
		assertThat(errors("{ search(text: \"x\") { score } }")).as("a field of the edge")
			.contains("Type 'SearchResultConnection' has no field 'score'; it is each edge's: edges { score }");
		assertThat(errors("{ statements { edges { text } } }"))
			.contains("Type 'StatementEdge' has no field 'text'; select it on the edge's node: node { text }");
		assertThat(errors("{ statements { colour } }")).as("a field the items do not have either")
			.contains("Type 'StatementConnection' has no field 'colour'\"");
	}

	@Test
	void aFieldOfAnObjectSelectedWithoutItsFieldsSaysWhatToSelect() {
		// graphql-java: "Subselection required for type 'StatementConnection!' of field
		// 'statements'"
		assertThat(errors("{ statements }"))
			.contains("Field 'statements' returns a StatementConnection object: select the fields you want of it"
					+ " in { }, such as statements { totalCount }")
			.doesNotContain("Subselection");
		assertThat(errors("{ statements { nodes { speaker } } }"))
			.contains("Field 'speaker' returns a Person object: select the fields you want of it in { },"
					+ " such as speaker { id }");
		assertThat(errors("{ search(text: \"x\") { nodes } }"))
			.contains("Field 'nodes' returns SearchResult objects: select the fields you want of them"
					+ " in { }, such as nodes { __typename }");
	}

	@Test
	void syntaxErrorsSayWhereWhatWasFoundAndWhatWasExpected() {
		// over JSON and over GET: the same message, place, code and status as before
		HttpResponse<String> posted = this.client.post(LimitsTests.body("{ statements"));
		HttpResponse<String> got = this.client.get("qeury { dataset { version } }");
		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(got.statusCode()).isEqualTo(400);
		assertThat(posted.body())
			.contains("{\"message\":\"Syntax error at line 1 column 13: the query ends before its `}`: the `{` at "
					+ "line 1 column 1 is not closed\",\"locations\":[{\"line\":1,\"column\":13}],")
			.contains("\"code\":\"GRAPHQL_PARSE_FAILED\"")
			.doesNotContain("offending token");
		assertThat(got.body())
			.contains("{\"message\":\"Syntax error at line 1 column 1: found 'qeury' where the query starts with `{`, "
					+ "'query', 'mutation', 'subscription' or 'fragment'; did you mean 'query'?\",\"locations\":"
					+ "[{\"line\":1,\"column\":1}],")
			.contains("\"code\":\"GRAPHQL_PARSE_FAILED\"");
	}

	@Test
	void farNamesGetNoSuggestion() {
		assertThat(errors("{ zzzzzzzz { totalCount } }")).contains("Type 'Query' has no field 'zzzzzzzz'")
			.doesNotContain("did you mean");
	}

	/**
	 * A GET whose parameter is a slip for one the endpoint reads was answered as if it
	 * had not been sent: the query ran without its variables, on the current version.
	 */
	@Test
	void aMisspeltParameterOfAGetIsRefusedNamingTheOneMeant() {
		String query = "query($n: Int) { statements(first: $n) { totalCount } }";
		HttpResponse<String> refused = this.client.get(query, "?varibles", "{\"n\": 2}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"code\":\"BAD_REQUEST\"")
			.contains("Unknown parameter 'varibles'; did you mean 'variables'?");
		assertThat(this.client.get(query, "?versoin", "x").body())
			.contains("Unknown parameter 'versoin'; did you mean 'version'?");
		// a parameter far from every one read (a cache buster) is left alone
		assertThat(this.client.get(query, "?variables", "{\"n\": 2}", "?_", "1700000000").statusCode()).isEqualTo(200);
	}

}
