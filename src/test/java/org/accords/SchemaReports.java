package org.accords;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;

/**
 * The reports of Spring for GraphQL's schema inspection, captured as the schema is built:
 * part of every {@link AccordsTest} application (it only collects them), so that the
 * schema test shares that one application context instead of starting one of its own.
 *
 * @param all the reports, in order
 */
public record SchemaReports(List<SchemaReport> all) {

	/** Adds the capturing customizer and the reports to the application. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Capture {

		@Bean
		SchemaReports schemaReports() {
			return new SchemaReports(new ArrayList<>());
		}

		@Bean
		GraphQlSourceBuilderCustomizer captureSchemaReports(SchemaReports reports) {
			return (builder) -> builder.inspectSchemaMappings(reports.all()::add);
		}

	}

}
