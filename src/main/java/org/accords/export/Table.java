package org.accords.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.accords.evidence.Alias;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Reported;
import org.accords.evidence.Source;
import org.accords.paging.NodeId;
import org.accords.store.Entity;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Sort;

/**
 * One downloadable collection: which entities, and the CSV columns they flatten to, in
 * their documented order. The same definition writes the CSV, describes it in
 * {@code datapackage.json} and lists its columns on the {@code /data} page, so the three
 * cannot disagree.
 *
 * @param <T> the entity type
 */
final class Table<T extends Entity> {

	/** Separator of several values in one CSV cell. */
	static final String LIST_SEPARATOR = "; ";

	/**
	 * How the description of a referenced entity ({@code what}) starts its note on when
	 * the cell is empty, which {@link #sentence} puts last.
	 */
	private static final String EMPTY_NOTE = "; empty when ";

	/** Frictionless field types used. */
	static final String STRING = "string";

	static final String INTEGER = "integer";

	static final String DATE = "date";

	/** An exact decimal, written in plain notation. */
	static final String NUMBER = "number";

	/**
	 * A JSON array in one cell, for lists whose items are free text that may hold any
	 * separator.
	 */
	static final String ARRAY = "array";

	/** Writes the cells of {@link #ARRAY} columns. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Yes or no, written {@link #TRUE} or {@link #FALSE}. */
	static final String BOOLEAN = "boolean";

	/** How a {@link #BOOLEAN} cell writes yes. */
	static final String TRUE = "true";

	/** How a {@link #BOOLEAN} cell writes no. */
	static final String FALSE = "false";

	/** Computes a cell from the entity and the labels of the ids it refers to. */
	interface Cell<T> {

		@Nullable Object value(T entity, Map<String, String> labels);

	}

	/**
	 * A CSV column.
	 *
	 * @param name header, snake_case
	 * @param type Frictionless type: string, integer, number, boolean, date (ISO) or
	 * array (JSON)
	 * @param description what it holds
	 * @param required whether every row has a value
	 * @param values the allowed values of an enum column; empty otherwise
	 * @param references the table whose {@code id} this column holds, for a foreign key
	 * @param cell how the value is computed
	 */
	record Column<T>(String name, String type, String description, boolean required, List<String> values,
			@Nullable String references, Cell<T> cell) {
	}

	private final String name;

	private final String type;

	private final Class<T> entityClass;

	private final String title;

	private final String description;

	private final List<Column<T>> columns = new ArrayList<>();

	/** The ids of each entity whose labels some column shows. */
	private final List<Function<T, Collection<@Nullable String>>> labelled = new ArrayList<>();

	/** {@link #referencedBy}'s field, its column and its order; null when none. */
	private @Nullable String referringField;

	private @Nullable String referrersColumn;

	private @Nullable String referrersField;

	private Sort referrersSort = Sort.unsorted();

	private Table(String name, String type, Class<T> entityClass, String title, String description) {
		this.name = name;
		this.type = type;
		this.entityClass = entityClass;
		this.title = title;
		this.description = description;
	}

	/**
	 * A table of one entity type, named as the catalog names its table, whose first
	 * column is the entity's node id.
	 */
	static <T extends Entity> Table<T> of(EntityType<T> entityType, String title, String description) {
		String type = entityType.typeName();
		Table<T> table = new Table<>(entityType.catalog().table(), type, entityType.type(), title, description);
		table.columns.add(new Column<>("id", STRING,
				"Stable id of the " + type + "; the same id as in the GraphQL API (node(id:)).", true, List.of(), null,
				(entity, labels) -> entity.id()));
		return table;
	}

	/** File name without extension, and Frictionless resource name. */
	String name() {
		return this.name;
	}

	/** GraphQL type name, and base name of the stored collection. */
	String type() {
		return this.type;
	}

