package org.accords.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.accords.paging.CursorVersionException;
import org.accords.paging.IdHint;
import org.accords.paging.InvalidInputException;
import org.accords.paging.NotAnIdException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one place that words a refusal of what a request sent (a bad argument, a stale
 * cursor, a dataset version not kept) as a GraphQL error, for every transport: the
 * fields' errors on {@code /graphql} ({@link ErrorResolver}) and a subscription's over
 * graphql-transport-ws and graphql-sse ({@link SubscriptionErrors},
 * {@code dataset/DatasetContext}) carry the same message and the same {@code extensions}
 * ({@code code}, {@code classification}, {@code argument}, {@code cursorVersion},
 * {@code keptVersions}), so a client handles the fault once whichever way it asked.
 */
@Component
public class InputRefusals {

	private final ObjectProvider<DatasetVersionSource> versions;

	private final ObjectProvider<IdHint> idHints;

	InputRefusals(ObjectProvider<DatasetVersionSource> versions, ObjectProvider<IdHint> idHints) {
		this.versions = versions;
		this.idHints = idHints;
	}

	/**
	 * The error for {@code ex} when it refuses what was sent, else null.
	 * @param error the builder, placed at the field when there is one
	 * @param version the dataset version the request read, null when unknown (the current
	 * one is then read: a subscription's refusal comes at its start)
	 */
	@Nullable GraphQLError refusal(Throwable ex, GraphqlErrorBuilder<?> error, @Nullable String version) {
		if (ex instanceof VersionNotKeptException notKept) {
			return notKept(error, notKept);
		}
		if (ex instanceof CursorVersionException stale) {
			List<String> kept = kept();
			return badInput(error, stale, stale.messageAmong(kept), stale.issuedForAmong(kept));
		}
		if (ex instanceof NotAnIdException notAnId) {
			return badInput(error, notAnId, message(notAnId, version), null);
		}
		if (ex instanceof InvalidInputException invalid) {
			return badInput(error, invalid, invalid.getMessage(), null);
		}
		return null;
	}

	/**
	 * A version not kept: {@code VERSION_NOT_KEPT}, classified {@code NOT_FOUND}, with
	 * the versions kept ({@code extensions.keptVersions}, newest first).
	 */
	public static GraphQLError notKept(GraphqlErrorBuilder<?> error, VersionNotKeptException ex) {
		return error.errorType(ErrorType.NOT_FOUND).message(ex.getMessage()).extensions(ex.extensions()).build();
	}

	/**
	 * What {@code /graphql}'s own 404 for a version not kept carries beside its code: the
	 * same as {@link #notKept}'s error.
	 */
	public static Map<String, Object> notKeptExtensions(VersionNotKeptException ex) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put(VersionNotKeptException.KEPT_VERSIONS, ex.kept());
		extensions.put("classification", ErrorType.NOT_FOUND.name());
		return extensions;
	}

	/**
	 * The versions kept, which a stale cursor's message and {@code cursorVersion} are
	 * read against (the version it was issued for, when still kept).
	 */
	private List<String> kept() {
		DatasetVersionSource source = this.versions.getIfAvailable();
		return (source != null) ? source.keptVersions() : List.of();
	}

	/**
	 * A value that is no id: what the features know of it ({@link IdHint}): when it is
	 * the curated id of an entity of the type the argument takes, in the version read,
	 * the id it is the key of ({@code filter.speaker: 'laurynas-kasciunas'}, as a page's
	 * address ends), else where ids come from; a category's name where an area's id goes,
	 * the query that lists its areas. A country's code is told its id already.
	 */
	private String message(NotAnIdException notAnId, @Nullable String version) {
		if (version == null) {
			DatasetVersionSource source = this.versions.getIfAvailable();
			version = (source != null) ? source.currentVersion() : null;
		}
		if (version == null || "Country".equals(notAnId.type())) {
			return notAnId.getMessage();
		}
		return IdHint.message(this.idHints.orderedStream(),
				new IdHint.Asked(version, notAnId.value(), List.of(notAnId.type()), false), notAnId.argument(),
				notAnId.getMessage());
	}

	/**
	 * A {@code BAD_USER_INPUT}, with the argument at fault ({@code extensions.argument})
	 * and, for a cursor of another version still kept, that version
	 * ({@code extensions.cursorVersion}): what a page acts on without parsing the
	 * message.
	 */
	private static GraphQLError badInput(GraphqlErrorBuilder<?> error, InvalidInputException ex, String message,
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
		return error.errorType(ErrorType.BAD_REQUEST).message(message).extensions(extensions).build();
	}

}
