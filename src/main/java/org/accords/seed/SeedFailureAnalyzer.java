package org.accords.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports rejected seed data at startup as the list of problems, without a stack trace.
 */
class SeedFailureAnalyzer extends AbstractFailureAnalyzer<SeedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SeedException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the files named above (see docs/curating.md) and start again.", cause);
	}

}
