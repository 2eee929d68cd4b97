package org.accords.statement;

/** Whether the article quotes the speaker or reports what they said. */
public enum StatementKind {

	DIRECT_QUOTE, PARAPHRASE

}
