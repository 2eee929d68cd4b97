package org.accords.commitment;

/** How firmly a commitment is made. */
public enum CommitmentStatus {

	UNDERTAKEN, UNDER_NEGOTIATION, INTENDED, FULFILLED, WITHDRAWN

}
