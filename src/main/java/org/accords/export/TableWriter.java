package org.accords.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.accords.actor.Person;
import org.accords.actor.Post;
import org.accords.agreement.Agreement;
import org.accords.article.Article;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.graphql.CsvRows;
import org.accords.store.Entity;
import org.accords.store.VersionedCollections;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

/**
 * Writes one collection of one dataset version in one format, a chunk at a time: memory
 * use does not grow with the collection.
 */
@Component
class TableWriter {

	/** The UTF-8 byte order mark, which makes Excel read a CSV file as UTF-8. */
	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/**
	 * Stored fields that are not data: type hints, the derived search text and the
	 * sortable amount key.
	 */
	private static final Set<String> INTERNAL = Set.of("_id", "_class", "searchText", "amountKey");

	/**
	 * Stored fields of one collection that are not data: a post's folded role and its
	 * term with sentinel dates for open ends ({@code 0000-01-01}, {@code 9999-12-31}),
	 * kept for range queries; {@code heldFrom} and {@code heldUntil} are the term, absent
	 * when open, as absent values are in every collection. An agreement's
	 * {@code takingPart} (each country's days, with the same sentinels) is kept for the
	 * filters on a day; its {@code participants} give the days.
	 */
	private static final Map<String, Set<String>> INTERNAL_OF = Map.of(Post.TYPE,
			Set.of("roleKey", "termStart", "termEnd"), Agreement.TYPE, Set.of("takingPart"));

	private final ChunkedReader reader;

	private final MongoConverter converter;

	private final JsonMapper json;

	TableWriter(ChunkedReader reader, MongoTemplate mongo) {
		this.reader = reader;
		this.converter = mongo.getConverter();
		this.json = JsonMapper.builder().build();
	}

	/**
	 * Writes the table and returns the number of rows; {@code bom} asks for a CSV's copy
	 * for spreadsheets: the byte order mark first, and each text cell that a spreadsheet
	 * would run as a formula led by an apostrophe ({@link CsvRows#defused(Object[])}).
	 */
	long write(Table<?> table, Format format, String version, OutputStream out, boolean bom) throws IOException {
		return switch (format) {
			case CSV -> csv(table, version, out, bom);
			case JSON -> json(table, version, out, true);
			case NDJSON -> json(table, version, out, false);
		};
	}

	private <T extends Entity> long csv(Table<T> table, String version, OutputStream out, boolean bom)
			throws IOException {
		if (bom) {
			out.write(BOM);
		}
		Labels labels = new Labels(this.reader, version);
		Map<String, List<String>> referrers = referrers(table, version);
		long[] rows = { 0 };
		try (SequenceWriter writer = CsvRows.open(table.header(), out)) {
			this.reader.read(table.type(), version, (chunk) -> {
				List<T> entities = new ArrayList<>(chunk.size());
				chunk.forEach((document) -> entities.add(this.converter.read(table.entityClass(), document)));
				Map<String, String> chunkLabels = labels.of(table.labelledIds(entities));
				for (T entity : entities) {
					// the BOM copy is the one for spreadsheets: no cell of it runs as a
					// formula there
					Object[] row = table.row(entity, chunkLabels, referrers);
					writer.write(bom ? CsvRows.defused(row) : row);
				}
				rows[0] += entities.size();
			});
		}
		return rows[0];
	}

	/**
	 * The ids of the rows that name each row in {@link Table#referringField}, read once
	 * per download; empty for a table without one.
	 */
	private Map<String, List<String>> referrers(Table<?> table, String version) {
		String referring = table.referringField();
		return (referring != null) ? this.reader.referrers(VersionedCollections.of(table.type(), version), referring,
				table.referrersSort()) : Map.of();
	}

	private long json(Table<?> table, String version, OutputStream out, boolean array) throws IOException {
		long[] rows = { 0 };
		if (array) {
			out.write('[');
		}
		Map<String, List<String>> referrers = referrers(table, version);
		this.reader.read(table.type(), version, (chunk) -> {
			for (Document document : chunk) {
				if (array) {
					out.write((rows[0] == 0) ? "\n".getBytes(StandardCharsets.UTF_8)
							: ",\n".getBytes(StandardCharsets.UTF_8));
				}
				Map<String, Object> entity = published(table.type(), document);
				out.write(this.json.writeValueAsBytes(withReferrers(table, entity, referrers)));
				if (!array) {
					out.write('\n');
				}
				rows[0]++;
			}
		});
		if (array) {
			out.write(
					(rows[0] == 0) ? "]\n".getBytes(StandardCharsets.UTF_8) : "\n]\n".getBytes(StandardCharsets.UTF_8));
		}
		return rows[0];
	}

