package org.accords.commitment;

import java.util.List;

import org.accords.evidence.Evidence;

/**
 * Where the money of a commitment comes from, in the article's words, when the article
 * names no party that commits ("will come from the proceeds of frozen Russian assets").
 *
 * @param text the source, as the article names it
 * @param evidence the words that name it
 */
public record FundingSource(String text, List<Evidence> evidence) {
}
