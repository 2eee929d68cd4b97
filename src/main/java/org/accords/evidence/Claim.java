package org.accords.evidence;

import java.util.List;

/**
 * One value of a fact's field with the articles that state it.
 *
 * @param field the field, as named in the API (such as {@code person})
 * @param value the value as text; for a reference, the node id of the entity
 * @param sourceIds node ids of the articles that state it
 * @param competing whether other sources give a value for the field that disagrees with
 * this one (a month that holds another source's day, or shares days with its week, agrees
 * with it, as does a role worded another way for the same seat)
 */
public record Claim(String field, String value, List<String> sourceIds, boolean competing) {

	/** Number of articles that state the value. */
	public int getSourceCount() {
		return this.sourceIds.size();
	}

}
