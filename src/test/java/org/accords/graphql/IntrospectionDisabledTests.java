package org.accords.graphql;

import java.net.http.HttpResponse;

import graphql.introspection.Introspection;
import org.accords.QuickTier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With introspection switched off, nothing else tells the schema: no {@code __schema}, no
 * SDL download, and error messages suggest no field names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accords.store.embedded-mode=memory", "spring.graphql.schema.introspection.enabled=false" })
@Tag(QuickTier.STARTS_APPLICATION)
class IntrospectionDisabledTests {

	@LocalServerPort
	int port;

	/** Boot switches introspection off JVM-wide; the other test contexts need it on. */
	@AfterAll
	static void enableIntrospectionAgain() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void introspectionIsRefused() {
		HttpResponse<String> response = new HttpClientSupport(this.port)
			.post(LimitsTests.body("{ __schema { types { name } } }"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("GRAPHQL_VALIDATION_FAILED")
			.doesNotContain("\"data\"")
			.doesNotContain("StatementConnection");
	}

	@Test
	void misspelledFieldsGetNoSuggestions() {
		HttpResponse<String> response = new HttpClientSupport(this.port)
			.post(LimitsTests.body("{ statement { totalCount } }"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("GRAPHQL_VALIDATION_FAILED")
			.doesNotContainIgnoringCase("did you mean")
			.doesNotContain("statements");
	}

	@Test
	void anOperationNameThatNamesNoneListsTheOperationsWithoutSuggestions() {
		assertThat(ReadableErrorsTests.operationError(new HttpClientSupport(this.port),
				ReadableErrorsTests.TWO_OPERATIONS, "Statement"))
			.isEqualTo("No operation named 'Statement' in the document. "
					+ "The document has 2 operations (Statements, Agreements): name the one to run in \"operationName\"");
	}

	@Test
	void theSchemaIsNotDownloadable() {
		HttpClientSupport client = new HttpClientSupport(this.port);
		HttpResponse<String> response = client
			.send(java.net.http.HttpRequest.newBuilder(client.uri("/graphql/schema")).build());
		assertThat(response.statusCode()).isNotEqualTo(200);
		assertThat(response.body()).doesNotContain("type Statement");
	}

}
