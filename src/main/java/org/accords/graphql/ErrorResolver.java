package org.accords.graphql;

import java.util.Map;
import java.util.concurrent.CompletionException;

import com.mongodb.MongoException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Maps exceptions to GraphQL errors with a stable {@code extensions.code}; no stack
 * trace, class name or store message ever reaches the client; a refusal of what was sent
 * is worded by {@link InputRefusals}, as a subscription's is.
 */
@Component
class ErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(ErrorResolver.class);

	private final InputRefusals refusals;

	ErrorResolver(InputRefusals refusals) {
		this.refusals = refusals;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable thrown, DataFetchingEnvironment env) {
		GraphQLError error = resolve(thrown, env);
		if (env.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
			// what the event's stream ends on if this error nulls the event
			SubscriptionErrors.fieldFailed(env.getGraphQlContext(), error);
		}
		return error;
	}

	private GraphQLError resolve(Throwable thrown, DataFetchingEnvironment env) {
		// batch loaders fail through futures: judge the cause, not its wrapper
		Throwable ex = (thrown instanceof CompletionException && thrown.getCause() != null) ? thrown.getCause()
				: thrown;
		if (ex instanceof AbortExecutionException) {
			// a cancelled execution: every field pending at the cancellation ends here,
			// and
			// QueryTimeout answers and logs the request once
			return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.TIMEOUT, "The query was cancelled");
		}
		GraphQLError refusal = this.refusals.refusal(ex, GraphqlErrorBuilder.newError(env),
				env.getGraphQlContext().get(DatasetVersionSource.CONTEXT_KEY));
		if (refusal != null) {
			return refusal;
		}
		if (ex instanceof VersionBusyException busy) {
			return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.SERVICE_UNAVAILABLE, busy.getMessage());
		}
		if (ex instanceof DataAccessResourceFailureException || ex instanceof MongoException
				|| ex instanceof ServiceUnavailableException) {
			logger.warn("Store unavailable at " + env.getExecutionStepInfo().getPath() + ": " + ex.getMessage());
			return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.SERVICE_UNAVAILABLE,
					"The data store is unavailable; try again shortly");
		}
		logger.error("Internal error at " + env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL, "Internal error");
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("code", code.name()))
			.build();
	}

}
