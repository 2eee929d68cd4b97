package org.accords.sourceview;

/**
 * One piece of evidence placed on its article's text: the characters {@code [start, end)}
 * support the fact {@code factId}.
 *
 * @param start offset of the first character (UTF-16 code units)
 * @param end offset after the last character
 * @param kind what kind of fact the words support, one of {@link FactKind#key()}
 * @param factType GraphQL type of the fact ({@code Statement}, {@code Person}, ...)
 * @param factId node id of the fact
 * @param label a short description of the fact
 * @param excerpt the words, verbatim: the article's text between start and end
 */
public record Span(int start, int end, String kind, String factType, String factId, String label, String excerpt) {
}
