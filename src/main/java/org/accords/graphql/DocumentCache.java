package org.accords.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.accords.AccordsProperties;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Keeps parsed and validated documents, so that a repeated query skips parsing and
 * validation; invalid documents are kept too, with their errors.
 */
@Component
class DocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer, MeterBinder {

	private final Cache<String, PreparsedDocumentEntry> documents;

	DocumentCache(AccordsProperties properties) {
		this.documents = Caffeine.newBuilder().maximumSize(properties.http().documentCacheSize()).recordStats().build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.documents, "documents");
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture
			.completedFuture(this.documents.get(input.getQuery(), (query) -> parseAndValidate.apply(input)));
	}

	@Override
	public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(this));
	}

	long size() {
		return this.documents.estimatedSize();
	}

}
