package org.accords.actor;

import java.util.List;

import org.accords.evidence.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * A position a person holds, as the article states it.
 *
 * @param role the role in the article's words
 * @param organizationId node id of the organization, when the article names it
 * @param evidence the words that state it
 */
public record Post(String role, @Nullable String organizationId, List<Evidence> evidence) {
}
