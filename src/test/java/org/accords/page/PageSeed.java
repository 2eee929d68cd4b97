package org.accords.page;

import java.nio.file.Path;

import org.accords.paging.NodeId;
import org.accords.sourceview.SourceViewSeed;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The page, card, feed and webhook tests serve the real seed plus a test article of their
 * own ({@code src/test/resources/source-view-seed}: markup in the text, nested and
 * crossing spans), the source-view tests' folder under {@code target/}. Test classes
 * extending this share one application context.
 */
public abstract class PageSeed {

	/** Curated id of the test article. */
	public static final String TEST_ARTICLE = "baltic-wire-2025-03-12-radar";

	static final String TEST_ARTICLE_ID = NodeId.of("Article", TEST_ARTICLE);

	/** Curated id of the real seed article. */
	static final String SEED_ARTICLE = "elta-2024-11-05-lithuania-ukraine-memorandum";

	@DynamicPropertySource
	static void seedLocation(DynamicPropertyRegistry registry) {
		registry.add("accords.seed.location", () -> prepareFolder().toAbsolutePath().toUri().toString());
		registry.add("accords.store.embedded-mode", () -> "memory");
	}

	/**
	 * The folder of the page seed, prepared: the source view's, as the two serve the same
	 * files.
	 */
	public static Path prepareFolder() {
		return SourceViewSeed.prepareFolder();
	}

}
