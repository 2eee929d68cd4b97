package org.accords.graphql.guard;

import java.util.List;
import java.util.Locale;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Syntax errors say where, what was found and what was expected, not graphql-java's
 * "Invalid syntax with offending token", and keep graphql-java's place.
 */
class SyntaxMessagesTests {

	static GraphQLError error(String query) {
		try {
			Parser.parse(ParserEnvironment.newParserEnvironment().document(query).locale(Locale.ENGLISH).build());
		}
		catch (InvalidSyntaxException ex) {
			GraphQLError original = ex.toInvalidSyntaxError();
			GraphQLError readable = SyntaxMessages.rewrite(query, original);
			assertThat(readable.getLocations()).as(query).isEqualTo(original.getLocations());
			assertThat(readable.getErrorType()).isEqualTo(ErrorType.InvalidSyntax);
			return readable;
		}
		throw new AssertionError("parsed: " + query);
	}

	static String message(String query) {
		return error(query).getMessage();
	}

	@Test
	void anUnclosedBraceNamesTheBraceLeftOpen() {
		GraphQLError error = error("{ statements");
		assertThat(error.getMessage()).isEqualTo(
				"Syntax error at line 1 column 13: the query ends before its `}`: the `{` at line 1 column 1 is not closed");
		assertThat(error.getLocations()).containsExactly(new SourceLocation(1, 13));
		assertThat(message("{ statements { edges { node { id } }")).isEqualTo("Syntax error at line 1 column 37: "
				+ "the query ends before its `}`: the `{` at line 1 column 14 is not closed, nor is the `{` at line 1 column 1");
		assertThat(message("{\n  a(x: [1, {b: 2\n")).isEqualTo("Syntax error at line 3 column 1: the query ends "
				+ "before its `}`: the `{` at line 2 column 12 is not closed, nor are the 3 brackets opened before it");
		assertThat(message("query")).isEqualTo(
				"Syntax error at line 1 column 6: the query ends after 'query' at line 1 column 1, where a selection set `{ … }` is expected");
	}

	@Test
	void aMissingOrStrayClosingBracketNamesTheOneOpen() {
		assertThat(message("{ statements(first: 5 { totalCount } }")).isEqualTo(
				"Syntax error at line 1 column 23: found `{` where `)` is expected, to close the `(` at line 1 column 13");
		assertThat(message("{ a(x: 1 }")).isEqualTo(
				"Syntax error at line 1 column 10: found `}` where `)` is expected, to close the `(` at line 1 column 4");
		assertThat(message("{ a }\n}")).isEqualTo(
				"Syntax error at line 2 column 1: found `}`, which closes nothing: every bracket before it is closed already");
	}

	@Test
	void anUnexpectedCharacterIsNamedWithItsCodePoint() {
		assertThat(message("{ a ^ }"))
			.isEqualTo("Syntax error at line 1 column 5: found the character `^` (U+005E), which GraphQL does not use");
		assertThat(message("{ naïve }")).isEqualTo("Syntax error at line 1 column 5: found the character `ï` (U+00EF), "
				+ "which GraphQL does not use in names (names are A-Z, a-z, 0-9 and _)");
		assertThat(message("{ a(x: “kasciunas”) }")).isEqualTo("Syntax error at line 1 column 8: found the typographic "
				+ "quote `“`: strings take straight double quotes, as in \"kasciunas\"");
		assertThat(message("{ a(x: 'abc') }"))
			.isEqualTo("Syntax error at line 1 column 8: found `'`: strings take double quotes, as in \"kasciunas\"");
		assertThat(message("{ a(x: 1.) }"))
			.isEqualTo("Syntax error at line 1 column 8: found `1.`, which is no number: "
					+ "numbers are written as in 5, -2, 1.5 or 1e3, without leading zeros");
	}

