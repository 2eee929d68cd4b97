package org.accords.graphql.guard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.Scalars;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.accords.AccordsProperties;
import org.accords.graphql.DatasetShape;
import org.accords.graphql.DatasetVersionSource;
import org.accords.paging.PageLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The cost of an operation, known before it runs: each field costs 1 (a text field one
 * per started {@value #TEXT_UNIT} characters of its longest value), and what is selected
 * inside a list costs as many times as the list can hold items in the served dataset
 * version, or its page size when that is smaller (README, "Query cost"). The one walk of
 * a document before execution: it measures the shape {@link QueryLimits} checks in the
 * same pass.
 */
@Component
public class QueryCost {

	/** Sums saturate here: fragments spread inside fragments multiply without bound. */
	static final long CAP = 1_000_000_000_000_000L;

	private final GraphQlSource source;

	private final PageLimits pages;

	/** A text field costs 1 per started this many characters of its longest value. */
	public static final int TEXT_UNIT = 500;

	private final int listFactor;

	private final DatasetVersionSource versions;

	private final DatasetShape.Source shapes;

	private final DatasetShape.Lists lists;

	QueryCost(GraphQlSource source, PageLimits pages, AccordsProperties properties, DatasetVersionSource versions,
			DatasetShape.Source shapes, DatasetShape.Lists lists) {
		this.source = source;
		this.pages = pages;
		this.listFactor = properties.limits().listFactor();
		this.versions = versions;
		this.shapes = shapes;
		this.lists = lists;
	}

	/**
	 * Walks an operation once, measuring what {@link QueryLimits} checks (depth, breadth,
	 * aliases, directives) and its cost: lists count their page size ({@code first},
	 * {@code last}, else the default) for the {@code edges} and {@code nodes} of a
	 * {@code ...Connection}, the number of ids for {@code nodes(ids:)}, the most items
	 * the served version holds for one parent for any other list (at most the page size
	 * asked, for a list with {@code first}, which also costs what it reads: its whole
	 * list), what the store holds for the dataset's own lists (its seed files, the
	 * versions kept: {@link DatasetShape.Lists}), and in the changelog, which every
	 * answer holds whole, each field once per item it returns over the whole changelog;
	 * {@code accords.limits.list-factor} for a list nothing bounds; introspection fields
	 * cost 1 each whatever their lists, since the schema bounds them. Priced with the
	 * shape of {@code version}, the current one when null.
	 */
	Measure measure(Document document, OperationDefinition operation, Map<String, Object> variables,
			@Nullable String requestedVersion) {
		String version = (requestedVersion != null) ? requestedVersion : this.versions.currentVersion();
		DatasetShape shape = (version != null) ? this.shapes.shape(version) : DatasetShape.UNKNOWN;
		return measure(document, operation, variables, shape, version);
	}

	Measure measure(Document document, OperationDefinition operation, Map<String, Object> variables, DatasetShape shape,
			@Nullable String version) {
		GraphQLSchema schema = this.source.schema();
		GraphQLNamedType root = switch (operation.getOperation()) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
		// a variable the request leaves out runs with its definition's default (a
		// literal): priced with it, not as if absent
		Map<String, @Nullable Object> values = new HashMap<>(variables);
		for (VariableDefinition definition : operation.getVariableDefinitions()) {
			if (!variables.containsKey(definition.getName()) && definition.getDefaultValue() != null) {
				values.put(definition.getName(), definition.getDefaultValue());
			}
		}
		return new Walk(schema, fragments, values, shape, version)
			.selections(operation.getSelectionSet(), root, 0, false)
			.plusDirectives(operation.getDirectives());
	}

	static long add(long a, long b) {
		return Math.min(a + b, CAP);
	}

	/**
	 * What one walk of an operation finds, with its fragments expanded.
	 *
	 * @param depth levels of fields below and including this set
	 * @param fields fields selected at this level, fragments included
	 * @param breadth the most fields of any one level at or below this set
	 * @param aliases aliases at or below this set
	 * @param directives directives at or below this set
	 * @param perLocation the most directives on one field or fragment at or below
	 * @param cost what the selections cost
	 * @param costliest the list that costs most at or below this set (the outermost of
	 * equals), for a refusal to name; null for none
	 * @param growing whether it counted a list that changes as versions are published
	 * whatever version is read ({@link DatasetShape.Lists#GROWING}): such a cost is not
	 * kept for the version
	 * @param deepest the path, as the response names it (aliases, fragments expanded),
	 * from this set to the first of its deepest fields, for a refusal over the depth
	 * limit to name; empty for none
	 * @param widest the path from this set to the first of its widest selection sets, for
	 * a refusal over the breadth limit to name; empty for this set itself
	 */
	record Measure(int depth, long fields, long breadth, long aliases, long directives, int perLocation, long cost,
			@Nullable Costliest costliest, boolean growing, String deepest, String widest) {

		static final Measure NONE = new Measure(0, 0, 0, 0, 0, 0, 0, null, false, "", "");

		Measure plusDirectives(List<Directive> more) {
			return new Measure(this.depth, this.fields, this.breadth, this.aliases, add(this.directives, more.size()),
					Math.max(this.perLocation, more.size()), this.cost, this.costliest, this.growing, this.deepest,
					this.widest);
		}

		Measure costing(long cost) {
			return new Measure(this.depth, this.fields, this.breadth, this.aliases, this.directives, this.perLocation,
					cost, this.costliest, this.growing, this.deepest, this.widest);
		}

		Measure costing(long cost, @Nullable Costliest list, boolean grows) {
			return new Measure(this.depth, this.fields, this.breadth, this.aliases, this.directives, this.perLocation,
					cost, Costliest.of(list, this.costliest), this.growing || grows, this.deepest, this.widest);
		}

		/**
		 * A path below a field named {@code key}: the field's own name for an empty one.
		 */
		static String below(String key, String path) {
			return path.isEmpty() ? key : key + "." + path;
		}

	}

	/**
	 * A list field and what it costs with everything selected in it: what a refusal over
	 * the maximum cost names, with the way to make it cheaper.
	 *
	 * @param field the field as the response names it (its alias, if any)
	 * @param items the most items it can hold: its page size, or for a list that is not
	 * paged the most the served version holds (in the changelog, what it returns over all
	 * its parents)
	 * @param paged whether {@code first:} sets its size
	 * @param cost its cost, what is selected in it included
	 * @param changelogIds for the changelog and its lists, the ids the changelog lists in
	 * all (the advice points to {@code changes}, which pages them, to the counts and to
	 * the download that serves them); null for any other list
	 */
	record Costliest(String field, long items, boolean paged, long cost, @Nullable Long changelogIds) {

		/**
		 * The changelog and its lists, whose ids are served in bulk by the changelog
		 * download.
		 */
		static final Set<String> CHANGELOG_LISTS = Set.of("Dataset.changelog", "VersionChanges.collections",
				"CollectionChanges.added", "CollectionChanges.changed", "CollectionChanges.removed");

		/** The costlier of two, the first of equals; null if both are. */
		static @Nullable Costliest of(@Nullable Costliest one, @Nullable Costliest other) {
			if (one == null) {
				return other;
			}
			return (other != null && other.cost > one.cost) ? other : one;
		}

		/** What the refusal says of it. */
		String advice() {
			if (this.changelogIds != null) {
				return this.field + " costs " + this.cost + ": its id lists (added, changed, removed) hold "
						+ this.changelogIds + " ids in all; page through them with"
						+ " changes(since:, first:), ask for their counts (addedCount, changedCount, removedCount),"
						+ " or download them from /data/changelog.json (one point per id)";
			}
			return this.paged
					? this.field + " costs " + this.cost + " in pages of " + this.items
							+ ": ask for a smaller page (first:) or fewer nested lists in it"
					: this.field + " costs " + this.cost + ": it is not paged and holds up to " + this.items
							+ " items in this dataset version; narrow it with its arguments (a filter, fewer groupBy"
							+ " keys) or select fewer fields in it";
		}

	}

	/**
	 * Walks one operation, measuring its shape and its price in one pass. Each fragment
	 * is walked once per page size and reused at every spread, so the walk stays linear
	 * in the document even when fragments spread fragments many times; a fragment
	 * spreading itself counts as empty (validation refuses it).
	 */
	private final class Walk {

		private final GraphQLSchema schema;

		private final Map<String, FragmentDefinition> fragments;

		/**
		 * The request's variables, and the default (a literal) of each it leaves out.
		 */
		private final Map<String, @Nullable Object> variables;

		private final DatasetShape shape;

		private final @Nullable String version;

		/**
		 * The version the dataset's own lists are read from: the one
		 * {@code dataset(version:)} names inside it, else the request's.
		 */
		private @Nullable String listVersion;

		/**
		 * In a list every answer holds whole for every parent (the changelog), how many
		 * parents the fields walked have in one answer: what they cost is counted over
		 * all of them; {@value #PER_PARENT} elsewhere, where what a field costs is for
		 * one parent and its list multiplies it.
		 */
		private long parents = PER_PARENT;

		private static final long PER_PARENT = -1;

		private final Map<String, Measure> walked = new HashMap<>();

		private final Set<String> visiting = new HashSet<>();

		Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, @Nullable Object> variables,
				DatasetShape shape, @Nullable String version) {
			this.schema = schema;
			this.fragments = fragments;
			this.variables = variables;
			this.shape = shape;
			this.version = version;
			this.listVersion = version;
		}

		Measure selections(@Nullable SelectionSet set, @Nullable GraphQLNamedType parent, int pageSize, boolean flat) {
			if (set == null) {
				return Measure.NONE;
			}
			int depth = 0;
			long fields = 0;
			long breadth = 0;
			long aliases = 0;
			long directives = 0;
			int perLocation = 0;
			long cost = 0;
			Costliest costliest = null;
			boolean growing = false;
			String deepest = "";
			String widest = "";
			for (Selection<?> selection : set.getSelections()) {
				Measure inner;
				int levels = 0;
				String key = null;
				if (selection instanceof Field field) {
					fields++;
					aliases += (field.getAlias() != null) ? 1 : 0;
					inner = field(field, parent, pageSize, flat);
					// ofType nests only as deep as a type's wrappers ([X!]! is three):
					// the
					// schema bounds it, and GraphiQL's introspection query asks for seven
					levels = ((flat || introspection(field)) && field.getName().equals("ofType")) ? 0 : 1;
					key = field.getResultKey();
				}
				else if (selection instanceof InlineFragment inline) {
					GraphQLNamedType type = (inline.getTypeCondition() != null)
							? named(inline.getTypeCondition().getName()) : parent;
					inner = selections(inline.getSelectionSet(), type, pageSize, flat);
					fields = add(fields, inner.fields());
				}
				else if (selection instanceof FragmentSpread spread) {
					inner = fragment(spread.getName(), pageSize, flat);
					fields = add(fields, inner.fields());
				}
				else {
					inner = Measure.NONE;
				}
				List<Directive> own = ((DirectivesContainer<?>) selection).getDirectives();
				if (levels + inner.depth() > depth) {
					deepest = (key != null) ? Measure.below(key, inner.deepest()) : inner.deepest();
				}
				depth = Math.max(depth, levels + inner.depth());
				if (inner.breadth() > breadth) {
					// a fragment's fields are of this set: its widest is below this one
					widest = (key != null) ? Measure.below(key, inner.widest()) : inner.widest();
				}
				breadth = Math.max(breadth, inner.breadth());
				aliases = add(aliases, inner.aliases());
				directives = add(add(directives, own.size()), inner.directives());
				perLocation = Math.max(perLocation, Math.max(own.size(), inner.perLocation()));
				cost = add(cost, inner.cost());
				costliest = Costliest.of(costliest, inner.costliest());
				growing = growing || inner.growing();
			}
			return new Measure(depth, fields, Math.max(breadth, fields), aliases, directives, perLocation, cost,
					costliest, growing, deepest, (fields >= breadth) ? "" : widest);
		}

		private Measure fragment(String name, int pageSize, boolean flat) {
			String key = name + "/" + pageSize + "/" + flat + "/" + this.listVersion + "/" + this.parents;
			Measure known = this.walked.get(key);
			if (known != null) {
				return known;
			}
			FragmentDefinition definition = this.fragments.get(name);
			if (definition == null || !this.visiting.add(key)) {
				return Measure.NONE;
			}
			Measure measure = selections(definition.getSelectionSet(), named(definition.getTypeCondition().getName()),
					pageSize, flat)
				.plusDirectives(definition.getDirectives());
			this.visiting.remove(key);
			this.walked.put(key, measure);
			return measure;
		}

		private static boolean introspection(Field field) {
			return field.getName().startsWith("__") && !field.getName().equals("__typename");
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

		/**
		 * The field's cost, with the shape of what is selected inside it.
		 */
		private Measure field(Field field, @Nullable GraphQLNamedType parent, int pageSize, boolean flat) {
			String name = field.getName();
			if (flat || introspection(field)) {
				Measure inner = selections(field.getSelectionSet(), null, 0, true);
				return inner.costing(add(1, inner.cost()));
			}
			GraphQLFieldDefinition definition = (parent instanceof GraphQLFieldsContainer container)
					? container.getFieldDefinition(name) : null;
			if (parent == null || definition == null) {
				// __typename, or a field validation will refuse: once per parent
				Measure inner = selections(field.getSelectionSet(), null, pageSize, false);
				return inner.costing(add((this.parents != PER_PARENT) ? this.parents : 1, inner.cost()));
			}
			GraphQLType type = definition.getType();
			GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
			String path = parent.getName() + "." + name;
			boolean isList = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
			long items = 1;
			if (isList) {
				items = (isConnection(parent) && (name.equals("edges") || name.equals("nodes"))) ? pageSize
						: listSize(field, parent.getName(), definition);
			}
			DatasetShape.Total total = (isList && this.listVersion != null)
					? QueryCost.this.lists.total(this.listVersion, path) : null;
			// counted per parent, and multiplied by its list; or, in a list every answer
			// holds whole (the changelog), over every parent it has
			long parents = (this.parents != PER_PARENT) ? this.parents : (total != null) ? 1 : PER_PARENT;
			long each = (parents == PER_PARENT) ? 1 : parents;
			long returned = (total != null) ? total.items() : times(each, items);
			long empty = (total != null) ? total.empty() : (isList && items == 0) ? each : 0;
			boolean grows = isList && DatasetShape.Lists.GROWING.contains(path);
			if (GraphQLTypeUtil.isLeaf(named)) {
				// a scalar costs by the text it can produce; a list of them, that many
				// times, and an empty list 1 (what is selected inside a scalar,
				// validation refuses)
				long weight = Scalars.GraphQLString.getName().equals(named.getName())
						? Math.max(1, (this.shape.longestText(parent.getName(), name) + TEXT_UNIT - 1) / TEXT_UNIT) : 1;
				long cost = add(empty, times(returned, weight));
				return selections(field.getSelectionSet(), null, pageSize, false)
					.costing((parents == PER_PARENT) ? Math.max(1, cost) : cost, null, grows);
			}
			int childPageSize = isConnection(named) ? pageSize(field) : 0;
			String outerVersion = this.listVersion;
			long outerParents = this.parents;
			if (name.equals("dataset") && stringArgument(field, "version") != null) {
				this.listVersion = stringArgument(field, "version");
			}
			this.parents = (parents == PER_PARENT) ? PER_PARENT : returned;
			Measure inner = selections(field.getSelectionSet(), named, childPageSize, false);
			this.listVersion = outerVersion;
			this.parents = outerParents;
			long cost = (parents == PER_PARENT) ? add(1, times(items, inner.cost())) : add(each, inner.cost());
			// a connection is named for its page, rather than its edges; a list that is
			// not paged, for the items the version holds
			Costliest list = (childPageSize > 0) ? new Costliest(field.getResultKey(), childPageSize, true, cost, null)
					: (returned > 1) ? new Costliest(field.getResultKey(), returned,
							definition.getArgument("first") != null, cost, changelogIds(path)) : null;
			return inner.costing(cost, list, grows);
		}

		/**
		 * For the changelog and the lists in it, the ids it lists in all, which is what
		 * makes it costly; null for any other list.
		 */
		private @Nullable Long changelogIds(String list) {
			if (this.listVersion == null || !Costliest.CHANGELOG_LISTS.contains(list)) {
				return null;
			}
			long all = 0;
			for (String ids : List.of("added", "changed", "removed")) {
				DatasetShape.Total total = QueryCost.this.lists.total(this.listVersion, "CollectionChanges." + ids);
				all = add(all, (total != null) ? total.items() : 0);
			}
			return all;
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
			if (bound == null && this.listVersion != null) {
				// the dataset's own lists: its seed files, its changelog
				bound = QueryCost.this.lists.bound(this.listVersion, parent + "." + field.getName());
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

		private @Nullable String stringArgument(Field field, String name) {
			Argument argument = argument(field, name);
			if (argument == null) {
				return null;
			}
			Object value = (argument.getValue() instanceof VariableReference ref) ? this.variables.get(ref.getName())
					: argument.getValue();
			if (value instanceof graphql.language.StringValue literal) {
				return literal.getValue();
			}
			return (value instanceof String text) ? text : null;
		}

		private @Nullable Long intArgument(Field field, String name) {
			Argument argument = argument(field, name);
			if (argument == null) {
				return null;
			}
			Object value = (argument.getValue() instanceof VariableReference ref) ? this.variables.get(ref.getName())
					: argument.getValue();
			if (value instanceof IntValue literal) {
				return literal.getValue().min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
			}
			return (value instanceof Number number) ? number.longValue() : null;
		}

		private static long times(long items, long cost) {
			if (items <= 0 || cost <= 0) {
				return 0;
			}
			return (cost > CAP / items) ? CAP : items * cost;
		}

	}

}
