package org.accords.evidence;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from when several articles report it: the merge of its reports.
 * Stored with the fact, so that lists filter and sort by it.
 *
 * @param sourceIds node ids of the articles that report the fact, in curated order
 * @param sourceCount number of distinct articles among {@code sourceIds}
 * @param disputed whether sources give competing values or the curator marks the fact as
 * contradicted by another
 * @param claims values with the articles that state them: every value of a field on which
 * sources disagree, and every list item of a fact reported by several sources
 * @param contradicts node ids of facts the curator marks as contradicting this one
 * @param note the curator's one-line note on the dispute, if any
 * @param reportedOn the earliest publication date (ISO-8601) among the sources
 * @param retiredIds node ids merged into this entity; they still resolve to it
 */
public record Provenance(List<String> sourceIds, int sourceCount, boolean disputed, List<Claim> claims,
		List<String> contradicts, @Nullable String note, @Nullable String reportedOn, List<String> retiredIds) {

	/** A single-source fact reported by one article. */
	public static Provenance single(String articleId, String reportedOn) {
		return new Provenance(List.of(articleId), 1, false, List.of(), List.of(), null, reportedOn, List.of());
	}

}
