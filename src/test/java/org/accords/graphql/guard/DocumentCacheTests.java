package org.accords.graphql.guard;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.ParserOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One parse per document: the tree the admission walked is the one execution runs, and it
 * is validated once.
 */
class DocumentCacheTests {

	static final String QUERY = "{ articles { totalCount } }";

	ExecutionInput admitted(Guards guards, String query) {
		// what the transports put in the context of an admitted request
		return ExecutionInput.newExecutionInput(query)
			.graphQLContext((context) -> context.put(ParserOptions.class, guards.admission.parserOptions()))
			.build();
	}

	@Test
	void executionRunsTheTreeTheAdmissionParsedWithoutParsingAgain() throws Exception {
		Guards guards = Guards.with();
		guards.admit(Guards.request(QUERY));
		AtomicInteger parses = new AtomicInteger();
		PreparsedDocumentEntry entry = guards.documents.getDocumentAsync(admitted(guards, QUERY), (input) -> {
			parses.incrementAndGet();
			throw new AssertionError("graphql-java was asked to parse an admitted document");
		}).get();
		assertThat(parses).hasValue(0);
		assertThat(entry.hasErrors()).isFalse();
		assertThat(entry.getDocument()).isSameAs(guards.documents.parsed(QUERY).document());
		assertThat(guards.documents.size()).isOne();
	}

	@Test
	void aDocumentIsValidatedOnce() throws Exception {
		Guards guards = Guards.with();
		PreparsedDocumentEntry first = guards.documents.getDocumentAsync(admitted(guards, QUERY), null).get();
		PreparsedDocumentEntry second = guards.documents.getDocumentAsync(admitted(guards, QUERY), null).get();
		assertThat(second).isSameAs(first);
	}

	@Test
	void validationErrorsAreSaidInUsersWords() throws Exception {
		Guards guards = Guards.with();
		PreparsedDocumentEntry entry = guards.documents
			.getDocumentAsync(admitted(guards, "{ articles { totalCont } }"), null)
			.get();
		assertThat(entry.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("'totalCont'", "totalCount"));
	}

	@Test
	void aSyntaxErrorIsReportedAsGraphQlJavaWould() throws Exception {
		Guards guards = Guards.with();
		PreparsedDocumentEntry entry = guards.documents.getDocumentAsync(admitted(guards, "{ articles { "), null).get();
		assertThat(entry.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("InvalidSyntax"));
	}

	@Test
	void aCallThatSkippedTheAdmissionIsParsedByGraphQlJavaAndKept() throws Exception {
		Guards guards = Guards.with();
		AtomicInteger parses = new AtomicInteger();
		for (int i = 0; i < 3; i++) {
			guards.documents.getDocumentAsync(ExecutionInput.newExecutionInput(QUERY).build(), (input) -> {
				parses.incrementAndGet();
				return new PreparsedDocumentEntry(graphql.parser.Parser.parse(input.getQuery()));
			}).get();
		}
		assertThat(parses).hasValue(1);
	}

}
