package org.accords.graphql;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Counts GraphQL executions, to prove that cached answers and 304s execute nothing.
 */
class ExecutionCounter extends SimplePerformantInstrumentation {

	final AtomicInteger executions = new AtomicInteger();

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		this.executions.incrementAndGet();
		return SimpleInstrumentationContext.noOp();
	}

}
