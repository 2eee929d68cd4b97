package org.accords.evidence;

/**
 * The exact words of an article that support a fact: {@code excerpt} equals the article's
 * text between {@code start} (inclusive) and {@code end} (exclusive), counted in UTF-16
 * code units as JavaScript's {@code String.slice} does.
 *
 * @param articleId node id of the article
 * @param start offset of the first character
 * @param end offset after the last character
 * @param excerpt the words, verbatim
 */
public record Evidence(String articleId, int start, int end, String excerpt) {
}
