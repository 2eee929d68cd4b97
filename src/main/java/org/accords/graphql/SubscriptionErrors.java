package org.accords.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.MongoException;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.NonNullableFieldWasNullException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * What {@link ErrorResolver} does for fields, for a subscription's stream: an error with
 * a stable {@code extensions.code}, a refusal of what was sent as {@link InputRefusals}
 * words it for {@code /graphql}, never a class name or a store message.
 */
@Component
public class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(SubscriptionErrors.class);

	/**
	 * The key, in a subscription's {@link GraphQLContext}, of the errors of the fields of
	 * the event being executed ({@link #fieldFailed}).
	 */
	private static final String FIELD_ERRORS = SubscriptionErrors.class.getName() + ".fieldErrors";

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

	/**
	 * Keeps a field's error of a subscription's event, worded as {@code /graphql} words
	 * it ({@code ErrorResolver}), for {@link #ending}.
	 */
	static void fieldFailed(GraphQLContext context, GraphQLError error) {
		context.<List<GraphQLError>>computeIfAbsent(FIELD_ERRORS, (key) -> new CopyOnWriteArrayList<>()).add(error);
	}

	/**
	 * Forgets the field errors kept that an event sent carried (one whose error nulled a
	 * nullable field), so that those left are the errors of events not yet sent: events
	 * run side by side, and a later one may have failed already.
	 */
	public static void eventSent(GraphQLContext context, List<GraphQLError> sent) {
		List<GraphQLError> errors = context.get(FIELD_ERRORS);
		if (errors != null && !sent.isEmpty()) {
			errors.removeIf(sent::contains);
		}
	}

	/**
	 * The errors a subscription's stream ends on when it fails with {@code ex} outside
	 * its own publisher: a field's error that nulled a non-null field up to the event's
	 * root ended the stream with graphql-java's {@link NonNullableFieldWasNullException},
	 * which Spring's transports send as "Subscription error", {@code INTERNAL_ERROR}; it
	 * ends with the errors of the fields that failed, as {@code /graphql} gives them (an
	 * {@code INTERNAL} one when no field failed, a fetcher that returned null), and
	 * nothing is logged for it (Spring logged each at ERROR with a stack trace, which any
	 * client could repeat). Null for any other failure, which Spring's transports report
	 * as they do.
	 */
	public static @Nullable List<GraphQLError> ending(Throwable ex, GraphQLContext context) {
		// graphql-java fails the event's future with it: wrapped in a CompletionException
		Throwable cause = (ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex;
		if (!(cause instanceof NonNullableFieldWasNullException nulled)) {
			return null;
		}
		List<GraphQLError> failed = context.get(FIELD_ERRORS);
		if (failed != null && !failed.isEmpty()) {
			// events in flight side by side may have failed alike: each fault once
			Map<String, GraphQLError> distinct = new LinkedHashMap<>();
			failed.forEach((error) -> distinct.putIfAbsent(error.getMessage() + " at " + error.getPath(), error));
			return List.copyOf(distinct.values());
		}
		logger.error("A subscription's event was nulled with no field error", nulled);
		return List.of(error(ErrorCode.INTERNAL, "Internal error"));
	}

	private static GraphQLError error(ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code.name())).build();
	}

}
