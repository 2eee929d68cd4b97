package org.accords.export;

/**
 * A download refused because its address is written as many downloads as it may be at
 * once: answered 429 by {@link DataErrors}.
 */
class TooManyDownloadsException extends RuntimeException {

	TooManyDownloadsException(int most) {
		super("Too many downloads at once from this address (at most " + most + "); retry when one has finished", null,
				false, false);
	}

}
