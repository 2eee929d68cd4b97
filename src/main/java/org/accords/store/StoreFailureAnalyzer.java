package org.accords.store;

import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.MongoTimeoutException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Turns store failures at startup into one readable report naming the store, instead of a
 * wall of driver stack traces.
 */
class StoreFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	StoreFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StoreUnavailableException store) {
				return new FailureAnalysis(store.getMessage(), store.action(), store);
			}
			if (cause instanceof MongoTimeoutException timeout) {
				return new FailureAnalysis(
						"MongoDB at " + hosts() + " did not answer within "
								+ this.environment.getProperty("accords.store.server-selection-timeout", "5s") + ".",
						"Check that MongoDB runs and is reachable at that address (MONGODB_URI or spring.mongodb.uri),"
								+ " or unset both to use the embedded store.",
						timeout);
			}
		}
		return null;
	}

	private String hosts() {
		String uri = this.environment.getProperty("spring.mongodb.uri");
		if (!StringUtils.hasText(uri)) {
			return "the embedded server";
		}
		try {
			List<String> hosts = new ConnectionString(uri).getHosts();
			return String.join(", ", hosts);
		}
		catch (IllegalArgumentException ex) {
			return "the configured URI";
		}
	}

}
