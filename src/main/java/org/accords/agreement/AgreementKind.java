package org.accords.agreement;

/**
 * The legal form of an agreement. The one list of kinds: the validator reads it, the
 * downloads' column descriptions are built from it, and a test holds the GraphQL enum
 * {@code AgreementKind} and the CSV column lists of docs/downloads.md equal to it.
 */
public enum AgreementKind {

	MEMORANDUM_OF_UNDERSTANDING, AGREEMENT, TREATY, JOINT_DECLARATION, CONTRACT, LETTER_OF_INTENT, PROTOCOL,
	IMPLEMENTING_AGREEMENT, FRAMEWORK, COALITION, OTHER

}
