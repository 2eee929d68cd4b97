package org.accords.agreement;

/**
 * What happened to an agreement: the kinds of its dated lifecycle events, in the order
 * they usually happen (events on the same day take the later stage as the status). A
 * suspension may be resumed ({@link #RESUMED}): the agreement is in effect again (see
 * {@link Lifecycle}).
 */
public enum LifecycleStage {

	ANNOUNCED, UNDER_NEGOTIATION, SIGNED, LAUNCHED, RATIFIED, IN_FORCE, SUSPENDED, RESUMED, EXPIRED, TERMINATED;

	/** Whether from this event on the agreement is in effect (signed or later). */
	public boolean starts() {
		return this == SIGNED || this == LAUNCHED || this == RATIFIED || this == IN_FORCE;
	}

	/**
	 * Whether from this event on the agreement is no longer in effect: a suspension until
	 * a later {@link #RESUMED} ends it, the others for good.
	 */
	public boolean ends() {
		return this == SUSPENDED || this == EXPIRED || this == TERMINATED;
	}

}
