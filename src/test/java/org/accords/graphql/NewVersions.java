package org.accords.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.accords.feed.SecondVersionAccess;
import org.accords.page.PageSeed;
import org.accords.seed.SeedLoader;

/**
 * Publishes new dataset versions for the subscription tests: the page seed's second
 * version plus statements of the test's own, each version distinct.
 */
final class NewVersions {

	static final String CURATED = "curated/sv_baltic_wire_radar.yaml";

	private static final AtomicInteger COUNT = new AtomicInteger();

	private NewVersions() {
	}

	/**
	 * A statement by Kaarel Tamm, reported by the test article's sentence on the signing;
	 * its text must be words of that sentence.
	 */
	static String statement(String id, String kind, String text) {
		return """
				  - id: %s
				    speaker: kaarel-tamm
				    kind: %s
				    text: %s
				    evidence:
				      - "Estonia and Finland signed a letter of intent on Wednesday to build coastal radar stations together, Estonian Defence Minister Kaarel Tamm said."
				"""
			.formatted(id, kind, text);
	}

	/** Loads a version with the given statements added; returns once it is stored. */
	static void publish(SeedLoader loader, String... statements) throws IOException {
		Path folder = Files.createTempDirectory(Path.of("target"), "subscription-seed");
		String location = SecondVersionAccess.of(PageSeed.prepareFolder(), folder);
		Path curated = folder.resolve(CURATED);
		StringBuilder text = new StringBuilder(Files.readString(curated));
		for (String statement : statements) {
			text.append(statement);
		}
		// a marker statement makes every version distinct
		int n = COUNT.incrementAndGet();
		text.append(statement("subscription-marker-" + n, "PARAPHRASE", "build coastal radar stations together"));
		Files.writeString(curated, text);
		loader.load(location);
	}

}
