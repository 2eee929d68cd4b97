package org.accords.dataset;

import org.accords.AccordsProperties;
import org.accords.graphql.DatasetVersionSource;
import org.accords.graphql.ErrorCode;
import org.accords.graphql.InputRefusals;
import org.accords.graphql.VersionNotKeptException;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Fixes the dataset version once per request and puts it in the GraphQL context under
 * {@link #VERSION}, so that every field of one response reads the same version even if a
 * new one is published meanwhile: the current one, or the kept one the request names in
 * its {@code Accords-Version} header.
 */
@Component
public class DatasetContext implements WebGraphQlInterceptor {

	/**
	 * Context key of the dataset version a request reads: handler methods bind it by
	 * naming their parameter as the key, {@code @ContextValue String datasetVersion}
	 * ({@code @BatchMapping} methods included).
	 */
	public static final String VERSION = DatasetVersionSource.CONTEXT_KEY;

	/** Context key of the {@link DatasetInfo} a request reads. */
	public static final String INFO = "datasetInfo";

	/**
	 * Context key of the public base URL ({@code accords.public-url}), for absolute links
	 * to the downloads (citations); never the request's Host, which anyone can set.
	 */
	public static final String BASE_URL = "baseUrl";

	private final DatasetState state;

	private final String baseUrl;

	DatasetContext(DatasetState state, AccordsProperties properties) {
		this.state = state;
		this.baseUrl = properties.publicUrl();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (this.state.currentOrNull() == null) {
			return refuse(request, ErrorCode.SERVICE_UNAVAILABLE, "No dataset is loaded yet; try again shortly");
		}
		// the HTTP transport has checked it, and names the version it keyed its cache by;
		// other transports (WebSocket, SSE) pass the client's header as it came
		String requested = DatasetVersionSource.named(request.getHeaders().getFirst(DatasetVersionSource.HEADER));
		DatasetInfo info;
		try {
			info = this.state.info(requested);
		}
		catch (VersionNotKeptException ex) {
			// as /graphql refuses it
			return refuse(request, InputRefusals.notKept(GraphqlErrorBuilder.newError(), ex));
		}
		String baseUrl = this.baseUrl;
		// the HTTP transport says whether the client named it; elsewhere, its header did
		boolean pinned = (request.getAttributes().get(DatasetVersionSource.PINNED) instanceof Boolean named) ? named
				: requested != null;
		request
			.configureExecutionInput((input,
					builder) -> builder.graphQLContext((context) -> context.put(VERSION, info.version())
						.put(INFO, info)
						.put(BASE_URL, baseUrl)
						.put(DatasetVersionSource.PINNED, pinned)).build());
		return chain.next(request);
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, ErrorCode code, String message) {
		return refuse(request,
				GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code.name())).build());
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, GraphQLError error) {
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

}
