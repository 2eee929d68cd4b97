package org.accords.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a feature knows of a value given where an id goes that is no id: the node ids the
 * value is the curated id of (a page's address ends in it: {@code laurynas-kasciunas}),
 * or a note said after the refusal (a category's name where an area's id goes: the query
 * that lists its areas). Registered as beans; {@code node(id:)}, {@code nodes(ids:)} and
 * the GraphQL error resolver (for the filters' {@link NotAnIdException}) ask each,
 * through {@link #message}.
 */
public interface IdHint {

	/**
	 * What this feature knows of {@code asked}; {@link Hint#NONE} when nothing.
	 */
	Hint hint(Asked asked);

	/**
	 * A value given where an id goes.
	 *
	 * @param version the dataset version read
	 * @param value the value given
	 * @param types the GraphQL types whose ids the argument takes, in the order a message
	 * names them (one for a filter; every type for {@code node(id:)})
	 * @param retiredIds whether the argument resolves an id a merge retired
	 * ({@code node(id:)} does, a filter does not)
	 */
	record Asked(String version, String value, List<String> types, boolean retiredIds) {
	}

	/**
	 * What a feature knows.
	 *
	 * @param ids the node ids {@code value} is the curated id of: they replace the
	 * refusal's message ({@link NodeId#curatedIdMessage})
	 * @param note said after the message, starting with {@code "; "}; empty when none
	 */
	record Hint(List<String> ids, String note) {

		public static final Hint NONE = new Hint(List.of(), "");

	}

	/**
	 * The message {@code argument} given {@code asked}'s value is told: the node ids it
	 * is the curated id of when some feature knows them, else {@code refusal}; then each
	 * feature's note.
	 */
	static String message(Stream<IdHint> hints, Asked asked, String argument, String refusal) {
		List<String> ids = new ArrayList<>();
		StringBuilder notes = new StringBuilder();
		hints.map((hint) -> hint.hint(asked)).forEach((hint) -> {
			ids.addAll(hint.ids());
			notes.append(hint.note());
		});
		return (ids.isEmpty() ? refusal : NodeId.curatedIdMessage(argument, asked.value(), ids)) + notes;
	}

}
