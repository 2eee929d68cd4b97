package org.accords.graphql;

/**
 * An older dataset version asked for too soon after another older one was loaded into
 * memory (its search index, its query tables): answered {@code SERVICE_UNAVAILABLE} with
 * how long to wait.
 */
public class VersionBusyException extends ServiceUnavailableException {

	private final long retryAfterSeconds;

	public VersionBusyException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
