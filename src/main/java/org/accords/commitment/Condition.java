package org.accords.commitment;

import java.util.List;

import org.accords.evidence.Evidence;

/**
 * What a commitment depends on, in the article's words ("provided the Finnish parliament
 * approves a spring supplementary budget"): the commitment is made, on that condition.
 *
 * @param text the condition, as the curator words it from the article
 * @param evidence the words that state it
 */
public record Condition(String text, List<Evidence> evidence) {
}