	@Test
	void aBadOrUnterminatedStringSaysWhy() {
		assertThat(message("{ statements(filter: {text: \"abc}) { totalCount } }"))
			.isEqualTo("Syntax error at line 1 column 29: the string is not closed: no `\"` after it");
		assertThat(message("{ a(x: \"line\nbreak\") }"))
			.isEqualTo("Syntax error at line 1 column 8: the string is not closed on its line: a string ends on the "
					+ "line it starts (write \\n for a line break, or use a block string \"\"\"…\"\"\")");
		assertThat(message("{ a(x: \"C:\\qux\") }")).isEqualTo("Syntax error at line 1 column 8: the string has `\\q` "
				+ "at line 1 column 11, which is no escape: write `\\\\` for a backslash; the escapes are "
				+ "\\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
		assertThat(message("{ a(x: \"\\u00e9\\u12\") }")).startsWith(
				"Syntax error at line 1 column 8: the string has `\\u` at line 1 column 15, which is no escape");
		assertThat(message("{ a(x: \"\"\"abc) }")).isEqualTo(
				"Syntax error at line 1 column 8: the block string `\"\"\"` is not closed: no `\"\"\"` after it");
	}

	@Test
	void aMisspelledKeywordIsSuggested() {
		assertThat(message("qeury { dataset { version } }"))
			.isEqualTo("Syntax error at line 1 column 1: found 'qeury' where the query starts with `{`, 'query', "
					+ "'mutation', 'subscription' or 'fragment'; did you mean 'query'?");
		assertThat(message("Query { a }")).endsWith("; did you mean 'query'?");
		assertThat(message("subscriptio { a }")).endsWith("; did you mean 'subscription'?");
		assertThat(message("statements { totalCount }"))
			.isEqualTo("Syntax error at line 1 column 1: found 'statements' where the query starts with `{`, 'query', "
					+ "'mutation', 'subscription' or 'fragment'; fields are selected in braces, as in `{ statements … }`");
		assertThat(message("fragment F on X { a }  x")).isEqualTo("Syntax error at line 1 column 24: found 'x' where a "
				+ "definition starts with `{`, 'query', 'mutation', 'subscription' or 'fragment'");
	}

	@Test
	void somethingEmptyIsNamed() {
		assertThat(message("# only a comment")).isEqualTo("Syntax error at line 1 column 17: the query is empty "
				+ "(only white space or comments); send an operation such as `{ dataset { version } }`");
		assertThat(message("{ }")).isEqualTo("Syntax error at line 1 column 3: found `}` right after the `{` at line 1 "
				+ "column 1: a selection set selects at least one field, as in `{ dataset { version } }`");
		assertThat(message("{ a() }")).isEqualTo(
				"Syntax error at line 1 column 5: found `)` right after `(`: leave the parentheses out when there are no arguments");
		assertThat(message("query Q() { a }")).isEqualTo(
				"Syntax error at line 1 column 9: found `)` right after `(`: leave the parentheses out when there are no variables");
	}

	@Test
	void whatIsExpectedAfterAColonOrASigil() {
		assertThat(message("{ statements(first: ) { totalCount } }"))
			.isEqualTo("Syntax error at line 1 column 21: found `)` where a value is expected after 'first:'");
		assertThat(message("{ a(first 5) { b } }"))
			.isEqualTo("Syntax error at line 1 column 11: found `5` where `:` is expected after 'first'");
		assertThat(message("{ a: }")).isEqualTo(
				"Syntax error at line 1 column 6: found `}` where a field's name is expected after the alias 'a:'");
		assertThat(message("query Q($a: ) { a }"))
			.isEqualTo("Syntax error at line 1 column 13: found `)` where a type is expected after '$a:'");
		assertThat(message("{ a @ }"))
			.isEqualTo("Syntax error at line 1 column 7: found `}` where a directive's name is expected after `@`");
		assertThat(message("{ ...  }"))
			.isEqualTo("Syntax error at line 1 column 3: found `}` after the `...` at line 1 "
					+ "column 3, where a fragment's name, or `on` a type and `{ … }`, is expected");
	}

	@Test
	void otherErrorsAndValidDocumentsAreLeftAsTheyAre() {
		GraphQLError validation = graphql.GraphqlErrorBuilder.newError()
			.message("x")
			.errorType(ErrorType.ValidationError)
			.locations(List.of(new SourceLocation(1, 1)))
			.build();
		assertThat(SyntaxMessages.rewrite("{ a }", validation)).isSameAs(validation);
		// a place where no token starts: graphql-java's words
		GraphQLError elsewhere = graphql.GraphqlErrorBuilder.newError()
			.message("Invalid syntax")
			.errorType(ErrorType.InvalidSyntax)
			.locations(List.of(new SourceLocation(1, 2)))
			.build();
		assertThat(SyntaxMessages.rewrite("{ a }", elsewhere)).isSameAs(elsewhere);
	}

}
