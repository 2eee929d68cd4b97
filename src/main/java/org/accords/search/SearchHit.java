package org.accords.search;

/**
 * One entity found by the index.
 *
 * @param id node id
 * @param type GraphQL type name
 * @param score relevance: the tier of the best match of each word, summed
 * @param matchedField the best field that matched
 * @param highlight a plain-text snippet of that field with the matched words between
 * {@code «} and {@code »}
 * @param highlightHtml the same snippet as HTML: text escaped, matched words in
 * {@code <mark>}
 */
public record SearchHit(String id, String type, float score, MatchedField matchedField, String highlight,
		String highlightHtml) {
}
