package org.accords.agreement;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an agreement's events say of it now: its status (the latest event; on one day, the
 * later stage) and the span in which it is in effect, from the first event that starts it
 * (signed, launched, ratified, in force) to the first later event that ends it
 * (suspended, expired, terminated). Computed once, at load, and stored for filters.
 *
 * @param status the stage of the latest event; null without events
 * @param activeFrom the date it takes effect; null when it never does
 * @param activeUntil the date it stops being in effect; null while it is
 */
public record Lifecycle(@Nullable LifecycleStage status, @Nullable String activeFrom, @Nullable String activeUntil) {

	/** Events in the order they happened. */
	public static final Comparator<LifecycleEvent> ORDER = Comparator.comparing(LifecycleEvent::date)
		.thenComparing(LifecycleEvent::stage);

	/**
	 * The lifecycle of events; an agreement reported only with a signing date is taken as
	 * signed on it.
	 */
	public static Lifecycle of(List<LifecycleEvent> events, @Nullable String signedOn) {
		if (events.isEmpty()) {
			return (signedOn != null) ? new Lifecycle(LifecycleStage.SIGNED, signedOn, null)
					: new Lifecycle(null, null, null);
		}
		List<LifecycleEvent> ordered = events.stream().sorted(ORDER).toList();
		String from = null;
		String until = null;
		for (LifecycleEvent event : ordered) {
			if (from == null && event.stage().starts()) {
				from = event.date();
			}
			else if (from != null && until == null && event.stage().ends()) {
				until = event.date();
			}
		}
		if (from == null && signedOn != null) {
			from = signedOn;
		}
		return new Lifecycle(ordered.get(ordered.size() - 1).stage(), from, until);
	}

}
