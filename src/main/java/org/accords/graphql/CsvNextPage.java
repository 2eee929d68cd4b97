package org.accords.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Argument;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.schema.DataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.accords.paging.Connection;
import org.accords.paging.Paged;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The next page of a CSV answer, for its {@code Link: <…>; rel="next"} header: a CSV
 * holds the rows of one page and nothing else (no {@code pageInfo}), so a spreadsheet of
 * the default 20 rows did not say that there were more. While a CSV answer executes (the
 * transport puts {@link #CONTEXT_KEY} in its context), this records the page info of each
 * root connection by its response name, whatever the query selects; the transport then
 * writes the query again with {@code after:} the page's end cursor ({@link #after}).
 */
@Component
public class CsvNextPage extends SimplePerformantInstrumentation {

	/** The context entry that asks for the page infos, and holds them. */
	static final String CONTEXT_KEY = CsvNextPage.class.getName();

	/** Asks an execution to record its root connections' page infos. */
	public static void record(GraphQLContext.Builder context) {
		context.put(CONTEXT_KEY, new ConcurrentHashMap<String, Connection.PageInfo>());
	}

	/**
	 * The end cursor of the root connection answered under {@code responseName} when it
	 * has a next page; null when it has none, or nothing was recorded.
	 */
	public static @Nullable String nextCursor(GraphQLContext context, String responseName) {
		Map<String, Connection.PageInfo> pages = context.get(CONTEXT_KEY);
		Connection.PageInfo page = (pages != null) ? pages.get(responseName) : null;
		return (page != null && page.hasNextPage()) ? page.endCursor() : null;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher() || parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
			return fetcher;
		}
		Map<String, Connection.PageInfo> pages = parameters.getExecutionContext().getGraphQLContext().get(CONTEXT_KEY);
		if (pages == null) {
			return fetcher;
		}
		String name = parameters.getExecutionStepInfo().getPath().getSegmentName();
		return (env) -> {
			Object value = fetcher.get(env);
			// a search's connection too, whose edges carry hit details
			if (value instanceof Paged connection) {
				pages.put(name, connection.pageInfo());
			}
			return value;
		};
	}

	/**
	 * {@code document} with {@code after: "<cursor>"} on the root field answered under
	 * {@code responseName} of the operation run; null when that field is not written in
	 * the operation itself (in a fragment) or pages backwards ({@code last},
	 * {@code before}).
	 */
	public static @Nullable Document after(Document document, @Nullable String operationName, String responseName,
			String cursor) {
		OperationDefinition operation = ConnectionCsv.operation(document, operationName);
		if (operation == null) {
			return null;
		}
		List<Selection> selections = new ArrayList<>();
		boolean found = false;
		String replaced = null;
		for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
			if (selection instanceof Field field && responseName.equals(field.getResultKey())) {
				if (field.getArguments()
					.stream()
					.anyMatch((a) -> "last".equals(a.getName()) || "before".equals(a.getName()))) {
					return null;
				}
				List<Argument> arguments = new ArrayList<>();
				for (Argument argument : field.getArguments()) {
					if (!"after".equals(argument.getName())) {
						arguments.add(argument);
					}
					else if (argument.getValue() instanceof VariableReference variable) {
						replaced = variable.getName();
					}
				}
				arguments.add(new Argument("after", new StringValue(cursor)));
				selections.add(field.transform((builder) -> builder.arguments(arguments)));
				found = true;
			}
			else {
				selections.add(selection);
			}
		}
		if (!found) {
			return null;
		}
		OperationDefinition chosen = operation;
		OperationDefinition rewritten = chosen.transform((builder) -> builder
			.selectionSet(chosen.getSelectionSet().transform((set) -> set.selections(selections))));
		String variable = replaced;
		// after: $after, as Apollo and urql write it, is now the cursor itself: the
		// variable's definition, used nowhere else, would fail validation ("Unused
		// variable")
		OperationDefinition paged = (variable == null || references(rewritten, document, variable)) ? rewritten
				: rewritten.transform((builder) -> builder.variableDefinitions(rewritten.getVariableDefinitions()
					.stream()
					.filter((definition) -> !definition.getName().equals(variable))
					.toList()));
		List<Definition> definitions = new ArrayList<>();
		for (Definition<?> definition : document.getDefinitions()) {
			definitions.add((definition == chosen) ? paged : definition);
		}
		return document.transform((builder) -> builder.definitions(definitions));
	}

	/**
	 * Whether a value in {@code operation} or in a fragment of {@code document} is the
	 * variable {@code name}.
	 */
	private static boolean references(OperationDefinition operation, Document document, String name) {
		List<Node> scope = new ArrayList<>(document.getDefinitionsOfType(FragmentDefinition.class));
		scope.add(operation.getSelectionSet());
		boolean[] found = { false };
		new NodeTraverser().depthFirst(new NodeVisitorStub() {
			@Override
			public TraversalControl visitVariableReference(VariableReference node, TraverserContext<Node> context) {
				if (node.getName().equals(name)) {
					found[0] = true;
					return TraversalControl.QUIT;
				}
				return TraversalControl.CONTINUE;
			}
		}, scope);
		return found[0];
	}

}
