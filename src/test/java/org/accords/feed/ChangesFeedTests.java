package org.accords.feed;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.accords.Awaits;
import org.accords.QuickTier;
import org.accords.feed.DatasetPublishedController.DatasetPublication;
import org.accords.graphql.PublishedVersions;
import org.accords.paging.Connection;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NodeId;
import org.accords.paging.PageArguments;
import org.accords.paging.PagedList;
import org.accords.page.PageSeed;
import org.accords.seed.SeedLoader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What changed, pulled: the {@code changes(since:)} query, paged, and the Atom and JSON
 * feeds, after a second version that adds, changes and removes one entity each; and
 * pushed: {@code /data/changes/stream}, whose listener hears of that version. The
 * application is the page tests' ({@link PageSeed}, under its public address): the first
 * version, which they read, is served again after this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(QuickTier.STARTS_APPLICATION)
class ChangesFeedTests extends PageSeed {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String ADDED = NodeId.of("Statement", "tamm-tallinn-signing");

	static final String CHANGED = NodeId.of("Statement", "tamm-maintenance-talks");

	static final String REMOVED = NodeId.of("Commitment", "fi-funds-half");

	/** The version loaded at startup and the one loaded by the test. */
	static String first;

	static String second;

	@LocalServerPort
	int port;

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetPublishedController publications;

	final HttpClient http = HttpClient.newHttpClient();

	/**
	 * The answer of {@code /data/changes/stream} to a listener connected while the second
	 * version was published.
	 */
	static HttpResponse<InputStream> stream;

	/**
	 * The data of the stream's {@code dataset-published} event. How soon it comes is not
	 * asserted: the stream looks for a new version every 250 ms, but on a machine busy
	 * with other builds any bound in seconds fails now and then; a stream that never
	 * tells fails after {@link Awaits#HUNG}.
	 */
	static String streamedSummary;

