package org.accords.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accords.evidence.DatePrecision;
import org.jspecify.annotations.Nullable;

/**
 * What an agreement's events say of it now: its status (the latest event; on one day, the
 * later stage) and the days on which it is in effect: from the first event that starts it
 * (signed, launched, ratified, in force) to the first later event that ends it
 * (suspended, expired, terminated), except that a suspension a later event resumes is a
 * gap, after which it is in effect again until the next ending. A resumption after an
 * expiry or a termination, or before the agreement took effect (talks suspended and
 * resumed), starts nothing. Computed once, at load, and stored for filters.
 *
 * @param status the stage of the latest event; null without events
 * @param activeFrom the date it takes effect; null when it never does
 * @param activeUntil the date it stops being in effect for good (its last ending, or a
 * suspension never resumed); null while it is in effect
 * @param suspensions the gaps between {@code activeFrom} and {@code activeUntil}: each
 * suspension a later event resumed, oldest first
 */
public record Lifecycle(@Nullable LifecycleStage status, @Nullable String activeFrom, @Nullable String activeUntil,
		List<Suspension> suspensions) {

	/** Events in the order they happened. */
	public static final Comparator<LifecycleEvent> ORDER = Comparator.comparing(LifecycleEvent::date)
		.thenComparing(LifecycleEvent::stage);

	/**
	 * A stretch in which an agreement in effect was suspended: from the day it was
	 * suspended to the day it resumed (in effect again from that day), ISO-8601.
	 *
	 * @param from the day of the suspension
	 * @param until the day of the resumption
	 */
	public record Suspension(String from, String until) {

	}

	/**
	 * The lifecycle of events; an agreement reported only with a signing date (no event
	 * that starts it) is taken as signed on it.
	 */
	public static Lifecycle of(List<LifecycleEvent> events, @Nullable String signedOn) {
		List<LifecycleEvent> ordered = new ArrayList<>(events);
		if (signedOn != null && events.stream().noneMatch((event) -> event.stage().starts())) {
			ordered.add(new LifecycleEvent(LifecycleStage.SIGNED, signedOn, DatePrecision.DAY, List.of()));
		}
		ordered.sort(ORDER);
		String from = null;
		String until = null;
		String suspendedOn = null;
		List<Suspension> suspensions = new ArrayList<>();
		for (LifecycleEvent event : ordered) {
			LifecycleStage stage = event.stage();
			if (from == null) {
				from = stage.starts() ? event.date() : null;
			}
			else if (until != null) {
				break;
			}
			else if (stage == LifecycleStage.SUSPENDED) {
				// another report of a suspension while suspended (a publisher dating it
				// a day later) keeps the first: still one suspension
				if (suspendedOn == null) {
					suspendedOn = event.date();
				}
			}
			else if (suspendedOn != null && stage == LifecycleStage.RESUMED) {
				if (event.date().compareTo(suspendedOn) > 0) {
					suspensions.add(new Suspension(suspendedOn, event.date()));
				}
				suspendedOn = null;
			}
			else if (stage.ends()) {
				until = (suspendedOn != null) ? suspendedOn : event.date();
			}
		}
		if (until == null) {
			until = suspendedOn;
		}
		LifecycleStage status = events.isEmpty() ? ((signedOn != null) ? LifecycleStage.SIGNED : null)
				: events.stream().max(ORDER).orElseThrow().stage();
		return new Lifecycle(status, from, until, List.copyOf(suspensions));
	}

	/** Whether the agreement is in effect on this day (ISO-8601). */
	public boolean activeOn(String day) {
		return this.activeFrom != null && this.activeFrom.compareTo(day) <= 0
				&& (this.activeUntil == null || this.activeUntil.compareTo(day) > 0) && this.suspensions.stream()
					.noneMatch((gap) -> gap.from().compareTo(day) <= 0 && gap.until().compareTo(day) > 0);
	}

}
