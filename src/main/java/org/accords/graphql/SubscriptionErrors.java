package org.accords.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import com.mongodb.MongoException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.accords.paging.CursorVersionException;
import org.accords.paging.InvalidInputException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * What {@link ErrorResolver} does for fields, for a subscription's stream: an error with
 * a stable {@code extensions.code} ({@code BAD_USER_INPUT} naming the bad argument),
 * never a class name or a store message.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(SubscriptionErrors.class);

	private final ObjectProvider<DatasetVersionSource> versions;

	SubscriptionErrors(ObjectProvider<DatasetVersionSource> versions) {
		this.versions = versions;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		if (ex instanceof CursorVersionException stale) {
			return error(ErrorCode.BAD_USER_INPUT, stale.messageAmong(ErrorResolver.kept(this.versions)));
		}
		if (ex instanceof InvalidInputException invalid) {
			// the argument at fault, as /graphql names it (ErrorResolver)
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
			String argument = invalid.argument();
			if (argument != null) {
				extensions.put("argument", argument);
			}
			return GraphqlErrorBuilder.newError().message(invalid.getMessage()).extensions(extensions).build();
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
