package org.accords.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accords.actor.Country;
import org.accords.actor.Person;
import org.accords.agreement.Agreement;
import org.accords.area.CooperationArea;
import org.accords.dataset.DatasetContext;
import org.accords.evidence.SourceFilter;
import org.accords.graphql.Connection;
import org.accords.graphql.NodeId;
import org.accords.graphql.PageRequest;
import org.accords.search.SearchIndex;
import org.accords.store.FactStore;
import org.accords.store.Where;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Statements, and the statements of a person, an agreement or a cooperation area.
 */
@Controller
class StatementController {

	private static final Sort ORDER = Sort.by("saidOn", "_id");

	private final FactStore store;

	private final SearchIndex search;

	StatementController(FactStore store, SearchIndex search) {
		this.store = store;
		this.search = search;
	}

	/**
	 * Filter arguments of {@code statements}.
	 *
	 * @param speaker a Person id
	 * @param speakerName part of the speaker's name, folded
	 * @param country a Country id, the speaker's
	 * @param kind quote or paraphrase
	 * @param saidFrom earliest date
	 * @param saidTo latest date
	 * @param area a CooperationArea id
	 * @param agreement an Agreement id
	 * @param text words in the text, folded
	 * @param minSources at least this many distinct articles report it
	 * @param disputed only disputed, or only undisputed
	 * @param reportedFrom earliest report on or after
	 * @param reportedTo earliest report on or before
	 * @param event an Event id
	 */
	record StatementFilter(@Nullable String speaker, @Nullable String speakerName, @Nullable String country,
			@Nullable StatementKind kind, @Nullable LocalDate saidFrom, @Nullable LocalDate saidTo,
			@Nullable String area, @Nullable String agreement, @Nullable String text, @Nullable Integer minSources,
			@Nullable Boolean disputed, @Nullable LocalDate reportedFrom, @Nullable LocalDate reportedTo,
			@Nullable String event) implements SourceFilter {
	}

	/** Sort fields of {@code statements}. */
	enum StatementOrderField {

		SAID_ON("saidOn"), ID("_id"), REPORTED_ON(SourceFilter.REPORTED_ON);

		private final String property;

		StatementOrderField(String property) {
			this.property = property;
		}

	}

	/**
	 * Sort order of {@code statements}.
	 *
	 * @param field what to sort by
	 * @param direction which way
	 */
	record StatementOrder(StatementOrderField field, Sort.Direction direction) {

		Sort sort() {
			return Sort.by(this.direction, this.field.property, "_id");
		}

	}

	@QueryMapping
	Connection<Statement> statements(@Argument @Nullable StatementFilter filter,
			@Argument @Nullable StatementOrder orderBy, @Arguments PageRequest page,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		Where where = SourceFilter.apply(Where.all(), filter);
		if (filter != null) {
			where.is("speakerId", NodeId.check(filter.speaker(), Person.TYPE, "filter.speaker"))
				.in("speakerId",
						(filter.speakerName() != null) ? this.search.ids(version, Person.TYPE, filter.speakerName())
								: null)
				.is("speakerCountryId", NodeId.check(filter.country(), Country.TYPE, "filter.country"))
				.is("kind", filter.kind())
				.between("saidOn", filter.saidFrom(), filter.saidTo())
				.is("areaIds", NodeId.check(filter.area(), CooperationArea.TYPE, "filter.area"))
				.is("agreementId", NodeId.check(filter.agreement(), Agreement.TYPE, "filter.agreement"))
				.in("_id", this.search.ids(version, Statement.TYPE, filter.text()))
				.is("eventId", NodeId.check(filter.event(), "Event", "filter.event"));
		}
		Sort sort = (orderBy != null) ? orderBy.sort() : ORDER;
		return this.store.page(version, Statement.TYPE, Statement.class, where.criteria(), sort, page);
	}

	@BatchMapping
	Map<Statement, Person> speaker(List<Statement> statements,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.one(version, statements, Statement::speakerId, Person.TYPE, Person.class);
	}

	@BatchMapping
	Map<Statement, Agreement> agreement(List<Statement> statements,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.one(version, statements, Statement::agreementId, Agreement.TYPE, Agreement.class);
	}

	@BatchMapping
	Map<Statement, List<CooperationArea>> areas(List<Statement> statements,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.many(version, statements, Statement::areaIds, CooperationArea.TYPE, CooperationArea.class);
	}

	@BatchMapping(typeName = Person.TYPE, field = "statements")
	Map<Person, List<Statement>> personStatements(List<Person> people,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.referencing(version, people, Statement.TYPE, Statement.class, "speakerId",
				(s) -> List.of(s.speakerId()), ORDER);
	}

	@BatchMapping(typeName = Agreement.TYPE, field = "statements")
	Map<Agreement, List<Statement>> agreementStatements(List<Agreement> agreements,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.referencing(version, agreements, Statement.TYPE, Statement.class, "agreementId",
				(s) -> List.of(s.agreementId()), ORDER);
	}

	@BatchMapping(typeName = CooperationArea.TYPE, field = "statements")
	Map<CooperationArea, List<Statement>> areaStatements(List<CooperationArea> areas,
			@ContextValue(name = DatasetContext.VERSION) String version) {
		return this.store.referencing(version, areas, Statement.TYPE, Statement.class, "areaIds", Statement::areaIds,
				ORDER);
	}

}
