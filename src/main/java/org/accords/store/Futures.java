package org.accords.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work done on a thread of its own (the batches a publication writes, the
 * search index built beside them), so that its failure reaches the caller as it was
 * thrown.
 */
public final class Futures {

	private Futures() {
	}

	/**
	 * The result of {@code future} once it is done: a runtime exception it failed with is
	 * thrown as it is, any other cause wrapped; an interrupt is kept and thrown as an
	 * {@link IllegalStateException} that says {@code interrupted}.
	 */
	public static <T> T await(Future<T> future, String interrupted) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted, ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			throw (cause instanceof RuntimeException runtime) ? runtime : new IllegalStateException(cause);
		}
	}

}
