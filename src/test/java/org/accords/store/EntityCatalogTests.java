package org.accords.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The entity catalog agrees with the schema, and its lookups answer what the store, the
 * search index and the changelog ask.
 */
class EntityCatalogTests {

	@Test
	void everyEntryIsANodeTypeOfTheSchema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (var files = Files.list(Path.of("schema"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		for (EntityCatalog entry : EntityCatalog.values()) {
			ObjectTypeDefinition type = registry.getType(entry.typeName(), ObjectTypeDefinition.class).orElse(null);
			assertThat(type).as(entry.typeName()).isNotNull();
			List<String> interfaces = type.getImplements().stream().map((t) -> ((TypeName) t).getName()).toList();
			assertThat(interfaces).as(entry.typeName()).contains("Node");
		}
	}

	@Test
	void namesAreUnique() {
		assertThat(Arrays.stream(EntityCatalog.values()).map(EntityCatalog::typeName)).doesNotHaveDuplicates();
		assertThat(Arrays.stream(EntityCatalog.values()).map(EntityCatalog::table)).doesNotHaveDuplicates();
	}

	@Test
	void findsAnEntryByTypeNameAndNothingForOtherNames() {
		assertThat(EntityCatalog.ofType("CooperationArea")).isEqualTo(EntityCatalog.COOPERATION_AREA);
		assertThat(EntityCatalog.ofType("Evidence")).isNull();
	}

	@Test
	void namesTheCsvDownloadOfATypeAndNoneForATypeNotServed() {
		assertThat(EntityCatalog.file("CooperationArea")).isEqualTo("cooperation-areas.csv");
		assertThat(EntityCatalog.file("Treaty")).isNull();
	}

	@Test
	void searchListsEquallyRelevantHitsActorsFirst() {
		assertThat(EntityCatalog.searched().stream().map(EntityCatalog::typeName)).containsExactly("Person",
				"Organization", "Agreement", "CooperationArea", "Commitment", "Statement", "Programme", "Event");
	}

	@Test
	void collectionsAreVersioned() {
		assertThat(EntityCatalog.STATEMENT.collection("abc")).isEqualTo("Statement_abc");
	}

	@Test
	void aRecordBoundToAnotherTypesEntryIsRefused() {
		record Other(String id) implements Entity {
		}
		assertThatIllegalArgumentException().isThrownBy(() -> EntityType.of(EntityCatalog.STATEMENT, Other.class))
			.withMessageContaining("cannot be read as Statement");
	}

}
