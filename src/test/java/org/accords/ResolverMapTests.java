package org.accords;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/architecture.md} ends with where every field that has a resolver is
 * resolved, read from the running schema (Spring for GraphQL's data fetchers describe
 * their controller method): a resolver added, moved or renamed fails this test until the
 * page is regenerated with {@value #REGENERATE}.
 */
@SmallCacheTest
class ResolverMapTests {

	static final Path PAGE = Path.of("docs", "architecture.md");

	static final String HEADING = "## Where each field is resolved";

	static final String REGENERATE = "./mvnw -o test -Dtest=ResolverMapTests -Daccords.docs.write=true";

	@Autowired
	GraphQlSource source;

	@Test
	void theCommittedResolverMapIsTheRunningSchemas() throws IOException {
		String committed = Files.readString(PAGE, StandardCharsets.UTF_8);
		int at = committed.indexOf(HEADING);
		assertThat(at).as("%s has a section '%s'", PAGE, HEADING).isNotNegative();
		String generated = committed.substring(0, at) + map(this.source.schema());
		if (Boolean.getBoolean("accords.docs.write")) {
			Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
			committed = generated;
		}
		assertThat(committed)
			.as("%s is not the running schema's resolver map; regenerate it with%n  %s", PAGE, REGENERATE)
			.isEqualTo(generated);
	}

	/**
	 * A data fetcher that wraps another (a connection adapter) stands for the one inside.
	 */
	static Object unwrap(Object fetcher) {
		for (Class<?> type = fetcher.getClass(); type != null; type = type.getSuperclass()) {
			for (java.lang.reflect.Field field : type.getDeclaredFields()) {
				if (graphql.schema.DataFetcher.class.isAssignableFrom(field.getType())) {
					try {
						field.setAccessible(true);
						Object inner = field.get(fetcher);
						return (inner != null && inner != fetcher) ? unwrap(inner) : fetcher;
					}
					catch (ReflectiveOperationException | RuntimeException ex) {
						return fetcher;
					}
				}
			}
		}
		return fetcher;
	}

	static String map(GraphQLSchema schema) {
		List<String> rows = new ArrayList<>();
		List<GraphQLObjectType> types = new ArrayList<>(schema.getAllTypesAsList()
			.stream()
			.filter(GraphQLObjectType.class::isInstance)
			.map(GraphQLObjectType.class::cast)
			.filter((type) -> !type.getName().startsWith("__"))
			.toList());
		types.sort(Comparator.comparing(GraphQLObjectType::getName));
		for (GraphQLObjectType type : types) {
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				Object fetcher = unwrap(
						schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field), field));
				if (fetcher instanceof SelfDescribingDataFetcher<?> described) {
					rows.add("| `" + type.getName() + "." + field.getName() + "` | `" + described.getDescription()
							+ "` |");
				}
			}
		}
		StringBuilder md = new StringBuilder(HEADING).append("\n\n");
		md.append("Generated from the running schema by `ResolverMapTests` (regenerate: `")
			.append(REGENERATE)
			.append("`). A field not listed here is read from the record component of the same name ")
			.append("(`Statement.text` is `statement/Statement.text()`).\n\n");
		md.append("| field | resolved by |\n| --- | --- |\n");
		rows.forEach((row) -> md.append(row).append('\n'));
		return md.toString();
	}

}
