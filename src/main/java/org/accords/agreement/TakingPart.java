package org.accords.agreement;

import java.util.ArrayList;
import java.util.List;

import org.accords.actor.Post;

/**
 * A country's taking part in an agreement in one capacity, from one day to another: what
 * the agreements filter reads when a day is given ({@code activeOn} with {@code party},
 * {@code between} or {@code leader}), as {@code Agreement.participants(activeOn:)} reads
 * a participant. Derived from the parties and participants when the version is built;
 * stored for queries, not served.
 *
 * @param countryId the country: a party, a country taking part, or the country of an
 * organization taking part
 * @param from the day it joined, ISO-8601 (a month or year as its first day), or
 * {@link Post#OPEN_START} when it takes part from the start or from a day not reported
 * @param until the day it left or was suspended (it no longer takes part from that day),
 * ISO-8601, or {@link Post#OPEN_END} while no source says it left
 * @param party whether it takes part as one of the agreement's {@code parties}
 * @param leader whether it leads the agreement: a co-leader, itself or through one of its
 * organizations
 */
public record TakingPart(String countryId, String from, String until, boolean party, boolean leader) {

	/**
	 * One entry per participant that counts for a country, and one for each party that is
	 * not itself a participant (from the start, open). A party that is also a participant
	 * takes part as its participant entries say: one entry for each of its periods that
	 * is not a suspension, from the day it joined (or rejoined, or resumed) to the day it
	 * left (or was suspended).
	 * @param partyIds node ids of the agreement's parties
	 * @param participants its participants, with their joining and leaving days
	 */
	public static List<TakingPart> of(List<String> partyIds, List<Participant> participants) {
		List<TakingPart> taking = new ArrayList<>();
		for (Participant p : participants) {
			if (p.countryId() == null) {
				continue;
			}
			for (ParticipationPeriod period : p.periods()) {
				if (period.suspended()) {
					continue;
				}
				TakingPart part = new TakingPart(p.countryId(),
						(period.from() != null) ? period.from() : Post.OPEN_START,
						(period.until() != null) ? period.until() : Post.OPEN_END, partyIds.contains(p.partyId()),
						p.role() == ParticipantRole.CO_LEADER);
				if (!taking.contains(part)) {
					taking.add(part);
				}
			}
		}
		for (String party : partyIds) {
			if (participants.stream().noneMatch((p) -> p.partyId().equals(party))) {
				taking.add(new TakingPart(party, Post.OPEN_START, Post.OPEN_END, true, false));
			}
		}
		return List.copyOf(taking);
	}

}
