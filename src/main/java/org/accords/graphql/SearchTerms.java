package org.accords.graphql;

import java.util.Map;
import java.util.Set;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.accords.AccordsProperties;
import org.accords.paging.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Refuses search terms that would cost the store more than a search is charged: a term
 * longer than {@code accords.limits.max-search-length} (the embedded store compiles and
 * runs a pattern whose work grows with the term's length on every document), or one with
 * a control character (which no stored text holds, and which the store cannot take in a
 * pattern), or one with no letter or digit, which matches nothing a search looks for
 * (blank, or only punctuation, symbols and emoji). Applies to {@code search(text:)} and
 * to the {@code text}, {@code speakerName} and {@code name} fields of every filter, all
 * of which are arguments of root fields.
 */
@Component
class SearchTerms extends SimplePerformantInstrumentation {

	/** Names of the arguments and filter fields that hold search terms. */
	private static final Set<String> TERMS = Set.of("text", "speakerName", "name", "role");

	private final int maxLength;

	SearchTerms(AccordsProperties properties) {
		this.maxLength = properties.limits().maxSearchLength();
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		// a trivial fetcher (a property) never serves a root field; asking a trivial
		// field for its path would build the environment graphql-java skips for it
		if (parameters.isTrivialDataFetcher() || parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
			return fetcher;
		}
		String problem = problem(parameters.getEnvironment().getArguments(), "");
		if (problem == null) {
			return fetcher;
		}
		return (env) -> {
			throw new InvalidInputException(problem);
		};
	}

	private @Nullable String problem(Map<String, Object> arguments, String prefix) {
		for (Map.Entry<String, Object> argument : arguments.entrySet()) {
			String name = prefix + argument.getKey();
			if (argument.getValue() instanceof Map<?, ?> input) {
				@SuppressWarnings("unchecked")
				String nested = problem((Map<String, Object>) input, name + ".");
				if (nested != null) {
					return nested;
				}
			}
			else if (argument.getValue() instanceof String term && TERMS.contains(argument.getKey())) {
				String problem = problem(name, term);
				if (problem != null) {
					return problem;
				}
			}
		}
		return null;
	}

	/** What is wrong with one term, or null. */
	@Nullable String problem(String name, String term) {
		int length = term.codePointCount(0, term.length());
		if (length > this.maxLength) {
			return name + " is " + length + " characters long, over the limit of " + this.maxLength
					+ " characters for search terms";
		}
		for (int i = 0; i < term.length(); i++) {
			char c = term.charAt(i);
			// tabs and line breaks are white space, which a search folds into one space
			if (Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c)) {
				return name + " contains the control character U+" + String.format("%04X", (int) c)
						+ "; search terms may hold only printable text";
			}
		}
		// folding drops white space of any kind (no-break spaces too) and combining
		// marks;
		// a term of only those, or of only punctuation, symbols and emoji, has nothing
		// the index matches words by: refused rather than matching everything (a filter)
		// or nothing (search), whichever field it is given to
		if (term.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return term.codePoints().allMatch(SearchTerms::blank)
					? name + " is blank: give at least one letter or digit to search for"
					: name + " has no letter or digit to search for (punctuation, symbols and emoji are not searched): "
							+ "give at least one";
		}
		return null;
	}

	/**
	 * White space of any kind (no-break spaces too) or a combining mark: what folding a
	 * term drops ({@code store/SearchText.fold}, which this package does not depend on).
	 */
	private static boolean blank(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
				|| type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

}
