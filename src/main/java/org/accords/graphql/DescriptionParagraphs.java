package org.accords.graphql;

import java.util.function.Function;
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
import org.jspecify.annotations.Nullable;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Serves each paragraph of a description as one line. The schema files wrap their block
 * descriptions at 100 columns; GraphiQL renders descriptions as Markdown with every line
 * break a break element, so its docs explorer and hover cards broke each line there,
 * ragged, in a narrow pane. CommonMark reads a line break inside a paragraph as a space,
 * so any other client renders the same text as before. Blank lines (paragraphs) and a
 * line that starts a list item, quote, heading, table row or code fence stay as written.
 */
@Component
class DescriptionParagraphs implements GraphQlSourceBuilderCustomizer {

	/**
	 * A line that starts a Markdown block: a list item, quote, heading, table row, fence.
	 */
	private static final Pattern BLOCK = Pattern.compile("\\s*([-*+>#|]|```|\\d+[.)]\\s)");

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.schemaFactory(
				(registry, wiring) -> unwrapped(new SchemaGenerator().makeExecutableSchema(registry, wiring)));
	}

	/** The schema with each paragraph of its descriptions on one line. */
	static GraphQLSchema unwrapped(GraphQLSchema schema) {
		GraphQLSchema transformed = SchemaTransformer.transformSchema(schema, new Unwrapping());
		String description = transformed.getDescription();
		return (description == null || unwrapped(description).equals(description)) ? transformed
				: transformed.transform((copy) -> copy.description(unwrapped(description)));
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

	private static final class Unwrapping extends GraphQLTypeVisitorStub {

		/** The element described as one line per paragraph, where it was wrapped. */
		private TraversalControl unwrap(TraverserContext<GraphQLSchemaElement> context, @Nullable String description,
				Function<String, GraphQLSchemaElement> describedAs) {
			if (description == null || unwrapped(description).equals(description)) {
				return TraversalControl.CONTINUE;
			}
			return changeNode(context, describedAs.apply(unwrapped(description)));
		}

		@Override
		public TraversalControl visitGraphQLObjectType(GraphQLObjectType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return unwrap(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLInterfaceType(GraphQLInterfaceType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return unwrap(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLUnionType(GraphQLUnionType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return unwrap(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLEnumType(GraphQLEnumType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return unwrap(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLEnumValueDefinition(GraphQLEnumValueDefinition node,
				TraverserContext<GraphQLSchemaElement> context) {
			return unwrap(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLInputObjectType(GraphQLInputObjectType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return unwrap(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField node,
				TraverserContext<GraphQLSchemaElement> context) {
			return unwrap(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLScalarType(GraphQLScalarType node,
				TraverserContext<GraphQLSchemaElement> context) {
			return unwrap(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition node,
				TraverserContext<GraphQLSchemaElement> context) {
			return unwrap(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

		@Override
		public TraversalControl visitGraphQLArgument(GraphQLArgument node,
				TraverserContext<GraphQLSchemaElement> context) {
			return unwrap(context, node.getDescription(), (text) -> node.transform((b) -> b.description(text)));
		}

	}

}
