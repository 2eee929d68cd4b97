package org.accords.graphql;

import java.util.Map;

import com.mongodb.MongoException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * What {@link ErrorResolver} does for fields, for a subscription's stream: an error with
 * a stable {@code extensions.code}, a refusal of what was sent as {@link InputRefusals}
 * words it for {@code /graphql}, never a class name or a store message.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(SubscriptionErrors.class);

	private final InputRefusals refusals;

	SubscriptionErrors(InputRefusals refusals) {
		this.refusals = refusals;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		// worded as /graphql words the same fault, with the same extensions
		GraphQLError refusal = this.refusals.refusal(ex, GraphqlErrorBuilder.newError(), null);
		if (refusal != null) {
			return refusal;
		}
		if (ex instanceof DataAccessResourceFailureException || ex instanceof MongoException
				|| ex instanceof ServiceUnavailableException) {
			logger.warn("Store unavailable for a subscription: " + ex.getMessage());
			return error(ErrorCode.SERVICE_UNAVAILABLE, "The data store is unavailable; subscribe again shortly");
		}
		logger.error("Internal error in a subscription", ex);
		return error(ErrorCode.INTERNAL, "Internal error");
	}

	private static GraphQLError error(ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code.name())).build();
	}

}
