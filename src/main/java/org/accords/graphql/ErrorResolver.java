package org.accords.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import com.mongodb.MongoException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.accords.paging.CursorVersionException;
import org.accords.paging.IdHint;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NotAnIdException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Maps exceptions to GraphQL errors with a stable {@code extensions.code}; no stack
 * trace, class name or store message ever reaches the client.
 */
@Component
class ErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(ErrorResolver.class);

	private final ObjectProvider<DatasetVersionSource> versions;

	private final ObjectProvider<IdHint> idHints;

	ErrorResolver(ObjectProvider<DatasetVersionSource> versions, ObjectProvider<IdHint> idHints) {
		this.versions = versions;
		this.idHints = idHints;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable thrown, DataFetchingEnvironment env) {
		// batch loaders fail through futures: judge the cause, not its wrapper
		Throwable ex = (thrown instanceof CompletionException && thrown.getCause() != null) ? thrown.getCause()
				: thrown;
		if (ex instanceof AbortExecutionException) {
			// a cancelled execution: every field pending at the cancellation ends here,
			// and
			// QueryTimeout answers and logs the request once
			return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.TIMEOUT, "The query was cancelled");
		}
		if (ex instanceof VersionNotKeptException notKept) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.NOT_FOUND)
				.message(notKept.getMessage())
				.extensions(notKept.extensions())
				.build();
		}
		if (ex instanceof CursorVersionException stale) {
			List<String> kept = kept(this.versions);
			return badInput(env, stale, stale.messageAmong(kept), stale.issuedForAmong(kept));
		}
		if (ex instanceof NotAnIdException notAnId) {
			return badInput(env, notAnId, message(notAnId, env), null);
		}
		if (ex instanceof InvalidInputException invalid) {
			return badInput(env, invalid, invalid.getMessage(), null);
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

	/**
	 * A value that is no id: what the features know of it ({@link IdHint}): when it is
	 * the curated id of an entity of the type the argument takes, in the version read,
	 * the id it is the key of ({@code filter.speaker: 'laurynas-kasciunas'}, as a page's
	 * address ends), else where ids come from; a category's name where an area's id goes,
	 * the query that lists its areas. A country's code is told its id already.
	 */
	private String message(NotAnIdException notAnId, DataFetchingEnvironment env) {
		String version = env.getGraphQlContext().get(DatasetVersionSource.CONTEXT_KEY);
		if (version == null || "Country".equals(notAnId.type())) {
			return notAnId.getMessage();
		}
		return IdHint.message(this.idHints.orderedStream(),
				new IdHint.Asked(version, notAnId.value(), List.of(notAnId.type()), false), notAnId.argument(),
				notAnId.getMessage());
	}

	/**
	 * The versions kept, which a stale cursor's message and {@code cursorVersion} are
	 * read against (the version it was issued for, when still kept).
	 */
	static List<String> kept(ObjectProvider<DatasetVersionSource> versions) {
		DatasetVersionSource source = versions.getIfAvailable();
		return (source != null) ? source.keptVersions() : List.of();
	}

	/**
	 * A {@code BAD_USER_INPUT}, with the argument at fault ({@code extensions.argument})
	 * and, for a cursor of another version still kept, that version
	 * ({@code extensions.cursorVersion}): what a page acts on without parsing the
	 * message.
	 */
	private static GraphQLError badInput(DataFetchingEnvironment env, InvalidInputException ex, String message,
			@Nullable String cursorVersion) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
		String argument = ex.argument();
		if (argument != null) {
			extensions.put("argument", argument);
		}
		if (cursorVersion != null) {
			extensions.put("cursorVersion", cursorVersion);
		}
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(extensions)
			.build();
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("code", code.name()))
			.build();
	}

}
