package org.accords.agreement;

/** The part a country or organization plays in an agreement. */
public enum ParticipantRole {

	PARTY, CO_LEADER, MEMBER, OBSERVER, GUARANTOR, FUNDER

}
