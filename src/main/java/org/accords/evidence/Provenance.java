package org.accords.evidence;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from when several articles report it: the merge of its reports.
 * Stored with the fact, so that lists filter and sort by it.
 *
 * @param sourceIds node ids of the articles that report the fact, in curated order; null
 * when they are the articles of its evidence, in order
 * @param sourceCount number of distinct articles among {@code sourceIds}
 * @param disputed whether sources give competing values or the curator marks the fact as
 * contradicted by another
 * @param claims values with the articles that state them: every value of a field whose
 * sources state it differently (competing, or a date given less precisely beside one it
 * holds, which is not), and every list item of a fact reported by several sources
 * @param contradicts node ids of facts the curator marks as contradicting this one
 * @param note the curator's one-line note on the dispute, if any
 * @param reportedOn the earliest publication date (ISO-8601) among the sources
 * @param retiredIds node ids merged into this entity; they still resolve to it
 * <p>
 * What can be left out is stored as absent (null), so that the provenance of the common
 * single-source fact stays small: empty lists, {@code disputed} when false, and
 * {@code sourceIds} when they are exactly the articles of the fact's evidence.
 */
public record Provenance(@Nullable List<String> sourceIds, int sourceCount, @Nullable Boolean disputed,
		@Nullable List<Claim> claims, @Nullable List<String> contradicts, @Nullable String note,
		@Nullable String reportedOn, @Nullable List<String> retiredIds) {

	/** The list, or null when it is empty (stored as absent). */
	public static <T> @Nullable List<T> orNull(List<T> list) {
		return list.isEmpty() ? null : List.copyOf(list);
	}

	/** This provenance with {@code more} claims after its own. */
	public Provenance withClaims(List<Claim> more) {
		List<Claim> all = new java.util.ArrayList<>((this.claims != null) ? this.claims : List.of());
		all.addAll(more);
		return new Provenance(this.sourceIds, this.sourceCount, this.disputed, orNull(all), this.contradicts, this.note,
				this.reportedOn, this.retiredIds);
	}

	/** A single-source fact reported by one article. */
	public static Provenance single(String articleId, String reportedOn) {
		return new Provenance(List.of(articleId), 1, null, null, null, null, reportedOn, null);
	}

}
