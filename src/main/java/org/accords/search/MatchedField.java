package org.accords.search;

/** Where a search result matched, best first. */
public enum MatchedField {

	/** The name (a title for agreements). */
	NAME,

	/** One of the other names an entity is reported under. */
	ALIAS,

	/** The name of the person who made a statement. */
	SPEAKER,

	/** The prose: statement text, description, summary, occasion. */
	TEXT;

	static MatchedField of(String field) {
		return valueOf(field.toUpperCase(java.util.Locale.ROOT));
	}

}