	Class<T> entityClass() {
		return this.entityClass;
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	List<Column<T>> columns() {
		return this.columns;
	}

	List<String> header() {
		return this.columns.stream().map(Column::name).toList();
	}

	/** The ids whose labels the columns of these rows show. */
	List<String> labelledIds(List<T> entities) {
		List<String> ids = new ArrayList<>();
		for (T entity : entities) {
			for (Function<T, Collection<@Nullable String>> refs : this.labelled) {
				for (String id : refs.apply(entity)) {
					if (id != null) {
						ids.add(id);
					}
				}
			}
		}
		return ids;
	}

	Object[] row(T entity, Map<String, String> labels) {
		return row(entity, labels, Map.of());
	}

	/**
	 * A row; {@code referrers} gives, for the column of {@link #referencedBy}, the ids of
	 * the rows that name each row (read once per download,
	 * {@link ChunkedReader#referrers}).
	 */
	Object[] row(T entity, Map<String, String> labels, Map<String, List<String>> referrers) {
		Object[] row = new Object[this.columns.size()];
		for (int i = 0; i < row.length; i++) {
			Column<T> column = this.columns.get(i);
			row[i] = column.name().equals(this.referrersColumn) ? join(referrers.getOrDefault(entity.id(), List.of()))
					: column.cell().value(entity, labels);
		}
		return row;
	}

	/** The field of this table's rows that names other rows of it; null when none. */
	@Nullable String referringField() {
		return this.referringField;
	}

	/**
	 * The JSON downloads' field of {@link #referencedBy}, written right after the
	 * referring field; null when none.
	 */
	@Nullable String referrersField() {
		return this.referrersField;
	}

	/**
	 * The other side of {@code field}, a list of ids of rows of this table: a column of
	 * the ids of the rows whose {@code field} names this one, separated by
	 * {@value #LIST_SEPARATOR}, in {@code sort}'s order, and in the JSON downloads the
	 * same ids as the list {@code jsonField} (empty when none). One per table.
	 */
	Table<T> referencedBy(String name, String jsonField, String description, String field, Sort sort) {
		if (this.referringField != null) {
			throw new IllegalStateException(this.name + " already has " + this.referrersColumn);
		}
		this.referringField = field;
		this.referrersSort = sort;
		this.referrersColumn = name;
		this.referrersField = jsonField;
		this.columns.add(new Column<>(name, STRING, description, false, List.of(), null, (entity, labels) -> null));
		return this;
	}

	/** The order of the ids of {@link #referencedBy}'s column. */
	Sort referrersSort() {
		return this.referrersSort;
	}

	Table<T> column(String name, String type, String description, boolean required,
			Function<T, @Nullable Object> value) {
		this.columns.add(new Column<>(name, type, description, required, List.of(), null,
				(entity, labels) -> value.apply(entity)));
		return this;
	}

	/** A yes-or-no column: {@link #TRUE}, {@link #FALSE}, or empty when null. */
	Table<T> booleanColumn(String name, String description, boolean required, Function<T, @Nullable Boolean> value) {
		this.columns.add(new Column<>(name, BOOLEAN, description, required, List.of(), null,
				(entity, labels) -> cell(value.apply(entity))));
		return this;
	}

	private static @Nullable String cell(@Nullable Boolean value) {
		return (value == null) ? null : (value ? TRUE : FALSE);
	}

	/** A column that shows the labels of the ids {@code refs} gives. */
	Table<T> labelledColumn(String name, String description, Function<T, Collection<@Nullable String>> refs,
			Cell<T> cell) {
		this.columns.add(new Column<>(name, STRING, description, false, List.of(), null, cell));
		this.labelled.add(refs);
		return this;
	}

	Table<T> enumColumn(String name, String description, Class<? extends Enum<?>> values,
			Function<T, @Nullable Enum<?>> value) {
		return enumColumn(name, description, true, values, value);
	}

	/** A column of one of {@code values}' names, empty when not required and unknown. */
	Table<T> enumColumn(String name, String description, boolean required, Class<? extends Enum<?>> values,
			Function<T, @Nullable Enum<?>> value) {
		this.columns.add(new Column<>(name, STRING, description, required,
				Arrays.stream(values.getEnumConstants()).map(Enum::name).toList(), null, (entity, labels) -> {
					Enum<?> constant = value.apply(entity);
					return (constant != null) ? constant.name() : null;
				}));
		return this;
	}

	/**
	 * How much of the date in {@code dateColumn} the article gives:
	 * {@code <dateColumn>_precision}, one of {@link DatePrecision}'s names, so that a
	 * date known to the month (stored as its first day) is not read as that day.
	 */
	Table<T> datePrecision(String dateColumn, Function<T, @Nullable DatePrecision> precision) {
		this.columns.add(new Column<>(dateColumn + "_precision", STRING,
				"How much of " + dateColumn + " the article gives (a week as its Monday, a month or year as its first "
						+ "day); empty when " + dateColumn + " is empty.",
				false, Arrays.stream(DatePrecision.values()).map(Enum::name).toList(), null, (entity, labels) -> {
					DatePrecision value = precision.apply(entity);
					return (value != null) ? value.name() : null;
				}));
		return this;
	}

	/**
	 * A reference: {@code <prefix>_id} (a foreign key to {@code target}) and
	 * {@code <prefix>_<label>}, the referenced entity's name or title.
	 */
	Table<T> reference(String prefix, String target, String label, String what, boolean required,
			Function<T, @Nullable String> id) {
		this.columns.add(new Column<>(prefix + "_id", STRING, sentence("Id of ", what, ""), required, List.of(), target,
				(entity, labels) -> id.apply(entity)));
		this.columns
			.add(new Column<>(prefix + "_" + label, STRING, sentence("The " + label + " of ", what, ", for reading"),
					required, List.of(), null, (entity, labels) -> {
						String ref = id.apply(entity);
						return (ref != null) ? labels.get(ref) : null;
					}));
		this.labelled.add((entity) -> java.util.Collections.singletonList(id.apply(entity)));
		return this;
	}

	/**
	 * Several references in two cells: {@code <prefix>_ids} and
	 * {@code <prefix>_<label>s}, each joined with {@value #LIST_SEPARATOR} in the same
	 * order.
	 */
	Table<T> references(String prefix, String label, String what, Function<T, List<String>> ids) {
		this.columns.add(new Column<>(prefix + "_ids", STRING,
				"Ids of " + what + ", separated by '" + LIST_SEPARATOR + "'; empty when none.", false, List.of(), null,
				(entity, labels) -> join(ids.apply(entity))));
		this.columns.add(new Column<>(prefix + "_" + label + "s", STRING,
				"The " + label + "s of " + what + ", separated by '" + LIST_SEPARATOR + "', in the order of " + prefix
						+ "_ids.",
				false, List.of(), null, (entity, labels) -> join(
						ids.apply(entity).stream().map((ref) -> labels.getOrDefault(ref, "")).toList())));
		this.labelled.add((entity) -> new ArrayList<>(ids.apply(entity)));
		return this;
	}

	/**
	 * A reference to a country, organization or person: {@code <prefix>_id},
	 * {@code <prefix>_type} and {@code <prefix>_name}. No foreign key: its target table
	 * depends on the row.
	 */
	Table<T> party(String prefix, String what, boolean required, Function<T, @Nullable String> id) {
		this.columns.add(new Column<>(prefix + "_id", STRING,
				sentence("Id of ", what, ": a country, an organization or a person"), required, List.of(), null,
				(entity, labels) -> id.apply(entity)));
		this.columns.add(new Column<>(prefix + "_type", STRING, sentence("What ", what, " is"), required,
				List.of("Country", "Organization", "Person"), null, (entity, labels) -> {
					String ref = id.apply(entity);
					return (ref != null) ? NodeId.parse(ref).type() : null;
				}));
		this.columns.add(new Column<>(prefix + "_name", STRING, sentence("The name of ", what, ", for reading"),
				required, List.of(), null, (entity, labels) -> {
					String ref = id.apply(entity);
					return (ref != null) ? labels.get(ref) : null;
				}));
		this.labelled.add((entity) -> java.util.Collections.singletonList(id.apply(entity)));
		return this;
	}

	/**
	 * The evidence: how many excerpts support the fact, and the first one in full (the
	 * JSON and NDJSON downloads carry every excerpt).
	 */
	Table<T> evidence(boolean required, Function<T, List<Evidence>> evidence) {
		String first = "the first evidence excerpt (of evidence_count; JSON and NDJSON list all)";
		this.columns.add(new Column<>("evidence_count", INTEGER,
				"Number of evidence excerpts; only the first is in the columns that follow.", true, List.of(), null,
				(entity, labels) -> evidence.apply(entity).size()));
		this.columns.add(new Column<>("evidence_article_id", STRING, "Id of the article of " + first + ".", required,
				List.of(), "articles", (entity, labels) -> first(evidence.apply(entity), Evidence::articleId)));
		this.columns.add(new Column<>("evidence_start", INTEGER,
				"Offset in the article's text where " + first
						+ " starts, in UTF-16 code units (as JavaScript's String.slice counts).",
				required, List.of(), null, (entity, labels) -> first(evidence.apply(entity), Evidence::start)));
		this.columns.add(new Column<>("evidence_end", INTEGER,
				"Offset just after the end of " + first + ": text.slice(evidence_start, evidence_end) is the excerpt.",
				required, List.of(), null, (entity, labels) -> first(evidence.apply(entity), Evidence::end)));
		this.columns
			.add(new Column<>("evidence_excerpt", STRING, "The words of " + first + ", verbatim from the article.",
					required, List.of(), null, (entity, labels) -> first(evidence.apply(entity), Evidence::excerpt)));
		return this;
	}

	/**
	 * Where the fact comes from: how many articles report it, whether they disagree, when
	 * it was first reported and by which articles (JSON and NDJSON carry every source,
	 * claim and competing value in {@code provenance}).
	 */
	Table<T> sources() {
		this.columns.add(new Column<>("source_count", INTEGER,
				"Number of distinct articles that report it (2 or more: corroborated).", true, List.of(), null,
				(entity, labels) -> ((Reported) entity).getSourceCount()));
		booleanColumn("disputed",
				"true when its sources give competing values or the curator marks it as contradicted; "
						+ "disputed_values and competing_fact_ids say which (JSON and NDJSON list every claim with "
						+ "its sources).",
				true, (entity) -> ((Reported) entity).isDisputed());
		this.columns.add(new Column<>("reported_on", DATE, "The earliest publication date among its sources, ISO 8601.",
				false, List.of(), null, (entity, labels) -> ((Reported) entity).getReportedOn()));
		this.columns.add(new Column<>("source_article_ids", STRING,
				"Ids of the articles that report it, separated by '" + LIST_SEPARATOR + "'.", false, List.of(), null,
				(entity, labels) -> join(((Reported) entity).getSources().stream().map(Source::articleId).toList())));
		return this;
	}

	/**
	 * What a disputed fact's sources disagree on, for spreadsheets: every competing value
	 * with the articles that give it (the JSON download's {@code provenance.claims} whose
	 * {@code competing} is true, in the same order), the facts the curator marks as
	 * contradicting it, and the curator's note. Last in a table, so that the columns
	 * before keep their places.
	 */
	Table<T> disputes() {
		this.columns.add(new Column<>("disputed_values", ARRAY,
				"Each value its sources give for a field on which they disagree, as a JSON array of objects "
						+ "{field, value, name, sourceIds} (the claims of the JSON download's provenance.claims that "
						+ "compete, in the same order; name only when value is the id of an entity, for reading), "
						+ "which a JSON parser splits whatever the values hold; empty when they agree.",
				false, List.of(), null, (entity, labels) -> competingValues((Reported) entity, labels)));
		this.columns.add(new Column<>("competing_fact_ids", STRING,
				"Ids of the facts the curator marks as contradicting it, separated by '" + LIST_SEPARATOR
						+ "'; empty when none.",
				false, List.of(), null, (entity, labels) -> join(((Reported) entity).getContradictedByIds())));
		this.columns.add(new Column<>("dispute_note", STRING,
				"The curator's note on the dispute, such as which report says what; empty when none.", false, List.of(),
				null, (entity, labels) -> ((Reported) entity).getDisputeNote()));
		this.columns.add(new Column<>("corrected_values", ARRAY,
				"Each value its publisher withdrew in a later correction (see articles.csv's corrects_article_ids), "
						+ "as a JSON array of objects {field, value, name, sourceIds, correctedBy} (the claims of the "
						+ "JSON download's provenance.claims that name correctedBy, in the same order; sourceIds the "
						+ "reports that gave it, correctedBy the corrections), a list item or a withdrawn fact "
						+ "included; the columns before hold the corrected values. Empty when none was corrected.",
				false, List.of(), null, (entity, labels) -> claims(((Reported) entity).getCorrectedValues(), labels)));
		// the names of the references among the competing and the corrected values
		this.labelled.add((entity) -> ((Reported) entity).getClaims()
			.stream()
			.filter((claim) -> claim.competing() || claim.correctedBy() != null)
			.map((claim) -> reference(claim.value()))
			.collect(java.util.stream.Collectors.toList()));
		return this;
	}

	/**
	 * The competing values of a fact as a JSON array: each claim's field, value, the name
	 * of what a reference names, and the articles that give it.
	 */
	private static @Nullable String competingValues(Reported fact, Map<String, String> labels) {
		return claims(fact.getCompetingValues(), labels);
	}

	/**
	 * Claims as a JSON array: each one's field, value, the name of what a reference
	 * names, the articles that give it and, for a corrected value, the corrections.
	 */
	private static @Nullable String claims(List<Claim> claims, Map<String, String> labels) {
		if (claims.isEmpty()) {
			return null;
		}
		List<Map<String, Object>> values = new ArrayList<>(claims.size());
		for (Claim claim : claims) {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("field", claim.field());
			value.put("value", claim.value());
			String name = labels.get(claim.value());
			if (name != null) {
				value.put("name", name);
			}
			value.put("sourceIds", claim.sourceIds());
			if (claim.correctedBy() != null) {
				value.put("correctedBy", claim.correctedBy());
			}
			values.add(value);
		}
		return jsonArray(values);
	}

	/**
	 * The cell of an {@link #ARRAY} column: the items as a JSON array; null (empty) when
	 * there are none.
	 */
	static @Nullable String jsonArray(List<?> items) {
		return items.isEmpty() ? null : JSON.writeValueAsString(items);
	}

	/** The value when it is the node id of an entity, else null. */
	private static @Nullable String reference(String value) {
		String type = NodeId.typeOf(value);
		return (type != null && EntityCatalog.ofType(type) != null) ? value : null;
	}

	/** The other names under which articles write an entity. */
	Table<T> aliases(Function<T, List<Alias>> aliases) {
		this.columns.add(new Column<>("aliases", STRING,
				"Other names under which articles write it (spellings, transliterations, other scripts), separated by '"
						+ LIST_SEPARATOR + "'; empty when none.",
				false, List.of(), null,
				(entity, labels) -> join(aliases.apply(entity).stream().map(Alias::name).toList())));
		return this;
	}

	/**
	 * A column's description: {@code what} between {@code before} and {@code after}, and
	 * last the note on when the cell is empty that {@code what} may end with
	 * ({@code "the party it is for; empty when the article names none"}), so that the
	 * note does not read as part of what the column holds.
	 */
	private static String sentence(String before, String what, String after) {
		int note = what.lastIndexOf(EMPTY_NOTE);
		return (note < 0) ? before + what + after + "."
				: before + what.substring(0, note) + after + what.substring(note) + ".";
	}

	private static @Nullable Object first(List<Evidence> evidence, Function<Evidence, Object> value) {
		return evidence.isEmpty() ? null : value.apply(evidence.get(0));
	}

	private static @Nullable String join(List<String> values) {
		return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
	}

}
