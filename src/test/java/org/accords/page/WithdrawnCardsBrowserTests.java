package org.accords.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.accords.AccordsProperties;
import org.accords.BrowserCheck;
import org.accords.GeneratedCorpusTest;
import org.accords.HttpApi;
import org.accords.paging.NodeId;
import org.accords.seed.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code 410} cards of facts a correction withdrew whole, in headless Chromium, as
 * {@link CardsBrowserTests} checks every card: a portal that embedded a card while its
 * fact was served keeps the frame oEmbed gave it then, and after the correction the card
 * that says what was withdrawn must show whole in that frame, at 560, 320 and 200 px, in
 * both themes with scripts off and requesting nothing but itself. The invented reports of
 * {@code src/test/resources/agreement-withdrawal-fixtures} are published first without
 * the correction (the agreement, a commitment and a statement served: their oEmbed frames
 * are read), then with it (their cards answer {@code 410}). Screenshots go to
 * {@code target/withdrawn-cards/}. Skipped, saying why, where Chromium, node or
 * {@code scripts/node_modules} are missing.
 */
@GeneratedCorpusTest(fixtures = WithdrawnCardsBrowserTests.FIXTURES)
class WithdrawnCardsBrowserTests {

	static final String FIXTURES = "classpath:agreement-withdrawal-fixtures/";

	/** The correction's files, left out of the version that serves what it withdraws. */
	private static final String CORRECTION = "b_linden_wire_correction";

	@LocalServerPort
	int port;

	@Autowired
	SeedLoader loader;

	@TempDir
	Path folder;

	@BeforeAll
	static void browserInstalled() {
		BrowserCheck.assumeInstalled();
	}

	@Test
	void aWithdrawnCardShowsWholeInTheFrameOEmbedGaveItWhileItWasServed() throws Exception {
		String agreement = "/embed/agreement/" + NodeId.of("Agreement", "lv-lt-ammunition");
		String commitment = "/embed/commitment/" + NodeId.of("Commitment", "lt-first-order");
		String statement = "/embed/statement/" + NodeId.of("Statement", "berzkalns-plan-ahead");
		// the reports alone: the facts are served, and oEmbed frames their cards
		this.loader.load(withoutTheCorrection());
		String agreementFrames = frames(agreement);
		String commitmentFrames = frames(commitment);
		String statementFrames = frames(statement);
		// with the correction: each card is a 410 in the portal's frame
		this.loader.load(FIXTURES);
		assertThat(new HttpApi(this.port).get(agreement).statusCode()).isEqualTo(410);
		String withdrawn = "then withdrawn by a correction";
		// a statement that stands first: the script's 404 check and partner page take
		// the first card, which must be a served statement's
		String first = "/embed/statement/" + NodeId.of("Statement", "jankute-faster");
		String cards = "[" + CardsBrowserTests.card("statement", "Statement", "jankute-faster", "Jankut") + ","
				+ gone(agreement, withdrawn, agreementFrames) + "," + gone(commitment, withdrawn, commitmentFrames)
				+ "," + gone(statement, withdrawn, statementFrames) + "]";
		CardsBrowserTests.check(this.port, AccordsProperties.DEFAULT_PUBLIC_URL, first, cards,
				Path.of("target", "withdrawn-cards"), "statement", "agreement", "commitment");
	}

	/**
	 * The frames oEmbed gives the card at {@code path} at 560, 320 and 200 px, as the
	 * script's {@code frames}: {@code {"560": {"width", "height"}, …}}.
	 */
	private String frames(String path) throws Exception {
		HttpApi api = new HttpApi(this.port);
		StringBuilder frames = new StringBuilder("{");
		for (int maxwidth : new int[] { 560, 320, 200 }) {
			JsonNode oembed = HttpApi.JSON
				.readTree(api.ok("/oembed?maxwidth=" + maxwidth + "&url=" + java.net.URLEncoder
					.encode("http://localhost:8080" + path, java.nio.charset.StandardCharsets.UTF_8)));
			frames.append((frames.length() > 1) ? "," : "")
				.append("\"")
				.append(maxwidth)
				.append("\":{\"width\":")
				.append(oembed.get("width").asInt())
				.append(",\"height\":")
				.append(oembed.get("height").asInt())
				.append("}");
		}
		return frames.append("}").toString();
	}

	private static String gone(String path, String expect, String frames) {
		return "{\"path\":\"" + path + "\",\"expect\":\"" + expect + "\",\"status\":410,\"frames\":" + frames + "}";
	}

	/** A copy of the fixtures without the correction's article and curated file. */
	private String withoutTheCorrection() throws IOException {
		Path fixtures = new ClassPathResource(FIXTURES.substring("classpath:".length())).getFile().toPath();
		try (Stream<Path> files = Files.walk(fixtures)) {
			for (Path source : files.toList()) {
				Path target = this.folder.resolve(fixtures.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else if (!source.getFileName().toString().startsWith(CORRECTION)) {
					Files.copy(source, target);
				}
			}
		}
		return this.folder.toUri().toString();
	}

}
