package org.accords.agreement;

import java.util.List;

import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;

/**
 * A dated step in an agreement's life: announced, signed, in force, terminated...
 *
 * @param stage what happened
 * @param date when, ISO-8601 (a month or year as its first day)
 * @param datePrecision how much of the date the article gives
 * @param evidence the words that report it
 * @param disputed whether sources give days for it that cannot both be true (one
 * suspension, resumption, termination or expiry dated differently): {@code date} is the
 * earliest, and each day is a competing claim of the agreement's {@code events}
 */
public record LifecycleEvent(LifecycleStage stage, String date, DatePrecision datePrecision, List<Evidence> evidence,
		boolean disputed) {

	/** An event its sources do not dispute. */
	public LifecycleEvent(LifecycleStage stage, String date, DatePrecision datePrecision, List<Evidence> evidence) {
		this(stage, date, datePrecision, evidence, false);
	}

}
