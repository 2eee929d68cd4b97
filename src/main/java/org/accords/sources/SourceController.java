package org.accords.sources;

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
import org.accords.agreement.Signatory;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.commitment.Commitment;
import org.accords.evidence.Alias;
import org.accords.evidence.Claim;
import org.accords.evidence.Reported;
import org.accords.evidence.Source;
import org.accords.paging.NodeId;
import org.accords.statement.Statement;
import org.accords.store.Entity;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.stereotype.Controller;

/**
 * What several articles add to every fact: its sources' articles, the entities that
 * competing values name, the articles of aliases, and the facts a curator marks as
 * contradicting. The scalar fields ({@code sourceCount}, {@code disputed},
 * {@code reportedOn}, ...) are read from {@link Reported} without the store.
 */
@Controller
class SourceController {

	private static final Set<String> TYPES = Set.of(Agreement.TYPE, Signatory.TYPE, CooperationArea.TYPE,
			Commitment.TYPE, Statement.TYPE, Person.TYPE, Organization.TYPE, Country.TYPE);

	private final FactStore store;

	SourceController(FactStore store) {
		this.store = store;
	}

	@BatchMapping(typeName = "Source", field = "article")
	Map<Source, Article> sourceArticle(List<Source> sources, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, sources, Source::articleId, Article.ENTITY);
	}

	@BatchMapping(typeName = "Claim", field = "sources")
	Map<Claim, List<Article>> claimSources(List<Claim> claims, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, claims, Claim::sourceIds, Article.ENTITY);
	}

	@BatchMapping(typeName = "Claim", field = "node")
	Map<Claim, Entity> claimNode(List<Claim> claims, @ContextValue String datasetVersion) {
		return this.store.oneNode(datasetVersion, claims, (claim) -> reference(claim.value()));
	}

	@BatchMapping(typeName = "Alias", field = "articles")
	Map<Alias, List<Article>> aliasArticles(List<Alias> aliases, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, aliases, Alias::articleIds, Article.ENTITY);
	}

	@BatchMapping(typeName = Agreement.TYPE, field = "competingFacts")
	Map<Agreement, List<Entity>> agreementCompetingFacts(List<Agreement> facts, @ContextValue String datasetVersion) {
		return competingFacts(facts, datasetVersion);
	}

	@BatchMapping(typeName = Signatory.TYPE, field = "competingFacts")
	Map<Signatory, List<Entity>> signatoryCompetingFacts(List<Signatory> facts, @ContextValue String datasetVersion) {
		return competingFacts(facts, datasetVersion);
	}

	@BatchMapping(typeName = CooperationArea.TYPE, field = "competingFacts")
	Map<CooperationArea, List<Entity>> cooperationAreaCompetingFacts(List<CooperationArea> facts,
			@ContextValue String datasetVersion) {
		return competingFacts(facts, datasetVersion);
	}

	@BatchMapping(typeName = Commitment.TYPE, field = "competingFacts")
	Map<Commitment, List<Entity>> commitmentCompetingFacts(List<Commitment> facts,
			@ContextValue String datasetVersion) {
		return competingFacts(facts, datasetVersion);
	}

	@BatchMapping(typeName = Statement.TYPE, field = "competingFacts")
	Map<Statement, List<Entity>> statementCompetingFacts(List<Statement> facts, @ContextValue String datasetVersion) {
		return competingFacts(facts, datasetVersion);
	}

	@BatchMapping(typeName = Person.TYPE, field = "competingFacts")
	Map<Person, List<Entity>> personCompetingFacts(List<Person> facts, @ContextValue String datasetVersion) {
		return competingFacts(facts, datasetVersion);
	}

	@BatchMapping(typeName = Organization.TYPE, field = "competingFacts")
	Map<Organization, List<Entity>> organizationCompetingFacts(List<Organization> facts,
			@ContextValue String datasetVersion) {
		return competingFacts(facts, datasetVersion);
	}

	@BatchMapping(typeName = Country.TYPE, field = "competingFacts")
	Map<Country, List<Entity>> countryCompetingFacts(List<Country> facts, @ContextValue String datasetVersion) {
		return competingFacts(facts, datasetVersion);
	}

	private <T extends Reported> Map<T, List<Entity>> competingFacts(List<T> facts, String version) {
		Set<String> ids = new LinkedHashSet<>();
		facts.forEach((fact) -> ids.addAll(fact.getContradictedByIds()));
		Map<String, Entity> found = ids.isEmpty() ? Map.of() : this.store.nodes(version, ids);
		Map<T, List<Entity>> result = new LinkedHashMap<>();
		for (T fact : facts) {
			List<Entity> competing = new ArrayList<>();
			fact.getContradictedByIds().stream().map(found::get).filter(Objects::nonNull).forEach(competing::add);
			result.put(fact, competing);
		}
		return result;
	}

	/** The value as a node id, when it is the id of an entity. */
	private static @Nullable String reference(String value) {
		try {
			return TYPES.contains(NodeId.parse(value).type()) ? value : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
