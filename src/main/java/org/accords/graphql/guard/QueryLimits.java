package org.accords.graphql.guard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import org.accords.AccordsProperties;
import org.accords.graphql.ErrorCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Refuses, before anything executes, a document over the limits of
 * {@code accords.limits.*} (size, depth, breadth, aliases, directives, cost), and tells
 * the admission which kind of operation a request runs and what it costs. The document is
 * parsed once ({@link DocumentCache}, which execution reads too) and walked once
 * ({@link QueryCost}).
 */
@Component
class QueryLimits {

	private final AccordsProperties.Limits limits;

	private final DocumentCache documents;

	private final QueryCost cost;

	QueryLimits(AccordsProperties properties, DocumentCache documents, QueryCost cost) {
		this.limits = properties.limits();
		this.documents = documents;
		this.cost = cost;
	}

	/**
	 * What the admission knows of a request before executing it.
	 *
	 * @param kind the kind of the selected operation; null when the document does not
	 * parse or names no such operation (execution reports that)
	 * @param cost the computed cost of the operation, at least 1
	 * @param growing whether it selects a list that grows as versions are published
	 * whatever version it reads (the changelog, the versions kept)
	 */
	record Analysis(OperationDefinition.@Nullable Operation kind, long cost, boolean growing) {
	}

	/** The parser options graphql-java uses too, so that both agree on the limits. */
	ParserOptions parserOptions() {
		return this.documents.parserOptions();
	}

	/** The syntax tree of an admitted document, the one parsed for the limits. */
	@Nullable Document document(String query) {
		return this.documents.parsed(query).document();
	}

	long maxCost() {
		return this.limits.maxCost();
	}

	/**
	 * Checks a document against the limits and computes its cost, priced with the shape
	 * of {@code version} (the current one when null).
	 * @throws Refusal naming the limit that is exceeded
	 */
	Analysis analyze(String query, @Nullable String operationName, Map<String, Object> variables,
			@Nullable String version) {
		if (query.length() > this.limits.maxCharacters()) {
			throw new Refusal(ErrorCode.DOCUMENT_TOO_LARGE, "The document has " + query.length()
					+ " characters, over the maximum of " + this.limits.maxCharacters());
		}
		DocumentCache.Parsed parsed = this.documents.parsed(query);
		if (parsed.refusal() != null) {
			throw parsed.refusal();
		}
		Document document = parsed.document();
		OperationDefinition operation = (document != null) ? select(document, operationName) : null;
		if (document == null || operation == null) {
			// execution reports syntax errors with their location, and a missing
			// operation
			return new Analysis(null, 1, false);
		}
		// without variables, the measure depends only on the document and the version's
		// shape: once per document and version
		QueryCost.Measure measure = (variables.isEmpty() && version != null)
				? parsed.measure((operationName != null) ? operationName : "", version,
						() -> this.cost.measure(document, operation, variables, version))
				: this.cost.measure(document, operation, variables, version);
		checkShape(measure);
		if (measure.cost() > this.limits.maxCost()) {
			QueryCost.Costliest costliest = measure.costliest();
			throw new Refusal(ErrorCode.COST_LIMIT_EXCEEDED,
					"The query's cost is " + measure.cost() + ", over the maximum of " + this.limits.maxCost() + "; "
							+ ((costliest != null) ? costliest.advice()
									: "ask for smaller pages or fewer nested lists"),
					costExtensions(measure.cost(), "maximumCost", this.limits.maxCost()));
		}
		return new Analysis(operation.getOperation(), Math.max(measure.cost(), 1), measure.growing());
	}

	private void checkShape(QueryCost.Measure measure) {
		if (measure.depth() > this.limits.maxDepth()) {
			throw new Refusal(ErrorCode.DEPTH_LIMIT_EXCEEDED,
					"The query is nested " + measure.depth() + " fields deep, over the maximum depth of "
							+ this.limits.maxDepth() + ", at " + measure.deepest()
							+ ": select fewer levels there, or read the inner items in a query of their own"
							+ " (node(id:) reads any item by its id)");
		}
		if (measure.breadth() > this.limits.maxBreadth()) {
			throw new Refusal(ErrorCode.BREADTH_LIMIT_EXCEEDED,
					"A selection set has " + measure.breadth() + " fields, over the maximum of "
							+ this.limits.maxBreadth() + ", at "
							+ (measure.widest().isEmpty() ? "the operation's top level" : measure.widest())
							+ ": select fewer fields there, or split them over several requests");
		}
		if (measure.aliases() > this.limits.maxAliases()) {
			throw new Refusal(ErrorCode.ALIAS_LIMIT_EXCEEDED,
					"The operation uses " + measure.aliases() + " aliases, over the maximum of "
							+ this.limits.maxAliases() + ": read several items with one field (nodes(ids:) takes"
							+ " a list of ids) rather than an alias each, or send the rest in another request");
		}
		if (measure.perLocation() > this.limits.maxDirectivesPerLocation()) {
			throw new Refusal(ErrorCode.DIRECTIVE_LIMIT_EXCEEDED, "A field or fragment carries " + measure.perLocation()
					+ " directives, over the maximum of " + this.limits.maxDirectivesPerLocation());
		}
		if (measure.directives() > this.limits.maxDirectives()) {
			throw new Refusal(ErrorCode.DIRECTIVE_LIMIT_EXCEEDED, "The operation uses " + measure.directives()
					+ " directives, over the maximum of " + this.limits.maxDirectives());
		}
	}

	/**
	 * The operation that runs for {@code operationName}, as graphql-java chooses it: the
	 * one of that name; without a name, the only one (none when there are several, which
	 * execution refuses); for an empty name, the first, which graphql-java runs whatever
	 * follows it, so that what is checked and priced is what runs.
	 */
	static @Nullable OperationDefinition select(Document document, @Nullable String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null) {
			return (operations.size() == 1) ? operations.get(0) : null;
		}
		if (operationName.isEmpty()) {
			return operations.isEmpty() ? null : operations.get(0);
		}
		for (OperationDefinition operation : operations) {
			if (operationName.equals(operation.getName())) {
				return operation;
			}
		}
		return null;
	}

	/**
	 * The {@code extensions} of a {@code COST_LIMIT_EXCEEDED}: the query's cost and the
	 * limit it is over ({@code maximumCost}, or the client's whole {@code budget}), in
	 * that order.
	 */
	static Map<String, Object> costExtensions(long cost, String limitName, long limit) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("cost", cost);
		extensions.put(limitName, limit);
		return extensions;
	}

}
