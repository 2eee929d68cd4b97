package org.accords.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.idl.SchemaGenerator;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.accords.paging.PageLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The schema files' descriptions as served (introspection, {@code /graphql/schema}): one
 * rewrite of every description, made once at startup.
 * <ul>
 * <li>Each paragraph on one line. The schema files wrap their block descriptions at 100
 * columns; GraphiQL renders descriptions as Markdown with every line break a break
 * element, so its docs explorer and hover cards broke each line there, ragged, in a
 * narrow pane. CommonMark reads a line break inside a paragraph as a space, so any other
 * client renders the same text as before. Blank lines (paragraphs) and a line that starts
 * a list item, quote, heading, table row or code fence stay as written.</li>
 * <li>The configured numbers. The files state the page sizes as their defaults ("(default
 * 20, at most 100)"); an instance with other {@code accords.api.*} settings serves its
 * own, so that GraphiQL's docs explorer does not tell a front-end developer a cap the
 * server refuses. The wording rewritten is {@link #settingsWording}; no other description
 * states a setting's number (checked by {@code ServedDescriptionsTests}).</li>
 * </ul>
 */
@Component
class ServedDescriptions implements GraphQlSourceBuilderCustomizer {

	/**
	 * A line that starts a Markdown block: a list item, quote, heading, table row, fence.
	 */
	private static final Pattern BLOCK = Pattern.compile("\\s*([-*+>#|]|```|\\d+[.)]\\s)");

	private final UnaryOperator<String> served;

	ServedDescriptions(PageLimits limits) {
		this.served = served(limits);
	}

	/** A description as served with these page sizes. */
	static UnaryOperator<String> served(PageLimits limits) {
		Map<String, String> wording = settingsWording(limits.defaultPageSize(), limits.maxPageSize());
		return (description) -> unwrapped(configured(description, wording));
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.schemaFactory((registry,
				wiring) -> rewritten(new SchemaGenerator().makeExecutableSchema(registry, wiring), this.served));
	}

	/**
	 * The schema files' wording that states a setting, as written there (with the
	 * defaults, {@code accords.api.default-page-size} 20 and
	 * {@code accords.api.max-page-size} 100), and as served with these settings.
	 */
	static Map<String, String> settingsWording(int defaultPageSize, int maxPageSize) {
		Map<String, String> wording = new LinkedHashMap<>();
		wording.put("(default 20, at most 100", "(default " + defaultPageSize + ", at most " + maxPageSize);
		wording.put("(at most 100; not with `first`)", "(at most " + maxPageSize + "; not with `first`)");
		return wording;
	}

	/** The description with the files' wording of settings replaced by the served one. */
	static String configured(String description, Map<String, String> wording) {
		String text = description;
		for (Map.Entry<String, String> entry : wording.entrySet()) {
			text = text.replace(entry.getKey(), entry.getValue());
		}
		return text;
	}

	/** The schema with every description, its own included, rewritten so. */
	static GraphQLSchema rewritten(GraphQLSchema schema, UnaryOperator<String> served) {
		GraphQLSchema transformed = SchemaTransformer.transformSchema(schema, new Rewriting(served));
		String description = transformed.getDescription();
		return (description == null || served.apply(description).equals(description)) ? transformed
				: transformed.transform((copy) -> copy.description(served.apply(description)));
	}

	/** A description's paragraphs, each on one line. */
	static String unwrapped(String description) {
		String[] lines = description.split("\n", -1);
		StringBuilder text = new StringBuilder(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			boolean inParagraph = !lines[i - 1].isBlank() && !lines[i].isBlank()
					&& !BLOCK.matcher(lines[i]).lookingAt();
			if (inParagraph) {
				text.setLength(text.toString().stripTrailing().length());
				text.append(' ').append(lines[i].strip());
			}
			else {
				text.append('\n').append(lines[i]);
			}
		}
		return text.toString();
	}

	private static final class Rewriting extends GraphQLTypeVisitorStub {

		private final UnaryOperator<String> served;

		Rewriting(UnaryOperator<String> served) {
			this.served = served;
		}

		/** The element with its description as served, where that differs. */
		private TraversalControl rewrite(TraverserContext<GraphQLSchemaElement> context, @Nullable String description,
				Function<String, GraphQLSchemaElement> describedAs) {
			if (description == null) {
				return TraversalControl.CONTINUE;
			}
			String text = this.served.apply(description);
			return text.equals(description) ? TraversalControl.CONTINUE : changeNode(context, describedAs.apply(text));
		}

		@Override
		public TraversalControl visitGraphQLObjectType(GraphQLObjectType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return rewrite(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLInterfaceType(GraphQLInterfaceType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return rewrite(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLUnionType(GraphQLUnionType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return rewrite(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLEnumType(GraphQLEnumType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return rewrite(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLEnumValueDefinition(GraphQLEnumValueDefinition node,
				TraverserContext<GraphQLSchemaElement> context) {
			return rewrite(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLInputObjectType(GraphQLInputObjectType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return rewrite(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField node,
				TraverserContext<GraphQLSchemaElement> context) {
			return rewrite(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLScalarType(GraphQLScalarType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return rewrite(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition node,
				TraverserContext<GraphQLSchemaElement> context) {
			return rewrite(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLArgument(GraphQLArgument node,
				TraverserContext<GraphQLSchemaElement> context) {
			return rewrite(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

	}

}
