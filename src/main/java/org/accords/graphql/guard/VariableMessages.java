package org.accords.graphql.guard;

import java.util.ArrayList;
import java.util.List;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Says the errors of variables that do not fit their types in a user's words
 * ({@link ValidationMessages#variable}): graphql-java raises them while coercing the
 * variables, after the document was validated, so the document cache never sees them; so
 * are those of an operation that cannot be chosen by {@code operationName}
 * ({@link ValidationMessages#operation}). Only the message changes; the code stays
 * {@code GRAPHQL_VALIDATION_FAILED}.
 */
@Component
class VariableMessages implements WebGraphQlInterceptor {

	private final ValidationMessages messages;

	VariableMessages(ObjectProvider<GraphQlSource> source,
			@Value("${spring.graphql.schema.introspection.enabled:true}") boolean introspection) {
		// suggestions name schema fields: only where introspection shows them anyway
		this.messages = new ValidationMessages(() -> source.getObject().schema(), introspection);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(this::rewrite);
	}

	WebGraphQlResponse rewrite(WebGraphQlResponse response) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.isEmpty() || response.getExecutionResult().isDataPresent()) {
			// variables are coerced before anything executes: their errors leave no data
			return response;
		}
		List<GraphQLError> rewritten = new ArrayList<>(errors.size());
		boolean changed = false;
		for (GraphQLError error : errors) {
			String message = (error.getErrorType() == ErrorType.ValidationError && error.getMessage() != null)
					? operationOrVariable(error.getMessage(), response) : null;
			if (message == null) {
				rewritten.add(error);
				continue;
			}
			GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
				.message(message)
				.errorType(ErrorType.ValidationError);
			if (error.getLocations() != null && !error.getLocations().isEmpty()) {
				builder.locations(error.getLocations());
			}
			rewritten.add(builder.build());
			changed = true;
		}
		return changed ? response.transform((builder) -> builder.errors(rewritten)) : response;
	}

	private @Nullable String operationOrVariable(String message, WebGraphQlResponse response) {
		String operation = this.messages.operation(message, response.getExecutionInput().getQuery(),
				response.getExecutionInput().getOperationName());
		return (operation != null) ? operation
				: this.messages.variable(message, response.getExecutionInput().getVariables().keySet());
	}

}
