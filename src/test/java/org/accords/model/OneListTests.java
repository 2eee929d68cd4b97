package org.accords.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.accords.Docs;
import org.accords.agreement.AgreementKind;
import org.accords.area.AreaCategory;
import org.accords.commitment.CommitmentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of categories, kinds and statuses live in one place, the Java enums (which
 * the validator reads and the download tables describe): the GraphQL schema and the CSV
 * columns of {@code docs/downloads.md} say the same values in the same order.
 */
class OneListTests {

	@Test
	void schemaEnumsEqualTheJavaEnums() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (var files = Files.list(Path.of("schema"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		assertThat(values(registry, "AreaCategory")).isEqualTo(names(AreaCategory.class));
		assertThat(values(registry, "AgreementKind")).isEqualTo(names(AgreementKind.class));
		assertThat(values(registry, "CommitmentStatus")).isEqualTo(names(CommitmentStatus.class));
	}

	@Test
	void readmeListsEqualTheJavaEnums() throws IOException {
		String readme = Docs.text(Docs.page("downloads.md"));
		assertThat(readmeList(readme, "category")).isEqualTo(names(AreaCategory.class));
		assertThat(readmeList(readme, "kind", "MEMORANDUM_OF_UNDERSTANDING")).isEqualTo(names(AgreementKind.class));
	}

	@Test
	void theNewCategoriesAndKindsAreThere() {
		assertThat(names(AreaCategory.class)).contains("FINANCING", "ARTILLERY", "AIR_AND_MISSILE_DEFENCE",
				"ARMOURED_VEHICLES", "ANTI_TANK_WEAPONS", "DEMINING", "TRAINING", "CYBER_AND_COMMUNICATIONS",
				"MAINTENANCE_AND_REPAIR");
		assertThat(names(AgreementKind.class)).contains("LETTER_OF_INTENT", "PROTOCOL", "IMPLEMENTING_AGREEMENT",
				"FRAMEWORK", "COALITION");
	}

	private static List<String> values(TypeDefinitionRegistry registry, String name) {
		EnumTypeDefinition type = registry.getType(name, EnumTypeDefinition.class).orElseThrow();
		List<String> values = new ArrayList<>(
				type.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList());
		registry.enumTypeExtensions()
			.getOrDefault(name, List.of())
			.forEach((ext) -> ext.getEnumValueDefinitions().forEach((v) -> values.add(v.getName())));
		return values;
	}

	/**
	 * The "One of A, B, C." list of the first CSV column {@code column} (that mentions
	 * {@code first}).
	 */
	private static List<String> readmeList(String readme, String column, String... first) {
		Matcher m = Pattern.compile("\\| `" + column + "` \\| string \\| [^|]*?One of ([A-Z_, ]+)\\.").matcher(readme);
		while (m.find()) {
			if (first.length == 0 || m.group(1).startsWith(first[0])) {
				return Arrays.stream(m.group(1).split(", ")).toList();
			}
		}
		throw new AssertionError("docs/downloads.md lists no values for column " + column);
	}

	private static List<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
	}

}
