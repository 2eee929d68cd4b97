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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Keeps parsed and validated documents, so that a repeated query skips parsing and
 * validation; invalid documents are kept too, with their errors said in users' words
 * ({@link ValidationMessages}). Bounded by estimated bytes, not by count: documents go up
 * to {@code accords.limits.max-characters}.
 */
@Component
class DocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer, MeterBinder {

	private final Cache<String, PreparsedDocumentEntry> documents;

	private final ValidationMessages messages;

	DocumentCache(AccordsProperties properties, ObjectProvider<GraphQlSource> source,
			@Value("${spring.graphql.schema.introspection.enabled:true}") boolean introspection) {
		// suggestions name schema fields: only where introspection shows them anyway
		this.messages = new ValidationMessages(() -> source.getObject().schema(), introspection);
		this.documents = Caffeine.newBuilder()
			.maximumWeight(properties.http().documentCacheSize().toBytes())
			.weigher((String query, PreparsedDocumentEntry entry) -> weight(query))
			.recordStats()
			.build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.documents, "documents");
	}

	/**
	 * Estimated heap bytes of a cached document: its text (two bytes a character) and its
	 * syntax tree, about 32 bytes per character of the text (nodes with their source
	 * locations); errors are smaller than the tree they replace.
	 */
	static int weight(String query) {
		return (int) Math.min(Integer.MAX_VALUE, 256 + 34L * query.length());
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture
			.completedFuture(this.documents.get(input.getQuery(), (query) -> readable(parseAndValidate.apply(input))));
	}

	/** The entry with its validation errors said in users' words. */
	private PreparsedDocumentEntry readable(PreparsedDocumentEntry entry) {
		if (!entry.hasErrors()) {
			return entry;
		}
		return new PreparsedDocumentEntry(this.messages.rewrite(entry.getErrors()));
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(this));
	}

	long size() {
		return this.documents.estimatedSize();
	}

	/** Estimated bytes held, after pending evictions. */
	long storedBytes() {
		this.documents.cleanUp();
		return this.documents.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

}
