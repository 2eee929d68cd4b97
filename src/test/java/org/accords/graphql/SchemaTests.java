package org.accords.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.accords.AccordsTest;
import org.accords.SchemaReports;
import org.accords.paging.PageLimits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is the contract: fully mapped, fully described.
 */
@AccordsTest
class SchemaTests {

	@Autowired
	GraphQlSource source;

	@Autowired
	SchemaReports reports;

	@Autowired
	PageLimits limits;

	@Test
	void everyFieldIsMappedAndNullnessAgrees() {
		assertThat(this.reports.all()).isNotEmpty();
		SchemaReport report = this.reports.all().get(0);
		assertThat(report.unmappedFields()).isEmpty();
		assertThat(report.unmappedRegistrations()).isEmpty();
		assertThat(report.unmappedArguments()).isEmpty();
		assertThat(report.skippedTypes()).isEmpty();
		// a non-null schema field served by a @Nullable value or method, or a non-null
		// argument taken by a @Nullable parameter
		assertThat(report.fieldNullnessErrors()).isEmpty();
		assertThat(report.argumentNullnessErrors()).isEmpty();
	}

	/**
	 * A subscription's events fetch their fields only when they come, and a field's
	 * refusal there nulled the event and ended the stream: every argument that a field in
	 * an event's selection could refuse must be checked when the subscription starts.
	 * Those are a nested list's ({@code node/NestedPages}) and
	 * {@code DatasetPublication.changes} ({@code feed/DatasetPublishedController}); any
	 * other field reachable from {@code Subscription} may take only arguments that
	 * validation refuses in full (enums and scalars other than {@code ID} and
	 * {@code String}, which no fetcher checks again). A new one fails here until it is
	 * checked at the start too.
	 */
	@Test
	void everyArgumentOfASubscriptionsEventsIsCheckedWhenItStarts() {
		GraphQLSchema schema = this.source.schema();
		List<String> unchecked = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		java.util.Deque<GraphQLNamedType> types = new java.util.ArrayDeque<>();
		for (GraphQLFieldDefinition root : schema.getSubscriptionType().getFieldDefinitions()) {
			types.add(GraphQLTypeUtil.unwrapAll(root.getType()));
		}
		while (!types.isEmpty()) {
			GraphQLNamedType type = types.poll();
			if (!seen.add(type.getName())) {
				continue;
			}
			if (type instanceof GraphQLUnionType union) {
				types.addAll(union.getTypes().stream().map(GraphQLNamedType.class::cast).toList());
			}
			if (type instanceof GraphQLInterfaceType face) {
				types.addAll(schema.getImplementations(face));
			}
			List<GraphQLFieldDefinition> fields = (type instanceof GraphQLObjectType object)
					? object.getFieldDefinitions()
					: (type instanceof GraphQLInterfaceType face) ? face.getFieldDefinitions() : List.of();
			for (GraphQLFieldDefinition field : fields) {
				types.add(GraphQLTypeUtil.unwrapAll(field.getType()));
				boolean nestedList = field.getArgument("first") != null && field.getArgument("after") != null
						&& GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()));
				if (nestedList || (type.getName() + "." + field.getName()).equals("DatasetPublication.changes")) {
					continue;
				}
				for (GraphQLArgument argument : field.getArguments()) {
					GraphQLNamedType argumentType = GraphQLTypeUtil.unwrapAll(argument.getType());
					if (!(argumentType instanceof GraphQLEnumType) && (!GraphQLTypeUtil.isScalar(argumentType)
							|| List.of("ID", "String").contains(argumentType.getName()))) {
						unchecked.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
					}
				}
			}
		}
		assertThat(seen).contains("DatasetPublication", "Statement", "Person", "Agreement");
		assertThat(unchecked).isEmpty();
	}

	@Test
	void everyTypeFieldArgumentAndEnumValueIsDescribed() {
		GraphQLSchema schema = this.source.schema();
		List<String> undocumented = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__")
					|| List.of("String", "Int", "Boolean", "ID", "Float").contains(type.getName())) {
				continue;
			}
			if (type.getDescription() == null || type.getDescription().isBlank()) {
				undocumented.add(type.getName());
			}
			List<GraphQLFieldDefinition> fields = (type instanceof GraphQLObjectType object)
					? object.getFieldDefinitions()
					: (type instanceof GraphQLInterfaceType iface) ? iface.getFieldDefinitions() : List.of();
			for (GraphQLFieldDefinition field : fields) {
				if (field.getDescription() == null || field.getDescription().isBlank()) {
					undocumented.add(type.getName() + "." + field.getName());
				}
				for (GraphQLArgument argument : field.getArguments()) {
					if (argument.getDescription() == null || argument.getDescription().isBlank()) {
						undocumented.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					if (field.getDescription() == null || field.getDescription().isBlank()) {
						undocumented.add(type.getName() + "." + field.getName());
					}
				}
			}
			if (type instanceof GraphQLEnumType enumType) {
				for (GraphQLEnumValueDefinition value : enumType.getValues()) {
					if (value.getDescription() == null || value.getDescription().isBlank()) {
						undocumented.add(type.getName() + "." + value.getName());
					}
				}
			}
		}
		assertThat(undocumented).isEmpty();
	}

	/**
	 * A newcomer reads a description in GraphiQL's docs explorer for what the name does
	 * not say: {@code version} described as "The version.", {@code TREATY} as "A treaty."
	 * or {@code TITLE} as "Title." taught nothing (what a version is, how a treaty
	 * differs from an agreement, in which order titles sort).
	 */
	@Test
	void noDescriptionOnlyRestatesItsName() {
		assertThat(restates("DatasetVersion.version", "The version.")).isTrue();
		assertThat(restates("AgreementKind.JOINT_DECLARATION", "A joint declaration.")).isTrue();
		assertThat(restates("Query.dataset(version)", "A kept version to describe instead.")).isFalse();
		List<String> restated = ServedDescriptionsTests.descriptions(this.source.schema())
			.entrySet()
			.stream()
			.filter((entry) -> restates(entry.getKey(), entry.getValue()))
			.map((entry) -> entry.getKey() + ": " + entry.getValue())
			.toList();
		assertThat(restated).isEmpty();
	}

	/**
	 * A page that lists items shows them in the order the API gives, and a newcomer looks
	 * for that order in the docs explorer: every paged list (a field taking
	 * {@code first}) and every list at the top level says it (by what, oldest or newest
	 * first, or that the order is arbitrary). {@code signatories}, {@code commitments},
	 * {@code cooperationAreas} and {@code programmes} said nothing, and come by id.
	 */
	@Test
	void everyPagedOrTopLevelListSaysItsOrder() {
		GraphQLSchema schema = this.source.schema();
		List<String> silent = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__") || !(type instanceof GraphQLObjectType object)) {
				continue;
			}
			for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
				boolean paged = field.getArgument("first") != null;
				boolean topLevelList = type == schema.getQueryType()
						&& GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()));
				if ((paged || topLevelList) && !ORDER_WORDS.matcher(String.valueOf(field.getDescription())).find()) {
					silent.add(type.getName() + "." + field.getName() + ": " + field.getDescription());
				}
			}
		}
		assertThat(silent).isEmpty();
	}

	private static final Pattern ORDER_WORDS = Pattern
		.compile("(?i)\\b(by|oldest|newest|order|ordered|ranked|arbitrary)\\b");

	/**
	 * Whether a description says no more than the name it describes: the same words,
	 * articles aside, as {@code Type}, {@code Type.field}, {@code Type.field(argument)}
	 * or {@code Type.ENUM_VALUE} names it.
	 */
	static boolean restates(String key, String description) {
		String name = key.endsWith(")") ? key.substring(key.indexOf('(') + 1, key.length() - 1)
				: key.substring(key.lastIndexOf('.') + 1);
		return words(name.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2")).equals(words(description));
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
			.filter((word) -> !word.isEmpty() && !List.of("a", "an", "the", "of", "it", "its").contains(word))
			.toList();
	}

	/**
	 * Every connection offers {@code nodes} beside {@code edges}, as GitHub's API does:
	 * the nodes of its edges, of the same type, without their cursors.
	 */
	@Test
	void everyConnectionHasNodesBesideItsEdges() {
		GraphQLSchema schema = this.source.schema();
		List<String> connections = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && type.getName().endsWith("Connection")) {
				connections.add(type.getName());
				GraphQLObjectType edge = (GraphQLObjectType) GraphQLTypeUtil
					.unwrapAll(object.getFieldDefinition("edges").getType());
				GraphQLFieldDefinition nodes = object.getFieldDefinition("nodes");
				assertThat(nodes).as(type.getName() + ".nodes").isNotNull();
				assertThat(GraphQLTypeUtil.simplePrint(nodes.getType())).as(type.getName() + ".nodes")
					.isEqualTo("[" + GraphQLTypeUtil.simplePrint(edge.getFieldDefinition("node").getType()) + "]!");
			}
		}
		assertThat(connections).contains("StatementConnection", "SearchResultConnection", "EntityChangeConnection");
	}

	/**
	 * The name filters are looked up in the search index (issue 15): words, their
	 * beginnings and one-edit names, no longer any part of the folded name, and their
	 * descriptions say so.
	 */
	@Test
	void nameFiltersSayTheyMatchWordsNotFragments() {
		GraphQLSchema schema = this.source.schema();
		for (String[] filter : new String[][] { { "PersonFilter", "name" }, { "OrganizationFilter", "name" },
				{ "StatementFilter", "speakerName" } }) {
			String description = ((GraphQLInputObjectType) schema.getType(filter[0])).getField(filter[1])
				.getDescription();
			assertThat(description).as(filter[0] + "." + filter[1])
				.startsWith("Words of the")
				.contains("beginnings", "one edit away", "a fragment inside a word")
				.doesNotContain("Part of");
		}
		assertThat(((GraphQLInputObjectType) schema.getType("StatementFilter")).getField("text").getDescription())
			.contains("speaker's name");
	}

	/**
	 * {@code matchedField: NAME} comes from the name of every kind search finds that has
	 * one (an event's, a programme's; an agreement's title), and TEXT from every prose
	 * field indexed (an event's place too): the descriptions named four kinds and left
	 * out the place, so a reader of an event found by its name was told NAME could not be
	 * it.
	 */
	@Test
	void searchFieldsNameEveryKindAndFieldTheyComeFrom() {
		GraphQLSchema schema = this.source.schema();
		GraphQLEnumType fields = (GraphQLEnumType) schema.getType("SearchField");
		String name = fields.getValue("NAME").getDescription();
		List<String> named = new ArrayList<>();
		for (GraphQLNamedOutputType member : ((GraphQLUnionType) schema.getType("SearchResult")).getTypes()) {
			GraphQLObjectType object = (GraphQLObjectType) member;
			if (object.getFieldDefinition("name") != null || object.getFieldDefinition("title") != null) {
				named.add(object.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT));
			}
		}
		assertThat(named).contains("event", "programme", "agreement");
		assertThat(name).as("SearchField.NAME").contains(named);
		assertThat(fields.getValue("TEXT").getDescription()).as("SearchField.TEXT").contains("an event's place");
	}

	/**
	 * GraphiQL's docs explorer and hover cards render descriptions as Markdown with
	 * {@code breaks: true}: every line break is a {@code <br>
	 * }. The schema files wrap their block descriptions at 100 columns, so the served
	 * ones broke each line there, ragged, in a 300-pixel pane ("agreements as reported in
	 * / news articles: …"). Served, a paragraph is one line; paragraphs are still apart.
	 */
	@Test
	void noServedDescriptionBreaksALineInsideAParagraph() {
		GraphQLSchema schema = this.source.schema();
		Map<String, String> descriptions = ServedDescriptionsTests.descriptions(schema);
		assertThat(descriptions.get("Query.search")).as("a wrapped description of the files").isNotNull();
		assertThat(descriptions.get("schema")).as("two paragraphs stay two")
			.contains(" news articles", "\n\nStart with");
		List<String> broken = descriptions.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != null && entry.getValue().strip().replace("\n\n", "").contains("\n"))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(broken).isEmpty();
	}

	/**
	 * Every connection's {@code first} says its default and its cap, as the first ones
	 * did ("default 20, at most 100"); {@code changes} said neither, so a reader of it
	 * had to find the cap by being refused.
	 */
	@Test
	void everyConnectionsFirstSaysItsDefaultAndItsCap() {
		String expected = "(default " + this.limits.defaultPageSize() + ", at most " + this.limits.maxPageSize();
		List<String> silent = new ArrayList<>();
		for (GraphQLNamedType type : this.source.schema().getAllTypesAsList()) {
			if (!(type instanceof GraphQLObjectType object) || type.getName().startsWith("__")) {
				continue;
			}
			for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
				GraphQLArgument first = field.getArgument("first");
				if (first != null && GraphQLTypeUtil.unwrapAll(field.getType()).getName().endsWith("Connection")
						&& !first.getDescription().contains(expected)) {
					silent.add(type.getName() + "." + field.getName() + "(first)");
				}
			}
		}
		assertThat(silent).isEmpty();
	}

	/**
	 * {@code reportedOn} is null only for a fact stored without the record of its
	 * sources, by a release from before facts recorded them: every fact a load writes has
	 * it ({@code SyntheticCorpusFactsTests}), but a version stored earlier is served as
	 * it is. Each type that has it says so, in the same words: eight said "a date for
	 * every fact", under a type that can be null, and the other two nothing of when it
	 * is.
	 */
	@Test
	void everyReportedOnSaysWhenItIsNullAndTheSameEverywhere() {
		Map<String, String> described = new java.util.TreeMap<>();
		for (GraphQLNamedType type : this.source.schema().getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && object.getFieldDefinition("reportedOn") != null) {
				GraphQLFieldDefinition field = object.getFieldDefinition("reportedOn");
				assertThat(GraphQLTypeUtil.isNonNull(field.getType())).as(type.getName()).isFalse();
				described.put(type.getName(), field.getDescription());
			}
		}
		assertThat(described).containsOnlyKeys("Agreement", "Signatory", "CooperationArea", "Commitment", "Statement",
				"Person", "Organization", "Country", "Event", "Programme", "Post");
		assertThat(java.util.Set.copyOf(described.values())).as(described.toString())
			.singleElement()
			.asString()
			.contains("earliest publication date among its sources", "Null only for a fact of a version stored");
	}

	/**
	 * The conditions on sources ({@code evidence/SourceFilter}) are one set, under the
	 * same names and in the same words, on the filter of every fact that takes them:
	 * {@code PostFilter} had {@code disputed} alone, in words of its own, and refused
	 * {@code minSources}, {@code reportedFrom} and {@code reportedTo}.
	 */
	@Test
	void everyFilterOnSourcesTakesTheSameConditionsInTheSameWords() {
		List<String> conditions = List.of("minSources", "disputed", "reportedFrom", "reportedTo");
		Map<String, Map<String, String>> described = new java.util.TreeMap<>();
		for (GraphQLNamedType type : this.source.schema().getAllTypesAsList()) {
			if (type instanceof GraphQLInputObjectType input && input.getField("minSources") != null) {
				Map<String, String> words = new java.util.LinkedHashMap<>();
				for (String condition : conditions) {
					GraphQLInputObjectField field = input.getField(condition);
					words.put(condition, (field != null) ? field.getDescription() : null);
				}
				described.put(type.getName(), words);
			}
		}
		assertThat(described).containsOnlyKeys("StatementFilter", "AgreementFilter", "SignatoryFilter",
				"CooperationAreaFilter", "CommitmentFilter", "PersonFilter", "OrganizationFilter", "EventFilter",
				"PostFilter", "ProgrammeFilter");
		assertThat(java.util.Set.copyOf(described.values())).as(described.toString()).hasSize(1);
		assertThat(described.get("PostFilter")).doesNotContainValue(null);
		assertThat(described.get("ProgrammeFilter")).doesNotContainValue(null);
	}

	/**
	 * Every fact that counts its sources says whether they disagree, in the same fields
	 * of the same types: {@code Programme} alone had none, though two publishers can name
	 * different bodies that run it.
	 */
	@Test
	void everyFactThatCountsItsSourcesSaysWhereTheyDisagree() {
		Map<String, Map<String, String>> fields = new java.util.TreeMap<>();
		for (GraphQLNamedType type : this.source.schema().getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object
					&& object.getInterfaces().stream().anyMatch((node) -> node.getName().equals("Node"))
					&& object.getFieldDefinition("sourceCount") != null) {
				Map<String, String> types = new java.util.LinkedHashMap<>();
				for (String name : List.of("sourceCount", "disputed", "competingValues", "claims")) {
					GraphQLFieldDefinition field = object.getFieldDefinition(name);
					types.put(name, (field != null) ? GraphQLTypeUtil.simplePrint(field.getType()) : null);
				}
				fields.put(type.getName(), types);
			}
		}
		assertThat(fields).containsOnlyKeys("Agreement", "Signatory", "CooperationArea", "Commitment", "Statement",
				"Person", "Organization", "Country", "Event", "Programme", "Post");
		assertThat(java.util.Set.copyOf(fields.values())).as(fields.toString())
			.containsExactly(Map.of("sourceCount", "Int!", "disputed", "Boolean!", "competingValues", "[Claim!]!",
					"claims", "[Claim!]!"));
	}

}
