package org.accords.graphql;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a GraphQL response into CSV: finds the first connection in {@code data} (an
 * object with {@code edges[].node}, or with {@code nodes[]}, their short form) and writes
 * one row per node; without one, the first root field that holds a list of objects
 * ({@code commitmentTotals}, {@code nodes(ids:)}) and writes one row per object. The
 * node's fields are columns, and so are the edge's other fields ({@code cursor}, a
 * search's {@code score}), so that the last row's cursor pages on. Nested objects become
 * dotted columns ({@code speaker.name}), a list becomes a JSON array in one cell
 * ({@code ["first excerpt; with a semicolon","second"]}, {@code [1,9]}), which any JSON
 * parser splits whatever the values hold (a list of objects gives one array column per
 * field: {@code evidence.excerpt}, with an item for every object, null where it has no
 * value, so that item i of each of the list's columns is object i); a null object or an
 * empty list is an empty cell in its fields' columns. Columns come in the order of the
 * selection: a field's columns stay where the field is selected, whichever row first
 * gives them a value, so rows that hold a null do not add columns of their own; given the
 * document, every field the selection names is a column of every page, a field of one
 * type of a union too, so that pages have one header whichever types they hold. Pure: no
 * Spring, no store, for the GraphQL transport to answer {@code Accept: text/csv}.
 */
public final class ConnectionCsv {

	/** Writes the values of a list in one cell, as a JSON array. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The media type this writes. */
	public static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

	private ConnectionCsv() {
	}

	/**
	 * Writes the first connection of {@code data} as UTF-8 CSV.
	 * @throws IllegalArgumentException if {@code data} holds no connection
	 */
	public static void write(Map<String, ?> data, OutputStream out) throws IOException {
		Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
		write(data, writer);
		writer.flush();
	}

	/** The CSV as a string; see {@link #write(Map, OutputStream)}. */
	public static String toCsv(Map<String, ?> data) {
		return toCsv(data, null, null);
	}

	/**
	 * The CSV as a string, with a header row even when the connection has no edges: its
	 * columns then come from the selection of {@code document} (the operation
	 * {@code operationName} names, else the first), so that a filter that matches nothing
	 * still gives a file that spreadsheets and {@code read_csv} open.
	 */
	public static String toCsv(Map<String, ?> data, @Nullable Document document, @Nullable String operationName) {
		StringWriter writer = new StringWriter();
		try {
			write(data, writer, document, operationName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return writer.toString();
	}

	private static void write(Map<String, ?> data, Writer out) throws IOException {
		write(data, out, null, null);
	}

	private static void write(Map<String, ?> data, Writer out, @Nullable Document document,
			@Nullable String operationName) throws IOException {
		List<String> path = connectionPathIn(data);
		List<?> edges = (path != null) ? edgesAt(data, path) : null;
		// else a root list of objects (commitmentTotals, nodes(ids:)): a row per object
		boolean rootList = path == null;
		if (rootList) {
			path = rootListPath(data);
			edges = (path != null) ? (List<?>) data.get(path.get(0)) : null;
		}
		if (path == null || edges == null) {
			throw new IllegalArgumentException("The response holds no connection (an object with edges { node } or "
					+ "nodes) nor a root list of objects to write as CSV");
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		Column columnTree = new Column();
		// the selection's columns first, whatever the rows hold: a field of one type of a
		// union (... on Person { name }) is a column of every page, not only of the pages
		// where a Person comes up, so that pages read one after another have one header
		if (document != null) {
			selectedColumns(document, operationName, path, rootList).forEach(columnTree::add);
		}
		for (Object edge : edges) {
			Map<String, Object> row = new LinkedHashMap<>();
			if (rootList) {
				flatten("", edge, row);
			}
			else if (edge instanceof Map<?, ?> map) {
				// the edge's own fields (cursor, score) by their names, the node's by
				// theirs
				map.forEach((key, child) -> {
					if (!"node".equals(key)) {
						flatten(key.toString(), child, row);
					}
					else if (child != null) {
						flatten("", child, row);
					}
				});
			}
			row.keySet().forEach(columnTree::add);
			rows.add(row);
		}
		Set<String> columns = new LinkedHashSet<>();
		columnTree.leaves("", columns);
		try (SequenceWriter writer = CsvRows.open(columns, out)) {
			for (Map<String, Object> row : rows) {
				Object[] values = new Object[columns.size()];
				int i = 0;
				for (String column : columns) {
					Object value = cell(row, column);
					values[i++] = (value instanceof List<?> list) ? JSON.writeValueAsString(list)
							: (value != null) ? value.toString() : null;
				}
				writer.write(values);
			}
		}
	}

	/**
	 * The columns the selection of the connection at {@code path} (response names from
	 * {@code data}) names, as dotted paths: the edge's fields and the node's, fragments
	 * inlined.
	 */
	private static List<String> selectedColumns(Document parsed, @Nullable String operationName, List<String> path,
			boolean list) {
		Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
		for (FragmentDefinition fragment : parsed.getDefinitionsOfType(FragmentDefinition.class)) {
			fragments.put(fragment.getName(), fragment);
		}
		OperationDefinition operation = operation(parsed, operationName);
		if (operation == null) {
			return List.of();
		}
		List<Field> level = selectionsOf(operation.getSelectionSet(), fragments);
		for (String name : path) {
			List<Field> next = new ArrayList<>();
			level.stream()
				.filter((field) -> name.equals(responseName(field)))
				.forEach((field) -> next.addAll(selectionsOf(field.getSelectionSet(), fragments)));
			level = next;
		}
		List<String> columns = new ArrayList<>();
		if (list) {
			level.forEach((field) -> leaves(responseName(field), field, fragments, columns));
			return columns;
		}
		List<Field> edges = level.stream().filter((field) -> "edges".equals(responseName(field))).toList();
		if (edges.isEmpty()) {
			// nodes { … } is edges { node { … } } without the edge's fields
			level.stream()
				.filter((field) -> "nodes".equals(responseName(field)))
				.forEach((nodes) -> selectionsOf(nodes.getSelectionSet(), fragments)
					.forEach((child) -> leaves(responseName(child), child, fragments, columns)));
		}
		for (Field edge : edges) {
			selectionsOf(edge.getSelectionSet(), fragments).forEach((field) -> {
				String name = responseName(field);
				if (!"node".equals(name)) {
					leaves(name, field, fragments, columns);
				}
				else if (field.getSelectionSet() != null) {
					selectionsOf(field.getSelectionSet(), fragments)
						.forEach((child) -> leaves(responseName(child), child, fragments, columns));
				}
			});
		}
		return columns;
	}

	private static void leaves(String path, Field field, Map<String, FragmentDefinition> fragments, List<String> out) {
		if (field.getSelectionSet() == null) {
			out.add(path);
			return;
		}
		selectionsOf(field.getSelectionSet(), fragments)
			.forEach((child) -> leaves(path + "." + responseName(child), child, fragments, out));
	}

	/** The fields of a selection set, in order, with its fragments' fields inlined. */
	private static List<Field> selectionsOf(@Nullable SelectionSet selections,
			Map<String, FragmentDefinition> fragments) {
		List<Field> fields = new ArrayList<>();
		if (selections == null) {
			return fields;
		}
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				fields.add(field);
			}
			else if (selection instanceof InlineFragment inline) {
				fields.addAll(selectionsOf(inline.getSelectionSet(), fragments));
			}
			else if (selection instanceof FragmentSpread spread && fragments.get(spread.getName()) != null) {
				fields.addAll(selectionsOf(fragments.get(spread.getName()).getSelectionSet(), fragments));
			}
		}
		return fields;
	}

	private static String responseName(Field field) {
		return field.getResultKey();
	}

	/**
	 * The operation of {@code document} that runs: the one named {@code operationName},
	 * else its first (a document with several has been refused without a name before it
	 * ran); null if it has none.
	 */
	static @Nullable OperationDefinition operation(Document document, @Nullable String operationName) {
		OperationDefinition operation = null;
		for (OperationDefinition candidate : document.getDefinitionsOfType(OperationDefinition.class)) {
			if (operation == null || (operationName != null && operationName.equals(candidate.getName()))) {
				operation = candidate;
			}
		}
		return operation;
	}

	/**
	 * The columns as a tree of field names, each level in the order first seen: a row's
	 * cells come in selection order, so a field that one row leaves null (a column of its
	 * own name) and another fills ({@code event.name}) keeps its place, and only the
	 * filled fields' columns are written.
	 */
	private static final class Column {

		private final Map<String, Column> children = new LinkedHashMap<>();

		void add(String path) {
			Column column = this;
			for (String name : path.split("\\.", -1)) {
				column = column.children.computeIfAbsent(name, (key) -> new Column());
			}
		}

		void leaves(String prefix, Set<String> out) {
			this.children.forEach((name, child) -> {
				String path = prefix.isEmpty() ? name : prefix + "." + name;
				if (child.children.isEmpty()) {
					out.add(path);
				}
				else {
					child.leaves(path, out);
				}
			});
		}

	}

	/**
	 * The name under which {@code data} holds its first connection (the field or its
	 * alias: {@code statements}), to name the file; null if it holds none.
	 */
	public static @Nullable String connectionName(Map<String, ?> data) {
		List<String> path = connectionPathIn(data);
		if (path == null) {
			path = rootListPath(data);
		}
		return (path == null || path.isEmpty()) ? null : path.get(path.size() - 1);
	}

	/**
	 * The name of the first connection when it is a root field of {@code data}; null when
	 * it is nested in another field, or there is none.
	 */
	public static @Nullable String rootConnectionName(Map<String, ?> data) {
		List<String> path = connectionPathIn(data);
		return (path != null && path.size() == 1) ? path.get(0) : null;
	}

	/**
	 * The path of the first connection among the root fields of {@code data}; not
	 * {@code data} itself, whose {@code nodes} is {@code nodes(ids:)}, a root list.
	 */
	private static @Nullable List<String> connectionPathIn(Map<String, ?> data) {
		for (Map.Entry<String, ?> field : data.entrySet()) {
			List<String> found = connectionPath(field.getValue());
			if (found != null) {
				found.add(0, field.getKey());
				return found;
			}
		}
		return null;
	}

	/**
	 * The response names that lead from {@code data} to its first connection, depth first
	 * in field order ({@code [node, statements]}); null if it holds none.
	 */
	private static @Nullable List<String> connectionPath(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			if (isConnection(map)) {
				return new ArrayList<>();
			}
			for (Map.Entry<?, ?> child : map.entrySet()) {
				List<String> found = connectionPath(child.getValue());
				if (found != null) {
					found.add(0, child.getKey().toString());
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * The name of the first root field of {@code data} that holds a list of objects (none
	 * null), as a path of one name; null if there is none.
	 */
	private static @Nullable List<String> rootListPath(Map<String, ?> data) {
		for (Map.Entry<String, ?> field : data.entrySet()) {
			// an empty one too, so that totals that match nothing still have a header
			if (field.getValue() instanceof List<?> items
					&& items.stream().allMatch((item) -> item instanceof Map<?, ?>)) {
				return List.of(field.getKey());
			}
		}
		return null;
	}

	/** The edges of the connection at {@code path}. */
	private static @Nullable List<?> edgesAt(Map<String, ?> data, List<String> path) {
		Object value = data;
		for (String name : path) {
			value = ((Map<?, ?>) Objects.requireNonNull(value)).get(name);
		}
		if (!(value instanceof Map<?, ?> map)) {
			return null;
		}
		if (map.get("edges") instanceof List<?> edges) {
			return edges;
		}
		// nodes: each as the edge that holds it, so that both shapes give the same rows
		List<?> nodes = (List<?>) map.get("nodes");
		return (nodes != null) ? nodes.stream().map((node) -> Collections.singletonMap("node", node)).toList() : null;
	}

	private static boolean isConnection(Map<?, ?> map) {
		if (map.containsKey("edges")) {
			return map.get("edges") instanceof List<?> edges
					&& edges.stream().allMatch((edge) -> edge instanceof Map<?, ?> e && e.containsKey("node"));
		}
		return map.get("nodes") instanceof List<?> nodes
				&& nodes.stream().allMatch((node) -> node instanceof Map<?, ?>);
	}

	/**
	 * The cell of {@code column} in a flattened row: its own value, else, when an object
	 * on its path was null in each element of a list (a column of the object's name
	 * holding the list), a list of as many nulls, so that it has as many items as the
	 * list's other columns; else null.
	 */
	private static @Nullable Object cell(Map<String, Object> row, String column) {
		Object value = row.get(column);
		String path = column;
		int dot;
		while (value == null && (dot = path.lastIndexOf('.')) > 0) {
			path = path.substring(0, dot);
			Object above = row.get(path);
			if (above != null) {
				return (above instanceof List<?> list) ? Collections.nCopies(list.size(), null) : null;
			}
		}
		return value;
	}

	/**
	 * Cells by column: scalars as they are, lists (of scalars, or of one field of listed
	 * objects) as lists, written as JSON arrays.
	 */
	private static void flatten(String prefix, @Nullable Object value, Map<String, Object> row) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, child, row));
		}
		else if (value instanceof List<?> list) {
			// every element gives an item to every column of the list, null where the
			// element is null, has a null object on the way or lacks the field (another
			// type of a union), so that item i of each column is element i
			List<Map<String, Object>> elements = new ArrayList<>(list.size());
			Column keys = new Column();
			for (Object element : list) {
				Map<String, Object> flat = new LinkedHashMap<>();
				flatten(prefix, element, flat);
				flat.keySet().forEach(keys::add);
				elements.add(flat);
			}
			Set<String> columns = new LinkedHashSet<>();
			keys.leaves("", columns);
			for (String column : columns) {
				List<@Nullable Object> items = new ArrayList<>(elements.size());
				for (Map<String, Object> flat : elements) {
					Object item = cell(flat, column);
					items.add("".equals(item) ? null : item);
				}
				row.put(column, items);
			}
			if (columns.isEmpty()) {
				row.putIfAbsent(prefix, "");
			}
		}
		else {
			row.put(prefix, (value != null) ? value : "");
		}
	}

}
