package org.accords.graphql;

import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Date} (ISO calendar date) and {@code DateTime} (ISO instant) scalars. Dates
 * are stored as ISO strings, which sort and compare correctly on every store.
 */
@Configuration(proxyBeanMethods = false)
public class Scalars {

	@Bean
	RuntimeWiringConfigurer scalarWiring() {
		GraphQLScalarType date = GraphQLScalarType.newScalar().name("Date").coercing(new DateCoercing()).build();
		GraphQLScalarType dateTime = GraphQLScalarType.newScalar()
			.name("DateTime")
			.coercing(new DateTimeCoercing())
			.build();
		GraphQLScalarType decimal = GraphQLScalarType.newScalar()
			.name("Decimal")
			.coercing(new DecimalCoercing())
			.build();
		return (wiring) -> wiring.scalar(date).scalar(dateTime).scalar(decimal);
	}

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		private static final Pattern DATE_FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

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
			if (input instanceof StringValue text && text.getValue() != null) {
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
				throw error.apply("'" + text + "' " + notADate(text));
			}
		}

		/**
		 * Why a text is not a date: a month or day no calendar has ({@code 2024-02-30}),
		 * said as such, since it is of the form; else the form a date takes.
		 */
		private static String notADate(String text) {
			Matcher parts = DATE_FORM.matcher(text);
			if (!parts.matches()) {
				return "is not a date of the form YYYY-MM-DD";
			}
			int month = Integer.parseInt(parts.group(2));
			if (month < 1 || month > 12) {
				return "has no month " + parts.group(2) + " (months run from 01 to 12)";
			}
			YearMonth yearMonth = YearMonth.of(Integer.parseInt(parts.group(1)), month);
			return "has no day " + parts.group(3) + ": " + yearMonth + " has " + yearMonth.lengthOfMonth() + " days";
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
			if (input instanceof StringValue text && text.getValue() != null) {
				return parseValue(text.getValue(), context, locale);
			}
			throw new CoercingParseLiteralException("Expected an ISO-8601 instant such as \"2024-11-05T10:00:00Z\"");
		}

	}

	/**
	 * The decimal {@code text} writes, or null when it is not a plain non-negative
	 * decimal number (digits, at most one point; no exponent, sign or grouping).
	 */
	public static @Nullable BigDecimal parseDecimal(@Nullable String text) {
		if (text == null || !text.trim().matches("\\d{1,30}(\\.\\d{1,12})?")) {
			return null;
		}
		return new BigDecimal(text.trim());
	}

	/** The plain form of a decimal: no exponent, no trailing zeros after the point. */
	public static String plainDecimal(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

	/**
	 * Exact decimals, served as strings; read from a string or an integer literal, never
	 * from a floating-point one.
	 */
	private static final class DecimalCoercing implements Coercing<BigDecimal, String> {

		private static final String EXPECTED = "Expected an exact decimal as a string, such as \"1.5\" or \"120000000\"";

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof BigDecimal decimal) {
				return plainDecimal(decimal);
			}
			if (value instanceof String text && parseDecimal(text) != null) {
				return text;
			}
			throw new CoercingSerializeException("Not a decimal");
		}

		@Override
		public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
			BigDecimal value = (input instanceof String text) ? parseDecimal(text)
					: (input instanceof Integer || input instanceof Long) ? new BigDecimal(input.toString()) : null;
			if (value == null) {
				throw new CoercingParseValueException(EXPECTED + ", got " + input);
			}
			return value;
		}

		@Override
		public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			BigDecimal value = (input instanceof StringValue text) ? parseDecimal(text.getValue())
					: (input instanceof IntValue integer && integer.getValue().signum() >= 0)
							? new BigDecimal(integer.getValue()) : null;
			if (value == null) {
				throw new CoercingParseLiteralException(EXPECTED);
			}
			return value;
		}

	}

}
