package org.accords.agreement;

/**
 * What happened to an agreement: the kinds of its dated lifecycle events, in the order
 * they usually happen (events on the same day take the later stage as the status).
 */
public enum LifecycleStage {

	ANNOUNCED, UNDER_NEGOTIATION, SIGNED, LAUNCHED, RATIFIED, IN_FORCE, SUSPENDED, EXPIRED, TERMINATED;

	/** Whether from this event on the agreement is in effect (signed or later). */
	public boolean starts() {
		return this == SIGNED || this == LAUNCHED || this == RATIFIED || this == IN_FORCE;
	}

	/** Whether from this event on the agreement is no longer in effect. */
	public boolean ends() {
		return this == SUSPENDED || this == EXPIRED || this == TERMINATED;
	}

}
