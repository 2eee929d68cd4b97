package org.accords.evidence;

import java.time.LocalDate;

import org.accords.paging.InvalidInputException;
import org.accords.store.Where;
import org.jspecify.annotations.Nullable;

/**
 * The conditions on sources that every fact filter accepts; each filter input record
 * implements this interface with the same four components.
 */
public interface SourceFilter {

	/** Stored field: number of distinct sources. */
	String SOURCE_COUNT = "provenance.sourceCount";

	/** Stored field: whether the fact is disputed. */
	String DISPUTED = "provenance.disputed";

	/** Stored field: earliest publication date among the sources. */
	String REPORTED_ON = "provenance.reportedOn";

	/** At least this many distinct articles report the fact. */
	@Nullable Integer minSources();

	/** Only disputed facts, or only undisputed ones. */
	@Nullable Boolean disputed();

	/** The earliest source published on or after this date. */
	@Nullable LocalDate reportedFrom();

	/** The earliest source published on or before this date. */
	@Nullable LocalDate reportedTo();

	/** Adds the given conditions to {@code where}; a null filter adds none. */
	static Where apply(Where where, @Nullable SourceFilter filter) {
		if (filter == null) {
			return where;
		}
		Integer minSources = filter.minSources();
		if (minSources != null && minSources < 0) {
			throw new InvalidInputException("filter.minSources: must be 0 or more, was " + minSources);
		}
		return where.atLeast(SOURCE_COUNT, (minSources != null && minSources > 1) ? minSources : null)
			.flag(DISPUTED, filter.disputed())
			.between(REPORTED_ON, filter.reportedFrom(), filter.reportedTo());
	}

}
