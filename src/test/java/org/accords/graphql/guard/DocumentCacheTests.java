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
	void anOperationWithoutVariablesIsMeasuredOncePerVersion() {
		Guards guards = Guards.with();
		DocumentCache.Parsed parsed = guards.documents.parsed(QUERY);
		AtomicInteger walks = new AtomicInteger();
		QueryCost.Measure measure = new QueryCost.Measure(2, 2, 1, 0, 0, 0, 2, null, false, "", "");
		assertThat(parsed.measure("", "v1", () -> counted(walks, measure))).isSameAs(measure);
		assertThat(parsed.measure("", "v1", () -> counted(walks, measure))).isSameAs(measure);
		assertThat(walks).hasValue(1);
		// another version has another shape: walked again
		parsed.measure("", "v2", () -> counted(walks, measure));
		assertThat(walks).hasValue(2);
	}

	/**
	 * The changelog and the versions kept grow as versions are published, whatever
	 * version a query reads: a measure that counted them is walked again.
	 */
	@Test
	void aMeasureThatCountedAListThatGrowsIsNotKept() {
		Guards guards = Guards.with();
		DocumentCache.Parsed parsed = guards.documents.parsed(QUERY);
		AtomicInteger walks = new AtomicInteger();
		QueryCost.Measure measure = new QueryCost.Measure(2, 2, 1, 0, 0, 0, 2, null, true, "", "");
		parsed.measure("", "v1", () -> counted(walks, measure));
		parsed.measure("", "v1", () -> counted(walks, measure));
		assertThat(walks).hasValue(2);
	}

	@Test
	void measuresKeptPerDocumentAreBounded() {
		Guards guards = Guards.with();
		DocumentCache.Parsed parsed = guards.documents.parsed(QUERY);
		AtomicInteger walks = new AtomicInteger();
		QueryCost.Measure measure = new QueryCost.Measure(2, 2, 1, 0, 0, 0, 2, null, false, "", "");
		for (int i = 0; i <= DocumentCache.Parsed.MAX_MEASURES; i++) {
			parsed.measure("op" + i, "v1", () -> counted(walks, measure));
		}
		String last = "op" + DocumentCache.Parsed.MAX_MEASURES;
		parsed.measure(last, "v1", () -> counted(walks, measure));
		// the one over the bound is not kept: measured each time
		assertThat(walks).hasValue(DocumentCache.Parsed.MAX_MEASURES + 2);
	}

	private static QueryCost.Measure counted(AtomicInteger walks, QueryCost.Measure measure) {
		walks.incrementAndGet();
		return measure;
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
