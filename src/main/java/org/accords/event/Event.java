package org.accords.event;

import java.util.List;

import org.accords.evidence.DatePrecision;
import org.accords.evidence.Evidence;
import org.accords.evidence.Provenance;
import org.accords.evidence.Reported;
import org.accords.store.EntityCatalog;
import org.accords.store.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * A meeting, visit, press conference or signing ceremony: where statements are made and
 * agreements signed.
 *
 * @param id node id
 * @param name a descriptive name
 * @param kind what kind of gathering
 * @param date when, ISO-8601 (a month or year as its first day), when the article gives
 * it
 * @param datePrecision how much of {@code date} the article gives; null when it gives no
 * date
 * @param place where, in the article's words
 * @param countryId node id of the country it took place in, when known
 * @param participantIds node ids of the people, organizations and countries taking part
 * @param countryIds the country it took place in and the participants' countries, for
 * filtering
 * @param evidence the words that report it
 * @param searchText folded name and place
 * @param provenance the merge of its reports: sources, disputes, report date, merged ids
 */
public record Event(String id, String name, EventKind kind, @Nullable String date,
		@Nullable DatePrecision datePrecision, @Nullable String place, @Nullable String countryId,
		List<String> participantIds, List<String> countryIds, List<Evidence> evidence, String searchText,
		@Nullable Provenance provenance) implements Reported {

	/** GraphQL type name, also the base name of its collection. */
	public static final String TYPE = "Event";

	/** Its entry in the {@link EntityCatalog}, bound to this record. */
	public static final EntityType<Event> ENTITY = EntityType.of(EntityCatalog.EVENT, Event.class);

	/**
	 * Entities are the same when their ids are: cheap, as batch loading keys maps by
	 * them.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Event that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
