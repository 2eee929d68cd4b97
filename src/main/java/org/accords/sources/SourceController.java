package org.accords.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

import org.accords.actor.Country;
import org.accords.actor.Organization;
import org.accords.actor.Person;
import org.accords.agreement.Agreement;
import org.accords.agreement.Signatory;
import org.accords.area.CooperationArea;
import org.accords.article.Article;
import org.accords.commitment.Commitment;
import org.accords.event.Event;
import org.accords.evidence.Alias;
import org.accords.evidence.Claim;
import org.accords.evidence.Reported;
import org.accords.evidence.Source;
import org.accords.graphql.DatasetVersionSource;
import org.accords.paging.NodeId;
import org.accords.statement.Statement;
import org.accords.store.Entity;
import org.accords.store.FactStore;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Controller;
import org.springframework.util.Assert;

/**
 * What several articles add to every fact: its sources' articles, the entities that
 * competing values name, the articles of aliases, and the facts a curator marks as
 * contradicting. The scalar fields ({@code sourceCount}, {@code disputed},
 * {@code reportedOn}, ...) are read from {@link Reported} without the store.
 */
@Controller
class SourceController {

	private static final Set<String> TYPES = Set.of(Agreement.TYPE, Signatory.TYPE, CooperationArea.TYPE,
			Commitment.TYPE, Statement.TYPE, Person.TYPE, Organization.TYPE, Country.TYPE, Event.TYPE);

	/** Name of the batch loader of {@code competingFacts}, the same for every type. */
	static final String COMPETING_FACTS = "Reported.competingFacts";

	private final FactStore store;

	SourceController(FactStore store, BatchLoaderRegistry loaders) {
		this.store = store;
		loaders.<Reported, List<Entity>>forName(COMPETING_FACTS).registerMappedBatchLoader(this::competingFacts);
	}

	@BatchMapping(typeName = "Source", field = "article")
	Map<Source, Article> sourceArticle(List<Source> sources, @ContextValue String datasetVersion) {
		return this.store.one(datasetVersion, sources, Source::articleId, Article.ENTITY);
	}

	@BatchMapping(typeName = "Claim", field = "sources")
	Map<Claim, List<Article>> claimSources(List<Claim> claims, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, claims, Claim::sourceIds, Article.ENTITY);
	}

	@BatchMapping(typeName = "Claim", field = "correctedBy")
	Map<Claim, List<Article>> claimCorrectedBy(List<Claim> claims, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, claims, Claim::correctedByIds, Article.ENTITY);
	}

	@BatchMapping(typeName = "Claim", field = "node")
	Map<Claim, Entity> claimNode(List<Claim> claims, @ContextValue String datasetVersion) {
		return this.store.oneNode(datasetVersion, claims, (claim) -> reference(claim.value()));
	}

	@BatchMapping(typeName = "Alias", field = "articles")
	Map<Alias, List<Article>> aliasArticles(List<Alias> aliases, @ContextValue String datasetVersion) {
		return this.store.many(datasetVersion, aliases, Alias::articleIds, Article.ENTITY);
	}

	/**
	 * {@code competingFacts} of every type in {@link #TYPES}: one batch loader, and one
	 * data fetcher per type that loads through it, so that the facts of one level of a
	 * response are answered with one store query, as a {@code @BatchMapping} would.
	 */
	@Bean
	static RuntimeWiringConfigurer competingFactsWiring() {
		return (wiring) -> TYPES.forEach(
				(type) -> wiring.type(type, (builder) -> builder.dataFetcher("competingFacts", new CompetingFacts())));
	}

	private Mono<Map<Reported, List<Entity>>> competingFacts(Set<Reported> facts, BatchLoaderEnvironment env) {
		GraphQLContext context = Objects.requireNonNull(env.getContext());
		String version = Objects.requireNonNull(context.get(DatasetVersionSource.CONTEXT_KEY),
				"No dataset version in the GraphQL context");
		return Mono.fromCallable(() -> competingFacts(List.copyOf(facts), version));
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

	/**
	 * Loads a fact's {@code competingFacts} through the one batch loader; self-describing
	 * so that schema inspection knows what it returns.
	 */
	private static final class CompetingFacts implements SelfDescribingDataFetcher<CompletableFuture<List<Entity>>> {

		@Override
		public CompletableFuture<List<Entity>> get(DataFetchingEnvironment env) {
			DataLoader<Reported, List<Entity>> loader = env.getDataLoader(COMPETING_FACTS);
			Assert.state(loader != null, "No data loader " + COMPETING_FACTS);
			return loader.load(Objects.requireNonNull(env.getSource()));
		}

		@Override
		public String getDescription() {
			return "SourceController#competingFacts (one batch loader for every type in SourceController.TYPES)";
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClassWithGenerics(List.class, Entity.class);
		}

	}

	/** The value as a node id, when it is the id of an entity. */
	private static @Nullable String reference(String value) {
		String type = NodeId.typeOf(value);
		return (type != null && TYPES.contains(type)) ? value : null;
	}

}
