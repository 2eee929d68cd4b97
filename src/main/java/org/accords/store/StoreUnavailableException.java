package org.accords.store;

/**
 * The store cannot be used at startup; reported as one clear message by
 * {@link StoreFailureAnalyzer}.
 */
public class StoreUnavailableException extends RuntimeException {

	private final String action;

	public StoreUnavailableException(String message, String action) {
		super(message);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

}
