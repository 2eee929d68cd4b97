package org.accords.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.agreement.Agreement;
import org.accords.evidence.SourceFilter;
import org.accords.paging.Connection;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NodeId;
import org.accords.paging.PageArguments;
import org.accords.statement.Statement;
import org.accords.store.Entity;
import org.accords.store.FactStore;
import org.accords.store.Where;
import org.accords.store.NestedPage;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Events (meetings, visits, press conferences, signing ceremonies), the statements made
 * at them and the agreements signed at them.
 */
@Controller
class EventController {

	private static final Sort ORDER = Sort.by("date", "_id");

	private final FactStore store;

	EventController(FactStore store) {
		this.store = store;
	}

	/**
	 * Filter arguments of {@code events}.
	 *
	 * @param kind what kind of gathering
	 * @param from on or after this date
	 * @param to on or before this date
	 * @param country a Country id: held there, or with a participant of it
	 * @param participant a Person, Organization or Country id taking part
	 * @param minSources reported by at least this many articles
	 * @param disputed only disputed, or only undisputed
	 * @param reportedFrom earliest source published on or after this date
	 * @param reportedTo earliest source published on or before this date
	 */
	record EventFilter(@Nullable EventKind kind, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String country, @Nullable String participant, @Nullable Integer minSources,
			@Nullable Boolean disputed, @Nullable LocalDate reportedFrom,
			@Nullable LocalDate reportedTo) implements SourceFilter {

		/** Adds the conditions this filter sets to {@code where}. */
		Where where(Where where) {
			return SourceFilter.apply(where, this)
				.is("kind", this.kind)
				.between("date", this.from, this.to)
				.is("countryIds", NodeId.check(this.country, Country.TYPE, "filter.country"))
				.is("participantIds", EventController.participant(this.participant));
		}

	}

	@QueryMapping
	Connection<Event> events(@Argument @Nullable EventFilter filter, PageArguments page,
			@ContextValue String datasetVersion) {
		return this.store.page(datasetVersion, Event.ENTITY, Where.of(filter, EventFilter::where), ORDER, page);
	}

	/** A Person, Organization or Country id; anything else is a clear error. */
	private static @Nullable String participant(@Nullable String id) {
		if (id == null) {
			return null;
		}
		String type = NodeId.parse(id).type();
		if (!Set.of(Person.TYPE, Organization.TYPE, Country.TYPE).contains(type)) {
			throw new InvalidInputException("filter.participant: '" + id + "' is the id of " + NodeId.article(type)
					+ " " + type + ", expected a Person, Organization or Country");
		}
		return id;
	}

	/** People, organizations and countries of a batch of events: one query per type. */
	@BatchMapping
	Map<Event, List<Entity>> participants(List<Event> events, @ContextValue String datasetVersion) {
		Set<String> ids = new LinkedHashSet<>();
		events.forEach((event) -> ids.addAll(event.participantIds()));
		Map<String, Entity> found = ids.isEmpty() ? Map.of() : this.store.nodes(datasetVersion, ids);
		Map<Event, List<Entity>> result = new LinkedHashMap<>();
		for (Event event : events) {
			List<Entity> participants = new ArrayList<>();
			event.participantIds().stream().map(found::get).filter(Objects::nonNull).forEach(participants::add);
			result.put(event, participants);
		}
		return result;
	}

	@BatchMapping
	Map<Event, Country> country(List<Event> events, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, events, Event::countryId, Country.ENTITY);
	}

	@BatchMapping(typeName = Event.TYPE)
	Map<NestedPage<Event>, List<Statement>> statements(List<NestedPage<Event>> pages,
			@ContextValue String datasetVersion) {
		return this.store.pages(datasetVersion, pages, Statement.ENTITY, "eventId", Sort.by("saidOn", "_id"));
	}

	@BatchMapping(typeName = Event.TYPE)
	Map<NestedPage<Event>, List<Agreement>> agreements(List<NestedPage<Event>> pages,
			@ContextValue String datasetVersion) {
		return this.store.pages(datasetVersion, pages, Agreement.ENTITY, "signedAtId", Sort.by("signedOn", "_id"));
	}

	@BatchMapping(typeName = Statement.TYPE, field = "event")
	Map<Statement, Event> statementEvent(List<Statement> statements, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, statements, Statement::eventId, Event.ENTITY);
	}

	@BatchMapping(typeName = Agreement.TYPE, field = "signedAt")
	Map<Agreement, Event> agreementSignedAt(List<Agreement> agreements, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, agreements, Agreement::signedAtId, Event.ENTITY);
	}

}
