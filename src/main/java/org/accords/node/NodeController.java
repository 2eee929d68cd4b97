package org.accords.node;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import org.accords.article.Article;
import org.accords.article.Withdrawals;

import org.accords.graphql.ErrorCode;
import org.accords.paging.IdHint;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NodeId;
import org.accords.paging.PageLimits;
import org.accords.store.Entity;
import org.accords.store.EntityCatalog;
import org.accords.store.FactStore;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Resolves any entity by its global id, also an id retired by a merge; says why the id of
 * a fact a correction withdrew whole answers null.
 */
@Controller
class NodeController {

	private final FactStore store;

	private final PageLimits limits;

	private final Withdrawals withdrawals;

	private final ObjectProvider<IdHint> idHints;

	NodeController(FactStore store, PageLimits limits, Withdrawals withdrawals, ObjectProvider<IdHint> idHints) {
		this.store = store;
		this.limits = limits;
		this.withdrawals = withdrawals;
		this.idHints = idHints;
	}

	@QueryMapping
	DataFetcherResult<@Nullable Entity> node(@Argument String id, @ContextValue String datasetVersion,
			DataFetchingEnvironment env) {
		checked(datasetVersion, List.of(id), "id");
		Entity found = MergedIds
			.with(this.store, datasetVersion, List.of(id), this.store.nodes(datasetVersion, List.of(id)))
			.get(id);
		DataFetcherResult.Builder<@Nullable Entity> result = DataFetcherResult.<@Nullable Entity>newResult()
			.data(found);
		if (found == null) {
			withdrawn(datasetVersion, id, env, null).ifPresent(result::error);
		}
		return result.build();
	}

	@QueryMapping
	DataFetcherResult<List<@Nullable Entity>> nodes(@Argument List<String> ids, @ContextValue String datasetVersion,
			DataFetchingEnvironment env) {
		if (ids.size() > this.limits.maxPageSize()) {
			throw new InvalidInputException(
					"ids: at most " + this.limits.maxPageSize() + " ids in one nodes(ids:), was " + ids.size()
							+ ": ask for the rest in another nodes(ids:), under an alias in the same query or in "
							+ "another request");
		}
		checked(datasetVersion, ids, "ids");
		Map<String, Entity> found = MergedIds.with(this.store, datasetVersion, ids,
				this.store.nodes(datasetVersion, ids));
		List<@Nullable Entity> answer = ids.stream().map(found::get).toList();
		DataFetcherResult.Builder<List<@Nullable Entity>> result = DataFetcherResult.<List<@Nullable Entity>>newResult()
			.data(answer);
		for (int i = 0; i < ids.size(); i++) {
			if (answer.get(i) == null) {
				withdrawn(datasetVersion, ids.get(i), env, i).ifPresent(result::error);
			}
		}
		return result.build();
	}

	/**
	 * Why an id not found answers null, when a correction of the version withdrew its
	 * fact whole: an error that leaves the rest of the answer as it is, with
	 * {@code extensions.code} {@code WITHDRAWN}, the id and {@code correctedBy} (the
	 * corrections' ids, as {@code Claim.correctedBy} names them). Empty for an id the
	 * version never had, which stays a plain null. The corrections come from
	 * {@link Withdrawals}, as the fact's {@code 410} page's do (one cached query per
	 * version).
	 * @param index the id's place in {@code nodes(ids:)}; null for {@code node(id:)}
	 */
	private Optional<GraphQLError> withdrawn(String version, String id, DataFetchingEnvironment env,
			@Nullable Integer index) {
		Withdrawals.Withdrawn withdrawn = this.withdrawals.of(version, id);
		if (withdrawn == null) {
			return Optional.empty();
		}
		String type = NodeId.parse(id).type();
		List<String> by = withdrawn.corrections().stream().map(Article::id).toList();
		String corrections = withdrawn.corrections()
			.stream()
			.map((article) -> article.id() + ", " + article.publisher() + ", " + article.publishedOn())
			.collect(Collectors.joining("; "));
		ResultPath path = env.getExecutionStepInfo().getPath();
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", ErrorCode.WITHDRAWN.name());
		extensions.put("id", id);
		extensions.put("correctedBy", by);
		return Optional.of(GraphqlErrorBuilder.newError(env)
			.path((index != null) ? path.segment(index) : path)
			.message("'" + id + "' is the id of " + NodeId.article(type) + " " + type
					+ " that a later correction withdrew whole (" + corrections
					+ "): no longer served; extensions.correctedBy names the correction" + ((by.size() > 1) ? "s" : ""))
			.extensions(extensions)
			.build());
	}

	/**
	 * Refuses an id that is not ours, or of a type Accords does not have, naming the
	 * argument that holds it (as the filters' refusals do), before the store is asked.
	 */
	private void checked(String version, List<String> ids, String argument) {
		for (String id : ids) {
			NodeId.Parts parts;
			try {
				parts = NodeId.parse(id, argument);
			}
			catch (InvalidInputException ex) {
				// a curated id (the key of node ids, as their pages' addresses and the
				// curated files write it) is told the node ids it is the key of
				List<String> types = Arrays.stream(EntityCatalog.values()).map(EntityCatalog::typeName).toList();
				throw new InvalidInputException(IdHint.message(this.idHints.orderedStream(),
						new IdHint.Asked(version, id, types, true), argument, ex.getMessage()));
			}
			if (EntityCatalog.ofType(parts.type()) == null) {
				// the catalog lists every Node type: this id was never ours, as a
				// malformed one
				throw new InvalidInputException(argument + ": '" + id
						+ "' is not an Accords id: no type of Accords is called '" + parts.type() + "'");
			}
		}
	}

}
