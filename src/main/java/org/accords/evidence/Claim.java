package org.accords.evidence;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One value of a fact's field with the articles that state it.
 *
 * @param field the field, as named in the API (such as {@code person})
 * @param value the value as text; for a reference, the node id of the entity
 * @param sourceIds node ids of the articles that state it
 * @param competing whether other sources give a value for the field that disagrees with
 * this one (a month that holds another source's day, or shares days with its week, agrees
 * with it, as does a role worded another way for the same seat); false for a value its
 * publisher corrected
 * @param correctedBy node ids of the articles that correct this value (a correction by
 * the publisher of every article that states it, giving another value for the field);
 * null when none, so that the common claim stays small
 * @param served whether the fact shows this value: of the values its sources give for one
 * field, the one its field carries (the first reported that is as precise as any agreeing
 * with it and not withdrawn); of a list's items, each one the list shows (every item not
 * withdrawn, except where the fact shows one of several: of an agreement's events and
 * participants' joinings, leavings and changes that share a day, the most precise, and of
 * a spell's leavings the earliest). Null when not recorded: claims of a version loaded
 * before 2026-12-03 (from 2026-12-03 until this was recorded for every claim, the value a
 * field carries was marked true and the others left null)
 */
public record Claim(String field, String value, List<String> sourceIds, boolean competing,
		@Nullable List<String> correctedBy, @Nullable Boolean served) {

	/** A claim no article corrects, whose being served is not recorded. */
	public Claim(String field, String value, List<String> sourceIds, boolean competing) {
		this(field, value, sourceIds, competing, null, null);
	}

	/** A claim of a value the fact does not show (a withdrawn fact, for one). */
	public Claim(String field, String value, List<String> sourceIds, boolean competing,
			@Nullable List<String> correctedBy) {
		this(field, value, sourceIds, competing, correctedBy, false);
	}

	/** Whether this is the value the fact serves in the field. */
	public boolean isServed() {
		return Boolean.TRUE.equals(this.served);
	}

	/** Node ids of the articles that correct the value; empty when none. */
	public List<String> correctedByIds() {
		return (this.correctedBy != null) ? this.correctedBy : List.of();
	}

	/** Number of articles that state the value. */
	public int getSourceCount() {
		return this.sourceIds.size();
	}

}
