package org.accords.node;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
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
 * {@code after} is not in the list, refused here. What no parent's list could serve (a
 * size over the cap, a cursor or another type's id as {@code after}) is refused before
 * the loader is asked, and for the lists in a subscription's selection when the
 * subscription starts, rather than in an event.
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
		ExecutionStepInfo step = parameters.getExecutionStepInfo();
		if (step.getPath().getLevel() == 1
				&& step.getObjectType() == parameters.getEnvironment().getGraphQLSchema().getSubscriptionType()) {
			// a subscription's events fetch these lists only when they come: their
			// arguments are refused now, as /graphql refuses them, rather than in an
			// event
			return (env) -> {
				checkSelection(env);
				return fetcher.get(env);
			};
		}
		GraphQLFieldDefinition field = step.getFieldDefinition();
		if (!isNestedList(field)) {
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

	/** A list field that is not a connection's page and declares {@code first}. */
	private static boolean isNestedList(GraphQLFieldDefinition field) {
		return field.getArgument("first") != null && field.getArgument("after") != null
				&& GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()));
	}

	/**
	 * Refuses the arguments of the nested lists anywhere in the selection of {@code env}
	 * (a subscription's root field) as {@link #check} refuses them when fetched.
	 */
	private void checkSelection(DataFetchingEnvironment env) {
		String version = version(env);
		for (SelectedField selected : env.getSelectionSet().getFields()) {
			if (selected.getArguments().isEmpty()) {
				continue;
			}
			for (GraphQLObjectType parent : selected.getObjectTypes()) {
				GraphQLFieldDefinition field = parent.getFieldDefinition(selected.getName());
				if (field != null && isNestedList(field)) {
					check(parent.getName(), field, selected.getArguments(), version);
				}
			}
		}
	}

	/** The page asked for, its size checked against the limits. */
	private NestedPage<Entity> page(Entity parent, DataFetchingEnvironment env) {
		PageArguments.Slice slice = check(env.getExecutionStepInfo().getObjectType().getName(),
				env.getFieldDefinition(), env.getArguments(), version(env));
		return new NestedPage<>(parent, slice.limit(), env.getArgument("after"));
	}

	/**
	 * The version the request reads ({@code @ContextValue datasetVersion}): it only
	 * completes the slice, no cursor is made or read here (after is an id, which stays
	 * the same across versions).
	 */
	private static String version(DataFetchingEnvironment env) {
		return env.getGraphQlContext().getOrDefault("datasetVersion", "");
	}

	/**
	 * Refuses what no parent's list could serve: a size out of the limits (checked as a
	 * connection's), an {@code after} respelled, a connection's cursor or the id of
	 * another type than the list's items; the slice of the sizes when none is.
	 * @param parentType the type whose field {@code field} is
	 */
	private PageArguments.Slice check(String parentType, GraphQLFieldDefinition field, Map<String, Object> arguments,
			String version) {
		Object after = arguments.get("after");
		if (after instanceof String id) {
			String respelled = NodeId.respelled(id);
			if (respelled != null) {
				throw new InvalidInputException("after: " + NodeId.respelling(id, respelled));
			}
			String name = field.getName();
			String list = parentType + "." + name;
			if (PageArguments.isCursor(id)) {
				throw new InvalidInputException(
						"after: '" + id + "' is a connection's cursor, not the id of an item of " + list
								+ ": this list pages after the id of its last item you read (" + name
								+ " { id }), not after a cursor");
			}
			GraphQLNamedType itemType = GraphQLTypeUtil.unwrapAll(field.getType());
			String items = itemType.getName();
			String type = NodeId.typeOf(id);
			// items of an interface or a union may be of several types
			if (type != null && !type.equals(items) && itemType instanceof GraphQLObjectType) {
				throw new InvalidInputException("after: '" + id + "' is the id of " + NodeId.article(type) + " " + type
						+ ", not of " + NodeId.article(items) + " " + items + ": " + list
						+ " pages after the id of the last of its " + name + " you read (" + name + " { id })");
			}
		}
		return new PageArguments((Integer) arguments.get("first"), null, null, null, UNNAMED).slice(version,
				Long.MAX_VALUE, this.limits);
	}

	/**
	 * The loader's page; none (left out by the loader) when {@code after} is not an item
	 * of the parent's list, which {@link #check} could not tell without the parent.
	 */
	private @Nullable Object served(@Nullable Object value, NestedPage<Entity> page, DataFetchingEnvironment env) {
		String after = page.after();
		if (value != null || after == null) {
			return value;
		}
		String list = env.getExecutionStepInfo().getObjectType().getName() + "." + env.getField().getName();
		throw new InvalidInputException("after: '" + after + "' is not the id of an item of " + list + " here");
	}

}
