package org.accords.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.accords.AccordsProperties;
import org.accords.paging.PageLimits;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema files state the page sizes with their defaults; the served descriptions say
 * the configured ones, and no other description states a setting's number.
 */
class ServedDescriptionsTests {

	private static final GraphQLSchema FILES = files();

	@Test
	void withTheDefaultsTheServedTextIsTheFilesUnwrapped() {
		GraphQLSchema served = served(Map.of());
		GraphQLSchema unwrapped = ServedDescriptions.rewritten(FILES, ServedDescriptions::unwrapped);
		assertThat(print(served)).isEqualTo(print(unwrapped)).contains("(default 20, at most 100)");
	}

	/**
	 * An operator who set {@code accords.api.max-page-size=42} had GraphiQL's docs
	 * explorer tell every front-end developer "at most 100", and {@code first: 100} was
	 * then refused with "must be between 0 and 42".
	 */
	@Test
	void withOtherPageSizesTheServedTextSaysThem() {
		Map<String, String> served = descriptions(
				served(Map.of("accords.api.default-page-size", "7", "accords.api.max-page-size", "42")));
		Map<String, String> files = descriptions(FILES);
		long firsts = files.values().stream().filter((text) -> text.contains("(default 20, at most 100")).count();
		long lasts = files.values().stream().filter((text) -> text.contains("(at most 100; not with `first`)")).count();
		assertThat(firsts).as("the files' first arguments").isGreaterThan(20);
		assertThat(lasts).as("the files' last arguments").isGreaterThan(10);
		assertThat(served.values().stream().filter((text) -> text.contains("(default 7, at most 42)")).count())
			.isEqualTo(firsts);
		assertThat(served.values().stream().filter((text) -> text.contains("(at most 42; not with `first`)")).count())
			.isEqualTo(lasts);
		assertThat(served.get("Query.statements(first)"))
			.isEqualTo("Return at most this many statements after `after` (default 7, at most 42).");
		assertThat(served.get("Agreement.signatories(first)")).isEqualTo(
				"Return at most this many signatories after `after` (default 7, at most 42); page through the rest with `after`.");
		assertThat(served.values()).noneMatch((text) -> text.contains("at most 100") || text.contains("default 20"));
	}

	/**
	 * The numbers of the numeric {@code accords.api.*} and {@code accords.limits.*}
	 * settings appear in no served description once the rewritten wording says other
	 * numbers: a new field's description that states a page size, a search length or a
	 * cost some other way than {@link ServedDescriptions#settingsWording} would serve the
	 * default to every instance. Settings below 10 (list factor 5, directives per
	 * location 3) are left out: such digits are common in prose (relevance tiers, "2 or
	 * more").
	 */
	@Test
	void noDescriptionStatesASettingsNumberOutsideTheRewrittenWording() {
		AccordsProperties defaults = bind(Map.of());
		TreeSet<Long> settings = new TreeSet<>();
		settings.addAll(numbers(defaults.api()));
		settings.addAll(numbers(defaults.limits()));
		settings.removeIf((number) -> number < 10);
		assertThat(settings).contains(20L, 100L, 200L, 20000L);
		Map<String, String> served = descriptions(
				served(Map.of("accords.api.default-page-size", "7", "accords.api.max-page-size", "43")));
		assertThat(settings).doesNotContain(7L, 43L);
		// a number standing alone: not part of a word (an id), a date, a time, a decimal
		// or 10,000
		Pattern number = Pattern.compile("(?<![\\w.,:-])\\d+(?!\\w|[.,:-]\\d)");
		List<String> stating = new ArrayList<>();
		served.forEach((element, text) -> {
			Matcher matcher = number.matcher(text);
			while (matcher.find()) {
				if (settings.contains(Long.parseLong(matcher.group()))) {
					stating.add(element + ": " + matcher.group());
				}
			}
		});
		assertThat(stating).isEmpty();
	}

	@Test
	void theWordingRewrittenIsInTheFilesAsWritten() {
		String sdl = print(FILES);
		assertThat(ServedDescriptions.settingsWording(20, 100)).allSatisfy((written, configured) -> {
			assertThat(sdl).contains(written);
			assertThat(configured).isEqualTo(written);
		});
	}

	private static List<Long> numbers(Record settings) {
		List<Long> numbers = new ArrayList<>();
		for (RecordComponent component : settings.getClass().getRecordComponents()) {
			try {
				if (component.getAccessor().invoke(settings) instanceof Number value) {
					numbers.add(value.longValue());
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return numbers;
	}

	private static AccordsProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("accords",
				AccordsProperties.class);
	}

	/** The schema as the application serves it with these settings. */
	private static GraphQLSchema served(Map<String, String> settings) {
		return ServedDescriptions.rewritten(FILES, ServedDescriptions.served(new PageLimits(bind(settings))));
	}

	private static GraphQLSchema files() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver()
				.getResources("classpath:graphql/*.graphqls")) {
				registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

	private static String print(GraphQLSchema schema) {
		return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeSchemaDefinition(true)).print(schema);
	}

	/** Every description of the schema, by element ({@code Type.field(argument)}). */
	static Map<String, String> descriptions(GraphQLSchema schema) {
		Map<String, String> descriptions = new LinkedHashMap<>();
		descriptions.put("schema", schema.getDescription());
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__")) {
				continue;
			}
			descriptions.put(type.getName(), type.getDescription());
			List<GraphQLFieldDefinition> fields = (type instanceof GraphQLObjectType object)
					? object.getFieldDefinitions()
					: (type instanceof GraphQLInterfaceType iface) ? iface.getFieldDefinitions() : List.of();
			for (GraphQLFieldDefinition field : fields) {
				descriptions.put(type.getName() + "." + field.getName(), field.getDescription());
				for (GraphQLArgument argument : field.getArguments()) {
					descriptions.put(type.getName() + "." + field.getName() + "(" + argument.getName() + ")",
							argument.getDescription());
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.forEach((field) -> descriptions.put(type.getName() + "." + field.getName(),
							field.getDescription()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.forEach((value) -> descriptions.put(type.getName() + "." + value.getName(),
							value.getDescription()));
			}
		}
		descriptions.values().removeIf((text) -> text == null);
		return descriptions;
	}

}
