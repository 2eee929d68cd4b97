package org.accords.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accords.GraphQlClient;
import org.accords.paging.NodeId;
import org.accords.seed.SeedLoader;
import org.accords.store.FactStore;
import org.accords.store.StoreCommands;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.WebGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nested page ({@code Agreement.statements(first: 3)}) is read as a page: the store
 * reads the documents served, not each parent's whole list, and serves the same items as
 * when it cut the whole list (the list's order, {@code after} an item's id, the same
 * refusal of an id not in the list). On invented reports of one agreement with 30
 * statements said on tied, missing and distinct days, one with four and one with none.
 * Run against the embedded store and against a real MongoDB.
 */
abstract class NestedPagesContract {

	/** Statements of the agreement with many. */
	static final int MANY = 30;

	/** The days statements are said on, in turn: none, ties, and out of order. */
	static final String[] DAYS = { null, "2024-11-03", "2024-11-01", "2024-11-03", "2024-11-02" };

	@Autowired
	WebGraphQlHandler handler;

	@Autowired
	SeedLoader loader;

	@Autowired
	FactStore store;

	@Autowired
	StoreCommands commands;

	@TempDir
	Path folder;

	WebGraphQlTester graphQl;

	@BeforeEach
	void loadTheReports() throws IOException {
		StringBuilder article = new StringBuilder(" date 2024-11-05 ");
		StringBuilder curated = new StringBuilder(
				"""
						article: { file: a.txt, id: a, publisher: Test, language: en, rights: test }
						countries: [ { code: LT, name: Lithuania } ]
						organizations: [ { id: o, name: Ministry, kind: MINISTRY, country: LT } ]
						people:
						  - { id: p1, name: Ona Petraitė, country: LT, evidence: ["Ona Petraitė spoke first."] }
						  - { id: p2, name: Jonas Kazlauskas, country: LT, evidence: ["Jonas Kazlauskas spoke next."] }
						agreements:
						  - { id: many, title: Many, kind: AGREEMENT, parties: [LT], evidence: ["The first memorandum was signed."] }
						  - { id: few, title: Few, kind: AGREEMENT, parties: [LT], evidence: ["A second memorandum followed."] }
						  - { id: none, title: None, kind: AGREEMENT, parties: [LT], evidence: ["A third accord drew no comment."] }
						cooperationAreas:
						  - { id: drones, agreement: many, name: Drones, category: OTHER, evidence: ["Drones were named."] }
						  - { id: shells, agreement: many, name: Shells, category: OTHER, evidence: ["Shells were named."] }
						statements:
						""");
		article.append("Ona Petraitė spoke first. Jonas Kazlauskas spoke next. The first memorandum was signed. ")
			.append("A second memorandum followed. A third accord drew no comment. Drones were named. ")
			.append("Shells were named. ");
		for (int i = 0; i < MANY + 4; i++) {
			boolean many = i < MANY;
			// ids out of the order they are written in, so that the list's order is the
			// store's sort, not the order of insertion
			String id = "s" + ((i * 7) % (MANY + 4) + 10);
			String text = "Official remark number " + i + " was recorded";
			article.append(text).append(". ");
			String day = DAYS[i % DAYS.length];
			String areas = switch (i % 3) {
				case 0 -> "[drones]";
				case 1 -> "[drones, shells]";
				default -> "[shells]";
			};
			curated.append("  - { id: ")
				.append(id)
				.append(", speaker: ")
				.append((i % 2 == 0) ? "p1" : "p2")
				.append(", kind: PARAPHRASE, agreement: ")
				.append(many ? "many" : "few")
				.append(many ? ", areas: " + areas : "")
				.append((day != null) ? ", saidOn: \"" + day + "\"" : "")
				.append(", text: \"")
				.append(text)
				.append("\", evidence: [\"")
				.append(text)
				.append(".\"] }\n");
		}
		Files.createDirectories(this.folder.resolve("articles"));
		Files.createDirectories(this.folder.resolve("curated"));
		Files.writeString(this.folder.resolve("articles/a.txt"), article);
		Files.writeString(this.folder.resolve("curated/a.yaml"), curated);
		this.loader.load(this.folder.toUri().toString());
		this.graphQl = GraphQlClient.of(this.handler);
	}

	static String agreement(String key) {
		return NodeId.of("Agreement", key);
	}

	/**
	 * The ids of a root connection's page of statements: the list's order, read apart.
	 */
	List<String> rootOrder(String filter) {
		return this.graphQl.document("{ statements(first: 100, filter: " + filter + ") { nodes { id } } }")
			.execute()
			.path("statements.nodes[*].id")
			.entityList(String.class)
			.get();
	}

