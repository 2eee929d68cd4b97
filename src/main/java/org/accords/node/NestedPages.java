package org.accords.node;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NodeId;
import org.accords.paging.PageLimits;
import org.accords.paging.PageArguments;
import org.accords.paging.PagedList;
import org.accords.store.Entity;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Pages the nested lists that grow with the dataset ({@code Agreement.statements},
 * {@code Person.statements}, ...): every list field that is not a connection's page and
 * declares {@code first} returns at most {@code first} items (default and cap as for
 * connections, {@code accords.api.*}), starting after the item whose id is {@code after}.
 * The batch loader behind the field still loads the lists of a whole batch of parents
 * with one store query; only what is returned is cut.
 */
@Component
class NestedPages extends SimplePerformantInstrumentation {

	/** The list of the slices here, whose cursors are never handed out. */
	private static final PagedList UNNAMED = PagedList.of("", List.of(), Map.of(), null);

	private final PageLimits limits;

	NestedPages(PageLimits limits) {
		this.limits = limits;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		// nested lists are served by batch loaders; a trivial fetcher (a property) is
		// left alone without building the environment graphql-java skips for it
		if (parameters.isTrivialDataFetcher()) {
			return fetcher;
		}
		GraphQLFieldDefinition field = parameters.getExecutionStepInfo().getFieldDefinition();
		if (field.getArgument("first") == null || field.getArgument("after") == null
				|| !GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()))) {
			return fetcher;
		}
		return (env) -> {
			Object value = fetcher.get(env);
			if (value instanceof CompletionStage<?> pending) {
				return pending.thenApply((items) -> page(items, env));
			}
			return page(value, env);
		};
	}

	private @Nullable Object page(@Nullable Object value, DataFetchingEnvironment env) {
		if (!(value instanceof List<?> items)) {
			return value;
		}
		Integer first = env.getArgument("first");
		String after = env.getArgument("after");
		int start = 0;
		if (after != null) {
			String respelled = NodeId.respelled(after);
			if (respelled != null) {
				throw new InvalidInputException("after: " + NodeId.respelling(after, respelled));
			}
			start = indexOf(items, after) + 1;
			if (start == 0) {
				String list = env.getExecutionStepInfo().getObjectType().getName() + "." + env.getField().getName();
				throw new InvalidInputException(PageArguments.isCursor(after)
						? "after: '" + after + "' is a connection's cursor, not the id of an item of " + list
								+ ": this list pages after the id of its last item you read ("
								+ env.getField().getName() + " { id }), not after a cursor"
						: "after: '" + after + "' is not the id of an item of " + list + " here");
			}
		}
		// no cursor is made or read here (after is an id, which stays the same across
		// versions); the version the request reads (@ContextValue datasetVersion) only
		// completes the slice
		String version = env.getGraphQlContext().getOrDefault("datasetVersion", "");
		PageArguments.Slice slice = new PageArguments(first, null, null, null, UNNAMED).slice(version,
				items.size() - start, this.limits);
		return items.subList(start + (int) slice.start(), start + (int) slice.end());
	}

	private static int indexOf(List<?> items, String id) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) instanceof Entity entity && entity.id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

}
