package org.accords.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.accords.agreement.LifecycleEvent;
import org.accords.agreement.LifecycleStage;
import org.accords.evidence.Evidence;
import org.accords.seed.SeedValidator.EventKey;
import org.accords.seed.SeedValidator.ResolvedDate;

/**
 * One change (a leaving, a rejoining, an agreement's suspension...) that articles date
 * differently: the days that cannot all be true are a dispute, the earliest is served.
 * Days that share a day (a month holding it, a week running into it) agree; a day that
 * agrees with two competing ones sides with both and competes with neither.
 */
final class ChangeDays {

	private ChangeDays() {
	}

	/**
	 * The reports of one change that compete: each whose day shares no day with another
	 * report's; empty when they all agree.
	 */
	static <K> Set<K> competing(List<K> reports, Function<K, ResolvedDate> day) {
		Set<K> competing = new LinkedHashSet<>();
		reports.stream()
			.filter((report) -> reports.stream().anyMatch((other) -> !day.apply(other).overlaps(day.apply(report))))
			.forEach(competing::add);
		return competing;
	}

	/**
	 * An agreement's lifecycle events, each change once: the SUSPENDED events with no
	 * RESUMED between them are one suspension, the RESUMED with no SUSPENDED between them
	 * one resumption, and every TERMINATED (or EXPIRED) event one termination (expiry),
	 * as nothing follows it. Other stages may happen on several days (each party ratifies
	 * on its own), and stay as they are. A change reported on several days is served on
	 * the earliest, with every report's words, disputed when two of its days cannot both
	 * be true; its competing reports are added to {@code disputing}.
	 * @param events the events, folded, with their evidence
	 * @param disputing the events' claims found competing, added to
	 * @param shown the events served (the first report of each change), added to
	 */
	static List<LifecycleEvent> events(Map<EventKey, List<Evidence>> events, Set<Object> disputing, Set<Object> shown) {
		List<EventKey> ordered = events.keySet()
			.stream()
			.sorted(Comparator.comparing((EventKey event) -> event.date().first()))
			.toList();
		List<List<EventKey>> changes = new ArrayList<>();
		List<EventKey> suspendedOrResumed = null;
		for (EventKey event : ordered) {
			LifecycleStage stage = event.stage();
			List<EventKey> change = null;
			if (stage == LifecycleStage.SUSPENDED || stage == LifecycleStage.RESUMED) {
				if (suspendedOrResumed != null && suspendedOrResumed.get(0).stage() == stage) {
					change = suspendedOrResumed;
				}
			}
			else if (stage == LifecycleStage.TERMINATED || stage == LifecycleStage.EXPIRED) {
				change = changes.stream().filter((other) -> other.get(0).stage() == stage).findFirst().orElse(null);
			}
			if (change == null) {
				change = new ArrayList<>();
				changes.add(change);
			}
			change.add(event);
			if (stage == LifecycleStage.SUSPENDED || stage == LifecycleStage.RESUMED) {
				suspendedOrResumed = change;
			}
		}
		List<LifecycleEvent> served = new ArrayList<>();
		for (List<EventKey> change : changes) {
			EventKey first = change.get(0);
			shown.add(first);
			List<Evidence> evidence = new ArrayList<>();
			change.forEach((event) -> events.getOrDefault(event, List.of())
				.stream()
				.filter((e) -> !evidence.contains(e))
				.forEach(evidence::add));
			Set<EventKey> competing = competing(change, EventKey::date);
			disputing.addAll(competing);
			served.add(new LifecycleEvent(first.stage(), first.date().iso(), first.date().precision(),
					List.copyOf(evidence), !competing.isEmpty()));
		}
		return served;
	}

}
