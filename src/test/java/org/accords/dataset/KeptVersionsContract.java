package org.accords.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.accords.Awaits;
import org.accords.seed.SeedFixture;
import org.accords.seed.SeedLoader;
import org.accords.store.VersionedCollections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code accords.dataset.keep-versions=2}, after three more versions are published
 * the last two stay readable by their version (header or parameter, GraphQL and
 * downloads), the older ones are gone from the store and answer a clear error, answers
 * and their ETags are never mixed up between versions, and a citation of a version
 * resolves to that version. Run against the embedded store and a real MongoDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KeptVersionsContract {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String RADIO = "{ statements(filter: { text: \"radio interview\" }) { totalCount } }";

	static final String TELEVISION = "{ statements(filter: { text: \"television debate\" }) { totalCount } }";

	/** The real seed's article, curated as every version publishes it. */
	static final String SEED_ARTICLE = "elta-2024-11-05-lithuania-ukraine-memorandum";

	static final String CHANGELOG = "{ dataset { changelog { version } } }";

	static final String BOTH = "{ radio: statements(filter: { text: \"radio interview\" }) { totalCount } "
			+ "television: statements(filter: { text: \"television debate\" }) { totalCount } }";

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	MongoTemplate mongo;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	/** The version served at startup, then three published: each replaces the last. */
	String started;

	String first;

	String second;

	String third;

	/**
	 * {@code dataset { citation bibtex }} of the second version, while it was current.
	 */
	Map<String, Object> secondCitation;

	/**
	 * {@code dataset { changelog { version } }} read with the second version, before the
	 * third was published.
	 */
	HttpResponse<String> secondChangelog;

	/**
	 * {@code /data?version=} of the second version (JSON) and its JSON-LD, read by it
	 * while it was current, as a citation of it is followed on the day it is made.
	 */
	HttpResponse<String> secondListing;

	HttpResponse<String> secondJsonLd;

	/** The seed folders, removed after the class. */
	@TempDir
	static Path seeds;

	@BeforeAll
	void publishThreeVersions() throws IOException {
		this.started = this.state.version();
		this.first = publish("occasion: news conference");
		this.second = publish("occasion: radio interview");
		// measured while served, its sizes stay once the third is measured
		Awaits.await().alias("the second version's archive measured").until(() -> archiveBytes("") != null);
		this.secondCitation = data(post("{ dataset { version citation bibtex } }")).get("dataset");
		this.secondChangelog = get(CHANGELOG, "Accords-Version", this.second);
		this.secondListing = send(request("/data?version=" + this.second).header("Accept", "application/json"));
		this.secondJsonLd = send(request("/data/dataset.jsonld?version=" + this.second));
		this.third = publish("occasion: television debate");
		assertThat(List.of(this.started, this.first, this.second, this.third)).doesNotHaveDuplicates();
	}

	private String publish(String occasion) throws IOException {
		SeedFixture seed = SeedFixture.copyOfRealSeed(Files.createTempDirectory(seeds, "kept-versions"))
			.replace(SeedFixture.CURATED, "occasion: press conference", occasion);
		this.loader.load(seed.location());
		return this.state.version();
	}

	@Test
	void eachKeptVersionIsReadByItsHeader() {
		HttpResponse<String> second = post(BOTH, "Accords-Version", this.second);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("\"radio\":{\"totalCount\":1}", "\"television\":{\"totalCount\":0}");
		assertThat(second.headers().firstValue("Accords-Version")).hasValue(this.second);
		assertThat(extensions(second)).containsEntry("datasetVersion", this.second);
		assertThat(data(post("{ dataset { version } }", "Accords-Version", this.second)).get("dataset"))
			.containsEntry("version", this.second);

		HttpResponse<String> current = post(BOTH);
		assertThat(current.body()).contains("\"radio\":{\"totalCount\":0}", "\"television\":{\"totalCount\":1}");
		assertThat(current.headers().firstValue("Accords-Version")).hasValue(this.third);
		assertThat(extensions(current)).containsEntry("datasetVersion", this.third);
		assertThat(post(BOTH, "Accords-Version", this.third).body()).isEqualTo(current.body());
	}

	@Test
	void theVersionParameterReadsAKeptVersionOverGet() {
		HttpResponse<String> second = get(RADIO, "?version=" + this.second);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("\"totalCount\":1");
		assertThat(second.headers().firstValue("Accords-Version")).hasValue(this.second);
		HttpResponse<String> conflicting = get(RADIO, "?version=" + this.second, "Accords-Version", this.third);
		assertThat(conflicting.statusCode()).isEqualTo(400);
		assertThat(conflicting.body()).contains("BAD_REQUEST", this.second, this.third);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aDeletedOrUnknownVersionIsAnErrorNamingItAndTheVersionsKept() {
		for (String gone : List.of(this.first, this.started, "no-such-version")) {
			HttpResponse<String> answer = post(RADIO, "Accords-Version", gone);
			assertThat(answer.statusCode()).as(gone).isEqualTo(404);
			Map<String, Object> error = ((List<Map<String, Object>>) json(answer).get("errors")).get(0);
			// the versions kept, newest first, for a page to offer without parsing the
			// message
			assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "VERSION_NOT_KEPT")
				.containsEntry("keptVersions", List.of(this.third, this.second));
			assertThat((String) error.get("message")).contains("'" + gone + "'", this.third + ", " + this.second);
		}
		HttpResponse<String> field = post("{ dataset(version: \"" + this.first + "\") { version } }");
		Map<String, Object> error = ((List<Map<String, Object>>) json(field).get("errors")).get(0);
		assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "VERSION_NOT_KEPT")
			.containsEntry("keptVersions", List.of(this.third, this.second));
		assertThat((String) error.get("message")).contains(this.first, this.third, this.second);
	}

	@Test
	@SuppressWarnings("unchecked")
	void publishingKeepsTheLastNVersionsAndDeletesTheOlderOnes() {
		List<String> stored = this.mongo.getCollectionNames()
			.stream()
			.map(VersionedCollections::versionOf)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
		assertThat(stored).containsExactlyInAnyOrder(this.third, this.second);
		assertThat(this.mongo.findById(this.first, DatasetInfo.class, VersionedCollections.DATASETS)).isNull();
		assertThat(this.mongo.findById(this.second, DatasetInfo.class, VersionedCollections.DATASETS)).isNotNull();

		List<Map<String, Object>> versions = (List<Map<String, Object>>) data(
				post("{ datasetVersions { version current publishedAt counts { statements } } }"))
			.get("datasetVersions");
		assertThat(versions).extracting((v) -> v.get("version")).containsExactly(this.third, this.second);
		assertThat(versions).extracting((v) -> v.get("current")).containsExactly(true, false);
		assertThat(versions.get(1).get("counts")).isEqualTo(Map.of("statements", 5));
	}

	/**
	 * The changelog is the store's history, whatever version is read: an answer read with
	 * an older version grows as versions are published, so it is neither cached nor
	 * tagged by its version (its cost is counted anew, see {@code AdmissionTests}). It
	 * still says how long it may be kept, as any GET answer does (a CDN would otherwise
	 * keep it by its own heuristics): as long as an answer of the version served, which a
	 * publication outdates just as much.
	 */
	@Test
	void theChangelogReadWithAnOlderVersionListsTheVersionsPublishedSince() {
		assertThat(this.secondChangelog.statusCode()).isEqualTo(200);
		assertThat(this.secondChangelog.body()).contains(this.second).doesNotContain(this.third);
		HttpResponse<String> now = get(CHANGELOG, "Accords-Version", this.second);
		assertThat(now.statusCode()).isEqualTo(200);
		assertThat(now.body()).contains(this.second, this.third);
		assertThat(extensions(now)).containsEntry("datasetVersion", this.second);
		assertThat(this.secondChangelog.headers().firstValue("ETag")).isEmpty();
		String kept = get(RADIO).headers().firstValue("Cache-Control").orElseThrow();
		assertThat(this.secondChangelog.headers().firstValue("Cache-Control")).hasValue(kept);
		HttpResponse<String> versions = get("{ datasetVersions { version } }");
		assertThat(versions.headers().firstValue("ETag")).isEmpty();
		assertThat(versions.headers().firstValue("Cache-Control")).hasValue(kept);
	}

	@Test
	void cachedAnswersAndEtagsAreKeptApartByVersion() {
		HttpResponse<String> third = get(RADIO);
		HttpResponse<String> thirdAgain = get(RADIO);
		assertThat(thirdAgain.body()).isEqualTo(third.body()).contains("\"totalCount\":0");
		String thirdTag = third.headers().firstValue("ETag").orElseThrow();

		// the same document and URL, another version: neither the cached answer nor a
		// 304 for the current version's ETag
		HttpResponse<String> second = get(RADIO, "Accords-Version", this.second, "If-None-Match", thirdTag);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("\"totalCount\":1");
		String secondTag = second.headers().firstValue("ETag").orElseThrow();
		assertThat(secondTag).isNotEqualTo(thirdTag);
		assertThat(get(RADIO, "Accords-Version", this.second, "If-None-Match", secondTag).statusCode()).isEqualTo(304);
		assertThat(get(RADIO, "?version=" + this.second).body()).contains("\"totalCount\":1");
		assertThat(get(RADIO).body()).contains("\"totalCount\":0");
		assertThat(get(RADIO, "If-None-Match", secondTag).statusCode()).isEqualTo(200);
		assertThat(third.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accords-Version"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aCitationOfAVersionResolvesToThatVersionAfterNewerOnes() throws Exception {
		String citation = (String) this.secondCitation.get("citation");
		assertThat(citation).contains("dataset version " + this.second);
		Matcher url = Pattern.compile("url {10}= \\{([^}]+)\\}").matcher((String) this.secondCitation.get("bibtex"));
		assertThat(url.find()).isTrue();
		assertThat(url.group(1)).isEqualTo("http://localhost:8080/data?version=" + this.second);

		// the address the citation gives, on this server
		URI cited = URI.create(url.group(1).replace("http://localhost:8080", "http://localhost:" + this.port));
		HttpResponse<String> index = send(HttpRequest.newBuilder(cited).header("Accept", "application/json"));
		assertThat(index.statusCode()).isEqualTo(200);
		Map<String, Object> described = json(index);
		assertThat(described).containsEntry("version", this.second).containsEntry("citation", citation);
		assertThat(index.headers().firstValue("Accords-Version")).hasValue(this.second);
		for (Map<String, Object> download : (List<Map<String, Object>>) described.get("downloads")) {
			assertThat(download).containsEntry("version", this.second);
		}
		assertThat(data(post("{ dataset(version: \"" + this.second + "\") { version citation } }")).get("dataset"))
			.containsEntry("version", this.second)
			.containsEntry("citation", citation);
	}

	/**
	 * The listing a citation names ({@code /data?version=<version>}) and its JSON-LD,
	 * read by their version, link to files that keep it, also while that version is the
	 * current one (the day it is cited): they linked to the plain files then, which serve
	 * a newer version once one is published, and the JSON-LD kept its tag when its links
	 * changed as the version aged, so a client revalidating held the plain links. Read
	 * without a version, the links follow the current version, tagged apart.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aListingReadByItsVersionLinksToFilesThatKeepItWhileItIsCurrent() {
		List<Map<String, Object>> downloads = (List<Map<String, Object>>) json(this.secondListing).get("downloads");
		List<String> urls = downloads.stream().map((download) -> (String) download.get("url")).toList();
		assertThat(urls).filteredOn((url) -> url.contains("/data/statements.csv") || url.contains("dataset.jsonld"))
			.hasSize(2)
			.allSatisfy((url) -> assertThat(url).endsWith("?version=" + this.second));
		Map<String, Object> jsonLd = JSON.readValue(this.secondJsonLd.body(), Map.class);
		List<String> contentUrls = ((List<Map<String, Object>>) jsonLd.get("distribution")).stream()
			.map((distribution) -> (String) distribution.get("contentUrl"))
			.toList();
		assertThat(contentUrls).filteredOn((url) -> url.contains("/data/statements.csv"))
			.singleElement()
			.asString()
			.endsWith("?version=" + this.second);
		// after a newer version, the same links: the copy held is current
		HttpResponse<String> later = send(request("/data/dataset.jsonld?version=" + this.second));
		assertThat(later.headers().firstValue("ETag")).isEqualTo(this.secondJsonLd.headers().firstValue("ETag"));
		assertThat(later.body()).contains("/data/statements.csv?version=" + this.second);
		// the plain listing follows the current version, and its JSON-LD is another
		// answer, even of the same version
		HttpResponse<String> plain = send(request("/data/dataset.jsonld"));
		assertThat(plain.body()).contains("/data/statements.csv\"").doesNotContain("version=");
		HttpResponse<String> named = send(request("/data/dataset.jsonld?version=" + this.third));
		assertThat(named.body()).contains("/data/statements.csv?version=" + this.third);
		assertThat(named.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void downloadsServeAKeptVersionByHeaderOrParameter() {
		HttpResponse<String> byHeader = send(request("/data/statements.csv").header("Accords-Version", this.second));
		assertThat(byHeader.statusCode()).isEqualTo(200);
		assertThat(byHeader.body()).contains("radio interview").doesNotContain("television debate");
		assertThat(byHeader.headers().firstValue("Accords-Version")).hasValue(this.second);
		HttpResponse<String> byParameter = send(request("/data/statements.csv?version=" + this.second));
		assertThat(byParameter.body()).isEqualTo(byHeader.body());
		assertThat(byParameter.headers().firstValue("ETag"))
			.isNotEqualTo(send(request("/data/statements.csv")).headers().firstValue("ETag"));
		HttpResponse<String> current = send(request("/data/statements.csv"));
		assertThat(current.body()).contains("television debate").doesNotContain("radio interview");
		assertThat(current.headers().firstValue("Accords-Version")).hasValue(this.third);
		HttpResponse<String> archive = send(request("/data/accords-" + this.second + ".zip"));
		assertThat(archive.statusCode()).isEqualTo(200);
		assertThat(archive.headers().firstValue("Accords-Version")).hasValue(this.second);
		// the archive of a version is that version's: its changelog ends at it, so that
		// its
		// bytes, ETag and size stay the same while later versions are published
		List<Map<String, Object>> changelog = JSON
			.readValue(zipEntry(bytes(request("/data/accords-" + this.second + ".zip")), "changelog.json"), List.class);
		assertThat(changelog.get(0)).containsEntry("version", this.second);
		assertThat(changelog).extracting((entry) -> entry.get("version")).doesNotContain(this.third);

		HttpResponse<String> gone = send(request("/data/statements.csv").header("Accords-Version", this.first)
			.header("Accept", "application/json"));
		assertThat(gone.statusCode()).isEqualTo(404);
		Map<String, Object> body = json(gone);
		assertThat(body).containsEntry("code", "VERSION_NOT_KEPT")
			.containsEntry("kept", List.of(this.third, this.second));
		assertThat((String) body.get("message")).contains(this.first);
		assertThat(send(request("/data/accords-" + this.first + ".zip")).statusCode()).isEqualTo(404);
	}

	/**
	 * An older kept version keeps the sizes measured while it was served: once the third
	 * is measured, the second's listing still gives its archive's and files' sizes, its
	 * archive and files say that {@code Content-Length} (the bytes sent, on {@code GET}
	 * and {@code HEAD} alike), and a broken download of its file resumes with a range.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void anOlderKeptVersionKeepsItsSizesOnceANewerOneIsMeasured() {
		Awaits.await().alias("the served version's archive measured").until(() -> archiveBytes("") != null);
		String zip = "/data/accords-" + this.second + ".zip";
		Object listed = archiveBytes("?version=" + this.second);
		assertThat(listed).isNotNull();
		HttpResponse<byte[]> get = sendBytes(request(zip));
		HttpResponse<String> head = send(request(zip).method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(get.headers().firstValue("Content-Length")).hasValue(String.valueOf(listed));
		assertThat(get.body()).hasSize(Integer.parseInt(String.valueOf(listed)));
		assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(listed));

		String csv = "/data/statements.csv?version=" + this.second;
		Object csvListed = listedBytes("?version=" + this.second, "statements.csv");
		assertThat(csvListed).isNotNull();
		HttpResponse<byte[]> whole = sendBytes(request(csv));
		assertThat(whole.headers().firstValue("Content-Length")).hasValue(String.valueOf(csvListed));
		assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
		assertThat(whole.body()).hasSize(Integer.parseInt(String.valueOf(csvListed)));
		HttpResponse<byte[]> rest = sendBytes(request(csv).header("Range", "bytes=10-"));
		assertThat(rest.statusCode()).isEqualTo(206);
		assertThat(rest.body()).isEqualTo(java.util.Arrays.copyOfRange(whole.body(), 10, whole.body().length));
	}

	/** The {@code bytes} the listing of {@code query} gives {@code file}. */
	@SuppressWarnings("unchecked")
	private @org.jspecify.annotations.Nullable Object listedBytes(String query, String file) {
		List<Map<String, Object>> downloads = (List<Map<String, Object>>) json(
				send(request("/data/index.json" + query)))
			.get("downloads");
		return downloads.stream()
			.filter((download) -> file.equals(download.get("file")))
			.findFirst()
			.orElseThrow()
			.get("bytes");
	}

	/**
	 * The {@code bytes} the listing ({@code /data/index.json} and a query) gives the zip.
	 */
	@SuppressWarnings("unchecked")
	private @org.jspecify.annotations.Nullable Object archiveBytes(String query) {
		List<Map<String, Object>> downloads = (List<Map<String, Object>>) json(
				send(request("/data/index.json" + query)))
			.get("downloads");
		return downloads.stream()
			.filter((download) -> "zip".equals(download.get("format"))
					&& String.valueOf(download.get("file")).startsWith("accords-"))
			.findFirst()
			.orElseThrow()
			.get("bytes");
	}

	/**
	 * The source view and the article list serve a kept version by header or parameter as
	 * pages do, tagged apart from the current version's; a version no longer kept is a
	 * 404 naming those kept.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theSourceViewServesAKeptVersionByHeaderOrParameter() {
		String article = "/articles/" + org.accords.paging.NodeId.of("Article", SEED_ARTICLE);
		HttpResponse<String> byParameter = send(
				request(article + "?version=" + this.second).header("Accept", "application/json"));
		assertThat(byParameter.statusCode()).isEqualTo(200);
		assertThat(json(byParameter)).containsEntry("datasetVersion", this.second);
		assertThat(byParameter.headers().firstValue("Accords-Version")).hasValue(this.second);
		HttpResponse<String> byHeader = send(
				request(article).header("Accept", "application/json").header("Accords-Version", this.second));
		assertThat(byHeader.body()).isEqualTo(byParameter.body());
		assertThat(byHeader.headers().firstValue("Accords-Version")).hasValue(this.second);

		HttpResponse<String> current = send(request(article).header("Accept", "application/json"));
		assertThat(json(current)).containsEntry("datasetVersion", this.third);
		assertThat(current.headers().firstValue("Accords-Version")).hasValue(this.third);
		String currentTag = current.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> second = send(request(article).header("Accept", "application/json")
			.header("Accords-Version", this.second)
			.header("If-None-Match", currentTag));
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(currentTag));

		HttpResponse<String> list = send(request("/articles?version=" + this.second));
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("dataset version <code>" + this.second + "</code>",
				article + "?version=" + this.second);
		assertThat(list.headers().firstValue("Accords-Version")).hasValue(this.second);

		for (String path : List.of(article, "/articles")) {
			HttpResponse<String> gone = send(
					request(path + "?version=" + this.first).header("Accept", "application/json"));
			assertThat(gone.statusCode()).as(path).isEqualTo(404);
			assertThat((String) json(gone).get("error")).as(path)
				.contains("'" + this.first + "'", this.third + ", " + this.second);
		}
	}

	/**
	 * {@code Evidence.sourceUrl} read with a version named keeps it: the source view then
	 * shows the words the evidence was read from, with its fact marked, however many
	 * versions are published since (until that version is no longer kept). Read without
	 * one, it follows the current version, as it always has. An answer of a version is
	 * the same whether that version is current or not, so a named current version keeps
	 * it too, and is cached and tagged apart from the plain answer.
	 */
	@Test
	void evidenceReadWithAVersionNamedLinksToThatVersionsSourceView() {
		String query = "{ statements(first: 1) { edges { node { evidence { sourceUrl } } } } }";
		HttpResponse<String> plain = get(query);
		assertThat(plain.body()).contains("/articles/", "?fact=").doesNotContain("version=");
		HttpResponse<String> second = get(query, "Accords-Version", this.second);
		assertThat(second.body()).contains("#fact").containsPattern("\\?fact=[^\"#]+&version=" + this.second + "#fact");
		assertThat(data(get(query, "?version=" + this.second))).isEqualTo(data(second));
		HttpResponse<String> current = get(query, "Accords-Version", this.third);
		assertThat(current.body()).contains("&version=" + this.third + "#fact");
		assertThat(current.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
		assertThat(data(get(query))).isEqualTo(data(plain));
	}

	/**
	 * A fact's page cited by an older version keeps showing that version's words after
	 * newer ones are published, and so does every page it links to: each link of its own
	 * (other facts' pages, the source view, its JSON, card and oEmbed) keeps the version,
	 * all but the canonical one, which names the fact.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aPageCitedByAnOlderVersionKeepsThatVersionThroughItsLinks() {
		List<Map<String, Object>> edges = (List<Map<String, Object>>) data(
				post("{ statements(filter: { text: \"radio interview\" }) { edges { node { id } } } }",
						"Accords-Version", this.second))
			.get("statements")
			.get("edges");
		String id = (String) ((Map<String, Object>) edges.get(0).get("node")).get("id");
		HttpResponse<String> page = send(
				request("/statements/" + id + "?version=" + this.second).header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("radio interview").doesNotContain("television debate");
		Matcher links = Pattern.compile("(?<!rel=\"canonical\" )href=\"http://localhost:8080(/[^\"]*)\"")
			.matcher(page.body());
		List<String> followed = new java.util.ArrayList<>();
		while (links.find()) {
			String link = links.group(1).replace("&amp;", "&");
			assertThat(link).containsAnyOf("version=" + this.second, "version%3D" + this.second);
			if (!link.startsWith("/oembed")) {
				HttpResponse<String> next = send(request(link.replaceFirst("#.*$", "")).header("Accept", "text/html"));
				assertThat(next.statusCode()).as(link).isEqualTo(200);
				assertThat(next.headers().firstValue("Accords-Version")).as(link).hasValue(this.second);
				followed.add(link);
			}
		}
		assertThat(followed).anySatisfy((link) -> assertThat(link).startsWith("/articles/"))
			.anySatisfy((link) -> assertThat(link).startsWith("/people/"))
			.anySatisfy((link) -> assertThat(link).startsWith("/statements/" + id));
		assertThat(page.body())
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/statements/" + id + "\">");
		HttpResponse<String> card = send(request("/embed/statement/" + id + "?version=" + this.second));
		assertThat(card.body()).contains("radio interview", "version=" + this.second);
	}

	/**
	 * A cursor carries the dataset version it was issued for: in every kind of connection
	 * it is refused on another version, naming the version to send to page on in it, and
	 * pages on in that version as before.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aCursorFromAnotherVersionIsRefusedNamingTheVersionToPageOnIn() {
		Map<String, String> connections = Map.of("statements",
				"statements(first: 1%s) { edges { cursor node { id } } }", "agreements",
				"agreements(first: 1%s) { edges { cursor node { id } } }", "search",
				"search(text: \"Kasčiūnas\", first: 1%s) { edges { cursor } }", "changes",
				"changes(since: \"" + this.started + "\", first: 1%s) { edges { cursor } }");
		connections.forEach((name, field) -> {
			String cursor = firstCursor(post("{ page: " + field.formatted("") + " }", "Accords-Version", this.second));
			String next = "{ page: " + field.formatted(", after: \"" + cursor + "\"") + " }";
			HttpResponse<String> current = post(next);
			// 200 for application/json, 400 for application/graphql-response+json
			assertThat(json(current)).as(name + " " + current.body()).containsEntry("data", null);
			assertThat(code(current)).as(name).isEqualTo("BAD_USER_INPUT");
			assertThat(message(current)).as(name)
				.contains("after: this cursor was issued for dataset version " + this.second,
						"this request reads (" + this.third + ")", "'Accords-Version: " + this.second + "'",
						"start again without after or before");
			// what a page acts on without parsing the message: which argument, and the
			// version to send as Accords-Version to page on
			assertThat((Map<String, Object>) firstError(current).get("extensions")).as(name)
				.containsEntry("argument", "after")
				.containsEntry("cursorVersion", this.second);
			HttpResponse<String> pinned = post(next, "Accords-Version", this.second);
			assertThat(pinned.statusCode()).as(name).isEqualTo(200);
			assertThat(data(pinned)).as(name).containsKey("page");
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void aCursorPagesOnInTheVersionItWasIssuedFor() {
		String page = "{ statements(first: 2%s) { edges { cursor node { id } } } }";
		List<Map<String, Object>> firstTwo = (List<Map<String, Object>>) data(
				post(page.formatted(""), "Accords-Version", this.second))
			.get("statements")
			.get("edges");
		List<Map<String, Object>> firstFour = (List<Map<String, Object>>) data(
				post("{ statements(first: 4) { edges { cursor node { id } } } }", "Accords-Version", this.second))
			.get("statements")
			.get("edges");
		List<Map<String, Object>> nextTwo = (List<Map<String, Object>>) data(post(
				page.formatted(", after: \"" + firstTwo.get(1).get("cursor") + "\""), "Accords-Version", this.second))
			.get("statements")
			.get("edges");
		assertThat(nextTwo).isEqualTo(firstFour.subList(2, 4));
	}

	@Test
	void aCursorOfAVersionNoLongerKeptSaysToStartAgain() throws Exception {
		// as the API writes it: three bytes of the SHA-256 of the version, "offset",
		// digits
		byte[] stamp = java.security.MessageDigest.getInstance("SHA-256")
			.digest(this.first.getBytes(StandardCharsets.UTF_8));
		byte[] raw = new byte[10];
		System.arraycopy(stamp, 0, raw, 0, 3);
		System.arraycopy("offset0".getBytes(StandardCharsets.US_ASCII), 0, raw, 3, 7);
		String cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		HttpResponse<String> answer = post("{ statements(first: 1, after: \"" + cursor + "\") { totalCount } }");
		assertThat(json(answer)).as(answer.body()).containsEntry("data", null);
		assertThat(code(answer)).isEqualTo("BAD_USER_INPUT");
		assertThat(message(answer))
			.contains("another dataset version than the one this request reads (" + this.third
					+ "), and that version is no longer kept", "start again without after or before")
			.doesNotContain("Accords-Version");
	}

	@Test
	void aCursorWrittenBeforeCursorsNamedTheirVersionIsRefused() {
		// offset:1, as cursors were written before they carried their version: its
		// version is unknown, so it may count in another than the one read
		String legacy = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("offset:1".getBytes(StandardCharsets.US_ASCII));
		HttpResponse<String> answer = post("{ statements(first: 1, after: \"" + legacy + "\") { totalCount } }");
		assertThat(json(answer)).as(answer.body()).containsEntry("data", null);
		assertThat(code(answer)).isEqualTo("BAD_USER_INPUT");
		assertThat(message(answer)).contains("written before cursors named their dataset version",
				"start again without after");
	}

	@SuppressWarnings("unchecked")
	static String firstCursor(HttpResponse<String> response) {
		List<Map<String, Object>> edges = (List<Map<String, Object>>) data(response).get("page").get("edges");
		assertThat(edges).as(response.body()).isNotEmpty();
		return (String) edges.get(0).get("cursor");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> firstError(HttpResponse<String> response) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) json(response).get("errors");
		assertThat(errors).as(response.body()).isNotEmpty();
		return errors.get(0);
	}

	@SuppressWarnings("unchecked")
	static String code(HttpResponse<String> response) {
		return (String) ((Map<String, Object>) firstError(response).get("extensions")).get("code");
	}

	static String message(HttpResponse<String> response) {
		return (String) firstError(response).get("message");
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	HttpResponse<String> post(String query, String... headers) {
		HttpRequest.Builder request = request("/graphql").header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/** GET /graphql; an argument starting with ? is appended to the query string. */
	HttpResponse<String> get(String query, String... headersAndParameters) {
		StringBuilder uri = new StringBuilder("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder().header("Accept", "application/json");
		for (int i = 0; i < headersAndParameters.length; i++) {
			if (headersAndParameters[i].startsWith("?")) {
				uri.append('&').append(headersAndParameters[i].substring(1));
			}
			else {
				request.header(headersAndParameters[i], headersAndParameters[++i]);
			}
		}
		return send(request.uri(URI.create("http://localhost:" + this.port + uri)).GET());
	}

	byte[] bytes(HttpRequest.Builder request) {
		return sendBytes(request).body();
	}

	HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One entry of a zip archive, as text. */
	static String zipEntry(byte[] zip, String name) {
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(entries.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			throw new AssertionError("no " + name + " in the archive");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> json(HttpResponse<String> response) {
		return JSON.readValue(response.body(), Map.class);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Object>> data(HttpResponse<String> response) {
		Map<String, Object> body = json(response);
		assertThat(body).as(response.body()).doesNotContainKey("errors");
		return (Map<String, Map<String, Object>>) body.get("data");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> extensions(HttpResponse<String> response) {
		return (Map<String, Object>) json(response).get("extensions");
	}

}
