package org.accords.agreement;

/**
 * How one agreement relates to an earlier one (the link kinds of ATOP's and DCAD's
 * "related agreement" codes).
 */
public enum AgreementLinkKind {

	FOLLOWS, IMPLEMENTS, AMENDS, SUPERSEDES

}
