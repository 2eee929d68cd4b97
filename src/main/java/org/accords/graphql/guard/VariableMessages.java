package org.accords.graphql.guard;

import java.util.ArrayList;
import java.util.List;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
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
			boolean validation = error.getErrorType() == ErrorType.ValidationError && error.getMessage() != null;
			OperationDefinition operation = (validation && ValidationMessages.ofVariable(error.getMessage()))
					? operation(response) : null;
			VariableDefinition holder = (operation != null) ? ValidationMessages.holder(error.getMessage(), operation,
					response.getExecutionInput().getVariables()) : null;
			String message = validation ? operationOrVariable(error.getMessage(), response, holder,
					this.messages.misfit(error.getMessage(), operation, response.getExecutionInput().getVariables()))
					: null;
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
			else if (holder != null && holder.getSourceLocation() != null) {
				// an unknown field of an input object: where the variable that holds it
				// is defined, as graphql-java places the other variables' errors
				builder.location(holder.getSourceLocation());
			}
			rewritten.add(builder.build());
			changed = true;
		}
		return changed ? response.transform((builder) -> builder.errors(rewritten)) : response;
	}

	private @Nullable String operationOrVariable(String message, WebGraphQlResponse response,
			@Nullable VariableDefinition holder, ValidationMessages.@Nullable Misfit misfit) {
		String operation = this.messages.operation(message, response.getExecutionInput().getQuery(),
				response.getExecutionInput().getOperationName());
		return (operation != null) ? operation
				: this.messages.variable(message, response.getExecutionInput().getVariables().keySet(), holder, misfit);
	}

	/**
	 * The operation that ran, in the document parsed again: only on the path of an error
	 * of its variables, to find the variable that holds an input object's unknown field
	 * ({@link ValidationMessages#holder}) or the value that does not fit
	 * ({@link ValidationMessages#misfit}).
	 */
	private static @Nullable OperationDefinition operation(WebGraphQlResponse response) {
		String query = response.getExecutionInput().getQuery();
		if (query == null) {
			return null;
		}
		try {
			String name = response.getExecutionInput().getOperationName();
			return QueryLimits.select(Parser.parse(query), name);
		}
		catch (RuntimeException ex) {
			// parsed and validated before it ran: a document that is not keeps the
			// message
			return null;
		}
	}

}
