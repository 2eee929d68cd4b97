package org.accords.dataset;

import org.accords.graphql.ServiceUnavailableException;

/**
 * No dataset has been loaded yet, or the store cannot tell which one is current.
 */
public class NoDatasetException extends ServiceUnavailableException {

	public NoDatasetException(String message) {
		super(message);
	}

}
