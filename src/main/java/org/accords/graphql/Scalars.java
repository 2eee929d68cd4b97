package org.accords.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Date} (ISO calendar date) and {@code DateTime} (ISO instant) scalars. Dates
 * are stored as ISO strings, which sort and compare correctly on every store.
 */
@Configuration(proxyBeanMethods = false)
class Scalars {

	@Bean
	RuntimeWiringConfigurer scalarWiring() {
		GraphQLScalarType date = GraphQLScalarType.newScalar().name("Date").coercing(new DateCoercing()).build();
		GraphQLScalarType dateTime = GraphQLScalarType.newScalar()
			.name("DateTime")
			.coercing(new DateTimeCoercing())
			.build();
		return (wiring) -> wiring.scalar(date).scalar(dateTime);
	}

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			if (value instanceof String text) {
				return parse(text, CoercingSerializeException::new).toString();
			}
			throw new CoercingSerializeException("Not a date");
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				return parse(text, CoercingParseValueException::new);
			}
			throw new CoercingParseValueException("Expected a date string such as \"2024-11-04\"");
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				return parse(text.getValue(), CoercingParseLiteralException::new);
			}
			throw new CoercingParseLiteralException("Expected a date string such as \"2024-11-04\"");
		}

		private static <E extends RuntimeException> LocalDate parse(String text,
				java.util.function.Function<String, E> error) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw error.apply("'" + text + "' is not a date of the form YYYY-MM-DD");
			}
		}

	}

	private static final class DateTimeCoercing implements Coercing<Instant, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof Instant instant) {
				return instant.toString();
			}
			throw new CoercingSerializeException("Not an instant");
		}

		@Override
		public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
			try {
				return Instant.parse(String.valueOf(input));
			}
			catch (DateTimeParseException ex) {
				throw new CoercingParseValueException("Expected an ISO-8601 instant such as \"2024-11-05T10:00:00Z\"");
			}
		}

		@Override
		public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue text) {
				return parseValue(text.getValue(), context, locale);
			}
			throw new CoercingParseLiteralException("Expected an ISO-8601 instant such as \"2024-11-05T10:00:00Z\"");
		}

	}

}
