package org.accords.sources;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import org.accords.evidence.Reported;
import org.accords.graphql.DatasetVersionSource;
import org.accords.store.Entity;
import org.accords.store.FactStore;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code competingFacts} of every type goes through one batch loader: the facts of one
 * level of a response cost one store query, whatever their types.
 */
class CompetingFactsTests {

	@Test
	void factsOfSeveralTypesAreAnsweredByOneStoreQueryInTheirCuratedOrder() {
		FactStore store = mock(FactStore.class);
		Entity first = mock(Entity.class);
		Entity second = mock(Entity.class);
		when(store.nodes(eq("v1"), any())).thenReturn(Map.of("Statement:a", first, "Person:b", second));
		BatchLoaderRegistry loaders = new DefaultBatchLoaderRegistry();
		new SourceController(store, loaders);
		DataLoaderRegistry registry = DataLoaderRegistry.newRegistry().build();
		loaders.registerDataLoaders(registry, GraphQLContext.of(Map.of(DatasetVersionSource.CONTEXT_KEY, "v1")));
		DataLoader<Reported, List<Entity>> loader = registry.getDataLoader(SourceController.COMPETING_FACTS);

		CompletableFuture<List<Entity>> both = loader.load(fact("Person:b", "Statement:a"));
		CompletableFuture<List<Entity>> one = loader.load(fact("Statement:a"));
		CompletableFuture<List<Entity>> gone = loader.load(fact("Statement:removed"));
		CompletableFuture<List<Entity>> none = loader.load(fact());
		loader.dispatchAndJoin();

		verify(store, times(1)).nodes(eq("v1"), any());
		assertThat(both.join()).containsExactly(second, first);
		assertThat(one.join()).containsExactly(first);
		assertThat(gone.join()).isEmpty();
		assertThat(none.join()).isEmpty();
	}

	private static Reported fact(String... contradictedBy) {
		Reported fact = mock(Reported.class);
		when(fact.getContradictedByIds()).thenReturn(List.of(contradictedBy));
		return fact;
	}

}
