package org.accords.graphql;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a GraphQL response into CSV: finds the first connection in {@code data} (an
 * object with {@code edges[].node}) and writes one row per node, with the fields asked of
 * its edge besides the cursor ({@code score}, {@code highlight}). Nested objects become
 * dotted columns ({@code speaker.name}), a list becomes a JSON array in one cell
 * ({@code ["first excerpt; with a semicolon","second"]}, {@code [1,9]}), which any JSON
 * parser splits whatever the values hold (a list of objects gives one array column per
 * field: {@code evidence.excerpt}); an empty list is an empty cell; columns appear in the
 * order they are first seen. Pure: no Spring, no store, for the GraphQL transport to
 * answer {@code Accept: text/csv}.
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
		StringWriter writer = new StringWriter();
		try {
			write(data, writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return writer.toString();
	}

	private static void write(Map<String, ?> data, Writer out) throws IOException {
		List<?> edges = findEdges(data);
		if (edges == null) {
			throw new IllegalArgumentException(
					"The response holds no connection (an object with edges { node }) to write as CSV");
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<String> columns = new LinkedHashSet<>();
		for (Object edge : edges) {
			Map<String, Object> row = new LinkedHashMap<>();
			if (edge instanceof Map<?, ?> map && map.get("node") != null) {
				// the edge's own fields (a search's score and highlight) are the row's
				// too, in
				// the order asked; the cursor is paging, not data
				map.forEach((key, value) -> {
					if ("node".equals(key)) {
						flatten("", value, row);
					}
					else if (!"cursor".equals(key)) {
						flatten(key.toString(), value, row);
					}
				});
			}
			columns.addAll(row.keySet());
			rows.add(row);
		}
		try (SequenceWriter writer = CsvRows.open(columns, out)) {
			for (Map<String, Object> row : rows) {
				Object[] values = new Object[columns.size()];
				int i = 0;
				for (String column : columns) {
					Object value = row.get(column);
					values[i++] = (value instanceof List<?> list) ? JSON.writeValueAsString(list)
							: (value != null) ? value.toString() : null;
				}
				writer.write(values);
			}
		}
	}

	/** The edges of the first connection, depth first in field order; null if none. */
	private static @Nullable List<?> findEdges(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			if (map.get("edges") instanceof List<?> edges
					&& edges.stream().allMatch((edge) -> edge instanceof Map<?, ?> e && e.containsKey("node"))) {
				return edges;
			}
			for (Object child : map.values()) {
				List<?> found = findEdges(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
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
			Map<String, List<@Nullable Object>> joined = new LinkedHashMap<>();
			for (Object element : list) {
				Map<String, Object> flat = new LinkedHashMap<>();
				flatten(prefix, element, flat);
				flat.forEach((key, cell) -> joined.computeIfAbsent(key, (k) -> new ArrayList<>())
					.add("".equals(cell) ? null : cell));
			}
			joined.forEach(row::put);
			if (joined.isEmpty()) {
				row.putIfAbsent(prefix, "");
			}
		}
		else {
			row.put(prefix, (value != null) ? value : "");
		}
	}

}
