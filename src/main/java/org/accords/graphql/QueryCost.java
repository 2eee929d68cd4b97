package org.accords.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.Scalars;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.accords.AccordsProperties;
import org.accords.paging.PageLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The cost of an operation, known before it runs: each field costs 1 (a text field one
 * per started {@value #TEXT_UNIT} characters of its longest value), and what is selected
 * inside a list costs as many times as the list can hold items in the served dataset
 * version, or its page size when that is smaller (README, "Query cost").
 */
@Component
class QueryCost {

	private final GraphQlSource source;

	private final PageLimits pages;

	/** A text field costs 1 per started this many characters of its longest value. */
	static final int TEXT_UNIT = 500;

	private final int listFactor;

	private final DatasetVersionSource versions;

	private final DatasetShape.Source shapes;

	QueryCost(GraphQlSource source, PageLimits pages, AccordsProperties properties, DatasetVersionSource versions,
			DatasetShape.Source shapes) {
		this.source = source;
		this.pages = pages;
		this.listFactor = properties.limits().listFactor();
		this.versions = versions;
		this.shapes = shapes;
	}

	/**
	 * Prices an operation: lists count their page size ({@code first}, {@code last}, else
	 * the default) for the {@code edges} and {@code nodes} of a {@code ...Connection},
	 * the number of ids for {@code nodes(ids:)}, the most items the served version holds
	 * for one parent for any other list (at most the page size asked, for a list with
	 * {@code first}, which also costs what it reads: its whole list),
	 * {@code accords.limits.list-factor} for a list no version bounds; introspection
	 * fields cost 1 each whatever their lists, since the schema bounds them.
	 */
	long of(Document document, OperationDefinition operation, Map<String, Object> variables) {
		return of(document, operation, variables, (String) null);
	}

	/**
	 * Prices an operation with the shape of {@code version}, the current one when null.
	 */
	long of(Document document, OperationDefinition operation, Map<String, Object> variables,
			@Nullable String requestedVersion) {
		String version = (requestedVersion != null) ? requestedVersion : this.versions.currentVersion();
		DatasetShape shape = (version != null) ? this.shapes.shape(version) : DatasetShape.UNKNOWN;
		return of(document, operation, variables, shape);
	}

	long of(Document document, OperationDefinition operation, Map<String, Object> variables, DatasetShape shape) {
		GraphQLSchema schema = this.source.schema();
		GraphQLNamedType root = switch (operation.getOperation()) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
		return new Pricing(schema, fragments, variables, shape).selections(operation.getSelectionSet(), root, 0, false);
	}

	/**
	 * Prices one request; each fragment is priced once per page size and reused at every
	 * spread, so the walk stays linear in the document.
	 */
	private final class Pricing {

		private final GraphQLSchema schema;

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Object> variables;

		private final DatasetShape shape;

		private final Map<String, Long> priced = new HashMap<>();

		private final Set<String> visiting = new HashSet<>();

		Pricing(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
				DatasetShape shape) {
			this.schema = schema;
			this.fragments = fragments;
			this.variables = variables;
			this.shape = shape;
		}

		long selections(@Nullable SelectionSet set, @Nullable GraphQLNamedType parent, int pageSize, boolean flat) {
			if (set == null) {
				return 0;
			}
			long cost = 0;
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					cost = QueryLimits.add(cost, field(field, parent, pageSize, flat));
				}
				else if (selection instanceof InlineFragment inline) {
					GraphQLNamedType type = (inline.getTypeCondition() != null)
							? named(inline.getTypeCondition().getName()) : parent;
					cost = QueryLimits.add(cost, selections(inline.getSelectionSet(), type, pageSize, flat));
				}
				else if (selection instanceof FragmentSpread spread) {
					cost = QueryLimits.add(cost, fragment(spread.getName(), pageSize, flat));
				}
			}
			return cost;
		}

		private long fragment(String name, int pageSize, boolean flat) {
			String key = name + "/" + pageSize + "/" + flat;
			Long known = this.priced.get(key);
			if (known != null) {
				return known;
			}
			FragmentDefinition definition = this.fragments.get(name);
			if (definition == null || !this.visiting.add(key)) {
				return 0;
			}
			long cost = selections(definition.getSelectionSet(), named(definition.getTypeCondition().getName()),
					pageSize, flat);
			this.visiting.remove(key);
			this.priced.put(key, cost);
			return cost;
		}

		private @Nullable GraphQLNamedType named(String name) {
			return (this.schema.getType(name) instanceof GraphQLNamedType type) ? type : null;
		}

		private static @Nullable Argument argument(Field field, String name) {
			for (Argument argument : field.getArguments()) {
				if (argument.getName().equals(name)) {
					return argument;
				}
			}
			return null;
		}

		private long field(Field field, @Nullable GraphQLNamedType parent, int pageSize, boolean flat) {
			String name = field.getName();
			if (flat || (name.startsWith("__") && !name.equals("__typename"))) {
				return QueryLimits.add(1, selections(field.getSelectionSet(), null, 0, true));
			}
			GraphQLFieldDefinition definition = (parent instanceof GraphQLFieldsContainer container)
					? container.getFieldDefinition(name) : null;
			if (definition == null) {
				// __typename, or a field validation will refuse
				return QueryLimits.add(1, selections(field.getSelectionSet(), null, pageSize, false));
			}
			GraphQLType type = definition.getType();
			GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
			long items = 1;
			long read = 0;
			if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type))) {
				if (isConnection(parent) && (name.equals("edges") || name.equals("nodes"))) {
					items = pageSize;
				}
				else {
					items = listSize(field, parent.getName(), definition);
					read = readWhole(parent.getName(), definition);
				}
			}
			if (GraphQLTypeUtil.isLeaf(named)) {
				// a scalar costs by the text it can produce; a list of them, that many
				// times
				long weight = Scalars.GraphQLString.getName().equals(named.getName())
						? Math.max(1, (this.shape.longestText(parent.getName(), name) + TEXT_UNIT - 1) / TEXT_UNIT) : 1;
				return Math.max(1, times(items, weight));
			}
			int childPageSize = isConnection(named) ? pageSize(field) : 0;
			return QueryLimits.add(1 + read,
					times(items, selections(field.getSelectionSet(), named, childPageSize, false)));
		}

		/**
		 * Items read to serve a nested page: it is cut from its parent's whole list,
		 * which the store reads whole (the most that list holds for one parent); 0 for a
		 * list that is not paged, which is returned whole.
		 */
		private long readWhole(String parent, GraphQLFieldDefinition definition) {
			Long bound = (definition.getArgument("first") != null) ? this.shape.listBound(parent, definition.getName())
					: null;
			return (bound != null) ? bound : 0;
		}

		/** Relay connections are the types named {@code ...Connection} (see STYLE.md). */
		private static boolean isConnection(@Nullable GraphQLNamedType type) {
			return type != null && type.getName().endsWith("Connection");
		}

		private int pageSize(Field field) {
			Long first = intArgument(field, "first");
			Long last = intArgument(field, "last");
			long size = (first != null) ? first : (last != null) ? last : QueryCost.this.pages.defaultPageSize();
			// a larger page is refused by the page-size cap at execution, with its own
			// message
			return (int) Math.max(0, Math.min(size, QueryCost.this.pages.maxPageSize()));
		}

		/**
		 * Items of a list that is not a connection's page: the ids asked for; else the
		 * most the version holds for one parent, at most the page size asked when the
		 * list is paged with {@code first}; the list factor when nothing bounds it.
		 */
		private long listSize(Field field, String parent, GraphQLFieldDefinition definition) {
			long asked = ids(field);
			if (asked >= 0) {
				return asked;
			}
			Long bound = null;
			if (definition.getArgument("groupBy") != null) {
				// a grouped list holds one item per group of the grouping asked for
				bound = this.shape.listBound(parent, field.getName() + grouping(field));
			}
			if (bound == null) {
				bound = this.shape.listBound(parent, field.getName());
			}
			if (definition.getArgument("first") != null) {
				long page = pageSize(field);
				return (bound != null) ? Math.min(bound, page) : page;
			}
			return (bound != null) ? bound : QueryCost.this.listFactor;
		}

		/**
		 * The grouping asked for by {@code groupBy:}, as the version's shape names its
		 * bound: its keys but the currency (always a key), sorted, each after a dot;
		 * empty for none.
		 */
		private String grouping(Field field) {
			Argument groupBy = argument(field, "groupBy");
			if (groupBy == null) {
				return "";
			}
			Object value = (groupBy.getValue() instanceof VariableReference ref) ? this.variables.get(ref.getName())
					: groupBy.getValue();
			java.util.TreeSet<String> keys = new java.util.TreeSet<>();
			if (value instanceof ArrayValue array) {
				array.getValues()
					.forEach((item) -> keys
						.add((item instanceof graphql.language.EnumValue e) ? e.getName() : String.valueOf(item)));
			}
			else if (value instanceof graphql.language.EnumValue single) {
				keys.add(single.getName());
			}
			else if (value instanceof List<?> list) {
				list.forEach((item) -> keys.add(String.valueOf(item)));
			}
			else if (value != null) {
				keys.add(String.valueOf(value));
			}
			keys.remove("CURRENCY");
			StringBuilder suffix = new StringBuilder();
			keys.forEach((key) -> suffix.append('.').append(key));
			return suffix.toString();
		}

		/**
		 * The number of ids given to {@code ids:}, or -1 when there is no such argument.
		 */
		private long ids(Field field) {
			Argument ids = argument(field, "ids");
			if (ids != null) {
				Object value = (ids.getValue() instanceof VariableReference ref) ? this.variables.get(ref.getName())
						: ids.getValue();
				if (value instanceof ArrayValue array) {
					return array.getValues().size();
				}
				if (value instanceof List<?> list) {
					return list.size();
				}
			}
			return -1;
		}

		private @Nullable Long intArgument(Field field, String name) {
			Argument argument = argument(field, name);
			if (argument == null) {
				return null;
			}
			Value<?> value = argument.getValue();
			if (value instanceof IntValue literal) {
				return literal.getValue().min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
			}
			if (value instanceof VariableReference ref && this.variables.get(ref.getName()) instanceof Number number) {
				return number.longValue();
			}
			return null;
		}

		private static long times(long items, long cost) {
			if (items <= 0 || cost <= 0) {
				return 0;
			}
			return (cost > QueryLimits.CAP / items) ? QueryLimits.CAP : items * cost;
		}

	}

}
