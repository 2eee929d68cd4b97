package org.accords.paging;

import org.springframework.data.domain.Sort;

/**
 * The {@code orderBy} argument of a connection: one of the connection's own sort fields
 * and a direction. Ties go in id order, so that pages stay stable.
 *
 * @param <F> the connection's sort fields (its GraphQL enum)
 * @param field what to sort by
 * @param direction which way
 */
public record OrderBy<F extends Enum<F> & OrderBy.Field>(F field, Sort.Direction direction) {

	/** A sort field of a connection: the stored property it sorts by. */
	public interface Field {

		String property();

	}

	public Sort sort() {
		return Sort.by(this.direction, this.field.property(), "_id");
	}

}