	/**
	 * The entity with {@link Table#referrersField}, the ids of the rows that name it
	 * ({@code []} when none), right after the field they name it in (an article's
	 * {@code correctedBy} after its {@code corrects}), as the CSV's column is the other
	 * side of its own; the entity as it is for a table without one.
	 */
	static Map<String, Object> withReferrers(Table<?> table, Map<String, Object> entity,
			Map<String, List<String>> referrers) {
		String field = table.referrersField();
		String referring = table.referringField();
		if (field == null || referring == null) {
			return entity;
		}
		List<String> ids = referrers.getOrDefault(String.valueOf(entity.get("id")), List.of());
		Map<String, Object> with = new LinkedHashMap<>();
		entity.forEach((key, value) -> {
			with.put(key, value);
			if (key.equals(referring)) {
				with.put(field, ids);
			}
		});
		// stored before the referring field was recorded: last
		with.putIfAbsent(field, ids);
		return with;
	}

	/** The stored field of the facts an {@link Article} withdraws whole. */
	private static final String WITHDRAWS = "withdraws";

	/** The stored field of a fact's {@link Provenance}. */
	private static final String PROVENANCE = "provenance";

	/** {@link Provenance}'s fields, in order: read once, not per row written. */
	private static final RecordComponent[] PROVENANCE_FIELDS = Provenance.class.getRecordComponents();

	/**
	 * The entity of the collection of {@code type} as downloads show it: {@code id}
	 * first, internal fields left out, also those of the posts a person embeds, and its
	 * provenance in full ({@link #provenance}).
	 */
	static Map<String, Object> published(String type, Document document) {
		Set<String> internal = INTERNAL_OF.getOrDefault(type, Set.of());
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", document.get("_id"));
		document.forEach((key, value) -> {
			if (!INTERNAL.contains(key) && !internal.contains(key)) {
				if (Person.TYPE.equals(type) && key.equals("posts") && value instanceof List<?> posts) {
					entity.put(key, posts.stream()
						.map((post) -> (post instanceof Document embedded) ? published(Post.TYPE, embedded) : post)
						.toList());
				}
				else if (key.equals(PROVENANCE) && value instanceof Document provenance) {
					entity.put(key, provenance(provenance, document.get("evidence")));
				}
				else {
					entity.put(key, value);
				}
			}
		});
		if (Article.TYPE.equals(type)) {
			// stored only when an article withdraws a fact whole; listed empty otherwise
			entity.putIfAbsent(WITHDRAWS, List.of());
		}
		return entity;
	}

	/**
	 * A fact's provenance as downloads show it, with what the store leaves out to stay
	 * small written out, as GraphQL answers it ({@link Reported}): {@code disputed} when
	 * false, every list when empty, and {@code sourceIds} when they are the articles of
	 * the fact's evidence, in order. A text it does not have (no {@code note}) stays out,
	 * as every value not known does. Fields in {@link Provenance}'s order.
	 * @param stored the stored provenance
	 * @param evidence the fact's stored evidence, whose articles are its sources when
	 * {@code sourceIds} is left out
	 */
	private static Map<String, Object> provenance(Document stored, @Nullable Object evidence) {
		Map<String, Object> provenance = new LinkedHashMap<>();
		for (RecordComponent component : PROVENANCE_FIELDS) {
			String name = component.getName();
			Object value = stored.get(name);
			if (value == null && name.equals("sourceIds")) {
				value = evidenceArticles(evidence);
			}
			else if (value == null && component.getType() == List.class) {
				value = List.of();
			}
			else if (value == null && component.getType() == Boolean.class) {
				value = Boolean.FALSE;
			}
			if (value != null) {
				provenance.put(name, value);
			}
		}
		stored.forEach(provenance::putIfAbsent);
		return provenance;
	}

	/** The articles of stored evidence, each once, in order. */
	private static List<Object> evidenceArticles(@Nullable Object evidence) {
		if (!(evidence instanceof List<?> excerpts)) {
			return List.of();
		}
		return excerpts.stream()
			.map((excerpt) -> (excerpt instanceof Document document) ? document.get("articleId") : null)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

	/** Counts what passes through; also used to measure a download without keeping it. */
	static final class Counting extends FilterOutputStream {

		private long count;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.count += len;
		}

		long count() {
			return this.count;
		}

	}

}
