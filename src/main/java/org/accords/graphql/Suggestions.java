package org.accords.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" for a name that is not known: the known names within a few edits of it,
 * closest first. One way of suggesting for the API's messages (a field, an argument, an
 * enum value) and a curator's (an id a curated file refers to).
 */
public final class Suggestions {

	private Suggestions() {
	}

	/**
	 * {@code "; did you mean 'x'?"} (or {@code 'x', 'y' or 'z'}, at most five) when some
	 * of {@code candidates} is within two fifths of {@code given}'s length in edits,
	 * letter case aside; else empty.
	 */
	public static String didYouMean(String given, Collection<String> candidates) {
		List<String> close = close(given, candidates);
		if (close.isEmpty()) {
			return "";
		}
		return "; did you mean " + either(close.stream().limit(5).map((name) -> "'" + name + "'").toList()) + "?";
	}

	/** {@code x}, {@code x or y}, {@code x, y or z}: what "did you mean" names. */
	public static String either(List<String> names) {
		return (names.size() == 1) ? names.get(0)
				: String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	/**
	 * The {@code candidates} within two fifths of {@code given}'s length in edits, letter
	 * case aside, closest first (letter case counted): those {@link #didYouMean} names.
	 * When some candidate is {@code given} but for letter case, only those: a slip of
	 * case ({@code Statements}) names that one, not also those a few edits away
	 * ({@code agreements}).
	 */
	public static List<String> close(String given, Collection<String> candidates) {
		List<String> sameButCase = candidates.stream().filter(given::equalsIgnoreCase).toList();
		if (!sameButCase.isEmpty()) {
			return sameButCase;
		}
		int threshold = Math.max(1, given.length() * 2 / 5);
		String folded = given.toLowerCase(Locale.ROOT);
		List<String> close = new ArrayList<>();
		for (String candidate : candidates) {
			if (Math.abs(candidate.length() - given.length()) <= threshold
					&& distance(folded, candidate.toLowerCase(Locale.ROOT)) <= threshold) {
				close.add(candidate);
			}
		}
		close.sort(Comparator.comparingInt((String candidate) -> distance(given, candidate)));
		return close;
	}

	/**
	 * Edits between {@code a} and {@code b}: insertions, deletions, substitutions, and a
	 * swap of two neighbouring letters as one (optimal string alignment), the commonest
	 * slip of a typist: {@code cvs} is one edit from {@code csv}, {@code frist} from
	 * {@code first}.
	 */
	public static int distance(String a, String b) {
		int[] beforePrevious = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				int edits = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					edits = Math.min(edits, beforePrevious[j - 2] + 1);
				}
				current[j] = edits;
			}
			int[] free = beforePrevious;
			beforePrevious = previous;
			previous = current;
			current = free;
		}
		return previous[b.length()];
	}

}
