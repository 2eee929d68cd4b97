package org.accords.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a failed write at startup, when no earlier version could be served instead, in
 * one paragraph without the driver's stack trace.
 */
class LoadFailedFailureAnalyzer extends AbstractFailureAnalyzer<LoadFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LoadFailedException cause) {
		return new FailureAnalysis(cause.getMessage() + ", and no earlier dataset version is there to serve.",
				"Free disk space or fix the store named above, and start again.", cause);
	}

}
