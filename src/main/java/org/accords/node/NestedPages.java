package org.accords.node;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NodeId;
import org.accords.paging.PageLimits;
import org.accords.paging.PageArguments;
import org.accords.paging.PagedList;
import org.accords.store.Entity;
import org.accords.store.NestedPage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Pages the nested lists that grow with the dataset ({@code Agreement.statements},
 * {@code Person.statements}, ...): every list field that is not a connection's page and
 * declares {@code first} returns at most {@code first} items (default and cap as for
 * connections, {@code accords.api.*}), starting after the item whose id is {@code after}.
 * The field's batch loader is asked for the page, not the parent: its key is a
 * {@link NestedPage} (the parent, the page size and {@code after}), so that the store
 * reads the items served rather than each parent's whole list
 * ({@code store/FactStore.pages}); a page the loader leaves out is one whose
 * {@code after} is not in the list, refused here.
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
			if (!(env.getSource() instanceof Entity parent)) {
				return fetcher.get(env);
			}
			NestedPage<Entity> page = page(parent, env);
			Object value = fetcher.get(new DelegatingDataFetchingEnvironment(env) {

				@Override
				@SuppressWarnings("unchecked")
				public <T> T getSource() {
					return (T) page;
				}

			});
			if (value instanceof CompletionStage<?> pending) {
				return pending.thenApply((items) -> served(items, page, env));
			}
			return served(value, page, env);
		};
	}

	/** The page asked for, its size checked against the limits. */
	private NestedPage<Entity> page(Entity parent, DataFetchingEnvironment env) {
		Integer first = env.getArgument("first");
		String after = env.getArgument("after");
		if (after != null) {
			String respelled = NodeId.respelled(after);
			if (respelled != null) {
				throw new InvalidInputException("after: " + NodeId.respelling(after, respelled));
			}
		}
		// no cursor is made or read here (after is an id, which stays the same across
		// versions); the version the request reads (@ContextValue datasetVersion) only
		// completes the slice, whose size is checked as a connection's
		String version = env.getGraphQlContext().getOrDefault("datasetVersion", "");
		PageArguments.Slice slice = new PageArguments(first, null, null, null, UNNAMED).slice(version, Long.MAX_VALUE,
				this.limits);
		return new NestedPage<>(parent, slice.limit(), after);
	}

	/**
	 * The loader's page; none (left out by the loader) when {@code after} is not an item
	 * of the parent's list.
	 */
	private @Nullable Object served(@Nullable Object value, NestedPage<Entity> page, DataFetchingEnvironment env) {
		String after = page.after();
		if (value != null || after == null) {
			return value;
		}
		String field = env.getField().getName();
		String list = env.getExecutionStepInfo().getObjectType().getName() + "." + field;
		if (PageArguments.isCursor(after)) {
			throw new InvalidInputException("after: '" + after + "' is a connection's cursor, not the id of an item of "
					+ list + ": this list pages after the id of its last item you read (" + field
					+ " { id }), not after a cursor");
		}
		String items = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getFieldType())).getName();
		String type = NodeId.typeOf(after);
		if (type != null && !type.equals(items)) {
			throw new InvalidInputException("after: '" + after + "' is the id of " + NodeId.article(type) + " " + type
					+ ", not of " + NodeId.article(items) + " " + items + ": " + list
					+ " pages after the id of the last of its " + field + " you read (" + field + " { id })");
		}
		throw new InvalidInputException("after: '" + after + "' is not the id of an item of " + list + " here");
	}

}
