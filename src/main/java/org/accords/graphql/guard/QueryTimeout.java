package org.accords.graphql.guard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.accords.AccordsProperties;
import org.accords.graphql.ErrorCode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Cancels an execution that runs longer than {@code accords.http.timeout} (graphql-java
 * stops before the next field it would fetch) and answers it with one {@code TIMEOUT}
 * error, so a slow query cannot hold a thread and the store after its client gave up.
 */
@Component
public class QueryTimeout extends SimplePerformantInstrumentation implements DisposableBean {

	private static final Log logger = LogFactory.getLog(QueryTimeout.class);

	/** Context key set when this instrumentation cancelled the execution. */
	static final String TIMED_OUT = QueryTimeout.class.getName() + ".timedOut";

	private final Duration timeout;

	private final ScheduledThreadPoolExecutor timer;

	QueryTimeout(AccordsProperties properties) {
		this.timeout = properties.http().timeout();
		this.timer = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "query-timeout");
			thread.setDaemon(true);
			return thread;
		});
		// finished executions cancel their deadline: drop it at once, not when it is due
		this.timer.setRemoveOnCancelPolicy(true);
	}

	public Duration timeout() {
		return this.timeout;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		ExecutionInput input = parameters.getExecutionInput();
		ScheduledFuture<?> deadline = this.timer.schedule(() -> {
			input.getGraphQLContext().put(TIMED_OUT, true);
			input.cancel();
		}, this.timeout.toNanos(), TimeUnit.NANOSECONDS);
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> deadline.cancel(false));
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!Boolean.TRUE.equals(parameters.getGraphQLContext().get(TIMED_OUT))) {
			return CompletableFuture.completedFuture(result);
		}
		logger.warn("Cancelled a query after " + this.timeout.toMillis() + " ms: " + abbreviate(parameters.getQuery()));
		return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(error()).build());
	}

	/** The error of a request that ran out of time. */
	public graphql.GraphQLError error() {
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("The query did not finish within " + this.timeout.toMillis()
					+ " ms and was cancelled; ask for less or retry later")
			.extensions(Map.of("code", ErrorCode.TIMEOUT.name()))
			.build();
	}

	private static String abbreviate(String query) {
		String line = query.replaceAll("\\s+", " ");
		return (line.length() > 200) ? line.substring(0, 200) + "…" : line;
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
