package org.accords.sourceview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.accords.paging.NodeId;
import org.accords.seed.SeedFixture;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The source-view tests serve the real seed plus a test article of their own
 * ({@code src/test/resources/source-view-seed}: markup in the text, nested and crossing
 * spans), copied into one folder under {@code target/}, under a public address that is
 * not the default ({@value #PUBLIC_URL}: the pages' links and cards, the feeds and
 * webhooks must use it). Test classes extending this share one application context.
 */
public abstract class SourceViewSeed {

	/** {@code accords.public-url} of the application the test classes share. */
	public static final String PUBLIC_URL = "https://accords.example";

	/** Curated id of the test article. */
	static final String TEST_ARTICLE = "baltic-wire-2025-03-12-radar";

	static final String TEST_ARTICLE_ID = NodeId.of("Article", TEST_ARTICLE);

	/** Curated id of the real seed article. */
	static final String SEED_ARTICLE = "elta-2024-11-05-lithuania-ukraine-memorandum";

	/**
	 * One folder per test JVM (Surefire runs two at once, see {@code pom.xml}): each JVM
	 * deletes and copies its own afresh.
	 */
	static final Path FOLDER = Path.of("target", "source-view-seed-" + System.getProperty("accords.test.fork", "1"));

	@DynamicPropertySource
	static void seedLocation(DynamicPropertyRegistry registry) {
		registry.add("accords.seed.location", SourceViewSeed::prepare);
		registry.add("accords.store.embedded-mode", () -> "memory");
		registry.add("accords.public-url", () -> PUBLIC_URL);
	}

	private static boolean prepared;

	/** The folder of the seed and the test article, prepared. */
	public static Path prepareFolder() {
		prepare();
		return FOLDER;
	}

	/** Copies the files afresh once per test run (an earlier run's copy may be stale). */
	static synchronized String prepare() {
		try {
			if (!prepared) {
				if (Files.exists(FOLDER)) {
					try (Stream<Path> old = Files.walk(FOLDER)) {
						for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
							Files.delete(path);
						}
					}
				}
				Path staging = Files.createTempDirectory(Path.of("target"), "source-view-seed");
				SeedFixture.copyOfRealSeed(staging);
				Path extra = Path.of("src", "test", "resources", "source-view-seed");
				try (Stream<Path> files = Files.walk(extra)) {
					for (Path file : files.filter(Files::isRegularFile).toList()) {
						Path target = staging.resolve(extra.relativize(file).toString());
						Files.createDirectories(target.getParent());
						Files.copy(file, target);
					}
				}
				Files.move(staging, FOLDER);
				prepared = true;
			}
			return FOLDER.toAbsolutePath().toUri().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
