package org.accords.page;

import java.nio.file.Path;

import org.accords.paging.NodeId;
import org.accords.sourceview.SourceViewSeed;

/**
 * The page, card, feed and webhook tests serve the real seed plus a test article of their
 * own ({@code src/test/resources/source-view-seed}: markup in the text, nested and
 * crossing spans), the source-view tests' folder under {@code target/}. The settings are
 * the source view's own ({@link SourceViewSeed}'s), so test classes extending this or
 * that with no settings of their own share one application context.
 */
public abstract class PageSeed extends SourceViewSeed {

	/** Curated id of the test article. */
	public static final String TEST_ARTICLE = "baltic-wire-2025-03-12-radar";

	static final String TEST_ARTICLE_ID = NodeId.of("Article", TEST_ARTICLE);

	/** Curated id of the real seed article. */
	static final String SEED_ARTICLE = "elta-2024-11-05-lithuania-ukraine-memorandum";

	/**
	 * The folder of the page seed, prepared: the source view's, as the two serve the same
	 * files.
	 */
	public static Path prepareFolder() {
		return SourceViewSeed.prepareFolder();
	}

}
