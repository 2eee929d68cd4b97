package org.accords.agreement;

/** The legal form of an agreement. */
public enum AgreementKind {

	MEMORANDUM_OF_UNDERSTANDING, AGREEMENT, TREATY, JOINT_DECLARATION, CONTRACT, OTHER

}
