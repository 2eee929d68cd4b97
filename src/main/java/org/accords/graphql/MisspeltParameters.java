package org.accords.graphql;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Query parameters that are a slip of the hand for one an address reads
 * ({@code ?varibles=}, {@code ?versoin=}, {@code ?bmo=true}, {@code ?operationname=}):
 * Spring ignores a parameter it does not map, so such a request was answered as if the
 * parameter had not been sent (the query without its variables, the current version for
 * the one asked), with nothing to say so. A parameter within "did you mean" distance of
 * one read, letter case aside, is refused naming the one meant; any other (a cache
 * buster, a campaign tag a newsletter appends) is left alone, as before.
 */
public final class MisspeltParameters {

	private MisspeltParameters() {
	}

	/**
	 * Why the request is refused: its first parameter that is not one {@code read} but is
	 * close to one; null when it has none.
	 * @param given the names of the request's query parameters
	 * @param read the names the address reads
	 */
	public static @Nullable String refusal(Collection<String> given, List<String> read) {
		for (String name : given) {
			if (name.isEmpty() || read.contains(name)) {
				continue;
			}
			String meant = Suggestions.didYouMean(name, read);
			if (!meant.isEmpty()) {
				return "Unknown parameter '" + name + "'" + meant + " Parameters read here: " + String.join(", ", read);
			}
		}
		return null;
	}

}