	/** Every item of a parent's nested list, paged {@code first} at a time. */
	List<String> pagedThrough(String parent, String type, String list, int first) {
		List<String> all = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 50; page++) {
			String arguments = "first: " + first + ((after != null) ? ", after: \"" + after + "\"" : "");
			List<String> ids = this.graphQl
				.document("{ node(id: \"" + parent + "\") { ... on " + type + " { " + list + "(" + arguments
						+ ") { id } } } }")
				.execute()
				.path("node." + list + "[*].id")
				.entityList(String.class)
				.get();
			assertThat(ids).hasSizeLessThanOrEqualTo(first);
			if (ids.isEmpty()) {
				return all;
			}
			all.addAll(ids);
			after = ids.get(ids.size() - 1);
		}
		throw new AssertionError("more than 50 pages of " + list);
	}

	@Test
	void aParentWithManyItemsIsPagedThroughInTheListsOrder() {
		String many = agreement("many");
		List<String> order = rootOrder("{ agreement: \"" + many + "\" }");
		assertThat(order).hasSize(MANY);
		assertThat(pagedThrough(many, "Agreement", "statements", 7)).isEqualTo(order);
		assertThat(pagedThrough(many, "Agreement", "statements", 100)).isEqualTo(order);
		// said on no day first, then by day, ties by id
		List<String> days = this.graphQl
			.document("{ node(id: \"" + many + "\") { ... on Agreement { statements(first: 100) { saidOn } } } }")
			.execute()
			.path("node.statements[*].saidOn")
			.entityList(Object.class)
			.get()
			.stream()
			.map((day) -> (day != null) ? day.toString() : "")
			.toList();
		assertThat(days).isSortedAccordingTo(Comparator.naturalOrder()).startsWith("").contains("2024-11-01");
	}

	@Test
	void aPersonsAndAnAreasListsAreThoseOfTheirFilters() {
		String person = NodeId.of("Person", "p1");
		assertThat(pagedThrough(person, "Person", "statements", 4))
			.isEqualTo(rootOrder("{ speaker: \"" + person + "\" }"))
			.hasSize((MANY + 4) / 2);
		// a statement names its areas in a list: it is on each one's list
		String shells = NodeId.of("CooperationArea", "shells");
		assertThat(pagedThrough(shells, "CooperationArea", "statements", 3))
			.isEqualTo(rootOrder("{ area: \"" + shells + "\" }"))
			.hasSize(MANY * 2 / 3);
	}

	@Test
	void aPageAfterAnItemStartsRightAfterIt() {
		String many = agreement("many");
		List<String> order = rootOrder("{ agreement: \"" + many + "\" }");
		List<String> page = this.graphQl
			.document("{ node(id: \"" + many + "\") { ... on Agreement { statements(first: 5, after: \"" + order.get(11)
					+ "\") { id } } } }")
			.execute()
			.path("node.statements[*].id")
			.entityList(String.class)
			.get();
		assertThat(page).isEqualTo(order.subList(12, 17));
		// after the last item: an empty page, not an error
		assertThat(this.graphQl
			.document("{ node(id: \"" + many + "\") { ... on Agreement { statements(after: \"" + order.get(MANY - 1)
					+ "\") { id } } } }")
			.execute()
			.path("node.statements")
			.entityList(Object.class)
			.get()).isEmpty();
	}

	@Test
	void anIdNotInTheListIsRefusedForThatParentAlone() {
		String many = agreement("many");
		String few = agreement("few");
		String ofMany = rootOrder("{ agreement: \"" + many + "\" }").get(3);
		// both parents in one batch: the one whose list holds the id is served
		this.graphQl
			.document("{ a: node(id: \"" + many + "\") { ... on Agreement { statements(first: 2, after: \"" + ofMany
					+ "\") { id } } } b: node(id: \"" + few + "\") { ... on Agreement { statements(first: 2, after: \""
					+ ofMany + "\") { id } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.isEqualTo("after: '" + ofMany + "' is not the id of an item of Agreement.statements here");
				assertThat(errors.get(0).getPath()).isEqualTo("b.statements");
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			})
			.path("a.statements[*].id")
			.entityList(String.class)
			.hasSize(2)
			.path("b")
			.valueIsNull();
	}

	@Test
	void anEmptyListHasEmptyPagesAndNoItemToStartAfter() {
		String none = agreement("none");
		assertThat(this.graphQl
			.document("{ node(id: \"" + none
					+ "\") { ... on Agreement { statements(first: 3) { id } commitments { id } } } }")
			.execute()
			.path("node.statements")
			.entityList(Object.class)
			.get()).isEmpty();
		String ofFew = rootOrder("{ agreement: \"" + agreement("few") + "\" }").get(0);
		this.graphQl
			.document("{ node(id: \"" + none + "\") { ... on Agreement { statements(after: \"" + ofFew
					+ "\") { id } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage())
					.isEqualTo("after: '" + ofFew + "' is not the id of an item of Agreement.statements here")));
	}

	@Test
	void twoSelectionsOfOneListWithOtherArgumentsAreTwoPages() {
		String many = agreement("many");
		List<String> order = rootOrder("{ agreement: \"" + many + "\" }");
		var response = this.graphQl
			.document("{ node(id: \"" + many + "\") { ... on Agreement { one: statements(first: 1) { id } "
					+ "three: statements(first: 3) { id } later: statements(first: 2, after: \"" + order.get(0)
					+ "\") { id } again: statements(first: 1) { id } } } }")
			.execute();
		response.path("node.one[*].id").entityList(String.class).isEqualTo(order.subList(0, 1));
		response.path("node.three[*].id").entityList(String.class).isEqualTo(order.subList(0, 3));
		response.path("node.later[*].id").entityList(String.class).isEqualTo(order.subList(1, 3));
		response.path("node.again[*].id").entityList(String.class).isEqualTo(order.subList(0, 1));
	}

	/**
	 * Aliases do not multiply what the store reads: every page of one list asked of the
	 * same parents, whatever its {@code first} and {@code after}, is cut from one read of
	 * the parents' lists, and the items served are read once (twenty aliases cost twenty
	 * pages, and read the list and its three items once).
	 */
	@Test
	void manyAliasesOfOneListReadTheParentsListsOnce() {
		String many = agreement("many");
		List<String> order = rootOrder("{ agreement: \"" + many + "\" }");
		StringBuilder aliases = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			aliases.append(" a")
				.append(i)
				.append(": statements(first: 1, after: \"")
				.append(order.get(i % 3))
				.append("\") { id }");
		}
		this.store.clearCache();
		this.commands.clear();
		var response = this.graphQl.document("{ node(id: \"" + many + "\") { ... on Agreement {" + aliases + " } } }")
			.execute();
		for (int i = 0; i < 20; i++) {
			response.path("node.a" + i + "[*].id").entityList(String.class).isEqualTo(List.of(order.get(i % 3 + 1)));
		}
		List<String> reads = this.commands.names()
			.stream()
			.filter((command) -> command.startsWith("find Statement_"))
			.toList();
		// the list (where the store is asked for it: MongoDB), then the items served
		assertThat(reads.stream().filter((command) -> command.contains("agreementId"))).as(reads.toString())
			.hasSizeLessThanOrEqualTo(1);
		assertThat(reads.stream().filter((command) -> !command.contains("agreementId"))).as(reads.toString())
			.hasSize(1);
	}

	/**
	 * The statements read whole for a page of agreements with 3 statements each: those
	 * served, never the rest of the agreements' lists; the lists themselves are read as
	 * the ids and the reference of each item (projected), where the store is asked at all
	 * (the embedded store's query tables hold them).
	 */
	@Test
	void theStoreReadsTheDocumentsOfThePagesOnly() {
		this.store.clearCache();
		this.commands.clear();
		List<String> served = this.graphQl
			.document("{ agreements(first: 3) { nodes { statements(first: 3) { id } } } }")
			.execute()
			.path("agreements.nodes[*].statements[*].id")
			.entityList(String.class)
			.get();
		// 3 of the agreement with many, 3 of the one with four, none of the one with none
		assertThat(served).hasSize(6);
		List<String> byId = new ArrayList<>();
		for (String command : this.commands.names()) {
			if (!command.startsWith("find Statement_") || command.indexOf('{') < 0) {
				continue;
			}
			if (command.contains("agreementId")) {
				assertThat(command).as("a read of the agreements' lists").contains(" projection ");
				assertThat(command.substring(command.indexOf(" projection "))).doesNotContain("\"text\"");
				continue;
			}
			Object ids = Document.parse(command.substring(command.indexOf('{'))).get("_id");
			if (ids instanceof Document in && in.get("$in") instanceof List<?> list) {
				list.forEach((id) -> byId.add(id.toString()));
			}
		}
		assertThat(byId).as(this.commands.names().toString()).containsExactlyInAnyOrderElementsOf(served);
	}

}
