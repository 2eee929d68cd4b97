package org.accords.agreement;

import java.util.List;

import org.accords.evidence.Evidence;

/**
 * A link from one agreement to another: the later agreement follows, implements, amends
 * or supersedes the earlier one. Stored inside the agreement it starts from.
 *
 * @param kind how the two relate
 * @param sourceId node id of the agreement the link starts from
 * @param targetId node id of the agreement it points at
 * @param evidence the words that report it
 */
public record AgreementLink(AgreementLinkKind kind, String sourceId, String targetId, List<Evidence> evidence) {
}
