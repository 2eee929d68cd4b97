package org.accords.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import de.bwaldvogel.mongo.backend.DocumentComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query table decides plain comparisons and sorts without the server's matcher and
 * comparator for each row, and answers exactly as they do: for missing values, nulls,
 * values of other types than the operand, lists and ties.
 */
@Execution(ExecutionMode.CONCURRENT)
class QueryTableTests {

	private static final List<String> FIELDS = List.of("_id", "s", "b", "n", "list", "p.x", "p.y");

	/** Rows of every kind of value the tables hold, in every column. */
	private static QueryTable table(int size) {
		Random random = new Random(7);
		Object[] values = { QueryTable.ABSENT, null, "a", "b", "ab", "B", "", true, false, 1, 2, 2L, 1.5, 2.0,
				List.of(), List.of("a"), List.of("b", "a"), List.of(1, "a"), Arrays.asList(null, "b"), List.of(true) };
		Object[][] rows = new Object[size][];
		for (int row = 0; row < size; row++) {
			rows[row] = new Object[FIELDS.size()];
			rows[row][0] = "id-" + random.nextInt(size * 10) + "-" + row;
			for (int column = 1; column < FIELDS.size(); column++) {
				rows[row][column] = values[random.nextInt(values.length)];
			}
		}
		return new QueryTable(FIELDS, Set.of("p"), Set.of(), rows);
	}

	private static final List<Object> OPERANDS = List.of("a", "b", "", true, false, 1, 2);

	@Test
	void plainComparisonsMatchTheRowsTheServersMatcherMatches() {
		QueryTable table = table(600);
		List<Document> queries = new ArrayList<>();
		for (String field : List.of("s", "b", "n", "list", "p.x", "missing")) {
			for (Object operand : OPERANDS) {
				queries.add(new Document(field, operand));
				for (String operator : List.of("$eq", "$ne", "$gt", "$gte", "$lt", "$lte")) {
					queries.add(new Document(field, new Document(operator, operand)));
				}
			}
			queries.add(new Document(field, new Document("$in", List.of("a", "ab"))));
			queries.add(new Document(field, new Document("$in", List.of())));
			queries.add(new Document(field, new Document("$gte", "a").append("$lt", "b")));
		}
		queries
			.add(new Document("$and", List.of(new Document("s", "a"), new Document("p.x", new Document("$ne", true)))));
		queries.add(new Document("s", "a").append("n", new Document("$gte", 1)).append("list", "a"));
		queries.add(new Document("$and", List.of(new Document("p.y", new Document("$lte", "b")),
				new Document("$or", List.of(new Document("s", null), new Document("s", new Document("$gt", "a")))))));
		queries.add(new Document("s", null));
		queries.add(new Document("n", 2.0));
		queries.add(new Document("n", new Document("$gte", 2L)));
		queries.add(new Document("s", new Document("$exists", false)));
		for (Document query : queries) {
			Set<String> paths = paths(query);
			BitSet expected = table.matchesByServer(query, paths);
			assertThat(table.matches(query, paths)).as(query.toString()).isEqualTo(expected);
		}
	}

