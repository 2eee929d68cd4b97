package org.accords.evidence;

import java.util.List;

/**
 * One article that reports a fact, with the words of it that do.
 *
 * @param articleId node id of the article
 * @param evidence the fact's evidence from that article; empty when the article names the
 * entity without an excerpt curated for it
 */
public record Source(String articleId, List<Evidence> evidence) {
}
