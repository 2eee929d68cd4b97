package org.accords.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.agreement.Agreement;
import org.accords.area.CooperationArea;
import graphql.GraphQLContext;
import org.accords.dataset.Changelog;
import org.accords.dataset.DatasetContext;
import org.accords.evidence.SourceFilter;
import org.accords.paging.Connection;
import org.accords.paging.NodeId;
import org.accords.paging.OrderBy;
import org.accords.paging.PageArguments;
import org.accords.graphql.PublishedVersions;
import org.accords.search.SearchIndex;
import org.accords.store.Entity;
import org.accords.store.FactStore;
import org.accords.store.Where;
import org.accords.store.NestedPage;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * Statements, and the statements of a person, an agreement or a cooperation area.
 */
@Controller
class StatementController {

	private static final Sort ORDER = Sort.by("saidOn", "_id");

	private final FactStore store;

	private final SearchIndex search;

	private final PublishedVersions versions;

	private final Changelog changelog;

	StatementController(FactStore store, SearchIndex search, PublishedVersions versions, Changelog changelog) {
		this.store = store;
		this.search = search;
		this.versions = versions;
		this.changelog = changelog;
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
	 * @param organization an Organization id: spoken by it or on its behalf
	 * @param event an Event id
	 */
	record StatementFilter(@Nullable String speaker, @Nullable String speakerName, @Nullable String country,
			@Nullable StatementKind kind, @Nullable LocalDate saidFrom, @Nullable LocalDate saidTo,
			@Nullable String area, @Nullable String agreement, @Nullable String text, @Nullable Integer minSources,
			@Nullable Boolean disputed, @Nullable LocalDate reportedFrom, @Nullable LocalDate reportedTo,
			@Nullable String organization, @Nullable String event) implements SourceFilter {
	}

	/** Sort fields of {@code statements}. */
	enum StatementOrderField implements OrderBy.Field {

		SAID_ON("saidOn"), ID("_id"), REPORTED_ON(SourceFilter.REPORTED_ON);

		private final String property;

		StatementOrderField(String property) {
			this.property = property;
		}

		@Override
		public String property() {
			return this.property;
		}

	}

	@QueryMapping
	Connection<Statement> statements(@Argument @Nullable StatementFilter filter,
			@Argument @Nullable OrderBy<StatementOrderField> orderBy, PageArguments page,
			@ContextValue String datasetVersion) {
		Where where = where(filter, datasetVersion);
		Sort sort = (orderBy != null) ? orderBy.sort() : ORDER;
		return this.store.page(datasetVersion, Statement.ENTITY, where.criteria(), sort, page);
	}

	/**
	 * The statements each new version adds that match {@code filter}, read from that
	 * version. The filter is checked when the subscription starts, so a bad id fails at
	 * once.
	 */
	@SubscriptionMapping
	Flux<Statement> statementAdded(@Argument @Nullable StatementFilter filter, GraphQLContext context,
			@ContextValue String datasetVersion) {
		where(filter, datasetVersion);
		return this.versions.versions().concatMap((version) -> {
			String key = Changelog.key(version, Statement.TYPE);
			List<String> added = Changelog.idsOf(this.changelog.ids(List.of(key)), key, Changelog.Change.ADDED);
			if (added.isEmpty()) {
				return Flux.empty();
			}
			Criteria criteria = where(filter, version).in("_id", added).criteria();
			List<Statement> statements = this.store.all(version, Statement.ENTITY, criteria, ORDER);
			// the fields of these events (speaker, agreement, evidence, in batches) read
			// the
			// version that added them, not the one served when the subscription started
			context.put(DatasetContext.VERSION, version);
			return Flux.fromIterable(statements);
		});
	}

	/**
	 * The conditions of {@code filter} on the statements of {@code version}; also what
	 * {@code statementAdded(filter:)} matches added statements with.
	 */
	Where where(@Nullable StatementFilter filter, String version) {
		Where where = SourceFilter.apply(Where.all(), filter);
		if (filter != null) {
			where.is("speakerId", NodeId.check(filter.speaker(), Person.TYPE, "filter.speaker"))
				.in("speakerId",
						(filter.speakerName() != null) ? this.search.ids(version, Person.TYPE, filter.speakerName())
								: null)
				.is("speakerCountryId", NodeId.check(filter.country(), Country.TYPE, "filter.country"))
				.is("organizationId", NodeId.check(filter.organization(), Organization.TYPE, "filter.organization"))
				.is("kind", filter.kind())
				.between("saidOn", filter.saidFrom(), filter.saidTo())
				.is("areaIds", NodeId.check(filter.area(), CooperationArea.TYPE, "filter.area"))
				.is("agreementId", NodeId.check(filter.agreement(), Agreement.TYPE, "filter.agreement"))
				.in("_id", this.search.ids(version, Statement.TYPE, filter.text()))
				.is("eventId", NodeId.check(filter.event(), "Event", "filter.event"));
		}
		return where;
	}

	@BatchMapping
	Map<Statement, Person> speaker(List<Statement> statements, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, statements, Statement::speakerId, Person.ENTITY);
	}

	/** The person who spoke, else the organization that did. */
	@BatchMapping
	Map<Statement, Entity> voice(List<Statement> statements, @ContextValue String datasetVersion) {
		return this.store.oneNode(datasetVersion, statements,
				(s) -> (s.speakerId() != null) ? s.speakerId() : s.speakerOrganizationId());
	}

	@BatchMapping
	Map<Statement, Organization> onBehalfOf(List<Statement> statements, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, statements, Statement::onBehalfOfId, Organization.ENTITY);
	}

	@BatchMapping
	Map<Statement, Agreement> agreement(List<Statement> statements, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, statements, Statement::agreementId, Agreement.ENTITY);
	}

	@BatchMapping
	Map<Statement, List<CooperationArea>> areas(List<Statement> statements, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, statements, Statement::areaIds, CooperationArea.ENTITY);
	}

	@BatchMapping(typeName = Person.TYPE, field = "statements")
	Map<NestedPage<Person>, List<Statement>> personStatements(List<NestedPage<Person>> pages,
			@ContextValue String datasetVersion) {
		return this.store.pages(datasetVersion, pages, Statement.ENTITY, "speakerId", ORDER);
	}

	@BatchMapping(typeName = Agreement.TYPE, field = "statements")
	Map<NestedPage<Agreement>, List<Statement>> agreementStatements(List<NestedPage<Agreement>> pages,
			@ContextValue String datasetVersion) {
		return this.store.pages(datasetVersion, pages, Statement.ENTITY, "agreementId", ORDER);
	}

	@BatchMapping(typeName = CooperationArea.TYPE, field = "statements")
	Map<NestedPage<CooperationArea>, List<Statement>> areaStatements(List<NestedPage<CooperationArea>> pages,
			@ContextValue String datasetVersion) {
		return this.store.pages(datasetVersion, pages, Statement.ENTITY, "areaIds", ORDER);
	}

}