	/**
	 * The texts of a list's documents, gathered into one column per field (lists in them
	 * too), answer equality and {@code $in} of texts as the server's matcher answers them
	 * on the whole documents: empty and missing lists, items without the field, a field
	 * of another type, long prose beside the ids.
	 */
	@Test
	void gatheredTextsMatchWhatTheServersMatcherMatchesOnTheDocuments() {
		Random random = new Random(11);
		QueryTables.Builder builder = new QueryTables.Builder();
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			org.bson.Document stored = new org.bson.Document("_id", "id-" + i);
			Document whole = new Document("_id", "id-" + i);
			int shape = random.nextInt(6);
			if (shape > 0) {
				List<org.bson.Document> evidence = new ArrayList<>();
				List<Document> wholeEvidence = new ArrayList<>();
				for (int e = 0; e < shape - 1; e++) {
					String article = "a" + random.nextInt(5);
					org.bson.Document item = new org.bson.Document("start", e).append("excerpt", "x".repeat(80));
					Document wholeItem = new Document("start", e).append("excerpt", "x".repeat(80));
					if (random.nextInt(5) > 0) {
						item.append("articleId", article);
						wholeItem.append("articleId", article);
					}
					evidence.add(item);
					wholeEvidence.add(wholeItem);
				}
				String post = "a" + random.nextInt(5);
				stored.append("evidence", evidence)
					.append("posts",
							List.of(new org.bson.Document("evidence",
									List.of(new org.bson.Document("articleId", post).append("excerpt", "y".repeat(70))))
								.append("tags", List.of(post))));
				whole.append("evidence", wholeEvidence)
					.append("posts",
							List.of(new Document("evidence",
									List.of(new Document("articleId", post).append("excerpt", "y".repeat(70))))
								.append("tags", List.of(post))));
			}
			builder.add("T", stored);
			documents.add(whole);
		}
		QueryTable table = builder.tables().get("T");
		assertThat(table.gathers("evidence.articleId")).isTrue();
		assertThat(table.gathers("posts.evidence.articleId")).isTrue();
		assertThat(table.gathers("evidence.excerpt")).isFalse();
		assertThat(table.gathers("posts.evidence.excerpt")).isFalse();
		assertThat(table.gathers("posts.tags")).as("a list of texts in a list's documents").isFalse();
		assertThat(table.covers("evidence.articleId")).isFalse();
		de.bwaldvogel.mongo.backend.DefaultQueryMatcher matcher = new de.bwaldvogel.mongo.backend.DefaultQueryMatcher();
		for (Document query : List.of(new Document("evidence.articleId", "a1"),
				new Document("evidence.articleId", new Document("$eq", "a2")),
				new Document("evidence.articleId", new Document("$in", List.of("a0", "a4"))),
				new Document("posts.evidence.articleId", "a3"),
				new Document("$or",
						List.of(new Document("evidence.articleId", "a1"),
								new Document("posts.evidence.articleId", "a1"))),
				new Document("evidence.articleId", "nowhere"))) {
			BitSet expected = new BitSet();
			for (int row = 0; row < documents.size(); row++) {
				if (matcher.matches(documents.get(row), query)) {
					expected.set(row);
				}
			}
			assertThat(expected.isEmpty()).as(query.toString()).isEqualTo(query.toString().contains("nowhere"));
			assertThat(table.matches(query, paths(query))).as(query.toString()).isEqualTo(expected);
		}
	}

	/**
	 * A reference the gathered column cannot hold (a number, a document, a list of ids,
	 * one longer than a column keeps, more of them than a column keeps) marks that
	 * document alone: the column still answers for every other document, and the marked
	 * ones, matched on their documents with the server's matcher, complete the server's
	 * answer.
	 */
	@Test
	void referencesAColumnCannotHoldMarkOnlyTheirDocuments() {
		List<Object> odd = List.of(7, new org.bson.Document("id", "a1"), List.of("a1", "a2"), "a".repeat(70), "many");
		QueryTables.Builder builder = new QueryTables.Builder();
		java.util.Map<String, Document> documents = new java.util.LinkedHashMap<>();
		Set<String> oddIds = new java.util.HashSet<>();
		for (int i = 0; i < 200; i++) {
			String id = "id-" + i;
			List<org.bson.Document> evidence = new ArrayList<>();
			List<Document> wholeEvidence = new ArrayList<>();
			Object reference = "a" + (i % 3);
			int items = 2;
			if (i % 20 == 7) {
				reference = odd.get((i / 20) % odd.size());
				oddIds.add(id);
			}
			if ("many".equals(reference)) {
				items = QueryTables.LONGEST_LIST + 1;
				reference = "a2";
			}
			for (int e = 0; e < items; e++) {
				Object value = (e == 0) ? reference : "a" + (e % 3);
				evidence.add(new org.bson.Document("articleId", value).append("excerpt", "x".repeat(80)));
				Object wholeValue = (value instanceof org.bson.Document nested) ? new Document(nested) : value;
				wholeEvidence.add(new Document("articleId", wholeValue).append("excerpt", "x".repeat(80)));
			}
			builder.add("T", new org.bson.Document("_id", id).append("kind", (i % 2 == 0) ? "A" : "B")
				.append("evidence", evidence));
			documents.put(id,
					new Document("_id", id).append("kind", (i % 2 == 0) ? "A" : "B").append("evidence", wholeEvidence));
		}
		QueryTable table = builder.tables().get("T");
		assertThat(table.gathers("evidence.articleId")).isTrue();
		de.bwaldvogel.mongo.backend.DefaultQueryMatcher matcher = new de.bwaldvogel.mongo.backend.DefaultQueryMatcher();
		List<Document> queries = List.of(new Document("evidence.articleId", "a1"),
				new Document("evidence.articleId", "a2"), new Document("evidence.articleId", "a".repeat(70)),
				new Document("evidence.articleId", new Document("$in", List.of("a0", "a1"))),
				new Document("evidence.articleId", "a1").append("kind", "B"), new Document("kind", "A"));
		for (Document query : queries) {
			Set<String> paths = paths(query);
			BitSet marked = new BitSet();
			BitSet matched = table.matches(query, paths, marked);
			if (query.containsKey("evidence.articleId")) {
				assertThat(table.ids(marked)).as(query.toString()).containsExactlyInAnyOrderElementsOf(oddIds);
			}
			else {
				assertThat(marked.isEmpty()).as("a query reading no gathered field marks nothing").isTrue();
			}
			assertThat(table.matchDocuments(matched, marked, query, documents)).isTrue();
			BitSet expected = new BitSet();
			int row = 0;
			for (Document document : documents.values()) {
				if (matcher.matches(document, query)) {
					expected.set(row);
				}
				row++;
			}
			assertThat(matched).as(query.toString()).isEqualTo(expected).isNotEqualTo(new BitSet());
		}
		// the marked rows are not answered without their documents
		BitSet marked = new BitSet();
		BitSet matched = table.matches(queries.get(0), paths(queries.get(0)), marked);
		assertThat(table.matchDocuments(matched, marked, queries.get(0), java.util.Map.of())).isFalse();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.matches(queries.get(0), paths(queries.get(0))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("could not gather");
	}

	@Test
	void aLongIdListIsLookedUpInItsSet() {
		QueryTable table = table(600);
		List<String> some = new ArrayList<>();
		for (int row = 0; row < 600; row += 3) {
			some.add((String) table.rows()[row][0]);
		}
		IdList ids = new IdList("test", some);
		for (Document query : List.of(new Document("_id", new Document("$in", ids)),
				new Document("$and", List.of(new Document("_id", new Document("$in", ids)), new Document("s", "a"))))) {
			Set<String> paths = paths(query);
			assertThat(table.matches(query, paths)).as(query.toString())
				.isEqualTo(table.matchesByServer(query, paths))
				.isNotEqualTo(new BitSet());
		}
	}

	@Test
	void sortsListRowsInTheServersStableOrder() {
		QueryTable table = table(800);
		BitSet all = new BitSet();
		all.set(0, 800);
		for (Document orderBy : List.of(new Document("_id", 1), new Document("_id", -1), new Document("s", 1),
				new Document("s", -1), new Document("s", 1).append("_id", 1), new Document("n", -1).append("s", 1),
				new Document("list", 1), new Document("p.x", -1).append("b", 1).append("_id", -1))) {
			assertThat(table.ids(all, orderBy, orderBy.keySet(), 0, 0)).as(orderBy.toString())
				.isEqualTo(serverOrder(table, orderBy));
		}
	}

	@Test
	void sortsStringsAsTheServerDoes() {
		// a column of strings only: ordered without the server's comparator
		Object[][] rows = new Object[500][];
		Random random = new Random(3);
		for (int row = 0; row < rows.length; row++) {
			String value = Integer.toString(random.nextInt(200), 36) + ((row % 7 == 0) ? "É" : "");
			rows[row] = new Object[] { "r" + row, value };
		}
		QueryTable table = new QueryTable(List.of("_id", "s"), Set.of(), Set.of(), rows);
		BitSet all = new BitSet();
		all.set(0, rows.length);
		for (Document orderBy : List.of(new Document("s", 1), new Document("s", -1), new Document("_id", -1),
				new Document("s", -1).append("_id", 1))) {
			assertThat(table.ids(all, orderBy, orderBy.keySet(), 0, 0)).as(orderBy.toString())
				.isEqualTo(serverOrder(table, orderBy));
		}
	}

	/** The ids sorted as the server sorts: its comparator on whole documents, stable. */
	private static List<String> serverOrder(QueryTable table, Document orderBy) {
		List<String> fields = table.fields();
		List<Document> documents = new ArrayList<>();
		for (Object[] row : table.rows()) {
			Document document = new Document();
			for (int column = 0; column < fields.size(); column++) {
				if (row[column] == QueryTable.ABSENT) {
					continue;
				}
				String field = fields.get(column);
				int dot = field.indexOf('.');
				if (dot < 0) {
					document.put(field, row[column]);
				}
				else {
					((Document) document.computeIfAbsent(field.substring(0, dot), (k) -> new Document()))
						.put(field.substring(dot + 1), row[column]);
				}
			}
			documents.add(document);
		}
		Comparator<Document> comparator = new DocumentComparator(orderBy);
		return documents.stream().sorted(comparator).map((document) -> (String) document.get("_id")).toList();
	}

	private static Set<String> paths(Document query) {
		Set<String> paths = new LinkedHashSet<>();
		query.forEach((key, value) -> {
			if (key.startsWith("$")) {
				((List<?>) value).forEach((part) -> paths.addAll(paths((Document) part)));
			}
			else {
				paths.add(key);
			}
		});
		return paths;
	}

}
