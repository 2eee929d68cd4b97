package org.accords.seed;

/**
 * Valid seed data could not be written to the store (disk full, store gone): what was
 * written of the new version is removed, and the version served before stays served.
 */
public class LoadFailedException extends RuntimeException {

	LoadFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