	@BeforeEach
	void secondVersionPublished() throws Exception {
		synchronized (ChangesFeedTests.class) {
			if (second == null) {
				first = graphQl("{ dataset { version } }").at("/data/dataset/version").asString();
				stream = this.http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/changes/stream"))
						.header("Accept", "text/event-stream")
						.header("Origin", "https://portal.example")
						.build(), HttpResponse.BodyHandlers.ofInputStream());
				CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> publishedEvent(stream.body()));
				Path folder = Files.createTempDirectory(Path.of("target"), "changes-seed");
				this.loader.load(SecondVersion.of(PageSeed.prepareFolder(), folder));
				try (InputStream body = stream.body()) {
					streamedSummary = event.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS);
				}
				second = graphQl("{ dataset { version } }").at("/data/dataset/version").asString();
				assertThat(second).isNotEqualTo(first);
			}
		}
	}

	/** The data of the first {@code dataset-published} event of a stream. */
	static @Nullable String publishedEvent(InputStream stream) {
		BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
		try {
			String line;
			boolean published = false;
			while ((line = reader.readLine()) != null) {
				if (line.equals("event:dataset-published")) {
					published = true;
				}
				else if (published && line.startsWith("data:")) {
					return line.substring("data:".length());
				}
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The page tests, which share this application, read the first version's entities:
	 * they are published again ({@link SecondVersion#firstAgain}), and announced to
	 * subscribers before the next class subscribes.
	 */
	@AfterAll
	static void firstEntitiesServedAgain(@Autowired SeedLoader loader, @Autowired PublishedVersions versions)
			throws Exception {
		if (second != null) {
			Path folder = Files.createTempDirectory(Path.of("target"), "changes-seed-again");
			CompletableFuture<String> announced = versions.versions().next().toFuture();
			loader.load(SecondVersion.firstAgain(PageSeed.prepareFolder(), folder));
			assertThat(announced.get(Awaits.HUNG.toSeconds(), TimeUnit.SECONDS)).isNotIn(first, second);
		}
	}

	@Test
	void aListenerHearsOfANewVersion() {
		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(stream.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(streamedSummary).isNotNull();
		JsonNode summary = JSON.readTree(streamedSummary);
		assertThat(summary.get("title").asString())
			.startsWith("1 new statement, 1 changed statement, 1 removed commitment");
	}

	/**
	 * One client opened all 1,000 places of the stream (1,000 GETs from one address) and
	 * every other listener got 503 for the hour each is held. An address holds at most
	 * {@link LiveChanges#MAX_LISTENERS_PER_ADDRESS}; one more is a 503 that says so.
	 */
	@Test
	void oneAddressCannotTakeEveryListenersPlace() throws Exception {
		List<HttpResponse<InputStream>> streams = new ArrayList<>();
		try {
			for (int i = 0; i <= LiveChanges.MAX_LISTENERS_PER_ADDRESS; i++) {
				streams.add(this.http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/changes/stream"))
						.timeout(Awaits.HUNG)
						.build(), HttpResponse.BodyHandlers.ofInputStream()));
			}
			HttpResponse<InputStream> last = streams.get(streams.size() - 1);
			assertThat(last.statusCode()).isEqualTo(503);
			assertThat(new String(last.body().readAllBytes(), StandardCharsets.UTF_8))
				.contains("Too many listeners from this address");
		}
		finally {
			for (HttpResponse<InputStream> stream : streams) {
				stream.body().close();
			}
		}
	}

	JsonNode graphQl(String query) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
				.build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body());
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void pagesAndCardsServeTheKeptVersionAskedFor() throws Exception {
		// the commitment the second version removed: gone now, still there in the first
		String card = "/embed/commitment/" + REMOVED;
		assertThat(get(card).statusCode()).isEqualTo(404);
		HttpResponse<String> cited = get(card + "?version=" + first);
		assertThat(cited.statusCode()).isEqualTo(200);
		assertThat(cited.body()).contains("fund half of the first station");
		assertThat(cited.headers().firstValue("Accords-Version")).hasValue(first);
		assertThat(cited.headers().firstValue("ETag")).hasValueSatisfying((etag) -> assertThat(etag).contains(first));
		HttpResponse<String> byHeader = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/commitments/" + REMOVED))
				.header("Accords-Version", first)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(byHeader.statusCode()).isEqualTo(200);
		assertThat(byHeader.headers().firstValue("Accords-Version")).hasValue(first);
		assertThat(byHeader.headers().allValues("Vary").toString()).contains("Accords-Version");
		HttpResponse<String> current = get("/statements/" + ADDED);
		assertThat(current.statusCode()).isEqualTo(200);
		assertThat(current.headers().firstValue("Accords-Version")).hasValue(second);
		HttpResponse<String> unknown = get(card + "?version=no-such-version");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("no-such-version").contains(first).contains(second);
		HttpResponse<String> conflicting = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + card + "?version=" + first))
				.header("Accords-Version", second)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(conflicting.statusCode()).isEqualTo(400);
		assertThat(conflicting.body()).contains("name different dataset versions");
	}

	@Test
	void changesSinceAVersionListEveryEntityAddedChangedAndRemovedWithLabels() throws Exception {
		JsonNode changes = graphQl("{ changes(since: \"" + first + "\") { totalCount nodes { version publishedAt type"
				+ " id change label url } } }")
			.at("/data/changes");
		assertThat(changes.get("totalCount").asInt()).isEqualTo(3);
		List<String> rows = new ArrayList<>();
		for (JsonNode node : changes.get("nodes")) {
			assertThat(node.get("version").asString()).isEqualTo(second);
			assertThat(node.get("publishedAt").asString()).isNotBlank();
			rows.add(node.get("change").asString() + " " + node.get("type").asString() + " " + node.get("id").asString()
					+ " " + node.get("label").asString() + " " + node.get("url").asString());
		}
		assertThat(rows).containsExactlyInAnyOrder("ADDED Statement " + ADDED
				+ " Estonia and Finland signed a letter of intent on Wednesday https://accords.example/statements/"
				+ ADDED,
				"CHANGED Statement " + CHANGED
						+ " talks on a joint maintenance centre are still under way https://accords.example/statements/"
						+ CHANGED,
				"REMOVED Commitment " + REMOVED + " fund half of the first station https://accords.example/commitments/"
						+ REMOVED);
	}

	@Test
	void changesArePagedWithCursors() throws Exception {
		JsonNode page = graphQl("{ changes(since: \"" + first
				+ "\", first: 2) { totalCount edges { cursor node { id } }" + " pageInfo { hasNextPage endCursor } } }")
			.at("/data/changes");
		assertThat(page.get("edges")).hasSize(2);
		assertThat(page.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
		JsonNode next = graphQl(
				"{ changes(since: \"" + first + "\", first: 2, after: \"" + page.at("/pageInfo/endCursor").asString()
						+ "\") { edges { node { id } } pageInfo { hasNextPage } } }")
			.at("/data/changes");
		assertThat(next.get("edges")).hasSize(1);
		assertThat(next.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
	}

	/**
	 * The nested connection: a {@code datasetPublished} event's {@code changes} are the
	 * first of {@code changes(since:)} its previous version, so a subscriber pages on
	 * there with the event's {@code endCursor}; a cursor of another list is refused on
	 * either.
	 */
	@Test
	void aPublicationsChangesPageOnInChangesSinceItsPreviousVersionAndNowhereElse() throws Exception {
		DatasetPublication published = new DatasetPublication(second, first, java.time.Instant.EPOCH, "as sent");
		PagedList nested = PagedList.of("DatasetPublication.changes", List.of(), Map.of(), null);
		Connection<EntityChange> event = this.publications.changes(published,
				new PageArguments(2, null, null, null, nested));
		assertThat(event.pageInfo().hasNextPage()).isTrue();
		String cursor = event.pageInfo().endCursor();
		JsonNode next = graphQl(
				"{ changes(since: \"" + first + "\", first: 2, after: \"" + cursor + "\") { edges { node { id } } } }");
		assertThat(next.get("errors")).as(next.toString()).isNull();
		assertThat(next.at("/data/changes/edges")).hasSize(1);
		JsonNode sinceATime = graphQl(
				"{ changes(since: \"2000-01-01\", first: 2, after: \"" + cursor + "\") { edges { node { id } } } }");
		assertThat(sinceATime.at("/errors/0/message").asString())
			.startsWith("after: this cursor came from another list, or from changes with another since");
		String statements = graphQl("{ statements(first: 1) { pageInfo { endCursor } } }")
			.at("/data/statements/pageInfo/endCursor")
			.asString();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> this.publications.changes(published, new PageArguments(2, statements, null, null, nested)))
			.withMessageStartingWith("after: this cursor came from another list than DatasetPublication.changes");
	}

	@Test
	void changesSinceATimeIncludeEveryVersionAfterIt() throws Exception {
		JsonNode all = graphQl("{ changes(since: \"2000-01-01\") { totalCount } }").at("/data/changes");
		assertThat(all.get("totalCount").asInt()).as("the first version adds everything, then the second's 3")
			.isGreaterThan(3);
		JsonNode none = graphQl("{ changes(since: \"" + second + "\") { totalCount } }").at("/data/changes");
		assertThat(none.get("totalCount").asInt()).isZero();
	}

	@Test
	void sinceThatIsNeitherVersionNorTimeIsAnErrorNamingIt() throws Exception {
		JsonNode response = graphQl("{ changes(since: \"last tuesday\") { totalCount } }");
		assertThat(response.at("/errors/0/message").asString()).contains("since: 'last tuesday'").contains("ISO time");
	}

	@Test
	void atomFeedParsesWithEveryRequiredElementAndHumanTitles() throws Exception {
		HttpResponse<String> response = get("/data/changes.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		Element feed = document.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(FeedController.ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(child(feed, "id")).isEqualTo("https://accords.example/data/changes.atom");
		assertThat(child(feed, "title")).isNotBlank();
		assertThat(child(feed, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(children(feed, "author")).hasSize(1);
		List<Element> entries = children(feed, "entry");
		assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
		for (Element entry : entries) {
			assertThat(child(entry, "id")).startsWith("urn:accords:dataset-version:");
			assertThat(child(entry, "title")).isNotBlank();
			assertThat(child(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
			assertThat(children(entry, "link"))
				.anySatisfy((link) -> assertThat(link.getAttribute("rel")).isEqualTo("alternate"));
		}
		Element newest = entries.get(0);
		assertThat(child(newest, "id")).isEqualTo("urn:accords:dataset-version:" + second);
		assertThat(child(newest, "title")).isEqualTo(
				"1 new statement, 1 changed statement, 1 removed commitment: Estonia and Finland signed a letter of intent on Wednesday");
		// a feed reader opens the entry's alternate: the version in the changelog, which
		// has that anchor
		assertThat(children(newest, "link")).anySatisfy((link) -> {
			assertThat(link.getAttribute("rel")).isEqualTo("alternate");
			assertThat(link.getAttribute("href")).isEqualTo("https://accords.example/data/changelog#version-" + second);
		});
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/changelog"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString())
			.body()).contains("<h2 id=\"version-" + second + "\">");
		assertThat(children(newest, "link")).anySatisfy((link) -> {
			assertThat(link.getAttribute("rel")).isEqualTo("related");
			assertThat(link.getAttribute("href")).isEqualTo("https://accords.example/statements/" + ADDED);
		});
		assertThat(child(newest, "content")).contains("<a href=\"https://accords.example/statements/" + ADDED + "\">");
		assertThat(child(entries.get(entries.size() - 1), "title")).contains("new agreement");
	}

	@Test
	void jsonFeedListsVersionsNewestFirstWithTheirEntities() throws Exception {
		HttpResponse<String> response = get("/data/changes.json");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode versions = JSON.readTree(response.body()).get("versions");
		assertThat(versions.get(0).get("version").asString()).isEqualTo(second);
		assertThat(versions.get(0).get("previousVersion").asString()).isEqualTo(first);
		assertThat(versions.get(0).get("entities").findValuesAsString("id")).containsExactlyInAnyOrder(ADDED, CHANGED,
				REMOVED);
		String etag = response.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/data/changes.json"))
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
	}

	private static String child(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as(parent.getLocalName() + "/" + name).hasSize(1);
		return found.get(0).getTextContent();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && FeedController.ATOM.equals(element.getNamespaceURI())
					&& element.getLocalName().equals(name)) {
				found.add(element);
			}
		}
		return found;
	}

}
