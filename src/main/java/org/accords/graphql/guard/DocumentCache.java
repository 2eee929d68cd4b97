package org.accords.graphql.guard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.ParseAndValidate;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.validation.ValidationError;
import org.accords.AccordsProperties;
import org.accords.graphql.ErrorCode;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The one cache of documents: each is parsed once, with the limits of
 * {@code accords.limits.*}, for {@link QueryLimits} to walk, and validated once, when it
 * first executes (graphql-java reads it here instead of parsing it again). Invalid
 * documents are kept too, with their errors said in users' words ({@link SyntaxMessages},
 * {@link ValidationMessages}). Bounded by estimated bytes, not by count: documents go up
 * to {@code accords.limits.max-characters}.
 */
@Component
class DocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer, MeterBinder {

	private final Cache<String, Parsed> documents;

	private final ParserOptions parserOptions;

	private final int maxTokens;

	private final ObjectProvider<GraphQlSource> source;

	private final ValidationMessages messages;

	DocumentCache(AccordsProperties properties, ObjectProvider<GraphQlSource> source,
			@Value("${spring.graphql.schema.introspection.enabled:true}") boolean introspection) {
		AccordsProperties.Limits limits = properties.limits();
		this.maxTokens = limits.maxTokens();
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxCharacters(limits.maxCharacters())
				.maxTokens(limits.maxTokens())
				// white space cannot outnumber characters: the character limit bounds it
				.maxWhitespaceTokens(limits.maxCharacters()));
		this.source = source;
		// suggestions name schema fields: only where introspection shows them anyway
		this.messages = new ValidationMessages(() -> source.getObject().schema(), introspection);
		this.documents = Caffeine.newBuilder()
			.maximumWeight(properties.http().documentCacheSize().toBytes())
			.weigher((String query, Parsed parsed) -> weight(query))
			.recordStats()
			.build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.documents, "documents");
	}

	/**
	 * A document as parsed: its syntax tree, or why it has none; and, once it has
	 * executed, its validation.
	 */
	static final class Parsed {

		/** The most measures kept per document. */
		static final int MAX_MEASURES = 8;

		private final @Nullable Document document;

		/**
		 * What graphql-java reports for a document that does not parse (no stack trace
		 * kept).
		 */
		private final @Nullable GraphQLError syntaxError;

		private final @Nullable Refusal refusal;

		/**
		 * Whether it was parsed with the limits (not by graphql-java for a call that
		 * skipped the admission).
		 */
		private final boolean limited;

		private volatile @Nullable PreparsedDocumentEntry validated;

		/**
		 * Measures of its operations without variables, by operation name and dataset
		 * version: a document is walked once per version, not once per request.
		 */
		private final Map<String, QueryCost.Measure> measures = new ConcurrentHashMap<>();

		private Parsed(@Nullable Document document, @Nullable GraphQLError syntaxError, @Nullable Refusal refusal,
				boolean limited, @Nullable PreparsedDocumentEntry validated) {
			this.document = document;
			this.syntaxError = syntaxError;
			this.refusal = refusal;
			this.limited = limited;
			this.validated = validated;
		}

		/** The syntax tree; null when the document does not parse or is refused. */
		@Nullable Document document() {
			return this.document;
		}

		/**
		 * The measure of an operation sent without variables, remembered for
		 * {@value #MAX_MEASURES} operations and versions at most; not one that counted
		 * the changelog or the versions kept, which grow as versions are published while
		 * a query keeps reading the version it names.
		 */
		QueryCost.Measure measure(String operationName, String version, Supplier<QueryCost.Measure> measure) {
			String key = operationName + '\u0000' + version;
			QueryCost.Measure known = this.measures.get(key);
			if (known == null) {
				known = measure.get();
				if (!known.growing() && this.measures.size() < MAX_MEASURES) {
					this.measures.put(key, known);
				}
			}
			return known;
		}

		/**
		 * Why the document is refused before execution (too large to parse), if it is.
		 */
		@Nullable Refusal refusal() {
			return this.refusal;
		}

	}

	/** The parser options graphql-java uses too, so that both agree on the limits. */
	ParserOptions parserOptions() {
		return this.parserOptions;
	}

	/** The document parsed with the limits: from the cache, else parsed now. */
	Parsed parsed(String query) {
		Parsed parsed = this.documents.get(query, this::parse);
		if (!parsed.limited) {
			// executed by a call that skipped the admission: parsed without the limits
			parsed = parse(query);
			this.documents.put(query, parsed);
		}
		return parsed;
	}

	private Parsed parse(String query) {
		try {
			// in English, as the transports execute it: the message is the one executions
			// report
			Document document = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(query)
				.parserOptions(this.parserOptions)
				.locale(Locale.ENGLISH)
				.build());
			return new Parsed(document, null, null, true, null);
		}
		catch (ParseCancelledTooDeepException ex) {
			return new Parsed(null, ex.toInvalidSyntaxError(),
					new Refusal(ErrorCode.DOCUMENT_TOO_LARGE, "The document is nested too deeply to parse"), true,
					null);
		}
		catch (ParseCancelledException ex) {
			return new Parsed(null, ex.toInvalidSyntaxError(), new Refusal(ErrorCode.DOCUMENT_TOO_LARGE,
					"The document has more than " + this.maxTokens + " tokens, the maximum"), true, null);
		}
		catch (InvalidSyntaxException ex) {
			return new Parsed(null, SyntaxMessages.rewrite(query, ex.toInvalidSyntaxError()), null, true, null);
		}
	}

	/**
	 * Estimated heap bytes of a cached document: its text (two bytes a character) and its
	 * syntax tree, about 32 bytes per character of the text (nodes with their source
	 * locations); errors are smaller than the tree they replace.
	 */
	static int weight(String query) {
		return (int) Math.min(Integer.MAX_VALUE, 256 + 34L * query.length());
	}

	/**
	 * The document graphql-java executes: the one the admission parsed, validated the
	 * first time; a call that skipped the admission (no limits in its context) is parsed
	 * and validated by graphql-java, and kept.
	 */
	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		boolean admitted = input.getGraphQLContext().get(ParserOptions.class) == this.parserOptions;
		Parsed parsed = admitted ? this.documents.get(query, this::parse) : this.documents.getIfPresent(query);
		if (parsed == null) {
			// a call that skipped the admission: graphql-java parses it with its own
			// options
			parsed = this.documents.get(query,
					(key) -> new Parsed(null, null, null, false, readable(parseAndValidate.apply(input), query)));
		}
		else if (parsed.refusal != null) {
			// too large for the limits, which this call skipped: not kept over the
			// refusal
			return CompletableFuture.completedFuture(readable(parseAndValidate.apply(input), query));
		}
		PreparsedDocumentEntry entry = parsed.validated;
		if (entry == null) {
			entry = readable(validate(parsed, input), query);
			parsed.validated = entry;
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** What graphql-java's own parse and validation would answer for the document. */
	private PreparsedDocumentEntry validate(Parsed parsed, ExecutionInput input) {
		if (parsed.document == null) {
			return new PreparsedDocumentEntry(parsed.syntaxError);
		}
		Predicate<Class<?>> rules = input.getGraphQLContext()
			.getOrDefault(ParseAndValidate.INTERNAL_VALIDATION_PREDICATE_HINT, (rule) -> true);
		Locale locale = (input.getLocale() != null) ? input.getLocale() : Locale.getDefault();
		List<ValidationError> errors = ParseAndValidate.validate(this.source.getObject().schema(), parsed.document,
				rules, locale);
		return errors.isEmpty() ? new PreparsedDocumentEntry(parsed.document)
				: new PreparsedDocumentEntry(parsed.document, errors);
	}

	/** The entry with its syntax and validation errors said in users' words. */
	private PreparsedDocumentEntry readable(PreparsedDocumentEntry entry, String query) {
		if (!entry.hasErrors()) {
			return entry;
		}
		return new PreparsedDocumentEntry(this.messages.rewrite(entry.getErrors()
			.stream()
			.map((error) -> (error instanceof InvalidSyntaxError) ? SyntaxMessages.rewrite(query, error) : error)
			.toList()));
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
