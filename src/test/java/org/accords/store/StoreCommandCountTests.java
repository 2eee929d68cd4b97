package org.accords.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.accords.GeneratedCorpusTest;
import org.accords.GraphQlClient;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.server.WebGraphQlHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relations resolve in batches: the number of store commands for a page of statements
 * with speakers, areas and evidence articles does not grow with the page size.
 */
@GeneratedCorpusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreCommandCountTests {

	private static final String PAGE = """
			query($first: Int!) { statements(first: $first) { totalCount edges { node {
			  text speaker { name country { code } posts { role organization { name } } }
			  areas { name agreement { title } } agreement { title }
			  evidence { start end article { publisher } } } } } }""";

	@Autowired
	SeedLoader loader;

	@Autowired
	FactStore store;

	@Autowired
	WebGraphQlHandler handler;

	@Autowired
	StoreCommands commands;

	/** The seed folder, removed after the class. */
	@TempDir
	static Path folder;

	@BeforeAll
	void loadSyntheticCorpus() throws IOException {
		// 150 statements by 30 speakers about 10 areas, each quoted from its own sentence
		StringBuilder article = new StringBuilder(" date 2024-11-05 ");
		StringBuilder curated = new StringBuilder("""
				article: { file: a.txt, id: a, publisher: Test, language: en, rights: test }
				countries: [ { code: LT, name: Lithuania } ]
				organizations: [ { id: o, name: Ministry, kind: MINISTRY, country: LT } ]
				agreements: [ { id: g, title: T, kind: AGREEMENT, parties: [LT], evidence: ["Agreement g."] } ]
				""");
		article.append("Agreement g. ");
		curated.append("people:\n");
		for (int p = 0; p < 30; p++) {
			article.append("Person p").append(p).append(" spoke. ");
			curated.append("  - { id: p")
				.append(p)
				.append(", name: P")
				.append(p)
				.append(", country: LT, posts: [ { role: minister, organization: o } ], evidence: [\"Person p")
				.append(p)
				.append(" spoke.\"] }\n");
		}
		curated.append("cooperationAreas:\n");
		for (int a = 0; a < 10; a++) {
			article.append("Area a").append(a).append(" matters. ");
			curated.append("  - { id: a")
				.append(a)
				.append(", agreement: g, name: A")
				.append(a)
				.append(", category: OTHER, evidence: [\"Area a")
				.append(a)
				.append(" matters.\"] }\n");
		}
		curated.append("statements:\n");
		for (int s = 0; s < 150; s++) {
			article.append("Quote number ").append(s).append(" ends here. ");
			curated.append("  - { id: s")
				.append(s)
				.append(", speaker: p")
				.append(s % 30)
				.append(", kind: DIRECT_QUOTE, agreement: g, areas: [a")
				.append(s % 10)
				.append("], text: \"Quote number ")
				.append(s)
				.append(" ends here.\", evidence: [\"Quote number ")
				.append(s)
				.append(" ends here.\"] }\n");
		}
		Files.createDirectories(folder.resolve("articles"));
		Files.createDirectories(folder.resolve("curated"));
		Files.writeString(folder.resolve("articles/a.txt"), article);
		Files.writeString(folder.resolve("curated/a.yaml"), curated);
		this.loader.load(folder.toUri().toString());
	}

	private static final String PEOPLE = """
			query($first: Int!) { people(first: $first) { edges { node {
			  name statements(first: 2) { text areas { name } } } } } }""";

	private int commandsFor(int pageSize) {
		return commandsFor(PAGE, "statements.edges", pageSize);
	}

	private int commandsFor(String document, String edges, int pageSize) {
		this.store.clearCache();
		this.commands.clear();
		GraphQlClient.of(this.handler)
			.document(document)
			.variable("first", pageSize)
			.execute()
			.path(edges)
			.entityList(Object.class)
			.hasSize(pageSize);
		return this.commands.size();
	}

	@Test
	void nestedPagesOfAWholePageOfParentsTakeOneStoreQuery() {
		int ten = commandsFor(PEOPLE, "people.edges", 10);
		int thirty = commandsFor(PEOPLE, "people.edges", 30);
		assertThat(thirty).as(this.commands.names().toString()).isEqualTo(ten);
		// count, page, statements, areas
		assertThat(thirty).isLessThanOrEqualTo(4);
		GraphQlClient.of(this.handler)
			.document(PEOPLE)
			.variable("first", 30)
			.execute()
			.path("people.edges[*].node.statements")
			.entityList(List.class)
			.satisfies((pages) -> assertThat(pages).allSatisfy((page) -> assertThat(page).hasSize(2)));
	}

	@Test
	void storeCommandsForAPageDoNotGrowWithItsSize() {
		int ten = commandsFor(10);
		int hundred = commandsFor(100);
		assertThat(hundred).as(this.commands.names().toString()).isEqualTo(ten);
		// count, page, speakers, countries, organizations, areas, agreement, articles
		assertThat(hundred).isLessThanOrEqualTo(9);
	}

	@Test
	void aRepeatedPageIsServedFromTheCache() {
		commandsFor(20);
		this.commands.clear();
		GraphQlClient.of(this.handler).document(PAGE).variable("first", 20).execute();
		assertThat(this.commands.names()).isEmpty();
	}

}
