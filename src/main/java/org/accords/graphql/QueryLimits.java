package org.accords.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import org.accords.AccordsProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Refuses, before anything executes, a document over the limits of
 * {@code accords.limits.*} (size, depth, breadth, aliases, directives, cost), and tells
 * the transport which kind of operation a request runs and what it costs.
 */
@Component
class QueryLimits implements MeterBinder {

	/** Sums saturate here: fragments spread inside fragments multiply without bound. */
	static final long CAP = 1_000_000_000_000_000L;

	private final AccordsProperties.Limits limits;

	private final ParserOptions parserOptions;

	private final QueryCost cost;

	/** Parsed and checked documents, by document and operation name. */
	private final Cache<List<String>, Checked> checked;

	QueryLimits(AccordsProperties properties, QueryCost cost) {
		this.limits = properties.limits();
		this.cost = cost;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxCharacters(this.limits.maxCharacters())
				.maxTokens(this.limits.maxTokens())
				// white space cannot outnumber characters: the character limit bounds it
				.maxWhitespaceTokens(this.limits.maxCharacters()));
		this.checked = Caffeine.newBuilder()
			.maximumWeight(properties.http().documentCacheSize().toBytes())
			.weigher((List<String> key, Checked value) -> DocumentCache.weight(key.get(0)) + 2 * key.get(1).length())
			.recordStats()
			.build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.checked, "query-analyses");
	}

	/**
	 * What the transport knows of a request before executing it.
	 *
	 * @param kind the kind of the selected operation; null when the document does not
	 * parse or names no such operation (execution reports that)
	 * @param cost the computed cost of the operation, at least 1
	 */
	record Analysis(OperationDefinition.@Nullable Operation kind, long cost) {
	}

	/**
	 * A document checked against every limit that does not depend on variables.
	 *
	 * @param document the parsed document, null when it does not parse
	 * @param operation the selected operation, null when there is none
	 * @param refusal why the document is refused, null when it is not
	 */
	private record Checked(@Nullable Document document, @Nullable OperationDefinition operation,
			@Nullable TransportException refusal) {
	}

	/** The parser options graphql-java uses too, so that both agree on the limits. */
	ParserOptions parserOptions() {
		return this.parserOptions;
	}

	long maxCost() {
		return this.limits.maxCost();
	}

	/**
	 * Checks the request against the limits and computes its cost; throws a
	 * {@link TransportException} with status 400 naming the limit that is exceeded.
	 */
	Analysis analyze(GraphQlHttpRequest request) {
		return analyze(request, null);
	}

	/**
	 * Like {@link #analyze(GraphQlHttpRequest)}, priced with the shape of {@code version}
	 * (the current one when null).
	 */
	Analysis analyze(GraphQlHttpRequest request, @Nullable String version) {
		String query = (request.query() != null) ? request.query() : "";
		String operationName = (request.operationName() != null) ? request.operationName() : "";
		Checked checked = this.checked.get(List.of(query, operationName), (key) -> check(query, operationName));
		if (checked.refusal() != null) {
			throw checked.refusal();
		}
		if (checked.document() == null || checked.operation() == null) {
			return new Analysis(null, 1);
		}
		long requested = this.cost.of(checked.document(), checked.operation(), request.variables(), version);
		if (requested > this.limits.maxCost()) {
			throw refused(ErrorCode.COST_LIMIT_EXCEEDED, "The query's cost is " + requested + ", over the maximum of "
					+ this.limits.maxCost() + "; ask for smaller pages or fewer nested lists");
		}
		return new Analysis(checked.operation().getOperation(), Math.max(requested, 1));
	}

	private Checked check(String query, String operationName) {
		if (query.length() > this.limits.maxCharacters()) {
			return refusal(ErrorCode.DOCUMENT_TOO_LARGE, "The document has " + query.length()
					+ " characters, over the maximum of " + this.limits.maxCharacters());
		}
		Document document;
		try {
			document = Parser.parse(
					ParserEnvironment.newParserEnvironment().document(query).parserOptions(this.parserOptions).build());
		}
		catch (ParseCancelledTooDeepException ex) {
			return refusal(ErrorCode.DOCUMENT_TOO_LARGE, "The document is nested too deeply to parse");
		}
		catch (ParseCancelledException ex) {
			return refusal(ErrorCode.DOCUMENT_TOO_LARGE,
					"The document has more than " + this.limits.maxTokens() + " tokens, the maximum");
		}
		catch (InvalidSyntaxException ex) {
			// execution reports syntax errors with their location
			return new Checked(null, null, null);
		}
		OperationDefinition operation = select(document, operationName);
		if (operation == null) {
			return new Checked(document, null, null);
		}
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
		Metrics metrics = new Measure(fragments).selections(operation.getSelectionSet(), false)
			.plusDirectives(operation.getDirectives());
		TransportException refusal = exceeded(metrics);
		return (refusal != null) ? new Checked(null, null, refusal) : new Checked(document, operation, null);
	}

	private @Nullable TransportException exceeded(Metrics metrics) {
		if (metrics.depth() > this.limits.maxDepth()) {
			return refused(ErrorCode.DEPTH_LIMIT_EXCEEDED, "The query is nested " + metrics.depth()
					+ " fields deep, over the maximum depth of " + this.limits.maxDepth());
		}
		if (metrics.breadth() > this.limits.maxBreadth()) {
			return refused(ErrorCode.BREADTH_LIMIT_EXCEEDED, "A selection set has " + metrics.breadth()
					+ " fields, over the maximum of " + this.limits.maxBreadth());
		}
		if (metrics.aliases() > this.limits.maxAliases()) {
			return refused(ErrorCode.ALIAS_LIMIT_EXCEEDED, "The operation uses " + metrics.aliases()
					+ " aliases, over the maximum of " + this.limits.maxAliases());
		}
		if (metrics.perLocation() > this.limits.maxDirectivesPerLocation()) {
			return refused(ErrorCode.DIRECTIVE_LIMIT_EXCEEDED, "A field or fragment carries " + metrics.perLocation()
					+ " directives, over the maximum of " + this.limits.maxDirectivesPerLocation());
		}
		if (metrics.directives() > this.limits.maxDirectives()) {
			return refused(ErrorCode.DIRECTIVE_LIMIT_EXCEEDED, "The operation uses " + metrics.directives()
					+ " directives, over the maximum of " + this.limits.maxDirectives());
		}
		return null;
	}

	private static Checked refusal(ErrorCode code, String message) {
		return new Checked(null, null, refused(code, message));
	}

	private static TransportException refused(ErrorCode code, String message) {
		return new TransportException(HttpStatus.BAD_REQUEST, code, message);
	}

	/**
	 * The operation {@code operationName} selects: the only one when no name is given.
	 */
	static @Nullable OperationDefinition select(Document document, String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		for (OperationDefinition operation : operations) {
			if ((operationName.isEmpty() && operations.size() == 1) || operationName.equals(operation.getName())) {
				return operation;
			}
		}
		return null;
	}

	static long add(long a, long b) {
		return Math.min(a + b, CAP);
	}

	/**
	 * Shape of a selection set with its fragments expanded.
	 *
	 * @param depth levels of fields below and including this set
	 * @param fields fields selected at this level, fragments included
	 * @param breadth the most fields of any one level at or below this set
	 * @param aliases aliases at or below this set
	 * @param directives directives at or below this set
	 * @param perLocation the most directives on one field or fragment at or below
	 */
	private record Metrics(int depth, long fields, long breadth, long aliases, long directives, int perLocation) {

		static final Metrics NONE = new Metrics(0, 0, 0, 0, 0, 0);

		Metrics plusDirectives(List<Directive> more) {
			return new Metrics(this.depth, this.fields, this.breadth, this.aliases, add(this.directives, more.size()),
					Math.max(this.perLocation, more.size()));
		}

	}

	/**
	 * Measures one operation. Each fragment is measured once and its figures reused at
	 * every spread, so the walk stays linear in the document even when fragments spread
	 * fragments many times; a fragment spreading itself counts as empty (validation
	 * refuses it).
	 */
	private static final class Measure {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Metrics> measured = new HashMap<>();

		private final Set<String> visiting = new HashSet<>();

		Measure(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		Metrics selections(@Nullable SelectionSet set, boolean introspection) {
			if (set == null) {
				return Metrics.NONE;
			}
			int depth = 0;
			long fields = 0;
			long breadth = 0;
			long aliases = 0;
			long directives = 0;
			int perLocation = 0;
			for (Selection<?> selection : set.getSelections()) {
				Metrics inner;
				int levels = 0;
				if (selection instanceof Field field) {
					fields++;
					aliases += (field.getAlias() != null) ? 1 : 0;
					boolean intro = introspection
							|| (field.getName().startsWith("__") && !field.getName().equals("__typename"));
					inner = selections(field.getSelectionSet(), intro);
					// ofType nests only as deep as a type's wrappers ([X!]! is three):
					// the
					// schema bounds it, and GraphiQL's introspection query asks for seven
					levels = (intro && field.getName().equals("ofType")) ? 0 : 1;
				}
				else if (selection instanceof InlineFragment inline) {
					inner = selections(inline.getSelectionSet(), introspection);
					fields = add(fields, inner.fields());
				}
				else if (selection instanceof FragmentSpread spread) {
					inner = fragment(spread.getName(), introspection);
					fields = add(fields, inner.fields());
				}
				else {
					inner = Metrics.NONE;
				}
				List<Directive> own = ((DirectivesContainer<?>) selection).getDirectives();
				depth = Math.max(depth, levels + inner.depth());
				breadth = Math.max(breadth, inner.breadth());
				aliases = add(aliases, inner.aliases());
				directives = add(add(directives, own.size()), inner.directives());
				perLocation = Math.max(perLocation, Math.max(own.size(), inner.perLocation()));
			}
			return new Metrics(depth, fields, Math.max(breadth, fields), aliases, directives, perLocation);
		}

		private Metrics fragment(String name, boolean introspection) {
			String key = name + (introspection ? "/introspection" : "");
			Metrics known = this.measured.get(key);
			if (known != null) {
				return known;
			}
			FragmentDefinition definition = this.fragments.get(name);
			if (definition == null || !this.visiting.add(key)) {
				return Metrics.NONE;
			}
			Metrics metrics = selections(definition.getSelectionSet(), introspection)
				.plusDirectives(definition.getDirectives());
			this.visiting.remove(key);
			this.measured.put(key, metrics);
			return metrics;
		}

	}

}
