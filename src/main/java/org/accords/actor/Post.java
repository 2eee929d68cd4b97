package org.accords.actor;

import java.util.List;

import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * A position a person holds (a Popolo membership): a role in an organization over time.
 * Every article that reports the same person in the same role and organization is a
 * source of the one post; stated dates are kept apart from the dates derived from the
 * reports.
 *
 * @param id node id, from the person, the role and the organization
 * @param personId node id of the holder
 * @param role the role in the first report's words; other reports' wordings of the same
 * post are claims in {@code provenance} that do not compete
 * @param organizationId node id of the organization, when the article names it
 * @param countryId the organization's country, else the holder's, for filtering
 * @param from the start as the articles state it, ISO-8601; null when none does. Of
 * starts that sources give differently, the one served as any fact's value is: the first
 * reported that no correction withdrew, as precise as any that agrees with it; the others
 * are claims in {@code provenance}, competing when they cannot both be true
 * @param fromPrecision how much of {@code from} the article gives
 * @param to the end as the articles state it, ISO-8601; null when none does; of several,
 * served as {@code from} is
 * @param toPrecision how much of {@code to} the article gives
 * @param firstReported date of the first article that reports the post as held
 * @param lastReported date of the last article that reports the post as held
 * @param endedBy date of the first article that reports the holder as a former holder
 * @param heldFrom the start the {@code heldOn} filter uses: {@code from}, else the
 * previous holder's stated end, else (after another holder) the first report; null when
 * open
 * @param heldUntil the end the {@code heldOn} filter uses: {@code to}, else the day
 * before the next holder's start, else the day before {@code endedBy}; null when open,
 * and when that derived day would fall before the term's start
 * @param roleKey every wording of the role its reports use, folded, one a line, for case-
 * and accent-insensitive filtering
 * @param termStart {@code heldFrom}, or {@code 0000-01-01} when open, for range queries
 * @param termEnd {@code heldUntil}, or {@code 9999-12-31} when open, for range queries
 * @param evidence the words that state the post, from every source
 * @param provenance the articles that name the post, with or without an excerpt (its
 * sources, so that a post reported without evidence still counts the article that reports
 * it), and the claims of the dates they give differently, which make it disputed when
 * they compete, and of the role's wordings when they differ; null for a post stored
 * before they were recorded, whose sources answer from the evidence
 */
public record Post(String id, String personId, String role, @Nullable String organizationId, @Nullable String countryId,
		@Nullable String from, @Nullable DatePrecision fromPrecision, @Nullable String to,
		@Nullable DatePrecision toPrecision, @Nullable String firstReported, @Nullable String lastReported,
		@Nullable String endedBy, @Nullable String heldFrom, @Nullable String heldUntil, String roleKey,
		String termStart, String termEnd, List<Evidence> evidence,
		@Nullable Provenance provenance) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Post";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Post> ENTITY = EntityType.of(EntityCatalog.POST, Post.class);

	/** {@code termStart} of a post whose start is open. */
	public static final String OPEN_START = "0000-01-01";

	/** {@code termEnd} of a post whose end is open. */
	public static final String OPEN_END = "9999-12-31";

	/**
	 * The date of the first article that reports the post, held or as a former post, from
	 * its own dates: also for a post stored before its provenance was recorded.
	 */
	@Override
	public @Nullable String getReportedOn() {
		if (this.firstReported == null) {
			return this.endedBy;
		}
		return (this.endedBy != null && this.endedBy.compareTo(this.firstReported) < 0) ? this.endedBy
				: this.firstReported;
	}

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Post that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
