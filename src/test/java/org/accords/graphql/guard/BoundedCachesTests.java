package org.accords.graphql.guard;

import java.util.Map;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import org.accords.AccordsProperties;
import org.accords.graphql.Hashes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document cache and the persisted-query store hold at most their configured bytes,
 * however many distinct documents arrive.
 */
class BoundedCachesTests {

	static AccordsProperties settings(String key, String value) {
		return new Binder(new MapConfigurationPropertySource(Map.of(key, value))).bindOrCreate("accords",
				AccordsProperties.class);
	}

	static String document(int i) {
		return "{ dataset { version } } # " + i + " " + "x".repeat(2000);
	}

	@Test
	void persistedQueriesStayWithinTheirBytes() {
		PersistedQueries store = new PersistedQueries(settings("accords.http.persisted-queries.max-size", "256KB"),
				new PathMatchingResourcePatternResolver());
		for (int i = 0; i < 1000; i++) {
			String document = document(i);
			store.register(Hashes.sha256Hex(document), document);
		}
		// 1,000 documents of 2,000 characters: 4 MB were they all kept
		assertThat(store.storedBytes()).isPositive().isLessThanOrEqualTo(256 * 1024);
	}

	@Test
	void documentsStayWithinTheirBytes() {
		DocumentCache cache = new DocumentCache(settings("accords.http.document-cache-size", "1MB"),
				new StaticListableBeanFactory().getBeanProvider(GraphQlSource.class), true);
		for (int i = 0; i < 1000; i++) {
			cache.getDocumentAsync(ExecutionInput.newExecutionInput(document(i)).build(),
					(input) -> new PreparsedDocumentEntry(Document.newDocument().build()));
		}
		// at least 34 bytes a character are counted for the tree: 68 MB were they all
		// kept
		assertThat(cache.storedBytes()).isPositive().isLessThanOrEqualTo(1024 * 1024);
		assertThat(DocumentCache.weight("x".repeat(1000))).isGreaterThanOrEqualTo(34_000);
	}

}
